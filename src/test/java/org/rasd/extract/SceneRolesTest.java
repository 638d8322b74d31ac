package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which mentioned places can be a scene: a country's name is no nationality adjective, a capital after a locative
 * word and adjectives is no government, a wire item's dateline mid-article is no scene; and a place «near» which a
 * country stands is the scene itself.
 */
class SceneRolesTest {
    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("سوريا", "Northern Syria", "SY", 36.2, 38.0, 3)
            .add("سورية", "Suriyah", "SY", 35.0, 38.5, 3)
            .add("تركية", "Turkiyah", "TR", 37.0, 35.0, 1)
            .add("بغداد", "Baghdad", "IQ", 33.34, 44.40, 1)
            .add("كوباني", "Kobani", "SY", 36.89, 38.35, 1)
            .add("نيودلهي", "New Delhi", "IN", 28.61, 77.21, 1)
            .add("كراتشي", "Karachi", "PK", 24.86, 67.01, 1);

    private static List<String> scenes(String text, int sentence) {
        return new Fixture(text, PLACES).sentence(sentence).places().stream().map(p -> p.location().name()).toList();
    }

    private static List<String> scenes(String text) {
        return scenes(text, 0);
    }

    @Test
    void aCountrysNameAfterANounIsAPlace() {
        assertThat(scenes("شنت مقاتلات غارات في شمال سوريا.")).containsExactly("Northern Syria");
        assertThat(scenes("قصفت مدفعية سوريا مواقع للتنظيم.")).containsExactly("Northern Syria");
    }

    @Test
    void theAdjectiveFormIsNoPlace() {
        assertThat(scenes("قصفت مقاتلات تركية مواقع للتنظيم.")).isEmpty();
        assertThat(scenes("قصفت مقاتلات سورية مواقع للتنظيم.")).isEmpty();
        // «سورية» is Syria after a locative word
        assertThat(scenes("غارات في شمال سورية.")).containsExactly("Suriyah");
    }

    @Test
    void aCapitalAfterALocativeAndAdjectivesIsAPlace() {
        assertThat(scenes("انفجرت سيارة مفخخة في العاصمة العراقية بغداد.")).containsExactly("Baghdad");
        assertThat(scenes("طالبت بغداد بدعم دولي.")).isEmpty();
        // no locative before the adjective: the government
        assertThat(scenes("انتقدت الحكومة العراقية بغداد.")).isEmpty();
    }

    @Test
    void aPlaceNearACountryIsTheScene() {
        Fixture f = new Fixture("شن التحالف 13 غارة جوية في سوريا تركزت خمس منها قرب كوباني.", PLACES);
        PlaceArgument args = new PlaceArgument(f.layers);
        List<PlaceRef> cands = f.sentence(0).places();
        assertThat(cands).hasSize(2);
        assertThat(args.select(cands, org.rasd.model.EventType.EXPLOSIONS_REMOTE_VIOLENCE).stream().map(p -> p.location().name()))
                .containsExactly("Kobani");
    }

    private static List<String> selected(String text) {
        Fixture f = new Fixture(text);
        return new PlaceArgument(f.layers).select(f.sentence(0).places(), org.rasd.model.EventType.BATTLES).stream()
                .map(p -> p.location().name()).toList();
    }

    @Test
    void aPlaceAfterACompassWordIsAReferencePoint() {
        assertThat(selected("اشتباكات عنيفة في صيدا شرق طفس.")).containsExactly("Sayda");
        assertThat(selected("اشتباكات عنيفة في صيدا (شرق طفس).")).containsExactly("Sayda");
        // «and east of Tafas»: a second scene
        assertThat(selected("اشتباكات عنيفة في صيدا وشرق طفس.")).containsExactly("Sayda", "Tafas");
        assertThat(selected("اشتباكات عنيفة في صيدا وطفس.")).containsExactly("Sayda", "Tafas");
        // «X (south) and Y»: the compass word belongs to X
        assertThat(selected("اعتقالات في صيدا (جنوب) وطفس (شمال).")).containsExactly("Sayda", "Tafas");
    }

    @Test
    void aPlaceNamingAThingOrAnActorIsNoScene() {
        assertThat(scenes("ونص اتفاق كوباني على وقف إطلاق النار.")).isEmpty();
        assertThat(scenes("وقصف التحالف الذي تقوده سوريا مواقع للتنظيم.")).isEmpty();
        assertThat(scenes("وافتتح مهرجان كوباني أمس.")).isEmpty();
        // with a proclitic the place is where it happened
        assertThat(scenes("ووقع الاتفاق ببغداد أمس.")).containsExactly("Baghdad");
    }

    @Test
    void aWireDatelineMidArticleIsNoScene() {
        String head = "مقتل 20 شخصا في هجمات متفرقة. " + "وقالت مصادر أمنية إن الهجمات وقعت ليلا في مناطق متفرقة. ".repeat(4);
        String text = head + "\n* نيودلهي - «الشرق الأوسط»: قتل مسلحون ثلاثة جنود.\n"
                + "رويترز - كراتشي: قتل مسلحون شرطيا.\nوقتل شرطي آخر في كراتشي.";
        Fixture f = new Fixture(text, PLACES);
        List<String> all = new java.util.ArrayList<>();
        for (int si = 0; si < f.layers.doc.sentences().size(); si++) {
            SentenceView s = f.sentence(si);
            if (s != null) {
                s.places().forEach(p -> all.add(p.location().name()));
            }
        }
        assertThat(all).containsExactly("Karachi");
    }

    @Test
    void aPlaceWithADashButNoCreditStays() {
        String head = "مقتل 20 شخصا في هجمات متفرقة. " + "وقالت مصادر أمنية إن الهجمات وقعت ليلا في مناطق متفرقة. ".repeat(4);
        Fixture f = new Fixture(head + "\nكراتشي - قتل مسلحون شرطيا.", PLACES);
        SceneFilter sf = new SceneFilter(f.layers);
        PlaceRef k = f.layers.places.get(f.layers.places.size() - 1);
        assertThat(sf.wireDateline(k)).isFalse();
    }
}
