package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.SubEventType;

/** The frame builder: triggers → immutable frames, typed, merged, with regions. */
class FrameBuilderTest {
    @Test
    void aWeaponWordTypesAnAirStrike() {
        Fixture fx = new Fixture("وأمس شنَّ النظام 18 غارة جوية استهدفت مدينة طفس.");
        Frame f = fx.frame(0);
        assertThat(f.subType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
        assertThat(f.regionStart()).isEqualTo(fx.sentence(0).t0());
        assertThat(f.regionEnd()).isEqualTo(fx.sentence(0).t1());
    }

    @Test
    void aPlannedAttackGivesNoFrame() {
        assertThat(new Fixture("وستشن القوات غارات على مدينة الرمادي الأسبوع المقبل.").frames(0)).isNull();
    }

    @Test
    void neighboursOfOneTypeMergeIntoOneFrameOwningAllTriggers() {
        Frame a = new Frame(0, SubEventType.ARMED_CLASH, false, false, false, List.of(), 2, 2, 0, 0);
        Frame b = new Frame(0, SubEventType.ARMED_CLASH, false, false, false, List.of(), 5, 6, 0, 0);
        Frame g = new Frame(0, SubEventType.ATTACK, false, true, false, List.of(), 8, 8, 0, 0);
        Frame c = new Frame(0, SubEventType.AIR_DRONE_STRIKE, false, false, false, List.of(), 12, 12, 0, 0);
        List<Frame> merged = FrameTyping.merge(List.of(a, b, g, c));
        // the generic word joins the clash before it; the air strike stays apart
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).firstTok()).isEqualTo(2);
        assertThat(merged.get(0).lastTok()).isEqualTo(8);
        assertThat(merged.get(0).generic()).isFalse();
        List<Frame> withRegions = FrameTyping.regions(merged, 0, 20);
        assertThat(withRegions).extracting(Frame::regionStart).containsExactly(0, 12);
        assertThat(withRegions).extracting(Frame::regionEnd).containsExactly(12, 20);
    }

    @Test
    void aGenericFrameTakesTheTypeOfTheFrameItJoins() {
        Frame g = new Frame(0, SubEventType.ATTACK, false, true, false, List.of(), 1, 1, 0, 0);
        Frame t = new Frame(0, SubEventType.GOVERNMENT_REGAINS_TERRITORY, true, false, false, List.of(), 3, 3, 0, 0);
        Frame m = g.absorb(t);
        assertThat(m.subType()).isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
        assertThat(m.territory()).isTrue();
        assertThat(m.generic()).isFalse();
        assertThat(g.generic()).isTrue(); // frames are immutable
    }

    @Test
    void aTerritoryFrameUnderADealIsATransfer() {
        Frame t = new Frame(0, SubEventType.GOVERNMENT_REGAINS_TERRITORY, true, false, false, List.of(), 1, 1, 0, 0);
        Frame nvt = new Frame(0, SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, false, false, false, List.of(), 4, 4,
                0, 0);
        assertThat(FrameTyping.transfers(List.of(t, nvt))).extracting(Frame::subType)
                .containsOnly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(FrameTyping.transfers(List.of(t))).containsExactly(t);
    }

    @Test
    void stormingAHouseToArrestSomeoneIsAnArrestNotAClash() {
        SentenceFrames raid = new Fixture("واقتحمت القوات منزلا في بلدة طفس أمس واعتقلت شابا.").frames(0);
        assertThat(raid.frames()).extracting(Frame::subType).containsOnly(SubEventType.ARRESTS);
        SentenceFrames deadly = new Fixture("واقتحمت القوات منزلا في بلدة طفس أمس وقتلت شابا واعتقلت آخر.").frames(0);
        assertThat(deadly.frames()).extracting(Frame::subType).contains(SubEventType.ARMED_CLASH);
        SentenceFrames noArrest = new Fixture("واقتحمت القوات بلدة طفس أمس.").frames(0);
        assertThat(noArrest.frames()).extracting(Frame::subType).containsOnly(SubEventType.ARMED_CLASH);
    }

    @Test
    void aClashWithStoneThrowingYouthsIsARiot() {
        SentenceFrames riot = new Fixture("واندلعت مواجهات بين قوات الاحتلال والشبان في بلدة طفس أمس.").frames(0);
        assertThat(riot.frames()).extracting(Frame::subType).containsOnly(SubEventType.VIOLENT_DEMONSTRATION);
        SentenceFrames clash = new Fixture("واندلعت مواجهات بين قوات النظام والمعارضة في بلدة طفس أمس.").frames(0);
        assertThat(clash.frames()).extracting(Frame::subType).containsOnly(SubEventType.ARMED_CLASH);
    }

    @Test
    void aLaunchVerbIsAnAttackOnlyWhenItFiresSomething() {
        SentenceFrames play = new Fixture("وأطلقت غرفة التجارة في مدينة عدن أمس مسرحية للأطفال.").frames(0);
        assertThat(play == null ? List.of() : play.frames()).isEmpty();
        SentenceFrames rockets = new Fixture("وأطلقت القوات أمس صواريخ على مدينة عدن.").frames(0);
        assertThat(rockets).isNotNull();
        assertThat(rockets.frames()).isNotEmpty();
    }
}
