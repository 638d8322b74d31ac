package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.decide.EventFilter;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;

/** Issue 9 items 4-6: protest and capture rows of triggers.tsv, sports and tally cues, no event after publication. */
class TriggerRowsAndDatesTest {
    private static final LocalDate PUB = LocalDate.of(2018, 7, 3);

    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("طفس", "Tafas", "SY", 32.73564, 36.06694, 1)
            .add("عدن", "Aden", "YE", 12.77944, 45.03667, 1)
            .add("بغداد", "Baghdad", "IQ", 33.34058, 44.40088, 1)
            .add("لندن", "London", "GB", 51.5, -0.12, 1);

    /** The rules alone (no learned filter): these tests are about the lexicon rows and the extractor. */
    private static final Rasd RASD = Rasd.withPlaces(DataPaths.resolve(null), PLACES).withFilter(EventFilter.NONE);

    private static List<Event> extract(String text) {
        return RASD.extract(new Article("t", PUB, "", text, null, null)).events();
    }

    private static List<String> subTypes(String text) {
        return extract(text).stream().map(e -> e.subEventType().label()).toList();
    }

    @Test
    void recallRowsAmbushesAttackingAndMaghrebArrests() {
        // «كمائن» (ambushes), «مهاجمة» (the attacking of), «إيقاف» (Maghreb: arrest) were missing from their rows
        assertThat(subTypes("وقتل 12 مسلحا من ميليشيات الحوثي أمس في كمائن نصبتها المقاومة في عدن."))
                .contains("Armed clash");
        assertThat(subTypes("وقتل جندي أمس في مهاجمة مسلحين من تنظيم داعش نقطة للجيش في بغداد."))
                .contains("Armed clash");
        assertThat(subTypes("وتم أمس في بغداد إيقاف أربعة عناصر من تنظيم داعش.")).containsExactly("Arrests");
        assertThat(subTypes("وحاصرت قوات الجيش أمس مجموعة مسلحة من تنظيم داعش في بغداد.")).contains("Armed clash");
        // a suspension or a stopping is no arrest: nobody political or armed is taken
        assertThat(extract("وتم أمس في بغداد إيقاف العمل في المصفاة.")).isEmpty();
    }

    @Test
    void aLaterDayInTheLeadNeverDatesAnUndatedReport() {
        List<Event> es = extract("يبدأ وزير الخارجية جولة أوروبية غدا.\n\n"
                + "وقصفت قوات النظام بالمدفعية بلدة طفس ما أدى إلى مقتل ثلاثة مدنيين.");
        assertThat(es).isNotEmpty();
        assertThat(es).allSatisfy(e -> assertThat(e.eventDate()).isBeforeOrEqualTo(PUB));
    }

    @Test
    void aWeekdayResolvedForwardNeverDatesAnUndatedReport() {
        List<Event> es = extract("يرعى الوزير الأربعاء القادم انطلاق الملتقى.\n\n"
                + "وقصفت قوات النظام بالمدفعية بلدة طفس ما أدى إلى مقتل ثلاثة مدنيين.");
        assertThat(es).isNotEmpty();
        assertThat(es).allSatisfy(e -> assertThat(e.eventDate()).isBeforeOrEqualTo(PUB));
    }

    @Test
    void aTriggerWhoseOwnDayIsAfterPublicationIsAPlanNotAnEvent() {
        assertThat(extract("ويستهل الفريق هذه المواجهات أمام فريق طفس في الأول من أغسطس المقبل.")).isEmpty();
        assertThat(extract("وتبدأ قوات النظام الأحد المقبل قصف بلدة طفس بالمدفعية.")).isEmpty();
    }

    @Test
    void participantNounsAndGatheringsArePeacefulProtests() {
        assertThat(subTypes("وتجمع المئات من المحتجين أمس أمام مبنى المحافظة في بغداد للمطالبة بصرف الرواتب."))
                .containsExactly("Peaceful protest");
        assertThat(subTypes("وخرج الآلاف إلى الشوارع أمس في بغداد تنديدا بانقطاع الكهرباء."))
                .containsExactly("Peaceful protest");
        assertThat(subTypes("ونفذ عمال الموانئ في بغداد أمس إضرابا عن العمل.")).containsExactly("Peaceful protest");
    }

    @Test
    void aCrowdOrACareerIsNoProtest() {
        assertThat(extract("وحضر جمهور كبير احتشد أمس في خيمة السيرك في بغداد.")).isEmpty();
        assertThat(extract("وتحدث اللاعب أمس في بغداد عن مسيرته الرياضية الطويلة.")).isEmpty();
    }

    @Test
    void sportsMatchesAreNotClashes() {
        assertThat(extract("وحسم الفريق المواجهات أمس في الشوط الأول من المباراة على ملعب بغداد.")).isEmpty();
    }

    @Test
    void takingControlAsANounAfterASuccessVerbIsACapture() {
        assertThat(subTypes("وتمكنت قوات النظام أمس من السيطرة على بلدة طفس."))
                .containsExactly("Government regains territory");
        assertThat(subTypes("وقال مصدر إن قوات النظام نجحت أمس في السيطرة على بلدة طفس."))
                .containsExactly("Government regains territory");
    }

    @Test
    void controlThatIsHeldOrLostIsNoCapture() {
        assertThat(extract("وتسيطر قوات النظام على بلدة طفس منذ سنوات.")).isEmpty();
    }

    @Test
    void aCumulativeOrPeriodTallyIsNeverTheTollOfOneEvent() {
        List<Event> es = extract("وقصفت قوات النظام بالمدفعية أمس بلدة طفس. وقتل أكثر من 3500 شخص في البلدة منذ بداية الحرب.");
        assertThat(es).extracting(Event::fatalities).containsOnly(0);
        assertThat(extract("وقصفت قوات النظام بالمدفعية أمس بلدة طفس، وقتل 200 مدني خلال الأسبوع الماضي في البلدة."))
                .extracting(Event::fatalities).containsOnly(0);
        assertThat(extract("وقصفت قوات النظام بالمدفعية أمس بلدة طفس، وقتل 750 شخصا في معارك البلدة خلال 3 أشهر من القتال."))
                .extracting(Event::fatalities).containsOnly(0);
    }

    @Test
    void theTollOfTheEventItselfStays() {
        assertThat(extract("وقصفت قوات النظام بالمدفعية أمس بلدة طفس ما أدى إلى مقتل خمسة مدنيين."))
                .extracting(Event::fatalities).containsExactly(5);
    }

    @Test
    void anUpdatedTollTakesTheNewFigure() {
        assertThat(extract("وارتفعت حصيلة ضحايا القصف المدفعي لقوات النظام على بلدة طفس أمس إلى 12 قتيلا بعد أن كانت 7 قتلى."))
                .extracting(Event::fatalities).containsExactly(12);
    }

    @Test
    void aDispersedProtestIsOneEventWithTheProtestersAsActorOne() {
        List<Event> es = extract("وتظاهر المئات أمس في بغداد احتجاجا على انقطاع الكهرباء، وأطلقت الشرطة الغاز المسيل للدموع"
                + " لتفريق المتظاهرين.");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).subEventType().label()).isEqualTo("Protest with intervention");
        assertThat(es.get(0).actor1().inter().code()).isEqualTo(6);
        assertThat(es.get(0).actor2().inter().code()).isEqualTo(1);
    }

    @Test
    void aCaptureThatWasPreventedOrNotYetReachedIsNoCapture() {
        assertThat(extract("وتوسعت العمليات أمس لمنع قوات النظام من السيطرة على بلدة طفس.")).isEmpty();
        assertThat(extract("وباتت قوات النظام أمس على بعد 400 متر من السيطرة على بلدة طفس.")).isEmpty();
    }

    @Test
    void fightersCuttingSupplyLinesAreNoProtest() {
        assertThat(subTypes("وقطعوا طرق الإمداد أمس عن بلدة طفس.")).doesNotContain("Peaceful protest");
    }

    @Test
    void aDispersalVerbMakesTheProtestOneWithIntervention() {
        assertThat(subTypes("وفرقت الشرطة مساء الجمعة في بغداد مئات المتظاهرين.")).containsExactly("Protest with intervention");
    }
}
