package org.rasd.extract;

import java.util.List;
import java.util.Set;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.model.Actor;
import org.rasd.model.EventType;
import org.rasd.model.SubEventType;
import org.rasd.text.Affixes;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * Which actor mention of a frame's region acted and which was acted upon, from the words around them: "between A and
 * B", speakers ("the separatists said that …"), targets after "on" / "against", civilians, passive reports.
 */
final class ActorReading {
    /** Singular auxiliaries before a verbal noun that make a passive report ("was done", "took place"). */
    private static final Set<String> PASSIVE_MARKERS = Words.WORDS.set("passive_marker");
    /** Death and injury nouns before a mention that count its dead ("the killing of", "in the ranks of"). */
    private static final Set<String> VICTIM_MARKERS = Words.WORDS.set("victim_marker");
    /** The partitive "of" after a number ("18 of the Houthis"). */
    private static final String PARTITIVE = Words.WORDS.one("partitive");
    /** One person named after a death verb ("a policeman was killed"): the victim. */
    private static final Set<String> SINGULAR_VICTIMS = Words.WORDS.set("singular_victim");
    /** Death and injury verbs near a number that counts a side ("8 Houthis were killed"). */
    private static final Set<String> DEATH_VERBS = Words.WORDS.set("death_verb");
    /** "one (of)" before a side: a count of one ("one of the resistance fighters was killed"). */
    private static final Set<String> COUNTED_ONE = Words.WORDS.set("counted_one");
    /** "gunmen of", "members of" between a count and the side counted ("one of the gunmen of the resistance"). */
    private static final Set<String> MEMBER_NOUNS = Words.WORDS.set("member_noun");
    /** "was subjected to": the side right after it is the one attacked. */
    private static final Set<String> SUBJECTED = Words.WORDS.set("subjected");
    /** Tokens from a count to the death word that makes it a count of the dead, on either side. */
    private static final int DEATH_WINDOW = 4;
    /** Tokens between "was subjected to" and the side attacked ("two traffic policemen"). */
    private static final int SUBJECTED_GAP = 1;
    /** "claimed" (an attack): its subject is the perpetrator. */
    private static final Set<String> CLAIM_ADOPT = Words.WORDS.set("claim_adopt");
    /** "announced", a claim when "its responsibility" follows the subject. */
    private static final Set<String> CLAIM_ANNOUNCE = Words.WORDS.set("claim_announce");
    /** "its responsibility" after an announcing subject. */
    private static final Set<String> CLAIM_NOUNS = Words.WORDS.set("claim_noun");
    /** Tokens from the end of the announcing subject to "its responsibility". */
    private static final int CLAIM_GAP = 3;
    /** "repelled", "foiled": the side whose attack was repelled attacked. */
    private static final Set<String> REPEL_VERBS = Words.WORDS.set("repel_verb");
    /** "an attack (by)": after a repelling verb, the side after it attacked. */
    private static final Set<String> ATTACK_NOUNS = Words.WORDS.set("attack_noun");
    /** Tokens from the repelling verb to "attack" («تصدت المقاومة والجيش لهجوم»). */
    private static final int REPEL_GAP = 4;
    /** "in" between the hit members and their group («ناشطين في حماس»). */
    private static final Set<String> MEMBER_IN = Words.WORDS.set("member_in");
    /** "movement", "organisation" before a group's name («حركتي حماس والجهاد»). */
    private static final Set<String> ORG_NOUNS = Words.WORDS.set("org_noun");
    /** "tried", "their attempt": a side followed by one and an attack word tried to attack. */
    private static final Set<String> ATTEMPT_WORDS = Words.WORDS.set("attempt_word");
    /** "storming", "attacking" after an attempt word. */
    private static final Set<String> ATTEMPTED_ATTACKS = Words.WORDS.set("attempted_attack");
    /** Tokens from the end of a side's mention to the attempt word («مجموعة مسلحة حاولت», «داعش لدى محاولتهم»). */
    private static final int ATTEMPT_GAP = 2;
    /** Tokens between an attack noun and the side after it («لهجمات أخرى للحوثيين»). */
    private static final int ATTACKER_GAP = 1;
    /** Tokens between a partitive "of" and the actor's name ("15 of the members of ISIS"). */
    private static final int PARTITIVE_GAP = 1;
    /** "convoy", "patrol", "cars": an actor right after one (as "of X") owns what was hit. */
    private static final Set<String> POSSESSED_OBJECTS = Words.WORDS.set("possessed_object");
    /** "affiliated to", "belonging to": «X التابع لـY» names one side, Y the group X belongs to. */
    private static final Set<String> AFFILIATION = Words.WORDS.set("affiliation");
    /** "in the name of" («المتحدث باسم الشرطة»): the side after it speaks for itself, it does not act. */
    private static final Set<String> SPEAKER_OF = Words.WORDS.set("speaker_of");
    /** Tokens from the end of a side's mention to the affiliation word that follows it («الجيش الأول التابع»). */
    private static final int AFFILIATION_GAP = 2;

    /** The mentions read as the side that acted and the side acted upon (each may be null). */
    record Read(Mention<ActorEntry> agent, Mention<ActorEntry> patient) {
    }

    private final Layers l;

    ActorReading(Layers l) {
        this.l = l;
    }

    /** The agent and patient mentions of frame {@code f} among its region's mentions. */
    Read read(Frame f, List<Mention<ActorEntry>> region, String country) {
        Read between = between(region);
        if (between != null) {
            return between;
        }
        Mention<ActorEntry> a1m = null;
        Mention<ActorEntry> a2m = null;
        Mention<ActorEntry> speakerActor = null;
        Mention<ActorEntry> otherDead = null;
        Mention<ActorEntry> claimant = null;
        for (Mention<ActorEntry> a : region) {
            ActorEntry e = l.resolver.entry(a);
            if (e != null && claimant == null && !e.isCivilian() && claims(a)) {
                claimant = a;
                continue;
            }
            if (e != null && speaker(a)) {
                if (speakerActor == null && !e.isCivilian()) {
                    speakerActor = a;
                }
                continue;
            }
            if (e == null) {
                continue;
            }
            if (e.isCivilian() && f.subType().eventType() != EventType.PROTESTS) {
                if (a2m == null) {
                    a2m = a;
                }
            } else if (isTarget(a, f)) {
                if (a2m == null || l.resolver.entry(a2m).isCivilian()) {
                    a2m = a;
                } else if (otherDead == null && isVictim(a) && !sameActor(a2m, a, country)) {
                    otherDead = a;
                }
            } else if (a1m == null) {
                a1m = a;
            } else if (a2m == null && !sameActor(a1m, a, country)) {
                a2m = a;
            }
        }
        if (a1m == null && otherDead != null && f.subType() == SubEventType.ARMED_CLASH) {
            a1m = otherDead; // "8 of the Houthis and 3 of the resistance were killed in clashes": both sides lost men
        }
        if (claimant == null) {
            for (Mention<ActorEntry> a : region) {
                ActorEntry e = l.resolver.entry(a);
                if (e != null && !e.isCivilian() && repelled(a)) {
                    // "the resistance repelled an attack of the Houthis": the Houthis attacked, the resistance was attacked
                    Mention<ActorEntry> defender = a1m != null && a1m != a && !sameActor(a1m, a, country) ? a1m
                            : a2m != null && a2m != a && !sameActor(a2m, a, country) ? a2m : null;
                    return new Read(a, defender);
                }
            }
        }
        if (claimant == null) {
            for (Mention<ActorEntry> a : region) {
                ActorEntry e = l.resolver.entry(a);
                if (e != null && !e.isCivilian() && attempted(a)) {
                    // "the army besieged an armed group that tried to attack a barracks": the group attacked
                    Mention<ActorEntry> other = a1m != null && a1m != a && !sameActor(a1m, a, country) ? a1m
                            : a2m != null && a2m != a && !sameActor(a2m, a, country) ? a2m : null;
                    return new Read(a, other);
                }
            }
        }
        if (claimant != null) {
            // "ISIS claimed responsibility for a car bombing that killed 18": the claimant acted; a side read as the
            // agent before is the one hit, unless it is the claimant again
            Mention<ActorEntry> other = a1m != null && !sameActor(a1m, claimant, country) ? a1m : null;
            return new Read(claimant, a2m != null ? a2m : other);
        }
        return new SpeakerSides(l, this).read(f, region, country, speakerActor, a1m, a2m);
    }

    /** "between A and B": A and B are the two sides; null when the region has no such pair. Quotes around names are skipped. */
    private Read between(List<Mention<ActorEntry>> region) {
        for (Mention<ActorEntry> a : region) {
            int before = wordBefore(a.firstToken());
            if (before >= 0 && PhraseIndex.keys(l.toks.get(before)).contains(Words.BETWEEN)) {
                for (Mention<ActorEntry> b : region) {
                    if (b.firstToken() > a.lastToken() && b.firstToken() <= a.lastToken() + BETWEEN_GAP && joinedByAnd(b)) {
                        return new Read(a, b);
                    }
                }
            }
        }
        return null;
    }

    /** Tokens from the end of the first side of "between" to the start of the second. */
    private static final int BETWEEN_GAP = 6;
    /** Quotation marks around a name («جيش الفتح», "قوات النظام"): skipped when reading the words around it. */
    private static final String QUOTES = "«»\"“”„‘’'";

    /** The index of the token before {@code tok}, skipping quotation marks; -1 at the start. */
    private int wordBefore(int tok) {
        int k = tok - 1;
        while (k >= 0 && quote(l.toks.get(k))) {
            k--;
        }
        return k;
    }

    private static boolean quote(Token t) {
        return t.kind() != TokenKind.WORD && t.kind() != TokenKind.NUMBER && t.surface().length() == 1
                && QUOTES.indexOf(t.surface().charAt(0)) >= 0;
    }

    /**
     * Whether {@code m} follows {@code prev} joined by "and" with nothing between but quotation marks and a bare "and"
     * («الحوثيين والموالين لصالح», «قوات النظام و«لواء القدس»»).
     */
    boolean joinedTo(Mention<ActorEntry> prev, Mention<ActorEntry> m) {
        if (m.firstToken() <= prev.lastToken() || !joinedByAnd(m)) {
            return false;
        }
        for (int k = prev.lastToken() + 1; k < m.firstToken(); k++) {
            Token t = l.toks.get(k);
            if (!quote(t) && !t.norm().equals(Affixes.AND)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a mention is joined to what precedes it by "and": «وقوات النظام», «و"قوات النظام"», «و«لواء القدس»». */
    private boolean joinedByAnd(Mention<ActorEntry> b) {
        if (l.toks.get(b.firstToken()).proclitics().startsWith(Affixes.AND)) {
            return true;
        }
        int k = wordBefore(b.firstToken());
        return k >= 0 && k < b.firstToken() - 1 && l.toks.get(k).norm().equals(Affixes.AND);
    }

    boolean sameActor(Mention<ActorEntry> a, Mention<ActorEntry> b, String country) {
        Actor x = l.resolver.resolve(a, country);
        Actor y = l.resolver.resolve(b, country);
        return x != null && x.equals(y);
    }

    /**
     * "ISIS claimed the attack" («تبنى تنظيم داعش»), "the PKK announced its responsibility for" («أعلن حزب العمال
     * الكردستاني مسؤوليته عن»): the mention claims the attack.
     */
    boolean claims(Mention<ActorEntry> a) {
        // the verb right before the name, or one word earlier («أعلن تنظيم "داعش" مسؤوليته»); quotes skipped
        int before = wordBefore(a.firstToken());
        boolean adopt = false;
        boolean announce = false;
        for (int k = before; k >= 0 && k >= before - 1; k = wordBefore(k)) {
            adopt |= Words.anyKey(l.toks.get(k), CLAIM_ADOPT);
            announce |= Words.anyKey(l.toks.get(k), CLAIM_ANNOUNCE);
        }
        if (adopt) {
            return true;
        }
        if (!announce) {
            return false;
        }
        for (int k = a.lastToken() + 1; k <= a.lastToken() + CLAIM_GAP && k < l.toks.size(); k++) {
            if (Words.anyKey(l.toks.get(k), CLAIM_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "repelled an attack of the Houthis" («تصدت المقاومة لهجوم الحوثيين», «صد هجوم لمسلحي داعش»): the mention right
     * after "attack", with a repelling verb shortly before it, is the side that attacked.
     */
    boolean repelled(Mention<ActorEntry> a) {
        int noun = wordBefore(a.firstToken());
        for (int gap = 0; gap < ATTACKER_GAP && noun >= 0 && !Words.anyKey(l.toks.get(noun), ATTACK_NOUNS); gap++) {
            noun = wordBefore(noun); // «لهجمات أخرى للحوثيين»: an adjective between the attack and its side
        }
        if (noun < 0 || !Words.anyKey(l.toks.get(noun), ATTACK_NOUNS)) {
            return false;
        }
        for (int k = noun - 1; k >= Math.max(0, noun - REPEL_GAP); k--) {
            if (Words.anyKey(l.toks.get(k), REPEL_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "an armed group that tried to attack a barracks", "ISIS members, as they tried to storm villages" («مجموعة
     * مسلحة حاولت مهاجمة ثكنة», «عناصر داعش لدى محاولتهم اقتحام قرى»): the side that tried to attack attacked.
     */
    boolean attempted(Mention<ActorEntry> a) {
        for (int k = a.lastToken() + 1; k <= a.lastToken() + ATTEMPT_GAP && k + 1 < l.toks.size(); k++) {
            if (Words.anyKey(l.toks.get(k), ATTEMPT_WORDS) && Words.anyKey(l.toks.get(k + 1), ATTEMPTED_ATTACKS)) {
                return true;
            }
        }
        return false;
    }

    /** "shelling was done", "targeting took place": a passive report with no named agent. */
    boolean passive(Frame f) {
        int i = f.trigger().firstToken() - 1;
        return i >= 0 && PASSIVE_MARKERS.contains(l.toks.get(i).norm());
    }

    /** "the separatists said that …": the subject of a speech verb is the source of the report, not a party to it. */
    boolean speaker(Mention<ActorEntry> a) {
        if (a.firstToken() > 0 && Words.anyKey(l.toks.get(a.firstToken() - 1), Words.SPEECH_VERBS)) {
            return true;
        }
        // "the spokesman of the police said": the side a spokesman speaks for is a source too
        int k = wordBefore(a.firstToken());
        return k >= 0 && Words.anyKey(l.toks.get(k), SPEAKER_OF);
    }

    /**
     * The region with one mention per name, and without the heads of affiliations: in «كتائب الجيش الأول التابع للجيش الحر» ("the First Army
     * brigades affiliated to the Free Army") the group after "affiliated to" names the side, and the unit before it
     * (read as some army) is the same side, not a second one.
     */
    List<Mention<ActorEntry>> withoutAffiliatedHeads(List<Mention<ActorEntry>> region) {
        List<Mention<ActorEntry>> out = new java.util.ArrayList<>(region);
        Mention<ActorEntry> prev = null;
        for (Mention<ActorEntry> b : region) {
            if (prev != null && wordBefore(b.firstToken()) <= prev.lastToken() && !joinedByAnd(b) && l.resolver.entry(b) != null
                    && l.resolver.entry(b).equals(l.resolver.entry(prev))) {
                out.remove(b); // one name read as two mentions («لعناصر تنظيم» + «داعش»): the first stands for both
                continue;
            }
            prev = b;
        }
        for (Mention<ActorEntry> b : List.copyOf(out)) {
            int k = wordBefore(b.firstToken());
            if (k < 0 || !Words.anyKey(l.toks.get(k), AFFILIATION) || l.resolver.entry(b) == null) {
                continue;
            }
            for (Mention<ActorEntry> a : List.copyOf(out)) {
                if (a != b && a.lastToken() < k && a.lastToken() >= k - 1 - AFFILIATION_GAP) {
                    ActorEntry head = l.resolver.entry(a);
                    // a unit of the same kind as its parent («جيش الفتح التابع للمعارضة», «أنصار بيت المقدس التابع
                    // لداعش») is the more precise name and stands; else the parent names the side
                    out.remove(head != null && head.inter() == l.resolver.entry(b).inter() ? b : a);
                }
            }
        }
        return out;
    }

    /**
     * "a convoy of ISIS members", "cars belonging to activists" («رتل لعناصر داعش», «سيارات تعود لناشطين»): the
     * side after a possessed thing (with "of", or "belonging to") owns what was hit.
     */
    boolean owner(Mention<ActorEntry> a) {
        int start = withMembers(a);
        int k = wordBefore(start);
        if (k < 0) {
            return false;
        }
        boolean of = l.toks.get(start).proclitics().endsWith(Words.FOR_PROCLITIC);
        if (Words.anyKey(l.toks.get(k), AFFILIATION)) {
            k = wordBefore(k);
            of = true;
        }
        return of && k >= 0 && Words.anyKey(l.toks.get(k), POSSESSED_OBJECTS);
    }

    /**
     * "cars of activists in the Hamas movement" («سيارات تعود لناشطين في حركتي حماس»): the group the owners or the
     * dead belong to («في», an organisation noun skipped) was hit too.
     */
    private boolean memberOfHit(Mention<ActorEntry> a) {
        for (Mention<ActorEntry> m : l.actors) {
            if (m != a && m.lastToken() < a.firstToken() && joinedTo(m, a)) {
                return memberOfHit(m); // «في حركتي حماس والجهاد الإسلامي»: both groups
            }
        }
        int k = wordBefore(a.firstToken());
        if (k >= 0 && Words.anyKey(l.toks.get(k), ORG_NOUNS)) {
            k = wordBefore(k);
        }
        if (k < 0 || !Words.anyKey(l.toks.get(k), MEMBER_IN)) {
            return false;
        }
        int end = wordBefore(k);
        for (Mention<ActorEntry> m : l.actors) {
            if (m.lastToken() == end && m != a && (owner(m) || isVictim(m))) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the members' nouns before a mention («عناصر من», «أفراد»), else the mention's first token. */
    private int withMembers(Mention<ActorEntry> a) {
        int s = a.firstToken();
        int k = wordBefore(s);
        if (k >= 0 && l.toks.get(k).norm().equals(PARTITIVE)) {
            k = wordBefore(k);
        }
        return k >= 0 && Words.anyKey(l.toks.get(k), MEMBER_NOUNS) ? k : s;
    }

    /**
     * Whether an actor mention counts the dead rather than acted: right after a death noun ("the killing of a Houthi
     * leader", "dead in the ranks of the Houthis"), or after a number or a death noun and the partitive "of" ("18 of the
     * Houthis", "the killing of 15 of the members of ISIS"), or after a count with a death word near ("8 Houthis were
     * killed", "the killing of four rebels", "one of the resistance's gunmen was killed").
     */
    boolean isVictim(Mention<ActorEntry> a) {
        int i = a.firstToken();
        if (i > 0 && Words.anyKey(l.toks.get(i - 1), VICTIM_MARKERS)) {
            return true;
        }
        if (i > 0 && a.firstToken() == a.lastToken() && Words.anyKey(l.toks.get(i - 1), DEATH_VERBS)
                && Words.anyKey(l.toks.get(i), SINGULAR_VICTIMS)) {
            return true; // "a policeman was killed by gunmen" («قتل شرطي برصاص مسلحين»): the one named is the victim
        }
        int count = i > 1 && Words.anyKey(l.toks.get(i - 1), MEMBER_NOUNS) ? i - 2 : i - 1;
        if (count >= 0 && counted(count) && deathNear(count, a.lastToken())) {
            return true; // "8 Houthis were killed", "the killing of four rebels", "20 Houthi gunmen were killed"
        }
        for (int k = i - 1; k >= Math.max(1, i - 1 - PARTITIVE_GAP); k--) {
            if (l.toks.get(k).norm().equals(PARTITIVE)) {
                Token before = l.toks.get(k - 1);
                // "17 gunmen of the Houthis were killed": a counted noun between the number and "of"
                return before.kind() == TokenKind.NUMBER || numberEndsAt(k - 1) || Words.anyKey(before, VICTIM_MARKERS)
                        || k >= 2 && counted(k - 2) && deathNear(k - 2, a.lastToken());
            }
        }
        return false;
    }

    /** A count before a side: a number, or "one (of)". */
    private boolean counted(int tok) {
        Token t = l.toks.get(tok);
        return t.kind() == TokenKind.NUMBER || numberEndsAt(tok) || Words.anyKey(t, COUNTED_ONE);
    }

    /** A death or injury word within {@link #DEATH_WINDOW} tokens before a count or after the side counted. */
    private boolean deathNear(int countTok, int sideEnd) {
        for (int k = Math.max(0, countTok - DEATH_WINDOW); k < countTok; k++) {
            if (deathWord(l.toks.get(k))) {
                return true;
            }
        }
        for (int k = sideEnd + 1; k <= Math.min(l.toks.size() - 1, sideEnd + DEATH_WINDOW - 1); k++) {
            if (deathWord(l.toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean deathWord(Token t) {
        return Words.anyKey(t, DEATH_VERBS) || Words.anyKey(t, VICTIM_MARKERS);
    }

    /** "two traffic policemen were subjected to an armed attack": the side after "was subjected to" was attacked. */
    private boolean subjected(Mention<ActorEntry> a) {
        for (int k = Math.max(0, a.firstToken() - 1 - SUBJECTED_GAP); k < a.firstToken(); k++) {
            if (Words.anyKey(l.toks.get(k), SUBJECTED)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention names aircraft («طيران التحالف», «المقاتلات التركية»). */
    boolean aircraft(Mention<ActorEntry> a) {
        for (int k = a.firstToken(); k <= a.lastToken(); k++) {
            if (Words.anyKey(l.toks.get(k), Words.AIRCRAFT)) {
                return true;
            }
        }
        return false;
    }

    private boolean numberEndsAt(int tok) {
        int end = l.toks.get(tok).end();
        for (org.rasd.text.NumberMention n : l.doc.numbers()) {
            if (n.end() == end) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor mention is the target: after "on" / "against" / "targeted" or the object of a target word. */
    boolean isTarget(Mention<ActorEntry> a, Frame f) {
        if (isVictim(a) || subjected(a) || owner(a) || memberOfHit(a)) {
            return true;
        }
        if (aircraft(a)) {
            return false; // «استهدفت طائرات التحالف …»: the planes after the targeting verb are its subject
        }
        // "targeted members of the PMF" («استهدف عناصر من الحشد»): the target marker before the members' nouns
        int start = withMembers(a);
        for (int k = Math.max(0, start - 2); k < start; k++) {
            for (String key : PhraseIndex.keys(l.toks.get(k))) {
                if (Words.TARGET_MARKERS.contains(key) && !key.equals(Words.BETWEEN)) {
                    return true;
                }
            }
        }
        String pro = l.toks.get(a.firstToken()).proclitics();
        if (pro.endsWith(Words.FOR_PROCLITIC) && a.firstToken() > f.lastTok() && !pro.endsWith(Affixes.ARTICLE)) {
            // "raids by the coalition" is the agent, but "positions of ISIS" the target: decided by the word before
            Token prev = l.toks.get(a.firstToken() - 1);
            return PhraseIndex.keys(prev).stream().anyMatch(Words.TARGET_MARKERS::contains);
        }
        return false;
    }
}
