package org.rasd.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasd.model.Actor;
import org.rasd.model.Inter;
import org.rasd.model.SubEventType;
import org.rasd.text.TsvTable;

/**
 * Who carries out bombings in a country and period when the article names nobody: world facts in
 * {@code default-perpetrators.tsv} (Boko Haram's suicide bombings around Lake Chad, al-Shabaab's in Somalia and Kenya).
 */
final class Perpetrators {
    private record Row(Actor actor, String country, Set<SubEventType> types, LocalDate from, LocalDate to) {
    }

    private static final List<Row> ROWS = load();

    private Perpetrators() {
    }

    private static List<Row> load() {
        List<Row> out = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.resource(Perpetrators.class, "default-perpetrators.tsv", true, 7)) {
            try {
                Set<SubEventType> types = new java.util.HashSet<>();
                for (String label : r.col(3).split(",")) {
                    types.add(SubEventType.of(label.strip()));
                }
                out.add(new Row(new Actor(r.col(0), Inter.of(Integer.parseInt(r.col(1)))), r.col(2), Set.copyOf(types),
                        r.col(4).isEmpty() ? null : LocalDate.parse(r.col(4)),
                        r.col(5).isEmpty() ? null : LocalDate.parse(r.col(5))));
            } catch (RuntimeException e) {
                throw e instanceof IllegalStateException ? e : r.error(e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** The default perpetrator of a {@code type} event in {@code country} on {@code day} (any day when unknown), or null. */
    static Actor of(SubEventType type, String country, LocalDate day) {
        for (Row r : ROWS) {
            if (r.country().equals(country) && r.types().contains(type)
                    && (day == null || (r.from() == null || !day.isBefore(r.from())) && (r.to() == null || !day.isAfter(r.to())))) {
                return r.actor();
            }
        }
        return null;
    }
}
