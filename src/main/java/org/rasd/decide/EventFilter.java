package org.rasd.decide;

import java.util.List;
import org.rasd.model.Article;
import org.rasd.model.Event;

/** Keeps or drops the coded events of one article. Implementations are thread-safe. */
@FunctionalInterface
public interface EventFilter {
    /** The rules alone: every coded event is kept. */
    EventFilter NONE = (article, events) -> events;

    /** The events of {@code article} to keep, in their order. */
    List<Event> apply(Article article, List<Event> events);
}
