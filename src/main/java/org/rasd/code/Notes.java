package org.rasd.code;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasd.model.Actor;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;

/** The one-line English summary of an event, built from its fields (ACLED's "notes"). */
public final class Notes {
    /** The closing toll sentence of a note made by {@link #line}, and the figure it gives (0 for none). */
    private static final Pattern TOLL = Pattern.compile("(?:No fatalities reported\\.|(\\d+) fatalit(?:y|ies)\\."
            + "|Fatalities reported without a number \\(coded (\\d+)\\)\\.)$");

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
        sb.append(fatalities(fatalities, fatalStated));
        return sb.toString();
    }

    /** The closing sentence of a note on the toll: none, a stated count, or deaths without a number. */
    static String fatalities(Integer fatalities, boolean stated) {
        if (fatalities == null || fatalities == 0) {
            return "No fatalities reported.";
        } else if (stated) {
            return fatalities + (fatalities == 1 ? " fatality." : " fatalities.");
        }
        return "Fatalities reported without a number (coded " + fatalities + ").";
    }

    /**
     * Note {@code notes} with its closing toll sentence made to give {@code fatalities} (a merged or recomputed figure):
     * unchanged when it already gives that figure or closes with no toll sentence of {@link #line} (a note written
     * elsewhere); a new figure is a stated count.
     */
    public static String withFatalities(String notes, Integer fatalities) {
        if (notes == null) {
            return null;
        }
        Matcher m = TOLL.matcher(notes);
        if (!m.find()) {
            return notes;
        }
        String given = m.group(1) != null ? m.group(1) : m.group(2);
        int now = fatalities == null ? 0 : fatalities;
        if ((given == null ? 0 : Integer.parseInt(given)) == now) {
            return notes;
        }
        return notes.substring(0, m.start()) + fatalities(now, true);
    }

    /**
     * Note {@code notes} closing with the toll sentence of note {@code other} (the report whose figure a merge kept);
     * unchanged when either has no toll sentence of {@link #line}.
     */
    public static String withTollOf(String notes, String other) {
        if (notes == null || other == null) {
            return notes;
        }
        Matcher m = TOLL.matcher(notes);
        Matcher o = TOLL.matcher(other);
        return m.find() && o.find() ? notes.substring(0, m.start()) + o.group() : notes;
    }
}
