package org.rasd.extract;

import java.util.Set;

/** The cue words (from {@code words.tsv}) and token windows {@link ActorReading} reads sides with. */
final class ActorCues {
    private ActorCues() {
    }

    /** Singular auxiliaries before a verbal noun that make a passive report ("was done", "took place"). */
    static final Set<String> PASSIVE_MARKERS = Words.WORDS.set("passive_marker");
    /** The partitive "of" after a number ("18 of the Houthis"). */
    static final String PARTITIVE = Words.WORDS.one("partitive");
    /** "gunmen of", "members of" between a count and the side counted ("one of the gunmen of the resistance"). */
    static final Set<String> MEMBER_NOUNS = Words.WORDS.set("member_noun");
    /** "claimed" (an attack): its subject is the perpetrator. */
    static final Set<String> CLAIM_ADOPT = Words.WORDS.set("claim_adopt");
    /** "claimed it", "claimed them both" («تبناه», «تبناهما»): a claim of attacks told before. */
    static final Set<String> CLAIM_BACK = Words.WORDS.set("claim_back");
    /** "also", "likewise" opening a sentence («كما انفجرت»): the sentence goes on with the series told before. */
    static final Set<String> ALSO_SERIES = Words.WORDS.set("also_series");
    /** "with" after a clash word («اشتباكات مع X»): X is the other side of the clash. */
    static final Set<String> CLASH_WITH = Words.WORDS.set("clash_with");
    /** Tokens from a clash trigger to "with" («اشتباكات قوية دارت خلال الساعات الماضية مع»). */
    static final int CLASH_WITH_GAP = 7;
    /** "announced", a claim when "its responsibility" follows the subject. */
    static final Set<String> CLAIM_ANNOUNCE = Words.WORDS.set("claim_announce");
    /** "its responsibility" after an announcing subject. */
    static final Set<String> CLAIM_NOUNS = Words.WORDS.set("claim_noun");
    /** Tokens from the end of the announcing subject to "its responsibility". */
    static final int CLAIM_GAP = 3;
    /** "repelled", "foiled": the side whose attack was repelled attacked. */
    static final Set<String> REPEL_VERBS = Words.WORDS.set("repel_verb");
    /** "an attack (by)": after a repelling verb, the side after it attacked. */
    static final Set<String> ATTACK_NOUNS = Words.WORDS.set("attack_noun");
    /** Tokens from the repelling verb to "attack" («تصدت المقاومة والجيش لهجوم»). */
    static final int REPEL_GAP = 4;
    /** "in" between the hit members and their group («ناشطين في حماس»). */
    static final Set<String> MEMBER_IN = Words.WORDS.set("member_in");
    /** "movement", "organisation" before a group's name («حركتي حماس والجهاد»). */
    static final Set<String> ORG_NOUNS = Words.WORDS.set("org_noun");
    /** "tried", "their attempt": a side followed by one and an attack word tried to attack. */
    static final Set<String> ATTEMPT_WORDS = Words.WORDS.set("attempt_word");
    /** "storming", "attacking" after an attempt word. */
    static final Set<String> ATTEMPTED_ATTACKS = Words.WORDS.set("attempted_attack");
    /** Tokens from the end of a side's mention to the attempt word («مجموعة مسلحة حاولت», «داعش لدى محاولتهم»). */
    static final int ATTEMPT_GAP = 2;
    /** Tokens between an attack noun and the side after it («لهجمات أخرى للحوثيين»). */
    static final int ATTACKER_GAP = 1;
    /** "convoy", "patrol", "cars": an actor right after one (as "of X") owns what was hit. */
    static final Set<String> POSSESSED_OBJECTS = Words.WORDS.set("possessed_object");
    /** "affiliated to", "belonging to": «X التابع لـY» names one side, Y the group X belongs to. */
    static final Set<String> AFFILIATION = Words.WORDS.set("affiliation");
    /** "in the name of" («المتحدث باسم الشرطة»): the side after it speaks for itself, it does not act. */
    static final Set<String> SPEAKER_OF = Words.WORDS.set("speaker_of");
    /** Tokens from the end of a side's mention to the affiliation word that follows it («الجيش الأول التابع»). */
    static final int AFFILIATION_GAP = 2;

    /** The mentions read as the side that acted and the side acted upon (each may be null). */
}
