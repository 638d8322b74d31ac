package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.SubEventType;

/** Modality cues (accidents, background, conditionals …) block the clauses they belong to, and only those. */
class ModalityTest {
    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("عدن", "Aden", "YE", 12.77944, 45.03667, 1)
            .add("طفس", "Tafas", "SY", 32.73564, 36.06694, 1);
    private static final Rasd RASD = Rasd.withPlaces(DataPaths.resolve(null), PLACES);

    static List<Event> extract(String text, LocalDate published) {
        return RASD.extract(new Article("t", published, "", text, null, null)).events();
    }

    @Test
    void anAccidentWordInAnotherClauseDoesNotBlockTheBombing() {
        List<Event> es = extract("انفجرت سيارة مفخخة أمس في مدينة عدن، وأسفر الحادث عن مقتل 5",
                LocalDate.of(2015, 7, 22));
        assertThat(es).hasSize(1);
        assertThat(es.get(0).subEventType()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
        assertThat(es.get(0).location().name()).isEqualTo("Aden");
        assertThat(es.get(0).fatalities()).isEqualTo(5);
    }

    @Test
    void anAccidentInTheTriggersOwnClauseIsStillNoEvent() {
        assertThat(extract("انفجرت أسطوانة غاز في حادث أمس في مدينة عدن، ما أدى إلى مقتل 3", LocalDate.of(2015, 7, 22)))
                .isEmpty();
    }

    @Test
    void anAccidentElsewhereInTheSentenceStillBlocksABareExplosion() {
        LocalDate pub = LocalDate.of(2015, 7, 22);
        // without an accident word the bare explosion is coded; with one in the next clause it is not
        assertThat(extract("انفجرت أسطوانة أمس في مدينة عدن، وهرعت قوات الأمن إلى الموقع", pub)).hasSize(1);
        assertThat(extract("انفجرت أسطوانة أمس في مدينة عدن، وهرعت فرق الدفاع المدني إلى الموقع", pub)).isEmpty();
    }

    @Test
    void aMaskPhraseHoldingACueWordBlocksNothing() {
        LocalDate pub = LocalDate.of(2015, 7, 22);
        // «حوادث أمنية» are security incidents, not accidents; «كمائن مُحكمة» are tight ambushes, not a court
        assertThat(extract("وقتل جنديان أمس في اشتباكات مع مسلحين في مدينة عدن ضمن حوادث أمنية متفرقة", pub))
                .extracting(Event::subEventType).contains(SubEventType.ARMED_CLASH);
        assertThat(extract("نفذت المقاومة أمس كمائن محكمة لتعزيزات الحوثيين في مدينة عدن", pub))
                .extracting(Event::subEventType).contains(SubEventType.ARMED_CLASH);
        // a mask phrase before the trigger in its clause blocks nothing either
        assertThat(extract("وضمن حوادث أمنية متفرقة قتل جنديان أمس في اشتباكات مع مسلحين في مدينة عدن", pub))
                .extracting(Event::subEventType).contains(SubEventType.ARMED_CLASH);
        // the cue words alone still block where the sentence names no attack (with clashes and gunmen named, the
        // incidents are attacks: RecallRulesTest.anIncidentIsAnAccidentUnlessItsSentenceNamesTheAttack)
        assertThat(extract("وقتل جنديان أمس في مدينة عدن ضمن حوادث متفرقة", pub)).isEmpty();
        assertThat(extract("قصف الطيران أمس مدينة عدن بحسب ما قالت محكمة في المدينة", pub)).isEmpty();
    }

    @Test
    void aYearBeforePublicationAtTheHeadOfTheSentenceSetsItInThePast() {
        String text = "في صيف عام 2016، قصف الطيران مدينة طفس وقتل 5 مدنيين";
        assertThat(extract(text, LocalDate.of(2018, 7, 3))).isEmpty();
        assertThat(extract(text, LocalDate.of(2016, 8, 10))).extracting(Event::subEventType)
                .contains(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void aPastYearInALaterClauseLeavesTheEventOfTheFirst() {
        assertThat(extract("قصف الطيران أمس مدينة طفس، التي شهدت معارك عنيفة عام 2016", LocalDate.of(2018, 7, 3)))
                .extracting(Event::subEventType).containsExactly(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void cuesMatchWholeWordsOnly() {
        LocalDate pub = LocalDate.of(2015, 7, 22);
        // «لولاية» (for the province) is not «لولا» (were it not for); «الحالي» (current) is not «حال» (in case)
        assertThat(extract("وفي مدينة عدن التابعة لولاية الحاكم قصف الطيران أمس مواقع المسلحين", pub)).hasSize(1);
        assertThat(extract("وفي ظل الوضع الحالي قصف الطيران أمس مدينة عدن", pub)).hasSize(1);
        // the cues themselves still block
        assertThat(extract("لولا تدخل الجيش لقصف الطيران أمس مدينة عدن", pub)).isEmpty();
        assertThat(extract("في حال قصف الطيران مدينة عدن أمس", pub)).isEmpty();
    }

    @Test
    void anEventNamedAsTheAntecedentIsRetoldNotNew() {
        LocalDate pub = LocalDate.of(2015, 7, 22);
        // the same explosion reported is coded; named after «ويأتي ذلك بعد» it is the background of the shelling
        assertThat(extract("انفجرت سيارة مفخخة أمس في مدينة عدن وأسفر الانفجار عن مقتل 12 شخصا", pub))
                .extracting(e -> e.location().name()).contains("Aden");
        assertThat(extract("قتل 5 مدنيين أمس في قصف على مدينة طفس، ويأتي ذلك بعد تفجير في مدينة عدن أسفر عن مقتل 12 شخصا",
                pub)).extracting(e -> e.location().name()).containsExactly("Tafas");
    }

    @Test
    void aRetoldEventKeepsItsPlaceFromTheReportedOne() {
        // the attack «في أعقاب» is background; its place is not the scene of the clash
        assertThat(extract("اشتبكت قوات الأمن مع مسلحين أمس في أعقاب هجوم على مدينة عدن", LocalDate.of(2015, 7, 22)))
                .extracting(e -> e.location().name()).doesNotContain("Aden");
    }

    @Test
    void aRetoldEventKeepsItsTollFromTheReportedOne() {
        List<Event> es = extract("وقصف الطيران أمس مدينة طفس ردا على التفجير الذي استهدف مدينة عدن الأسبوع الماضي"
                + " وأسفر عن مقتل 9 أشخاص", LocalDate.of(2015, 7, 22));
        assertThat(es).extracting(e -> e.location().name()).containsExactly("Tafas");
        assertThat(es.get(0).fatalities()).isZero();
    }

    @Test
    void aCauseCueRetellsOnlyWhatFollowsItAPastDateAlsoWhatPrecedesIt() {
        LocalDate pub = LocalDate.of(2015, 7, 22);
        // «في أعقاب» names the cause after it: the bombing before it is the reported event
        assertThat(extract("انفجرت سيارة مفخخة أمس في مدينة عدن في أعقاب هجوم", pub))
                .extracting(e -> e.location().name()).containsExactly("Aden");
        // «الأسبوع الماضي» dates the bombing before it in the past
        assertThat(extract("انفجرت سيارة مفخخة الأسبوع الماضي في مدينة عدن", pub)).isEmpty();
    }
}
