package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.TextPipeline;

/** The {@link PlaceJudge} seam: without a judge the rules decide; a judge can only reject bare names and lift the guards. */
class GeocoderJudgeTest {
    private static PlaceJudge judge(double probability, double rejectBelow, double acceptAbove) {
        return new PlaceJudge() {
            @Override
            public Session open(org.rasd.text.Document doc) {
                return (t0, t1) -> probability;
            }

            @Override
            public double rejectBelow() {
                return rejectBelow;
            }

            @Override
            public double acceptAbove() {
                return acceptAbove;
            }
        };
    }

    private static List<PlaceMention> find(PlaceJudge j, String text) {
        return new Geocoder(GeocoderTest.fixture(), j).find(TextPipeline.analyze("t", text, LocalDate.of(2018, 7, 3)));
    }

    @Test
    void noJudgeAndNaNThresholdsKeepTheRules() {
        String text = "وصل الوفد درعا أمس. احتفل الناس بالنصر في درعا.";
        List<String> rules = find(PlaceJudge.NONE, text).stream().map(PlaceMention::nameAr).toList();
        assertThat(find(judge(0.0, Double.NaN, Double.NaN), text).stream().map(PlaceMention::nameAr).toList()).isEqualTo(rules);
        assertThat(find(judge(1.0, Double.NaN, Double.NaN), text).stream().map(PlaceMention::nameAr).toList()).isEqualTo(rules);
    }

    @Test
    void aBareNameTheModelDoesNotReadAsAPlaceIsRejected() {
        String text = "وصل الوفد درعا أمس.";
        assertThat(find(PlaceJudge.NONE, text)).anyMatch(m -> m.nameAr().equals("درعا"));
        assertThat(find(judge(0.1, 0.5, Double.NaN), text)).noneMatch(m -> m.nameAr().equals("درعا"));
        assertThat(find(judge(0.9, 0.5, Double.NaN), text)).anyMatch(m -> m.nameAr().equals("درعا"));
    }

    @Test
    void aHeadOrLocativeKeepsTheMentionWhateverTheModelSays() {
        assertThat(find(judge(0.0, 0.5, Double.NaN), "قصفت الطائرات مدينة درعا.")).anyMatch(m -> m.nameAr().equals("درعا"));
    }

    @Test
    void aCommonWordTheModelReadsAsAPlaceWithHighConfidenceIsAccepted() {
        String text = "قصفت الطائرات النصر قرب درعا.";
        assertThat(find(PlaceJudge.NONE, text)).noneMatch(m -> m.place().id().equals("t:nasr"));
        assertThat(find(judge(0.95, Double.NaN, 0.9), text)).anyMatch(m -> m.place().id().equals("t:nasr"));
        assertThat(find(judge(0.5, Double.NaN, 0.9), text)).noneMatch(m -> m.place().id().equals("t:nasr"));
    }
}
