package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.Rasd;
import org.rasd.io.DataPaths;
import org.rasd.model.Article;
import org.rasd.model.Event;

/**
 * A known bombing named again by a definite noun and a relative clause, with no day of its own, later in an article
 * about something else, codes nothing ({@link RetoldIncidents}; issue 9, the stream audit's retold Suruc and Khan Bani
 * Saad bombings dated to the later article's day).
 */
class RetoldIncidentsTest {
    private static final LocalDate PUB = LocalDate.of(2015, 7, 27);

    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("عدن", "Aden", "YE", 12.77944, 45.03667, 1)
            .add("تعز", "Taiz", "YE", 13.57952, 44.02091, 1);

    private static List<Event> extract(String text) {
        Rasd rasd = Rasd.withPlaces(DataPaths.resolve(null), PLACES);
        return rasd.extract(new Article("t", PUB, "", text, null, null)).events();
    }

    /** The lead: a clash in Taiz yesterday, and more on it; the fourth sentence names the bombing of Aden as a cause. */
    private static final String LEAD = "اندلعت اشتباكات أمس بين المقاومة والحوثيين في مدينة تعز."
            + " واستخدم الطرفان الأسلحة الثقيلة. وأفاد شهود بنزوح عشرات الأسر.";

    @Test
    void aBombingRecalledWithARelativeClauseAndNoDayCodesNothing() {
        // "the group said the operation was a response to the suicide attack that targeted activists in Aden and
        // killed 32": the bombing is recalled, not reported
        List<Event> es = extract(LEAD + " وقالت الجماعة إن العملية رد على الهجوم الانتحاري الذي استهدف ناشطين"
                + " في مدينة عدن وأسفر عن سقوط 32 قتيلا.");
        assertThat(es).noneMatch(e -> "Aden".equals(e.location().name()));
        assertThat(es).anyMatch(e -> "Taiz".equals(e.location().name()));
    }

    @Test
    void anIndefiniteBombingIsReported() {
        // "a suicide attack targeted activists in Aden and killed 32": a report
        List<Event> es = extract(LEAD + " ونفذ انتحاري هجوما انتحاريا استهدف ناشطين في مدينة عدن وأسفر عن سقوط 32 قتيلا.");
        assertThat(es).anyMatch(e -> "Aden".equals(e.location().name()));
    }

    @Test
    void aStatedDayKeepsTheRecalledBombing() {
        // "… the suicide attack that targeted activists in Aden yesterday": its own day, so it is dated right
        List<Event> es = extract(LEAD + " وقالت الجماعة إن العملية رد على الهجوم الانتحاري الذي استهدف ناشطين"
                + " في مدينة عدن أمس وأسفر عن سقوط 32 قتيلا.");
        assertThat(es).anyMatch(e -> "Aden".equals(e.location().name()) && PUB.minusDays(1).equals(e.eventDate()));
    }

    @Test
    void theLeadParagraphTellsItsOwnIncidentAgainWithItsPlace() {
        // "15 killed yesterday when a suicide bomber blew himself up in a market. / The attack that took place in Aden
        // sheds light on …": the place of the lead's own bombing
        List<Event> es = extract("قتل 15 شخصا أمس عندما فجر انتحاري نفسه في سوق مزدحمة."
                + " ويسلط الهجوم الذي وقع في مدينة عدن الضوء على الخسائر بين المدنيين.");
        assertThat(es).anyMatch(e -> "Aden".equals(e.location().name()));
    }

    @Test
    void theLeadThatNamesItsBombingThisWayIsTheReport() {
        List<Event> es = extract("أعلن رئيس الحكومة أن تنظيم داعش يقف وراء الهجوم الانتحاري الذي استهدف ناشطين"
                + " في مدينة عدن وأسفر عن سقوط 32 قتيلا.");
        assertThat(es).anyMatch(e -> "Aden".equals(e.location().name()));
    }

    @Test
    void ongoingShellingNamedWithARelativeClauseStaysAnEvent() {
        // "more than 100 were wounded in the shelling that hit Aden": shelling goes on, it is not a one-off incident
        List<Event> es = extract(LEAD + " وأصيب أكثر من 100 شخص في القصف الذي تعرضت له مدينة عدن.");
        assertThat(es).anyMatch(e -> "Aden".equals(e.location().name()));
    }

    @Test
    void attacksToldAfterTheRelativeClauseAreNews() {
        // "besides the bombing that took place in Aden, two more were killed in bomb attacks in Taiz": the attacks after
        // the comma are reported
        List<Event> es = extract(LEAD + " وإلى جانب التفجير الذي وقع في مدينة عدن، قتل شخصان آخران في هجمات بقنابل"
                + " في مدينة تعز.");
        assertThat(es).anyMatch(e -> "Taiz".equals(e.location().name())
                && e.eventType() == org.rasd.model.EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }

    @Test
    void theIncidentAnInvestigationLooksIntoIsNoNewsWithoutADay() {
        // "investigations into the bombing IS carried out in Aden revealed that policemen were involved"
        List<Event> es = extract(LEAD + " وكشفت التحقيقات في تفجير نفذه تنظيم داعش في مدينة عدن تورط رجال شرطة.");
        assertThat(es).noneMatch(e -> "Aden".equals(e.location().name()));
        // with its own day it is reported: "… into the bombing in Aden yesterday"
        List<Event> dated = extract(LEAD + " وكشفت التحقيقات في تفجير نفذه تنظيم داعش في مدينة عدن أمس تورط رجال شرطة.");
        assertThat(dated).anyMatch(e -> "Aden".equals(e.location().name()));
        // an investigation agency acting now is no inquiry into an earlier incident
        List<Event> agency = extract(LEAD + " وتمكن المكتب المركزي للتحقيقات القضائية من تفكيك خلية إرهابية في مدينة عدن.");
        assertThat(agency).anyMatch(e -> "Aden".equals(e.location().name()));
    }

    @Test
    void aBombingThatHappenedRecentlyIsRetold() {
        // "the police tightened security after a suicide bombing that took place recently in Aden"
        List<Event> es = extract(LEAD + " وشددت الشرطة إجراءاتها الأمنية بعد تفجير انتحاري وقع مؤخرا في مدينة عدن.");
        assertThat(es).noneMatch(e -> "Aden".equals(e.location().name()));
        List<Event> fresh = extract(LEAD + " وشددت الشرطة إجراءاتها الأمنية بعد تفجير انتحاري وقع أمس في مدينة عدن.");
        assertThat(fresh).anyMatch(e -> "Aden".equals(e.location().name()));
    }

    @Test
    void daysAfterOrEarlyThisWeekRetellsTheEarlierBombing() {
        // "the first air strikes, four days after the bombing in Aden" / "… after the suicide attack early this week in
        // Aden"
        assertThat(extract(LEAD + " وشنت الطائرات غارات على مواقع التنظيم بعد أربعة أيام على تفجير انتحاري في مدينة عدن."))
                .noneMatch(e -> "Aden".equals(e.location().name()));
        assertThat(extract(LEAD + " وفرقت الشرطة المتظاهرين بعد هجوم انتحاري وقع مطلع الأسبوع الجاري في مدينة عدن."))
                .noneMatch(e -> "Aden".equals(e.location().name()));
        assertThat(extract(LEAD + " وفرقت الشرطة المتظاهرين بعد هجوم انتحاري وقع أمس في مدينة عدن."))
                .anyMatch(e -> "Aden".equals(e.location().name()));
    }

    @Test
    void anIncidentNamedByItsPlaceIsKnownNotReported() {
        // "the government announced new security measures yesterday after the Aden bombing": the bombing of Aden is known
        assertThat(extract(LEAD + " وأعلنت الحكومة أمس إجراءات أمنية جديدة بعد تفجير عدن."))
                .noneMatch(e -> "Aden".equals(e.location().name()));
        // a bombing in Aden (with a preposition) is reported
        assertThat(extract(LEAD + " وقتل خمسة أشخاص أمس في تفجير في مدينة عدن."))
                .anyMatch(e -> "Aden".equals(e.location().name()));
    }
}
