package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;

class EventExtractorTest {
    private static final LocalDate PUB = LocalDate.of(2018, 7, 3);

    private static final FixturePlaces DARAA = new FixturePlaces()
            .add("طفس", "Tafas", "SY", 32.73564, 36.06694, 1)
            .add("صيدا", "Sayda", "SY", 32.62944, 36.22626, 1)
            .add("الطيبة", "At Tayyibah", "SY", 32.56323, 36.24392, 1)
            .add("الجيزة", "Al Jizah", "SY", 32.56909, 36.31551, 1)
            .add("درعا", "Dar'a", "SY", 32.61889, 36.10213, 3)
            .add("عدن", "Aden", "YE", 12.77944, 45.03667, 1)
            .add("الرمادي", "Ramadi", "IQ", 33.42056, 43.30778, 1)
            .add("لندن", "London", "GB", 51.5, -0.12, 1)
            .dateline("لندن");

    private static List<Event> extract(String text) {
        Rasd rasd = Rasd.withPlaces(DataPaths.resolve(null), DARAA);
        return rasd.extract(new Article("t", PUB, "", text, null, null)).events();
    }

    @Test
    void airStrikeWithDateActorTargetAndVagueDeaths() {
        List<Event> es = extract("وأمس شنَّ النظام 18 غارة جوية استهدفت مدينة طفس، ما تسبب في سقوط قتلى وجرحى من المدنيين.");
        assertThat(es).hasSize(1);
        Event e = es.get(0);
        assertThat(e.subEventType().label()).isEqualTo("Air/drone strike");
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2018, 7, 2));
        assertThat(e.timePrecision()).isEqualTo(1);
        assertThat(e.location().name()).isEqualTo("Tafas");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Syria");
        assertThat(e.actor2().inter().code()).isEqualTo(7);
        assertThat(e.civilianTargeting()).isTrue();
        assertThat(e.fatalities()).isPositive();
    }

    @Test
    void aShootingOfSoldiersByUnnamedGunmenIsAClash() {
        // a shooting whose target is armed forces and whose attackers go unnamed: an armed clash (ACLED)
        List<Event> es = extract("وأصيب جنديان بالرصاص أمس في مدينة عدن.");
        assertThat(es).extracting(e -> e.subEventType().label()).containsExactly("Armed clash");
    }

    @Test
    void anAttackThatKilledPolicemenByUnnamedMenIsAClash() {
        // a generic attack word, the forces it killed and wounded, attackers the sentence does not name
        List<Event> es = extract("قتل شرطي وأصيب آخر بجروح أمس في هجوم نفذه ملثمون في مدينة عدن.");
        assertThat(es).extracting(e -> e.subEventType().label()).containsExactly("Armed clash");
    }

    @Test
    void aBareStrikeOnMilitiamenIsNoClash() {
        // no harm told, no attacker named, no weapon: «تعرضت الميليشيات لضربات» codes nothing
        assertThat(extract("وتعرضت ميليشيات الحوثي أمس لضربات قاصمة في مدينة عدن.")).isEmpty();
    }

    @Test
    void anAttackOnSeveralNamedTownsIsOneEventPerTown() {
        List<Event> es = extract("كثفت قوات النظام أمس القصف الصاروخي على بلدات صيدا، الطيبة، الجيزة في ريف درعا الشرقي.");
        assertThat(es).extracting(e -> e.location().name()).containsExactly("Sayda", "At Tayyibah", "Al Jizah");
        assertThat(es).allMatch(e -> e.subEventType().label().equals("Shelling/artillery/missile attack"));
    }

    @Test
    void termsOfAProposedDealAreNotEvents() {
        assertThat(extract("وتنص اتفاقات المصالحة على تسليم الأسلحة الثقيلة والسيطرة على معبر نصيب في درعا.")).isEmpty();
    }

    @Test
    void threatsAndPlansAreNotEvents() {
        assertThat(extract("وهدد التنظيم بشن هجمات على مدينة الرمادي.")).isEmpty();
        assertThat(extract("وستشن القوات غارات على مدينة الرمادي الأسبوع المقبل.")).isEmpty();
    }

    @Test
    void deathsAndInjuriesAreNotAddedTogether() {
        List<Event> es = extract("قتل 5 أشخاص وأصيب 10 آخرون أمس في قصف على مدينة عدن.");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).fatalities()).isEqualTo(5);
    }

    @Test
    void inAPassiveReportTheSpeakerIsTheAgent() {
        List<Event> es = extract("وأوضحت قيادة التحالف اليوم أنه تم قصف مقرات للحوثيين في مدينة عدن.");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).subEventType().label()).isEqualTo("Air/drone strike");
        assertThat(es.get(0).actor1().name()).isEqualTo("Saudi-led Coalition");
        assertThat(es.get(0).actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
    }

    @Test
    void aDistrictHeadIsNotAnOfficeTitle() {
        List<Event> es = extract("واشتبكت القوات أمس مع الحوثيين في مديرية عدن.");
        assertThat(es).extracting(e -> e.location().name()).containsExactly("Aden");
    }

    @Test
    void aHedgedCountStaysWithItsDeathCue() {
        List<Event> es = extract("قتل خمسة أشخاص على الأقل وأصيب عشرة آخرون أمس بانفجار سيارة مفخخة في مدينة عدن.");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).subEventType().label()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(es.get(0).fatalities()).isEqualTo(5);
    }

    @Test
    void namedOfficersAreCountedWhenNoNumberIsGiven() {
        List<Event> es = extract("قُتل أمس اللواء عماد إبراهيم واللواء يوسف علي خلال اشتباكات عنيفة بالقرب من بلدة طفس.");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).subEventType().label()).isEqualTo("Armed clash");
        assertThat(es.get(0).fatalities()).isEqualTo(2);
    }

    @Test
    void repelledAttacksAreAttempted() {
        List<Event> es = extract("وحاولت قوات النظام أمس التسلل إلى بلدة طفس.");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).attempted()).isTrue();
    }

    @Test
    void theDatelineIsNeverTheEventPlace() {
        assertThat(extract("لندن: اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة.")).isEmpty();
    }

    @Test
    void repeatedMentionsOfOneIncidentMerge() {
        List<Event> es = extract("مقتل 3 مدنيين في قصف على عدن أمس.\n\nوقال مصدر إن القصف على عدن أمس أدى إلى مقتل 3 مدنيين وإصابة آخرين.");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).evidence().stream().filter(x -> "sentence".equals(x.role()))).hasSize(2);
    }

    @Test
    void everyEvidenceSpanIsASubstringOfTheInput() {
        String text = "وأمس شنَّ النظام 18 غارة جوية استهدفت مدينة طفس، ما تسبب في سقوط قتلى.";
        for (Event e : extract(text)) {
            assertThat(e.evidence()).isNotEmpty();
            e.evidence().forEach(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
            assertThat(e.notes()).isNotBlank();
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void oldBackgroundIsNotCoded() {
        assertThat(extract("وبدأت المعارك في عدن في صيف 2012 ولم تتوقف.")).isEmpty();
    }
}
