package org.rasd.io;

import java.util.HashMap;
import java.util.Map;
import org.rasd.model.Actor;
import org.rasd.model.Event;

/** ACLED's derived fields: disorder_type, interaction, inter2. */
public final class Acled {
    private static final Map<String, String> DISORDER = new HashMap<>();

    static {
        for (String[] f : TableResource.rows(Acled.class, "disorder-types.tsv")) {
            DISORDER.put(f[0] + "\t" + f[1], f[2]);
        }
    }

    private Acled() {
    }

    /** "Political violence", "Demonstrations", "Strategic developments" or "Political violence; Demonstrations"; "" if unknown. */
    public static String disorderType(String eventType, String subEventType) {
        String d = DISORDER.get(eventType + "\t" + subEventType);
        if (d == null) {
            d = DISORDER.get(eventType + "\t*");
        }
        return d == null ? "" : d;
    }

    /** ACLED's inter2: the actor's inter code, 0 when there is no second actor. */
    public static int inter(Actor a) {
        return a == null ? 0 : a.inter();
    }

    /**
     * ACLED's two-digit interaction code: the two inter codes with the lower first (1 and 7 → 17),
     * or inter1 × 10 when there is no second actor (sole state forces action → 10); 0 without actor1.
     */
    public static int interaction(Actor actor1, Actor actor2) {
        if (actor1 == null) {
            return actor2 == null ? 0 : actor2.inter() * 10;
        }
        if (actor2 == null) {
            return actor1.inter() * 10;
        }
        int a = Math.min(actor1.inter(), actor2.inter());
        int b = Math.max(actor1.inter(), actor2.inter());
        return a * 10 + b;
    }

    public static String disorderType(Event e) {
        return disorderType(e.eventType(), e.subEventType());
    }
}
