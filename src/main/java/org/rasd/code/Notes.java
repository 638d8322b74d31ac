package org.rasd.code;

import java.time.LocalDate;
import org.rasd.model.Actor;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

/** The one-line English summary of an event, built from its fields (ACLED's "notes"). */
public final class Notes {
    private Notes() {
    }

    public static String line(SubEventType sub, LocalDate date, int precision, Actor a1, Actor a2,
                              Location loc, Integer fatalities, boolean fatalStated, boolean attempted) {
        StringBuilder sb = new StringBuilder();
        if (date != null) {
            sb.append(precision == 1 ? "On " + date : "Around " + date + " (date approximate)").append(", ");
        }
        sb.append(a1 == null ? "an unidentified actor" : a1.name());
        sb.append(attempted ? " attempted " : " – ").append(sub.notePhrase());
        if (a2 != null) {
            sb.append(sub == SubEventType.ARMED_CLASH ? " with " : " against ").append(a2.name());
        }
        if (loc != null) {
            sb.append(" in ").append(loc.name());
            if (loc.admin1() != null && !loc.admin1().equals(loc.name())) {
                sb.append(" (").append(loc.admin1()).append(")");
            }
            if (loc.country() != null) {
                sb.append(", ").append(loc.country());
            }
        }
        sb.append(". ");
        if (fatalities == null || fatalities == 0) {
            sb.append("No fatalities reported.");
        } else if (fatalStated) {
            sb.append(fatalities).append(fatalities == 1 ? " fatality." : " fatalities.");
        } else {
            sb.append("Fatalities reported without a number (coded ").append(fatalities).append(").");
        }
        return sb.toString();
    }
}
