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

    @Test
    void theRegionNearestAPointIsThePartFacingIt() {
        Location syria = new Location("Syria", "سوريا", "SY", null, null, null, 35.03, 38.51, 3, "cty:SY");
        // Kilis, on the Turkish side of the border: northern Syria, not the country's centre 200 km away
        assertThat(CountryRegions.nearest(syria, 36.72, 37.12).gazetteerId()).isEqualTo("region:SY:N");
        // Ramtha, across the Jordanian border: southern Syria
        assertThat(CountryRegions.nearest(syria, 32.56, 36.01).gazetteerId()).isIn("region:SY:S", "region:SY:SW");
        Location nowhere = new Location("Nowhere", "لا", "ZZ", null, null, null, 0.0, 0.0, 3, "cty:ZZ");
        assertThat(CountryRegions.nearest(nowhere, 36.72, 37.12)).isSameAs(nowhere);
    }
}
