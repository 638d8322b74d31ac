package org.rasd.decide;

import java.util.List;
import org.rasd.model.Article;
import org.rasd.model.Event;

/**
 * The shipped decision stage: the article gate, then the event filter, then the type-family decision on the events
 * kept (each {@link EventFilter#NONE} when off).
 */
public final class Decisions {
    private Decisions() {
    }

    public static EventFilter shipped() {
        return chain(chain(ArticleGate.shipped(), LearnedEventFilter.shipped()), LearnedTypeFamily.shipped());
    }

    /** {@code first}, then {@code second} on what it kept. */
    public static EventFilter chain(EventFilter first, EventFilter second) {
        if (first == EventFilter.NONE) {
            return second;
        }
        if (second == EventFilter.NONE) {
            return first;
        }
        return (Article a, List<Event> events) -> second.apply(a, first.apply(a, events));
    }
}
