package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.EventType;

/**
 * A cross-border strike is coded at its target: the base its aircraft took off from and the border town its target
 * faces are no scene when the target is named; a target country facing a border town is its region next to that town.
 */
class CrossBorderPlaceTest {
    private static final FixturePlaces PLACES = new FixturePlaces()
            .country("سوريا", "Syria", "SY", 35.03, 38.51)
            .country("الأراضي السورية", "Syria", "SY", 35.03, 38.51)
            .add("ديار بكر", "Diyarbakir", "TR", 37.94, 40.20, 2)
            .add("إنجرليك", "Incirlik", "TR", 37.00, 35.43, 1)
            .add("كيليس", "Kilis", "TR", 36.72, 37.12, 1)
            .add("تل أبيض", "Tall Abyad", "SY", 36.70, 38.96, 1);

    private static List<String> chosen(String text) {
        Fixture f = new Fixture(text, PLACES);
        return new PlaceArgument(f.layers).select(f.sentence(0).places(), EventType.EXPLOSIONS_REMOTE_VIOLENCE).stream()
                .map(p -> p.location().name()).toList();
    }

    @Test
    void theBaseTheAircraftTookOffFromIsNoScene() {
        assertThat(chosen("استهدف سلاح الجو التركي ثلاثة مواقع داخل الأراضي السورية بطائرات انطلقت من قاعدة"
                + " القيادة الجوية الثامنة في ولاية ديار بكر.")).containsExactly("Syria");
        assertThat(chosen("قصفت طائرات أقلعت من قاعدة إنجرليك مواقع للتنظيم في تل أبيض.")).containsExactly("Tall Abyad");
    }

    @Test
    void aTakeOffWordWithoutFromOrAcrossPunctuationLeavesThePlace() {
        // «the campaign set out» is no take-off from Diyarbakir; a comma ends the take-off phrase
        assertThat(chosen("انطلقت حملة القصف على مواقع في ولاية ديار بكر وسوريا.")).containsExactly("Diyarbakir");
        assertThat(chosen("انطلقت الطائرات من قاعدتها، وقصفت مواقع في ديار بكر وسوريا.")).containsExactly("Diyarbakir");
    }

    @Test
    void theLaunchSiteIsNeverTheScene() {
        assertThat(chosen("قصفت طائرات انطلقت من قاعدة إنجرليك مواقع للتنظيم.")).isEmpty();
        assertThat(chosen("وانطلق القصف من مدينة ديار بكر واستهدف مواقع للحزب.")).isEmpty();
        // the target after the base: «took off from a base to strike positions in Tall Abyad»
        assertThat(chosen("انطلقت الطائرات من قاعدة لقصف مواقع في تل أبيض.")).containsExactly("Tall Abyad");
    }

    @Test
    void aTargetCountryFacingABorderTownIsItsRegionNextToTheTown() {
        Fixture f = new Fixture("نفذت ثلاث مقاتلات غارات على ثلاثة مواقع في المنطقة الحدودية في سوريا المقابلة"
                + " لمدينة كيليس.", PLACES);
        List<PlaceRef> ps = new PlaceArgument(f.layers).select(f.sentence(0).places(),
                EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(ps).hasSize(1);
        // border-twins.tsv: the village facing Kilis, where ACLED codes these strikes
        assertThat(ps.get(0).location().name()).isEqualTo("Hawar Kilis");
        assertThat(ps.get(0).location().country()).isEqualTo("SY");
        assertThat(ps.get(0).location().gazetteerId()).isEqualTo("border:SY:Hawar Kilis");
    }

    @Test
    void theFacedTownNamedAgainInTheSentenceIsStillNoScene() {
        Fixture f = new Fixture("قصفت ثلاث مقاتلات مواقع في المنطقة الحدودية في سوريا المقابلة لمدينة كيليس، وكان"
                + " متطرفون فتحوا النار على مركز حدودي في كيليس.", PLACES);
        List<PlaceRef> ps = new PlaceArgument(f.layers).select(f.sentence(0).places(),
                EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(ps).extracting(p -> p.location().name()).containsExactly("Hawar Kilis");
    }

    @Test
    void aTargetCountryFacingAnUnlistedTownIsItsNearestRegion() {
        Fixture f = new Fixture("قصفت المدفعية مواقع في سوريا المقابلة لقاعدة إنجرليك.", PLACES);
        List<PlaceRef> ps = new PlaceArgument(f.layers).select(f.sentence(0).places(),
                EventType.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(ps).extracting(p -> p.location().gazetteerId()).containsExactly("region:SY:NW");
    }

    @Test
    void aCountryCentreCompletedByItsRegionTakesTheRegion() {
        org.rasd.model.Location syria = new org.rasd.model.Location("Syria", "سوريا", "SY", null, null, null, 35.03,
                38.51, 3, "cty:SY");
        org.rasd.model.Location north = new org.rasd.model.Location("Northern Syria", "سوريا", "SY", null, null, null,
                36.3, 37.5, 3, "region:SY:N");
        org.rasd.model.Location kilis = new org.rasd.model.Location("Kilis", "كيليس", "TR", null, null, null, 36.72,
                37.12, 1, "fx:Kilis");
        org.rasd.model.EventMention country = org.rasd.model.EventMention.builder()
                .subEventType(org.rasd.model.SubEventType.AIR_DRONE_STRIKE).location(syria).build();
        org.rasd.model.EventMention region = country.toBuilder().location(north).provisional(true).build();
        assertThat(country.completedBy(region).location()).isEqualTo(north);
        // another country's place never replaces the centre
        assertThat(country.completedBy(region.toBuilder().location(kilis).build()).location()).isEqualTo(syria);
    }
}
