package org.rasd.extract;

import java.util.ArrayList;
import java.util.List;
import org.rasd.model.EventMention;

/** A stated toll of one frame shared among the distant places it is coded at (a step of {@link EventExtractor}). */
final class SharedTolls {
    private SharedTolls() {
    }

    /**
     * The mentions of one frame at several places with its stated toll shared among them (ACLED: a total reported for
     * several events is divided evenly, the remainder to the first): «اشتباكات في سبها والكفرة وأوباري أدت إلى مقتل 60»
     * is 20 at each town, not 60 three times. Provisional country-level mentions keep the figure; places close together
     * are one incident and keep it too.
     */
    static List<EventMention> shared(List<EventMention> out) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).provisional()) {
                at.add(i);
            }
        }
        if (at.size() < 2 || !apart(out, at)) {
            return out;
        }
        EventMention first = out.get(at.get(0));
        if (!first.fatalitiesStated() || first.fatalities() == null || first.fatalities() <= 0) {
            return out;
        }
        int total = first.fatalities();
        List<EventMention> res = new ArrayList<>(out);
        for (int j = 0; j < at.size(); j++) {
            int part = total / at.size() + (j < total % at.size() ? 1 : 0);
            res.set(at.get(j), out.get(at.get(j)).toBuilder().fatalities(part).build());
        }
        return res;
    }

    /** Kilometres between two places of one frame from which they are separate events (towns, not parts of one). */
    static final double SEPARATE_KM = 50;

    /**
     * Whether some two of the mentions {@code at} of {@code out} lie {@link #SEPARATE_KM} apart: places close together
     * (a quarter and its city, two districts on one road) are one incident told by two names, its toll not divided.
     */
    private static boolean apart(List<EventMention> out, List<Integer> at) {
        for (int i = 0; i < at.size(); i++) {
            for (int j = i + 1; j < at.size(); j++) {
                var a = out.get(at.get(i)).location();
                var b = out.get(at.get(j)).location();
                if (a == null || b == null || a.lat() == null || b.lat() == null) {
                    continue;
                }
                double dy = (a.lat() - b.lat()) * 111.2;
                double dx = (a.lon() - b.lon()) * 111.2 * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
                if (Math.sqrt(dx * dx + dy * dy) >= SEPARATE_KM) {
                    return true;
                }
            }
        }
        return false;
    }
}
