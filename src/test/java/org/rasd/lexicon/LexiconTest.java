package org.rasd.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;

class LexiconTest {
    private static final Lexicon LEX = Lexicon.get();

    private static Document doc(String text) {
        return TextPipeline.analyze("t", text, LocalDate.of(2015, 7, 21));
    }

    private static List<String> actorNames(String text) {
        return LEX.actors(doc(text)).stream().map(m -> m.entry().name()).toList();
    }

    private static List<String> triggerTypes(String text) {
        return LEX.triggers(doc(text)).stream().map(m -> m.entry().role() + ":" + m.entry().subEventType()).toList();
    }

    @Test
    void theF16SpelledWithAHyphenIsAnAircraft() {
        // triggers.tsv had "اف-16" as one phrase word, while the text gives three tokens: it never matched
        assertThat(triggerTypes("استهدفت اف-16 المدينة")).contains("WEAPON:Air/drone strike");
        assertThat(triggerTypes("اف 16")).containsExactly("WEAPON:Air/drone strike");
        assertThat(triggerTypes("اف-16")).containsExactly("WEAPON:Air/drone strike");
    }

    @Test
    void loadsSeveralHundredActorSpellingsAndTheTriggers() {
        assertThat(LEX.actorCount()).isGreaterThan(400);
        assertThat(LEX.triggerCount()).isGreaterThan(300);
    }

    @Test
    void matchesMultiWordActorsWithProcliticsAndHamzaVariants() {
        assertThat(actorNames("وقصفت قوات النظام السوري")).containsExactly("Military Forces of Syria");
        assertThat(actorNames("اشتباكات مع تنظيم الدولة الإسلامية")).containsExactly("Islamic State");
        assertThat(actorNames("بين الحوثيين وقوات صالح")).containsExactly("Houthi Movement (Ansar Allah)",
                "Military Forces of Yemen (Saleh loyalists)");
        assertThat(actorNames("لحزب العمال الكردستاني")).containsExactly("PKK: Kurdistan Workers Party");
    }

    @Test
    void longestMatchWins() {
        assertThat(actorNames("أعلنت هيئة تحرير الشام")).containsExactly("Hayat Tahrir al-Sham (Jabhat al-Nusra)");
    }

    @Test
    void genericActorsCarryACountryPlaceholder() {
        List<Mention<ActorEntry>> ms = LEX.actors(doc("قتل ثلاثة مدنيين"));
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).entry().name()).isEqualTo("Civilians ({C})");
        assertThat(ms.get(0).entry().inter()).isEqualTo(7);
    }

    @Test
    void airStrikeWordsAndShellingWordsHaveTheirSubTypes() {
        assertThat(triggerTypes("شن الطيران غارات جوية")).contains("EVENT:Air/drone strike");
        assertThat(triggerTypes("سقوط قذائف الهاون")).contains("EVENT:Shelling/artillery/missile attack");
        assertThat(triggerTypes("فجر انتحاري نفسه")).contains("EVENT:Suicide bomb");
    }

    @Test
    void territoryVerbsMatchOnlyAsVerbsNotAsTheNounUnderControlOf() {
        assertThat(triggerTypes("وسيطرت القوات على المطار")).contains("TERRITORY:Government regains territory");
        assertThat(triggerTypes("الحي الخاضع لسيطرة قوات النظام")).doesNotContain(
                "TERRITORY:Government regains territory");
    }

    @Test
    void idiomsMaskTheTriggerWordTheyContain() {
        assertThat(triggerTypes("قصف الأحياء عمل انتحاري")).doesNotContain("EVENT:Suicide bomb");
    }

    @Test
    void nationalityAdjectivesGiveTheirCountry() {
        Document d = doc("مقاتلات تركية وشرطيين عراقيين");
        assertThat(LEX.demonym(d.tokens().get(1))).isEqualTo("TR");
        assertThat(LEX.demonym(d.tokens().get(3))).isEqualTo("IQ");
        assertThat(LEX.countryName("TR")).isEqualTo("Turkey");
        assertThat(LEX.countryName("GR")).isEqualTo("Greece");
    }

    @Test
    void aCountrysNameIsNoNationalityAdjective() {
        Document d = doc("مقاتلات تركية في شمال تركيا وسورية والعراقيين");
        assertThat(LEX.nationalityAdjective(d.tokens().get(1))).isEqualTo("TR");
        assertThat(LEX.demonym(d.tokens().get(4))).isEqualTo("TR");
        assertThat(LEX.nationalityAdjective(d.tokens().get(4))).isNull();
        assertThat(LEX.countryNameOnly(d.tokens().get(4))).isTrue();
        // «سورية» is Syria and Syrian alike
        assertThat(LEX.countryNameOnly(d.tokens().get(5))).isFalse();
        assertThat(LEX.countryNameOrAdjective(d.tokens().get(5))).isTrue();
        assertThat(LEX.nationalityAdjective(d.tokens().get(5))).isEqualTo("SY");
        assertThat(LEX.nationalityAdjective(d.tokens().get(6))).isEqualTo("IQ");
        assertThat(LEX.countryNameOrAdjective(d.tokens().get(6))).isFalse();
    }

    @Test
    void modalityCuesAreFound() {
        assertThat(LEX.cues(doc("وتنص اتفاقات المصالحة على تسليم الأسلحة")).stream().map(m -> m.entry().kind()))
                .contains("PROPOSAL");
        assertThat(LEX.cues(doc("هدد التنظيم بشن هجمات")).stream().map(m -> m.entry().kind())).contains("THREAT");
    }

    @Test
    void openedFireWithTheSubjectOrADayBetweenIsOneTrigger() {
        // split-triggers.tsv: «فتح مسلحون النار», «فتحوا الخميس النار» (triggers.tsv matches only «فتحوا النار» as written)
        Document d = doc("فتح مسلحون النار على مركز للشرطة");
        List<Mention<TriggerEntry>> ts = LEX.triggers(d);
        assertThat(ts).hasSize(1);
        assertThat(ts.get(0).entry().role()).isEqualTo(TriggerEntry.Role.GENERIC);
        assertThat(d.text().substring(ts.get(0).start(), ts.get(0).end())).isEqualTo("فتح مسلحون النار");
        assertThat(triggerTypes("وكان متطرفون فتحوا الخميس النار من سوريا")).containsExactly("GENERIC:Attack");
        // no words between: triggers.tsv's form, one trigger
        assertThat(LEX.triggers(doc("فتحوا النار على مركز"))).hasSize(1);
        // more than three words between, or punctuation between, or no fire: no trigger
        assertThat(triggerTypes("فتح الرجل باب المنزل الكبير النار")).isEmpty();
        assertThat(triggerTypes("فتح المعبر، النار")).isEmpty();
        assertThat(triggerTypes("فتحت الشرطة تحقيقا في الحادث")).isEmpty();
    }
}
