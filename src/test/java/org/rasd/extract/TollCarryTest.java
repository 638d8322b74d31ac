package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.Event;
import org.rasd.text.TsvTable;
import org.rasd.text.WordClasses;

/** A toll told in the next sentence that refers back to the event is the event's; a tally never is. */
class TollCarryTest {
    private static Integer toll(String text) {
        List<Event> es = TollRulesTest.extract(text);
        assertThat(es).as(text).hasSize(1);
        return es.get(0).fatalities();
    }

    @Test
    void aResultSentenceCarriesItsTollBack() {
        assertThat(toll("انفجرت سيارة مفخخة في مدينة الرمادي أمس. وأسفر ذلك عن مقتل 7 أشخاص وإصابة 12 آخرين."))
                .isEqualTo(7);
        assertThat(toll("شن طيران التحالف غارة على مدينة تعز أمس. وقتل فيها 4 مدنيين."))
                .isEqualTo(4);
    }

    @Test
    void aStatedTollReplacesAVagueOneAndDualVerbsReferBack() {
        assertThat(toll("انفجرت سيارتان مفخختان في مدينة الرمادي أمس مما أدى إلى سقوط قتلى. "
                + "وأضاف المصدر أن التفجيرين تسببا في قتل 21 جنديا وجرح 24 آخرين."))
                .isEqualTo(21);
    }

    @Test
    void theCarriedTollIsInTheNotes() {
        List<Event> es = TollRulesTest.extract("انفجرت سيارة مفخخة في مدينة الرمادي أمس. وأسفر ذلك عن مقتل 7 أشخاص.");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).notes()).contains("7 fatalities.");
    }

    @Test
    void aSentenceThatDoesNotReferBackCarriesNothing() {
        // the next sentence reports deaths, but neither with a result verb nor pointing back at the event
        assertThat(toll("انفجرت سيارة مفخخة في مدينة الرمادي أمس. وكان المرصد قد أحصى مقتل 40 شخصا في المدينة."))
                .isEqualTo(0);
    }

    @Test
    void theInjuredAloneAreNotCarried() {
        assertThat(toll("انفجرت سيارة مفخخة في مدينة الرمادي أمس. وأسفر ذلك عن إصابة 12 شخصا.")).isEqualTo(0);
    }

    @Test
    void aCumulativeTallyOfPluralStrikesIsNeverCarried() {
        // the shape of snn-2015-07-23-1021: an air strike on a town, then the Observatory's count of months of raids
        assertThat(toll("ونفذ طيران النظام الحربي خمس غارات بالصواريخ على مدينة الرمادي أمس. "
                + "وتابع المرصد أن الغارات أسفرت عن مقتل 4844 مدنيا، هم 995 طفلا و681 مواطنة و3168 رجلا."))
                .isEqualTo(0);
        // the same with a small figure and one strike is carried
        assertThat(toll("ونفذ طيران النظام الحربي غارة بالصواريخ على مدينة الرمادي أمس. "
                + "وقال المرصد إن الغارة أسفرت عن مقتل 6 مدنيين."))
                .isEqualTo(6);
    }

    @Test
    void aPeriodOrSinceTallyIsNeverCarried() {
        assertThat(toll("انفجرت سيارة مفخخة في مدينة الرمادي أمس. وأسفرت التفجيرات منذ مطلع العام عن مقتل 300 شخص."))
                .isEqualTo(0);
        assertThat(toll("انفجرت سيارة مفخخة في مدينة الرمادي أمس. وأسفر القتال خلال الأشهر الثلاثة الماضية عن مقتل 90 شخصا."))
                .isEqualTo(0);
    }

    @Test
    void everyTollWordCanMatchAToken() {
        List<String> bad = new ArrayList<>();
        List<TsvTable.Row> rows = TsvTable.resource(EventExtractor.class, "toll-words.tsv", true, 3);
        for (TsvTable.Row row : rows) {
            for (String p : WordClasses.problems(row.col(0), WordClasses.Match.TOKEN)) {
                bad.add(row.line() + " " + row.col(0) + ": " + p);
            }
        }
        assertThat(rows).hasSizeGreaterThan(40);
        assertThat(bad).isEmpty();
        assertThat(TollCarry.WORDS.set("carry_verb")).contains("اسفرت");
    }
}
