package org.rasd.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasd.model.Actor;
import org.rasd.model.Inter;
import org.rasd.text.TsvTable;

/**
 * Who flies: the default actor of an air strike in a country and period when the text names none, and the actors
 * whose bombardment is from the air. Data in {@code air-forces.tsv}, not in Java.
 */
final class AirForces {
    private record Row(Actor actor, String country, LocalDate from, LocalDate to, boolean defaultAir) {
    }

    private static final List<Row> ROWS = load();
    private static final Set<String> AIR_POWERS = names();

    private AirForces() {
    }

    private static List<Row> load() {
        List<Row> out = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.resource(AirForces.class, "air-forces.tsv", true, 6)) {
            try {
                String role = r.col(5);
                if (!role.equals("default-air") && !role.equals("air-power")) {
                    throw r.error("role must be default-air or air-power, not \"" + role + "\"", null);
                }
                out.add(new Row(new Actor(r.col(0), Inter.of(Integer.parseInt(r.col(1)))), r.col(2),
                        r.col(3).isEmpty() ? null : LocalDate.parse(r.col(3)), r.col(4).isEmpty() ? null : LocalDate.parse(r.col(4)),
                        role.equals("default-air")));
            } catch (RuntimeException e) {
                throw e instanceof IllegalStateException ? e : r.error(e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> names() {
        Set<String> s = new HashSet<>();
        for (Row r : ROWS) {
            s.add(r.actor().name());
        }
        return Set.copyOf(s);
    }

    /** The default air actor over {@code country} on {@code day} (any day when unknown), or null. */
    static Actor defaultAir(String country, LocalDate day) {
        for (Row r : ROWS) {
            if (r.defaultAir() && r.country().equals(country)
                    && (day == null || (r.from() == null || !day.isBefore(r.from())) && (r.to() == null || !day.isAfter(r.to())))) {
                return r.actor();
            }
        }
        return null;
    }

    /** Whether {@code a}'s bombardment, with no artillery named, is an air strike. */
    static boolean airPower(Actor a) {
        return a != null && AIR_POWERS.contains(a.name());
    }
}
