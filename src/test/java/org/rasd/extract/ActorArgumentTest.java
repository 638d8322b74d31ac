package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.model.Actor;

/** The actor argument: who acted and who was acted upon. */
class ActorArgumentTest {
    @Test
    void inAPassiveReportTheSpeakerActs() {
        Fixture fx = new Fixture("وأوضحت قيادة التحالف اليوم أنه تم قصف مقرات للحوثيين في مدينة عدن.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor1().name()).isEqualTo("Saudi-led Coalition");
        assertThat(r.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
        assertThat(r.actor1Stated()).isTrue();
        ActorRoles s = r.swapped();
        assertThat(s.actor1()).isEqualTo(r.actor2());
        assertThat(s.mention1()).isEqualTo(r.mention2());
    }

    @Test
    void theSubjectOfAnAirStrikeIsTheAgent() {
        Fixture fx = new Fixture("وأمس شنَّ النظام 18 غارة جوية استهدفت مدينة طفس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "SY", null);
        assertThat(r.actor1().name()).isEqualTo("Military Forces of Syria");
        assertThat(r.mention1()).isNotNull();
    }

    @Test
    void aFrameNamingNoSideTakesTheParagraphsActorUnstated() {
        Fixture fx = new Fixture("وقصف مدينة طفس أمس.");
        Actor carried = new Actor("Military Forces of Syria", 1);
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "SY", carried);
        assertThat(r.actor1()).isEqualTo(carried);
        assertThat(r.actor1Stated()).isFalse();
        assertThat(r.mention1()).isNull();
    }

    @Test
    void aBombingTakesTheParagraphsActorOnlyWhenItsSentenceTellsAClaim() {
        // "a car bomb exploded in Muqdadiyah": the group that claimed the bombing before is not carried into this one
        Actor claimant = new Actor("Islamic State", 2);
        Fixture fx = new Fixture("وانفجرت سيارة مفخخة في مدينة المقدادية أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "IQ", claimant);
        assertThat(r.actor1()).isNotEqualTo(claimant);
        // "... in a car bombing the organisation claimed": the claim ties it to the group
        Fixture claimed = new Fixture("وانفجرت سيارة مفخخة في مدينة المقدادية أمس في تفجير تبناه التنظيم.");
        ActorRoles q = new ActorArgument(claimed.layers).roles(claimed.sentence(0), claimed.frame(0), "IQ", claimant);
        assertThat(q.actor1()).isEqualTo(claimant);
        // "also, a car bomb exploded ...": the sentence goes on with the series of the group's bombings
        Fixture also = new Fixture("كما انفجرت سيارة مفخخة في مدينة المقدادية أمس.");
        ActorRoles a = new ActorArgument(also.layers).roles(also.sentence(0), also.frame(0), "IQ", claimant);
        assertThat(a.actor1()).isEqualTo(claimant);
    }

    @Test
    void inAClashTheSideAfterWithIsTheOtherSide() {
        // "the army and the resistance took Sabir after strong clashes with the Houthi militias": the Houthis are the
        // side fought, the army (first of the subject's sides) fought them
        Fixture fx = new Fixture("سيطر الجيش والمقاومة الشعبية على مدينة صبر عقب اشتباكات قوية دارت مع ميليشيات الحوثي.");
        SentenceFrames fs = fx.frames(0);
        Frame clash = fs.frames().stream().filter(f -> f.subType() == org.rasd.model.SubEventType.ARMED_CLASH)
                .findFirst().orElseThrow();
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), clash, "YE", null);
        assertThat(r.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
        assertThat(r.actor1().name()).startsWith("Military Forces of Yemen");
        // "... clashes with the Houthi militias and the deposed Saleh": his forces are the Houthis' allies, not the army
        Fixture both = new Fixture("سيطر الجيش والمقاومة الشعبية على مدينة صبر عقب اشتباكات قوية مع ميليشيات الحوثي والمخلوع صالح.");
        Frame c2 = both.frames(0).frames().stream().filter(f -> f.subType() == org.rasd.model.SubEventType.ARMED_CLASH)
                .findFirst().orElseThrow();
        ActorRoles q = new ActorArgument(both.layers).roles(both.sentence(0), c2, "YE", null);
        assertThat(q.actor1().inter()).isEqualTo(org.rasd.model.Inter.STATE_FORCES);
    }

    @Test
    void theDeadCountedOfASideAreNotItsAgent() {
        // "18 of the Houthis were killed in clashes with the resistance": the Houthis lost men, the resistance fought them
        Fixture fx = new Fixture("قتل 18 من الحوثيين في اشتباكات مع المقاومة الشعبية في مدينة عدن أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor1().name()).isEqualTo("Popular Resistance (Yemen)");
        assertThat(r.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
        // "dead in the ranks of the Houthis"
        Fixture ranks = new Fixture("اندلعت اشتباكات مع المقاومة الشعبية في مدينة عدن أمس أسفرت عن سقوط قتلى في صفوف الحوثيين.");
        ActorRoles q = new ActorArgument(ranks.layers).roles(ranks.sentence(0), ranks.frame(0), "YE", null);
        assertThat(q.actor1().name()).isEqualTo("Popular Resistance (Yemen)");
    }

    @Test
    void whenBothSidesCountTheirDeadInAClashBothAreSides() {
        Fixture fx = new Fixture("قتل 8 من الحوثيين و3 من المقاومة الشعبية في اشتباكات في مدينة عدن أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor1().name()).isEqualTo("Popular Resistance (Yemen)");
        assertThat(r.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
    }

    @Test
    void aSideCountedByANumberNextToADeathWordIsTheSideHit() {
        // "8 Houthis were killed in clashes with the resistance": no partitive "of", the number counts the Houthis' dead
        Fixture fx = new Fixture("قتل 8 حوثيين في مواجهات مع المقاومة الشعبية في مدينة عدن أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor1().name()).isEqualTo("Popular Resistance (Yemen)");
        assertThat(r.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
        // "one of the resistance fighters was killed by a mortar shell the Houthi militias fired"
        Fixture one = new Fixture("قتل أحد مسلحي المقاومة الشعبية بقذيفة هاون أطلقتها ميليشيات الحوثي في مدينة عدن أمس.");
        ActorRoles q = new ActorArgument(one.layers).roles(one.sentence(0), one.frame(0), "YE", null);
        assertThat(q.actor1().name()).isEqualTo("Houthi Movement (Ansar Allah)");
    }

    @Test
    void aNumberWithNoDeathWordNearIsNoCountOfTheDead() {
        // "50 Houthi gunmen attacked the resistance's positions": the number counts the attackers
        Fixture fx = new Fixture("هاجم 50 حوثيين مواقع المقاومة الشعبية في مدينة عدن أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor1().name()).isEqualTo("Houthi Movement (Ansar Allah)");
    }

    @Test
    void theSideSubjectedToAnAttackWasAttacked() {
        // "two policemen were subjected to an armed attack in Diyarbakir": the police are the side hit
        Fixture fx = new Fixture("تعرض شرطيين لهجوم مسلح في مدينة ديار بكر أمس أسفر عن مقتل أحدهما.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "TR", null);
        assertThat(r.actor2()).isNotNull();
        assertThat(r.actor2().name()).isEqualTo("Police Forces of Turkey");
        assertThat(r.actor1() == null || !r.actor1().inter().isState()).isTrue();
    }

    @Test
    void betweenQuotedNamesAreTheTwoSides() {
        // "clashes, backed by the regime's aircraft, between «Jaish al-Fatah» and «Hezbollah»": the quotation marks do
        // not hide "between" (read without it, the aircraft named first would be actor 1)
        Fixture fx = new Fixture("اندلعت بدعم من الطيران السوري اشتباكات عنيفة بين «جيش الفتح» و«حزب الله» في بلدة طفس أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "SY", null);
        assertThat(r.actor1().name()).isEqualTo("Opposition Rebels (Syria)");
        assertThat(r.actor2().name()).isEqualTo("Hezbollah");
        Fixture q = new Fixture("اندلعت بدعم من الطيران السوري اشتباكات عنيفة بين \"جيش الفتح\" و\"حزب الله\" في بلدة طفس أمس.");
        ActorRoles s = new ActorArgument(q.layers).roles(q.sentence(0), q.frame(0), "SY", null);
        assertThat(s.actor1().name()).isEqualTo("Opposition Rebels (Syria)");
        assertThat(s.actor2().name()).isEqualTo("Hezbollah");
    }

    @Test
    void aircraftAfterTheTargetingVerbAreItsSubject() {
        // "the coalition's planes targeted a Houthi camp": VSO order, the planes are not the target of «استهدفت»
        Fixture fx = new Fixture("واستهدفت طائرات التحالف معسكرا للحوثيين في مدينة عدن أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor1().name()).isEqualTo("Saudi-led Coalition");
        assertThat(r.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
    }

    @Test
    void aircraftOfANationalityAreThatCountrysForces() {
        // "Turkish F-16 jets launched raids on ISIS positions": the nationality is two tokens after the aircraft
        Fixture fx = new Fixture("وشنت مقاتلات اف-16 تركية غارات جوية على مواقع لداعش قرب مدينة ديار بكر أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "TR", null);
        assertThat(r.actor1().name()).isEqualTo("Military Forces of Turkey");
        assertThat(r.actor2().name()).isEqualTo("Islamic State");
    }

    @Test
    void thePoliceDoNotFlyAirStrikes() {
        // "the police revealed an air raid on ISIS positions": the police report it, they did not fly it
        Fixture fx = new Fixture("وكشفت الشرطة عن غارة جوية على مواقع لداعش في مدينة عدن أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r).isNotNull();
        assertThat(r.actor1() == null || !r.actor1().name().startsWith("Police")).isTrue();
        assertThat(r.actor2().name()).isEqualTo("Islamic State");
    }

    @Test
    void aSuicideBomberIsOfAnArmedGroup() {
        // "a suicide bomber blew himself up among activists": the activists (protesters) were hit, not the bomber's side
        Fixture fx = new Fixture("فجر انتحاري نفسه وسط ناشطين في مدينة عدن أمس.");
        Frame bombing = fx.frames(0).frames().get(0);
        assertThat(bombing.subType()).isEqualTo(org.rasd.model.SubEventType.SUICIDE_BOMB);
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), bombing, "YE", null);
        assertThat(r.actor1()).isNull();
        assertThat(r.actor2().inter()).isEqualTo(org.rasd.model.Inter.PROTESTERS);
    }

    @Test
    void whoClaimsAnAttackActed() {
        // "ISIS announced its responsibility for a car bombing in Aden that killed 18 people"
        Fixture fx = new Fixture("أعلن تنظيم \"داعش\" مسؤوليته عن تفجير سيارة مفخخة في مدينة عدن أسفر عن مقتل 18 شخصا.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor1().name()).isEqualTo("Islamic State");
        assertThat(r.actor1Stated()).isTrue();
        // "ISIS claimed the suicide attack on the Houthis' positions in Aden"
        Fixture adopt = new Fixture("وتبنى تنظيم داعش الهجوم الانتحاري على مواقع الحوثيين في مدينة عدن أمس.");
        ActorRoles q = new ActorArgument(adopt.layers).roles(adopt.sentence(0), adopt.frame(0), "YE", null);
        assertThat(q.actor1().name()).isEqualTo("Islamic State");
        assertThat(q.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
    }

    @Test
    void alliesJoinedByAndAreAssociatesButTheOtherSideIsNot() {
        // "clashes between the resistance fighters and the Houthi militias and Saleh's forces near Aden"
        Fixture fx = new Fixture("دارت اشتباكات عنيفة بين مقاتلي المقاومة الشعبية وميليشيات الحوثي وقوات صالح في مدينة عدن أمس.");
        ActorArgument args = new ActorArgument(fx.layers);
        Frame f = fx.frame(0);
        ActorRoles r = args.roles(fx.sentence(0), f, "YE", null);
        List<Mention<ActorEntry>> region = ActorArgument.region(fx.sentence(0), f);
        assertThat(args.associates(region, r.mention1(), r.actor1(), r.mention2(), "YE")).isEmpty();
        assertThat(args.associates(region, r.mention2(), r.actor2(), r.mention1(), "YE"))
                .containsExactly("Military Forces of Yemen (Saleh loyalists)");
        // a quoted ally after a bare "and": "the regime forces shelled positions of the opposition and «al-Nusra»"
        Fixture q = new Fixture("قصفت قوات النظام مواقع المعارضة المسلحة و«جبهة النصرة» في بلدة طفس أمس.");
        ActorRoles s = new ActorArgument(q.layers).roles(q.sentence(0), q.frame(0), "SY", null);
        assertThat(s.actor2().name()).isEqualTo("Opposition Rebels (Syria)");
        assertThat(new ActorArgument(q.layers).associates(ActorArgument.region(q.sentence(0), q.frame(0)), s.mention2(),
                s.actor2(), s.mention1(), "SY")).containsExactly("Hayat Tahrir al-Sham (Jabhat al-Nusra)");
    }

    @Test
    void theSideWhoseAttackWasRepelledAttacked() {
        // "in Aden the resistance repelled an attack of the Houthis on its positions"
        Fixture fx = new Fixture("وفي مدينة عدن تصدت المقاومة الشعبية لهجوم الحوثيين على مواقعها أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor1().name()).isEqualTo("Houthi Movement (Ansar Allah)");
        assertThat(r.actor2().name()).isEqualTo("Popular Resistance (Yemen)");
    }

    @Test
    void aCountedNounBeforeThePartitiveCountsTheDead() {
        // "17 members of the Houthis were killed in confrontations with the resistance in Aden"
        Fixture fx = new Fixture("وقتل 17 عنصرا من الحوثيين في مواجهات مع المقاومة الشعبية في مدينة عدن أمس.");
        ActorRoles r = new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), "YE", null);
        assertThat(r.actor1().name()).isEqualTo("Popular Resistance (Yemen)");
        assertThat(r.actor2().name()).isEqualTo("Houthi Movement (Ansar Allah)");
    }
}
