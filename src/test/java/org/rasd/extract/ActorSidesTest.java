package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sides that are not the actor (issue 9): the members or the property of a side that was hit, the unit named before
 * "affiliated to", a spokesman's side, a side counted among the dead of a bombing. Made-up sentences.
 */
class ActorSidesTest {
    private static ActorRoles roles(String text, String country) {
        Fixture fx = new Fixture(text);
        return new ActorArgument(fx.layers).roles(fx.sentence(0), fx.frame(0), country, null);
    }

    private static String name(org.rasd.model.Actor a) {
        return a == null ? null : a.name();
    }

    @Test
    void membersOfASideAfterATargetingVerbAreTheTarget() {
        // "a car bomb targeted members of the Popular Mobilization in Aden yesterday"
        ActorRoles r = roles("وقال مصدر أمني إن سيارة مفخخة استهدفت عناصر من الحشد الشعبي في مدينة عدن أمس.", "IQ");
        assertThat(name(r.actor1())).isNotEqualTo("Popular Mobilization Forces");
        assertThat(name(r.actor2())).isEqualTo("Popular Mobilization Forces");
    }

    @Test
    void theSideOwningAConvoyThatWasHitIsTheTarget() {
        // "a car bomb went off as a convoy of ISIS members passed near Aden": ISIS owned the convoy, it was hit
        ActorRoles r = roles("وقال الضابط إن سيارة مفخخة انفجرت أمس عند مرور رتل لعناصر تنظيم داعش قرب مدينة عدن.", "IQ");
        assertThat(name(r.actor1())).isNotEqualTo("Islamic State");
        assertThat(name(r.actor2())).isEqualTo("Islamic State");
        // "five cars belonging to activists were destroyed in the explosion of bombs"
        Fixture cars = new Fixture("دمرت خمس سيارات تعود لعناصر تنظيم داعش في انفجار عبوات ناسفة في مدينة عدن أمس.");
        ActorRoles q = new ActorArgument(cars.layers).roles(cars.sentence(0), cars.frame(0), "IQ", null);
        assertThat(name(q.actor1())).isNotEqualTo("Islamic State");
    }

    @Test
    void theGroupAUnitIsAffiliatedToIsItsSideNotASecondOne() {
        // "the First Army brigades affiliated to the Free Army announced they targeted regime HQs in Tafas"
        ActorRoles r = roles("وأعلنت كتائب الجيش الأول التابع للجيش الحر أمس استهداف مقرات قوات النظام في بلدة طفس براجمات الصواريخ.",
                "SY");
        assertThat(name(r.actor1())).isEqualTo("Opposition Rebels (Syria)");
        assertThat(name(r.actor2())).isEqualTo("Military Forces of Syria");
    }

    @Test
    void theSideASpokesmanSpeaksForIsNotTheActor() {
        // "the spokesman of the police said an exchange of fire took place between gunmen": the police only told of it
        ActorRoles r = roles("وقال المتحدث باسم الشرطة إن تبادلا لإطلاق النار وقع أمس بين مسلحين في مدينة ديار بكر.", "TR");
        assertThat(r.actor1()).isNotNull();
        assertThat(r.actor1().name()).doesNotStartWith("Police Forces");
        assertThat(name(r.actor2())).isNotEqualTo("Police Forces of Turkey");
    }

    @Test
    void aSideCountedAmongTheDeadOfABombingIsNotSwappedInAsItsPerpetrator() {
        // "12 other Houthis were killed by a bomb in front of a police station in Aden": the Houthis were hit
        ActorRoles r = roles("وقال مصدر إن 12 آخرين من الحوثيين لقوا مصرعهم أمس إثر انفجار عبوة ناسفة أمام قسم شرطة في مدينة عدن.",
                "YE");
        assertThat(name(r.actor1())).isNotEqualTo("Houthi Movement (Ansar Allah)");
        assertThat(name(r.actor2())).isEqualTo("Houthi Movement (Ansar Allah)");
    }

    @Test
    void theSideThatTriedToStormAttacked() {
        // "the Peshmerga clashed with ISIS members as they tried to storm villages near Aden": ISIS attacked
        ActorRoles r = roles("وقالت مصادر إن قوات البيشمركة الكردية اشتبكت أمس مع عناصر داعش لدى محاولتهم اقتحام قرى قرب مدينة عدن.",
                "IQ");
        assertThat(name(r.actor1())).isEqualTo("Islamic State");
        // "an army force besieged an armed group that tried to attack a barracks"
        ActorRoles q = roles("وأفادت تقارير بأن قوة للجيش حاصرت أمس مجموعة مسلحة حاولت مهاجمة ثكنة عسكرية في مدينة عدن.", "DZ");
        assertThat(q.actor1().name()).startsWith("Unidentified Armed Group");
        assertThat(q.actor2().name()).startsWith("Military Forces of");
    }

    @Test
    void oneNameReadAsTwoMentionsIsOneSideNotTwo() {
        // «لعناصر تنظيم» and «داعش» are one name: once the first is the owner hit, the second is not its attacker
        ActorRoles r = roles("دمرت خمس سيارات تعود لعناصر تنظيم داعش في انفجار عبوات ناسفة في مدينة عدن أمس.", "IQ");
        assertThat(r.actor1()).isNull();
        assertThat(name(r.actor2())).isEqualTo("Islamic State");
    }

    @Test
    void aUnitOfTheSameKindAsItsParentKeepsItsOwnName() {
        // "Ansar Bayt al-Maqdis, affiliated to ISIS, attacked an army checkpoint": both are armed groups; the unit
        // named first is the precise side, the parent is not a second side
        ActorRoles r = roles("وهاجم تنظيم أنصار بيت المقدس التابع لداعش أمس حاجزا للجيش في مدينة عدن.", "EG");
        assertThat(name(r.actor1())).isNotEqualTo("Islamic State");
        assertThat(r.actor1().inter().code()).isEqualTo(2);
    }

    @Test
    void theGroupOfTheOwnersOfWhatWasHitWasHitToo() {
        // "five cars belonging to activists in the Hamas and Islamic Jihad movements were destroyed by bombs"
        ActorRoles r = roles("دمرت خمس سيارات تعود لناشطين في حركتي حماس والجهاد الإسلامي في انفجار عبوات ناسفة في مدينة عدن أمس.",
                "PS");
        assertThat(r.actor1()).isNull();
    }
}
