package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
