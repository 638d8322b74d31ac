package org.rasd.extract;

import static org.rasd.extract.ActorCues.*;

import java.util.List;
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
    record Read(Mention<ActorEntry> agent, Mention<ActorEntry> patient) {
    }

    private final Layers l;
    private final VictimReading victims;

    ActorReading(Layers l) {
        this.l = l;
        this.victims = new VictimReading(l);
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
            } else if (a2m == null && allied(a1m, a, region)) {
                continue; // «قصف الحوثيون وقوات صالح»: a side joined by "and" to the agent fights with it, not against it
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

    /** Whether {@code m} is joined by "and" to {@code head} or to an ally joined to it («الحوثيين وقوات صالح وحلفائهم»). */
    private boolean allied(Mention<ActorEntry> head, Mention<ActorEntry> m, List<Mention<ActorEntry>> region) {
        Mention<ActorEntry> prev = head;
        for (Mention<ActorEntry> x : region) {
            if (x.firstToken() <= prev.lastToken() || x.firstToken() > m.firstToken()) {
                continue;
            }
            if (!joinedTo(prev, x)) {
                return false;
            }
            if (x == m) {
                return true;
            }
            prev = x;
        }
        return false;
    }

    /** Tokens from the end of the first side of "between" to the start of the second. */
    private static final int BETWEEN_GAP = 6;
    /** Quotation marks around a name («جيش الفتح», "قوات النظام"): skipped when reading the words around it. */
    private static final String QUOTES = "«»\"“”„‘’'";

    /** The index of the token before {@code tok}, skipping quotation marks; -1 at the start. */
    int wordBefore(int tok) {
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
    int withMembers(Mention<ActorEntry> a) {
        int s = a.firstToken();
        int k = wordBefore(s);
        if (k >= 0 && l.toks.get(k).norm().equals(PARTITIVE)) {
            k = wordBefore(k);
        }
        return k >= 0 && Words.anyKey(l.toks.get(k), MEMBER_NOUNS) ? k : s;
    }

    /** See {@link VictimReading#isVictim}. */
    boolean isVictim(Mention<ActorEntry> a) {
        return victims.isVictim(a);
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

    /** Whether an actor mention is the target: after "on" / "against" / "targeted" or the object of a target word. */
    boolean isTarget(Mention<ActorEntry> a, Frame f) {
        if (isVictim(a) || victims.subjected(a) || owner(a) || memberOfHit(a)) {
            return true;
        }
        if (aircraft(a)) {
            return false; // «استهدفت طائرات التحالف …»: the planes after the targeting verb are its subject
        }
        if (new ClashPartner(l, this).is(a, f)) {
            return true;
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
