package org.rasd.io;

import org.rasd.model.Actor;
import org.rasd.model.Event;
import org.rasd.model.EventType;
import org.rasd.model.SubEventType;

/** ACLED's derived fields: disorder_type, interaction, inter2. */
public final class Acled {
    private Acled() {
    }

    /**
     * ACLED's disorder type for labels read from outside (a stored row, a gold file): the sub-event type's, else
     * the event type's in general; "" if neither label is ACLED's.
     */
    public static String disorderType(String eventType, String subEventType) {
        SubEventType sub = SubEventType.find(subEventType);
        EventType type = EventType.find(eventType);
        if (sub != null && (type == null || sub.eventType() == type)) {
            return sub.disorderType().label();
        }
        return type == null ? "" : type.disorderType().label();
    }

    /** ACLED's inter2: the actor's inter code, 0 when there is no second actor. */
    public static int inter(Actor a) {
        return a == null ? 0 : a.inter().code();
    }

    /**
     * ACLED's two-digit interaction code: the two inter codes with the lower first (1 and 7 → 17),
     * or inter1 × 10 when there is no second actor (sole state forces action → 10); 0 without actor1.
     */
    public static int interaction(Actor actor1, Actor actor2) {
        if (actor1 == null) {
            return actor2 == null ? 0 : actor2.inter().code() * 10;
        }
        if (actor2 == null) {
            return actor1.inter().code() * 10;
        }
        int a = Math.min(actor1.inter().code(), actor2.inter().code());
        int b = Math.max(actor1.inter().code(), actor2.inter().code());
        return a * 10 + b;
    }

    public static String disorderType(Event e) {
        return e.disorderType().label();
    }
}
