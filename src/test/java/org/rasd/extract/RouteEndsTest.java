package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ends of a road («الطريق بين X - Y») are not scenes of their own when the sentence names another place. */
class RouteEndsTest {
    private static java.util.List<String> scenes(String text) {
        return new Fixture(text).sentence(0).places().stream().map(p -> p.location().name()).toList();
    }

    @Test
    void roadEndsGiveWayToTheScene() {
        assertThat(scenes("وحاولت قوات النظام التسلل من بلدة طفس وقطع الطريق بين بلدتي صيدا - الطيبة."))
                .containsExactly("Tafas");
        assertThat(scenes("اشتباكات في بلدة طفس على الطريق بين صيدا والجيزة."))
                .containsExactly("Tafas");
    }

    @Test
    void aRoadAloneKeepsItsEnds() {
        assertThat(scenes("قطع مسلحون الطريق بين صيدا - الطيبة.")).containsExactly("Sayda", "At Tayyibah");
    }

    @Test
    void betweenWithoutARoadIsNotARoad() {
        assertThat(scenes("اشتباكات بين بلدتي صيدا والطيبة.")).containsExactly("Sayda", "At Tayyibah");
    }

    @Test
    void aPlaceNamedAsTheCauseGivesWayToTheScene() {
        assertThat(scenes("وقصفت فصائل المعارضة بلدة طفس أمس نصرة لأهلنا في صيدا.")).containsExactly("Tafas");
        assertThat(scenes("وقصفت الفصائل بلدة طفس أمس ردا على قصف صيدا.")).containsExactly("Tafas");
        assertThat(scenes("وقصفت الفصائل بلدة طفس وصيدا أمس.")).containsExactly("Tafas", "Sayda");
    }
}
