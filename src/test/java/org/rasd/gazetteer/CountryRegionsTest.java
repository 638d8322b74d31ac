package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rasd.model.Location;

class CountryRegionsTest {
    private static final Location IRAQ = new Location("Iraq", "العراق", "IQ", null, null, null, 33.0, 43.7, 3, "cty:IQ");

    @Test
    void aDirectionBeforeACountryPlacesThePartOfItThePressMeans() {
        String text = "قصفت المقاتلات سبعة أهداف في شمال العراق";
        Location l = CountryRegions.refine(IRAQ, text, text.indexOf("العراق"));
        assertThat(l.name()).isEqualTo("Northern Iraq");
        assertThat(l.lat()).isGreaterThan(36.0);
        assertThat(l.geoPrecision()).isEqualTo(3);
        assertThat(l.gazetteerId()).isEqualTo("region:IQ:N");
    }

    @Test
    void twoWordDirectionsAndProcliticsAreRead() {
        String text = "غارات بشمال غرب العراق";
        assertThat(CountryRegions.refine(IRAQ, text, text.indexOf("العراق")).gazetteerId()).isEqualTo("region:IQ:NW");
    }

    @Test
    void aCountryWithoutDirectionStaysTheCountry() {
        String text = "غارات في العراق";
        assertThat(CountryRegions.refine(IRAQ, text, text.indexOf("العراق"))).isSameAs(IRAQ);
    }
}
