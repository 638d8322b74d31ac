package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.Actor;
import org.rasd.model.Inter;
import org.rasd.model.SubEventType;

/** Type decisions that need the sides, defaults and vetoes. */
class TypeArgumentTest {
    private static final Actor ARMY = new Actor("Military Forces of Syria", Inter.STATE_FORCES);
    private static final Actor REBELS = new Actor("Opposition Rebels (Syria)", Inter.REBEL_GROUPS);
    private static final Actor CIVILIANS = new Actor("Civilians (Syria)", Inter.CIVILIANS);

    private static Frame frame(SubEventType sub, boolean territory, boolean generic) {
        return new Frame(0, sub, territory, generic, false, List.of(), 0, 0, 0, 0);
    }

    @Test
    void aGenericAttackIsDecidedByItsVictims() {
        TypeArgument t = new TypeArgument(new Fixture("قصف.").layers);
        Frame g = frame(SubEventType.ATTACK, false, true);
        assertThat(t.bySides(g, REBELS, CIVILIANS)).isEqualTo(SubEventType.ATTACK);
        assertThat(t.bySides(g, REBELS, ARMY)).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(t.bySides(g, REBELS, null)).isNull();
    }

    @Test
    void territoryGoesToTheGovernmentOrFromIt() {
        TypeArgument t = new TypeArgument(new Fixture("قصف.").layers);
        Frame f = frame(SubEventType.GOVERNMENT_REGAINS_TERRITORY, true, false);
        assertThat(t.bySides(f, ARMY, null)).isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
        assertThat(t.bySides(f, REBELS, null)).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(t.bySides(f, null, null)).isNull();
    }

    @Test
    void defaultsFillTheMissingSides() {
        Fixture fx = new Fixture("وقصف مدينة طفس أمس.");
        TypeArgument t = new TypeArgument(fx.layers);
        TypeArgument.Typed typed = t.decide(fx.sentence(0).sentence(), frame(SubEventType.ATTACK, false, false),
                new ActorRoles(null, null, false, null, null), "SY");
        assertThat(typed.actor1().name()).isEqualTo("Unidentified Armed Group (Syria)");
        assertThat(typed.actor2().name()).isEqualTo("Civilians (Syria)");
    }

    @Test
    void stateForcesAbroadAreExternal() {
        ActorDefaults d = new ActorDefaults(new Fixture("قصف.").layers);
        Actor turkey = new Actor("Military Forces of Turkey", Inter.STATE_FORCES);
        assertThat(d.external(turkey, "SY").inter()).isEqualTo(Inter.EXTERNAL_OTHER_FORCES);
        assertThat(d.external(turkey, "TR")).isEqualTo(turkey);
    }
}
