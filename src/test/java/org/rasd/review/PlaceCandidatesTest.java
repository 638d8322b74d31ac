package org.rasd.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceCandidatesTest {
    final PlaceCandidates places = new PlaceCandidates(SmallGazetteer::get, null);

    @Test
    void readingsOfAnArabicNameAreRankedByCountryNearnessAndSize() {
        List<PlaceCandidates.Candidate> all = places.find("الطيبة", null, null, 10);
        assertThat(all).extracting(PlaceCandidates.Candidate::gazetteerId).containsExactlyInAnyOrder("gn:101",
                "gn:102", "gn:103");
        assertThat(all.get(0).gazetteerId()).isEqualTo("gn:101"); // the largest
        assertThat(places.find("الطيبه", "SY", new double[] {35.0, 38.5}, 10))
                .extracting(PlaceCandidates.Candidate::gazetteerId).containsExactly("gn:103", "gn:101", "gn:102");
        assertThat(places.find("وبالطيبة", "PS", null, 1)).isEmpty(); // a clitic is not a name
        PlaceCandidates.Candidate nawa = places.find("نوى", null, null, 5).get(0);
        assertThat(nawa.name()).isEqualTo("Nawa");
        assertThat(nawa.admin1()).isEqualTo("Daraa");
        assertThat(nawa.kind()).isEqualTo("city");
        assertThat(nawa.geoPrecision()).isEqualTo(1);
        assertThat(nawa.population()).isEqualTo(45000);
    }

    @Test
    void aLatinNameWithoutAStoreHasNoCandidatesAndAnEmptyNameIsRefused() {
        assertThat(places.find("Nawa", null, null, 5)).isEmpty();
        assertThatThrownBy(() -> places.find(" ", null, null, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
