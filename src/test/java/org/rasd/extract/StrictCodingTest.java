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

/**
 * The fields strict F1 scores beyond the match (issue 9): sub-type, actor 1 and fatalities, on made-up sentences of the
 * kinds the train split and the stream audit got wrong.
 */
class StrictCodingTest {
    private static final LocalDate PUB = LocalDate.of(2015, 7, 22);

    private static final FixturePlaces PLACES = new FixturePlaces()
            .add("حلب", "Aleppo", "SY", 36.20124, 37.16117, 1)
            .add("الحسكة", "Al Hasakah", "SY", 36.50237, 40.74772, 1)
            .add("الرقة", "Ar Raqqah", "SY", 35.95283, 39.00788, 1)
            .country("سوريا", "Syria", "SY", 35.0, 38.0)
            .add("عدن", "Aden", "YE", 12.77944, 45.03667, 1)
            .add("المار", "Almar", "AF", 35.84474, 64.53223, 1)
            .country("أفغانستان", "Afghanistan", "AF", 33.0, 66.0)
            .region("شمال أفغانستان", "Northern Afghanistan", "AF", 36.5, 66.0);

    private static List<Event> extract(String text) {
        Rasd rasd = Rasd.withPlaces(DataPaths.resolve(null), PLACES);
        return rasd.extract(new Article("t", PUB, "", text, null, null)).events();
    }

    @Test
    void minefieldsHitByStrikesAreATargetNotALandmine() {
        // "the coalition carried out strikes in Syria. The task force said the strikes hit units near Aleppo and minefields
        // near Raqqa": air strikes by the coalition, not an IED by an unidentified group
        List<Event> es = extract("نفذت قوات التحالف الدولي أمس تسع ضربات جوية على مواقع لتنظيم داعش في سوريا."
                + " وقالت قوة المهام المشتركة في بيان إن الضربات التي وجهت أمس أصابت وحدات تكتيكية بالقرب من حلب"
                + " وحقول ألغام قريبة من مدينة الرقة.");
        assertThat(es).isNotEmpty();
        assertThat(es).allSatisfy(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
            assertThat(e.actor1().name()).isEqualTo("Global Coalition Against Daesh");
        });
        assertThat(es).anySatisfy(e -> assertThat(e.location().name()).isEqualTo("Aleppo"));
    }

    @Test
    void aCoalitionsGenericStrikesAreAirStrikes() {
        // "the task force said its strikes hit fighting positions near Hasakah yesterday": no weapon word, but the
        // coalition fights from the air
        List<Event> es = extract("وقالت قوة المهام المشتركة للتحالف إن الضربات أصابت أمس مواقع قتالية لتنظيم داعش قرب الحسكة.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
            assertThat(e.actor1().name()).isEqualTo("Global Coalition Against Daesh");
        });
    }

    @Test
    void aSuicideBombingInTheLeadGivesTheTownsExplosionItsTypeAndToll() {
        // "15 were killed yesterday when a suicide bomber blew himself up in a market in northern Afghanistan. The attack
        // targeted civilians in the district of Almar": one suicide bombing at Almar with 15 dead
        List<Event> es = extract("قتل 15 شخصا أمس عندما فجر انتحاري نفسه في سوق مزدحمة في شمال أفغانستان."
                + " واستهدف الهجوم أمس المدنيين في منطقة المار على الحدود.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.SUICIDE_BOMB);
            assertThat(e.location().name()).isEqualTo("Almar");
            assertThat(e.fatalities()).isEqualTo(15);
        });
    }

    @Test
    void aSpeakerTellingOfItsOwnFightersActs() {
        // "the Popular Resistance said yesterday that its fighters are fighting the Houthis in Aden"
        List<Event> es = extract("وقالت المقاومة الشعبية أمس إن مقاتليها يخوضون مواجهات عنيفة مع الحوثيين في مدينة عدن.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.actor1().name()).isEqualTo("Popular Resistance (Yemen)");
            assertThat(e.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
        });
    }

    @Test
    void femaleAndDualSuicideBombersAreSuicideBombings() {
        Fixture fx = new Fixture("وقالت الشرطة إن ثلاث انتحاريات فجرن أنفسهن أمس في سوق مدينة عدن.");
        assertThat(fx.frame(0).subType()).isEqualTo(SubEventType.SUICIDE_BOMB);
        Fixture two = new Fixture("وقال مصدر إن فتاتين فجرتا نفسيهما أمس في سوق مدينة عدن.");
        assertThat(two.frame(0).subType()).isEqualTo(SubEventType.SUICIDE_BOMB);
    }

    @Test
    void anAttemptToRetakeControlIsNoChangeOfHands() {
        // "fierce clashes in Aden yesterday, in an attempt by the Houthis to regain control of areas they were driven from"
        List<Event> es = extract("وشهدت مدينة عدن اشتباكات عنيفة أمس، في محاولة من المتمردين الحوثيين لاستعادة السيطرة على مناطق طردوا منها.");
        assertThat(es).isNotEmpty();
        assertThat(es).allSatisfy(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH));
    }

    @Test
    void theAuthoritiesThatAnnounceAnArrestMadeIt() {
        // "the Yemeni authorities announced yesterday the arrest of 8 who planned attacks in the name of ISIS in Aden"
        Fixture fx = new Fixture("أعلنت السلطات اليمنية اعتقال 8 أشخاص أمس كانوا يخططون لهجمات باسم تنظيم داعش في مدينة عدن.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor1().name()).isEqualTo("Police Forces of Yemen");
        // "the security units carried out an operation in Aden that arrested eight"
        Fixture units = new Fixture("نفذت الوحدات الأمنية أمس عملية في مدينة عدن أسفرت عن إيقاف ثمانية من عناصر تنظيم داعش.");
        assertThat(new ActorArgument(units.layers).roles(units.sentence(0), units.frames(0).frames().get(0), "YE", null)
                .actor1().inter()).isEqualTo(org.rasd.model.Inter.STATE_FORCES);
    }

    @Test
    void houthiGunmenCountedDeadAreOneSideHit() {
        // "more than 20 Houthi gunmen were killed in battles in Aden yesterday": the gunmen are the Houthis, the side hit
        Fixture fx = new Fixture("وقال المصدر إن أكثر من 20 مسلحا حوثيا قتلوا في معارك عنيفة شهدتها مدينة عدن أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
        assertThat(r.actor1() == null ? null : r.actor1().name()).isNotEqualTo("Houthi Movement (Ansar Allah)");
        // "8 Houthi gunmen were killed in an ambush the popular forces laid for them"
        Fixture ambush = new Fixture("وقالت مصادر إن 8 من المسلحين الحوثيين قتلوا في كمين نصبته لهم القوات الشعبية في مدينة عدن أمس.");
        ActorRoles q = new ActorArgument(ambush.layers).roles(ambush.sentence(0), ambush.frame(0), "YE", null);
        assertThat(q.actor1().name()).isEqualTo("Popular Resistance (Yemen)");
    }

    @Test
    void aPolicemanKilledByGunmenIsTheSideHit() {
        // "a policeman was killed yesterday by the bullets of masked gunmen in Aden"
        Fixture fx = new Fixture("قتل شرطي أمس برصاص مسلحين ملثمين في مدينة عدن.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor2().name()).isEqualTo("Police Forces of Yemen");
        assertThat(r.actor1().name()).isEqualTo("Unidentified Armed Group (Yemen)");
    }
}
