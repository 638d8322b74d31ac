package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.DataPaths;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Location;
import org.rasd.text.Document;

/** A custom {@link Decider} changes what the rules decide: it vetoes frames, ranks places, swaps roles, drops events. */
class DeciderTest {
    private static final LocalDate PUB = LocalDate.of(2018, 7, 3);
    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("صيدا", "Sayda", "SY", 32.62944, 36.22626, 1)
            .add("الطيبة", "At Tayyibah", "SY", 32.56323, 36.24392, 1)
            .add("الجيزة", "Al Jizah", "SY", 32.56909, 36.31551, 1)
            .add("درعا", "Dar'a", "SY", 32.61889, 36.10213, 3)
            .add("عدن", "Aden", "YE", 12.77944, 45.03667, 1);
    private static final Rasd RASD = Rasd.withPlaces(DataPaths.resolve(null), PLACES);
    private static final String SHELLING = "كثفت قوات النظام أمس القصف الصاروخي على بلدات صيدا، الطيبة، الجيزة في ريف درعا الشرقي.";
    private static final String PASSIVE = "وأوضحت قيادة التحالف اليوم أنه تم قصف مقرات للحوثيين في مدينة عدن.";

    private static List<Event> extract(Decider d, String text) {
        return RASD.withDecider(d).extract(new Article("t", PUB, "", text, null, null)).events();
    }

    @Test
    void theRulesDeciderKeepsTodaysDecisions() {
        assertThat(extract(Decider.RULES, SHELLING)).extracting(e -> e.location().name())
                .containsExactly("Sayda", "At Tayyibah", "Al Jizah");
    }

    @Test
    void aDeciderCanVetoAFrame() {
        Decider none = new Decider() {
            @Override
            public List<Frame> frames(Document doc, List<Frame> candidates) {
                return candidates.stream().filter(f -> !f.subType().label().startsWith("Shelling")).toList();
            }
        };
        assertThat(extract(none, SHELLING)).isEmpty();
    }

    @Test
    void aDeciderCanPickTheSecondRankedPlace() {
        Decider second = new Decider() {
            @Override
            public List<PlaceRef> places(Document doc, Frame frame, List<PlaceRef> ranked, int chosen) {
                assertThat(chosen).isEqualTo(3);
                assertThat(ranked).hasSize(4); // the three towns, then the province the rules dropped
                return List.of(ranked.get(1));
            }
        };
        assertThat(extract(second, SHELLING)).extracting(e -> e.location().name()).containsExactly("At Tayyibah");
    }

    @Test
    void aDeciderCanChooseAPlaceTheRulesRankedLower() {
        Decider province = new Decider() {
            @Override
            public List<PlaceRef> places(Document doc, Frame frame, List<PlaceRef> ranked, int chosen) {
                return ranked.subList(chosen, ranked.size());
            }
        };
        assertThat(extract(province, SHELLING)).extracting(e -> e.location().name()).containsExactly("Dar'a");
    }

    @Test
    void aDeciderCanSwapTheActorRoles() {
        Event rules = extract(Decider.RULES, PASSIVE).get(0);
        assertThat(rules.actor1().name()).isEqualTo("Saudi-led Coalition");
        Decider swap = new Decider() {
            @Override
            public ActorRoles roles(Document doc, Frame frame, ActorRoles r, List<Mention<ActorEntry>> candidates) {
                return r.swapped();
            }
        };
        List<Event> es = extract(swap, PASSIVE);
        assertThat(es).hasSize(1);
        assertThat(es.get(0).actor1().name()).isEqualTo("Houthi Movement (Ansar Allah)");
        assertThat(es.get(0).actor2().name()).isEqualTo("Saudi-led Coalition");
    }

    @Test
    void aDeciderCanVetoByItsActorRoles() {
        Decider veto = new Decider() {
            @Override
            public ActorRoles roles(Document doc, Frame frame, ActorRoles r, List<Mention<ActorEntry>> candidates) {
                return null;
            }
        };
        assertThat(extract(veto, PASSIVE)).isEmpty();
    }

    @Test
    void theEventFilterIsTheDecidersLastDecision() {
        assertThat(extract(Decider.RULES.withEvents((a, es) -> List.of()), SHELLING)).isEmpty();
        Decider second = new Decider() {
            @Override
            public List<PlaceRef> places(Document doc, Frame frame, List<PlaceRef> ranked, int chosen) {
                return List.of(ranked.get(1));
            }
        }.withEvents((a, es) -> es);
        assertThat(extract(second, SHELLING)).hasSize(1); // withEvents keeps the other decisions
    }

    @Test
    void aPlaceCanBeReadAsOneOfItsAlternatives() {
        Location a = new Location("Sayda", "صيدا", "SY", null, null, null, 32.6, 36.2, 1, "fx:a");
        Location b = new Location("Sidon", "صيدا", "LB", null, null, null, 33.6, 35.4, 1, "fx:b");
        PlaceRef p = new PlaceRef(3, 7, a, false, List.of(b), "TOWN");
        PlaceRef q = p.reading(b);
        assertThat(q.location()).isEqualTo(b);
        assertThat(q.alternatives()).containsExactly(a);
        assertThat(q.start()).isEqualTo(3);
        assertThat(p.reading(a)).isSameAs(p);
        assertThatThrownBy(() -> p.reading(new Location("X", "", "SY", null, null, null, 0.0, 0.0, 1, "fx:x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
