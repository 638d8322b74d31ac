package org.rasd.io;

import org.rasd.model.Inter;
import org.rasd.model.SubEventType;
import org.rasd.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.rasd.model.Actor;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Evidence;
import org.rasd.model.Location;

final class SinkFixtures {
    private SinkFixtures() {
    }

    static Article article() {
        return new Article("d1", LocalDate.of(2018, 7, 1), "t", "قصف الطيران درعا", "elaph", null);
    }

    static Event event(String country, Double lat, Double lon, String notes, Actor actor2) {
        return new Event(EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.AIR_DRONE_STRIKE, LocalDate.of(2018, 7, 1), 1,
                new Actor("Military Forces of Syria (2000-)", 1), List.of("Air Force"), actor2, List.of(),
                new Location("Daraa", "درعا", country, "Dar'a", "Dar'a", "Dar'a", lat, lon, 1, "wof:1"), 5, false,
                actor2 != null && actor2.inter() == Inter.CIVILIANS, List.of(new Evidence(0, 3, "قصف", "trigger")), 0.8, notes);
    }
}
