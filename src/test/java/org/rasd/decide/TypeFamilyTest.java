package org.rasd.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.Evidence;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** The type-family decision (issue 9, 3(d)): training on a small slice, the choice among proposals, retyping. */
class TypeFamilyTest {
    private static final LearnedTypeFamily.Proposal IED = new LearnedTypeFamily.Proposal(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, true);
    private static final LearnedTypeFamily.Proposal SUICIDE = new LearnedTypeFamily.Proposal(SubEventType.SUICIDE_BOMB, true);
    private static final LearnedTypeFamily.Proposal CLASH = new LearnedTypeFamily.Proposal(SubEventType.ARMED_CLASH, false);

    /** Samples whose gold sub-type follows one word ("w=انتحاري" → suicide bomb), with noise words. */
    static List<TypeTraining.Sample> synthetic(int n, long seed) {
        Random r = new Random(seed);
        List<TypeTraining.Sample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean suicide = r.nextBoolean();
            List<EventFeatures.Feature> f = new ArrayList<>();
            f.add(new EventFeatures.Feature("sub=" + SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED.label(), 1));
            f.add(new EventFeatures.Feature(suicide ? "w=انتحاري" : "w=عبوه", 1));
            f.add(new EventFeatures.Feature("w=noise" + r.nextInt(20), 1));
            out.add(new TypeTraining.Sample("doc-" + i / 2, List.of(IED, SUICIDE), f,
                    (suicide ? SubEventType.SUICIDE_BOMB : SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED).label()));
        }
        return out;
    }

    @Test
    void retrainsOnASmallSliceDeterministicallyAndChoosesTheSignalledProposal() {
        List<TypeTraining.Sample> s = synthetic(120, 3);
        Model<Label> a = TypeTraining.train(s);
        Model<Label> b = TypeTraining.train(s);
        List<EventFeatures.Feature> bomber = List.of(new EventFeatures.Feature("w=انتحاري", 1),
                new EventFeatures.Feature("sub=" + SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED.label(), 1));
        Map<String, Double> sa = LearnedTypeFamily.scores(a, bomber);
        assertThat(sa).isEqualTo(LearnedTypeFamily.scores(b, bomber));
        assertThat(sa.get(SubEventType.SUICIDE_BOMB.label())).isGreaterThan(0.7);
        SubEventType rules = SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;
        assertThat(LearnedTypeFamily.choose(rules, List.of(IED, SUICIDE), sa, 0.2, false)).isEqualTo(SubEventType.SUICIDE_BOMB);
        assertThat(LearnedTypeFamily.choose(rules, List.of(IED, SUICIDE), sa, 0.99, false)).isEqualTo(rules);
        // only what the sentence proposes: a label the cues do not propose is never chosen
        assertThat(LearnedTypeFamily.choose(rules, List.of(IED), sa, 0.0, false)).isEqualTo(rules);
    }

    @Test
    void anotherEventTypeOnlyWhenAllowed() {
        Map<String, Double> scores = Map.of(SubEventType.ARMED_CLASH.label(), 0.9, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED.label(), 0.1);
        SubEventType rules = SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;
        assertThat(LearnedTypeFamily.choose(rules, List.of(IED, CLASH), scores, 0.2, false)).isEqualTo(rules);
        assertThat(LearnedTypeFamily.choose(rules, List.of(IED, CLASH), scores, 0.2, true)).isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void aRetypedEventThatRepeatsAKeptOneIsDropped() {
        Location at = new Location("Baghdad", "بغداد", "IQ", null, null, null, 33.34, 44.40, 1, null);
        LocalDate day = LocalDate.of(2015, 7, 23);
        Event ied = new Event(null, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, day, 1, null, null, null, null, at, 0, false,
                false, List.of(), 0.5, "");
        Event suicide = new Event(null, SubEventType.SUICIDE_BOMB, day, 1, null, null, null, null, at, 20, false, false,
                List.of(), 0.5, "");
        List<Event> out = LearnedTypeFamily.decide(List.of(suicide, ied), e -> SubEventType.SUICIDE_BOMB);
        assertThat(out).containsExactly(suicide);
        assertThat(LearnedTypeFamily.decide(List.of(ied), e -> SubEventType.SUICIDE_BOMB))
                .singleElement().satisfies(e -> assertThat(e.eventType().label()).isEqualTo("Explosions/Remote violence"));
    }

    @Test
    void proposalsComeFromTheSentencesCues() {
        String text = "فجر انتحاري سيارة مفخخة في بغداد.";
        Article a = new Article("t", LocalDate.of(2015, 7, 23), "", text, null, null);
        Event e = new Event(null, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, LocalDate.of(2015, 7, 22), 1, null, null, null,
                null, null, 0, false, false, List.of(Evidence.of(text, 0, text.length(), "sentence"),
                Evidence.of(text, text.indexOf("مفخخة"), text.indexOf("مفخخة") + 5, "trigger")), 0.5, "");
        assertThat(LearnedTypeFamily.proposals(a, e)).extracting(LearnedTypeFamily.Proposal::subType)
                .startsWith(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED).contains(SubEventType.SUICIDE_BOMB);
    }
}
