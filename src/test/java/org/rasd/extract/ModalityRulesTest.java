package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.SubEventType;

/** The modality component on its own: future prefixes, tallies, attempts ({@link ModalityTest} covers cues end to end). */
class ModalityRulesTest {
    @Test
    void theTriggersOfAnAnnouncedAttackAreBlocked() {
        Fixture fx = new Fixture("وستشن القوات غارات على مدينة عدن.");
        SentenceView s = fx.sentence(0);
        assertThat(s.triggers()).isNotEmpty();
        for (Mention<TriggerEntry> t : s.triggers()) {
            assertThat(Modality.blocked(fx.layers, t, s.cues(), s.sentence(), false)).isTrue();
        }
        assertThat(fx.frames(0)).isNull();
    }

    @Test
    void theBlockerNamesWhatBlockedTheTrigger() {
        Fixture plan = new Fixture("وتعتزم القوات اقتحام مدينة عدن.");
        SentenceView s = plan.sentence(0);
        Mention<TriggerEntry> t = s.triggers().stream().filter(x -> x.entry().role() == TriggerEntry.Role.EVENT)
                .findFirst().orElseThrow();
        assertThat(Modality.blocker(plan.layers, t, s.cues(), s.sentence(), false)).startsWith("FUTURE:");
        Fixture aim = new Fixture("وحشدت القوات عناصرها في مدينة عدن لاقتحام الحي.");
        SentenceView a = aim.sentence(0);
        Mention<TriggerEntry> u = a.triggers().stream().filter(x -> x.entry().role() == TriggerEntry.Role.EVENT)
                .findFirst().orElseThrow();
        assertThat(Modality.blocker(aim.layers, u, a.cues(), a.sentence(), false)).isEqualTo("purpose");
        Fixture report = new Fixture("واقتحمت القوات مدينة عدن أمس.");
        SentenceView r = report.sentence(0);
        for (Mention<TriggerEntry> x : r.triggers()) {
            assertThat(Modality.blocker(report.layers, x, r.cues(), r.sentence(), false)).isNull();
        }
    }

    @Test
    void aDeathCueNearAnAggregateCueIsATally() {
        Fixture fx = new Fixture("وقتل 50 شخصا منذ بداية الحرب في مدينة عدن.");
        SentenceView s = fx.sentence(0);
        boolean anyTally = s.triggers().stream().anyMatch(t -> Modality.tally(t, s.cues()));
        assertThat(anyTally).isEqualTo(s.cues().stream().anyMatch(c -> "AGGREGATE".equals(c.entry().kind())));
    }

    @Test
    void aPastVerbIsNotBlocked() {
        Fixture fx = new Fixture("وأمس شنَّ النظام 18 غارة جوية استهدفت مدينة طفس.");
        SentenceView s = fx.sentence(0);
        for (Mention<TriggerEntry> t : s.triggers()) {
            assertThat(Modality.future(fx.layers.toks.get(t.firstToken()))).isFalse();
        }
    }

    @Test
    void anAttemptWordInTheRegionMarksTheFrame() {
        Fixture fx = new Fixture("وحاولت قوات النظام أمس التسلل إلى بلدة طفس.");
        SentenceFrames fs = fx.frames(0);
        assertThat(fs.attempts()).isNotEmpty();
        assertThat(Modality.attempted(fs.frames().get(0), fs.attempts())).isTrue();
        Frame elsewhere = new Frame(0, SubEventType.ARMED_CLASH, false, false, false, List.of(), 90, 90, 90, 99);
        assertThat(Modality.attempted(elsewhere, fs.attempts())).isFalse();
    }

    @Test
    void thePurposePrefixMarksAnAimNotAReport() {
        Fixture fx = new Fixture("وحشدت القوات عناصرها في مدينة عدن لاقتحام الحي ولقصف مواقع المسلحين.");
        SentenceView s = fx.sentence(0);
        List<Mention<TriggerEntry>> aims = s.triggers().stream()
                .filter(t -> t.entry().role() != TriggerEntry.Role.KILL && t.entry().role() != TriggerEntry.Role.WEAPON).toList();
        assertThat(aims).isNotEmpty();
        assertThat(aims).allMatch(t -> Modality.purpose(fx.layers, t, 0));
        assertThat(fx.frames(0)).isNull();
    }

    @Test
    void theObjectOfExposureIsStillAReport() {
        Fixture fx = new Fixture("وتعرضت قرية الخوجرة التابعة لمحافظة الطوال على الشريط الحدودي جنوب مدينة عدن أمس الجمعة لقصف عنيف.");
        SentenceView s = fx.sentence(0);
        assertThat(s.triggers()).isNotEmpty();
        assertThat(s.triggers()).noneMatch(t -> Modality.purpose(fx.layers, t, 0));
        assertThat(fx.frames(0)).isNotNull();
    }

    @Test
    void planVerbsCrimeAndWeddingGunfireBlockTheirTriggers() {
        for (String text : List.of("وتعتزم القوات اقتحام مدينة عدن.",
                "وقتل رجل في مدينة عدن أمس إثر خلافات عائلية بإطلاق النار عليه.",
                "وأصيب طفل في مدينة عدن أمس برصاصة طائشة في حفل زفاف.")) {
            Fixture fx = new Fixture(text);
            assertThat(fx.sentence(0).cues()).as(text).isNotEmpty();
            SentenceFrames fs = fx.frames(0);
            assertThat(fs == null ? List.of() : fs.frames()).as(text).isEmpty();
        }
        Fixture control = new Fixture("واقتحمت القوات مدينة عدن أمس.");
        assertThat(control.frames(0)).isNotNull();
    }

    @Test
    void frontLinesNamedAsDestinationsReportNoClash() {
        Fixture fx = new Fixture("ووصلت تعزيزات من مدينة عدن أمس إلى مناطق المواجهات.");
        SentenceFrames fs = fx.frames(0);
        assertThat(fs == null ? List.of() : fs.frames()).isEmpty();
        assertThat(new Fixture("واندلعت المواجهات في مدينة عدن أمس.").frames(0)).isNotNull();
    }
}
