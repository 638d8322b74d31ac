package org.rasd.extract;

import java.util.List;
import java.util.Set;
import org.rasd.lexicon.Cue;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.EventType;
import org.rasd.model.SubEventType;
import org.rasd.text.Affixes;
import org.rasd.text.Sentence;
import org.rasd.text.Span;
import org.rasd.text.Token;

/**
 * Modality: whether a trigger reports an event that took place (not a plan, threat, denial, background, tally or
 * accident), and whether a frame was only an attempt.
 */
final class Modality {
    /** Tokens between a death cue and an aggregate cue that make the count a tally. */
    static final int TALLY_WINDOW = 12;
    /** The future prefix sa- as a proclitic the tokenizer stripped. */
    private static final String FUTURE_LETTER = Words.WORDS.one("future_letter");
    /** Word starts of a future imperfect verb (sa- + ya-/ta-/na-). */
    private static final List<String> FUTURE_PREFIXES = Words.WORDS.list("future_prefix");
    /** Word starts that look like a future prefix but begin common nouns. */
    private static final List<String> NOT_FUTURE_PREFIXES = Words.WORDS.list("not_future_prefix");
    /** Words before «لـ» + trigger that make it a report, not an aim («تعرضت لقصف», «أدى لمقتل»). */
    private static final Set<String> PURPOSE_EXCEPTIONS = Words.WORDS.set("purpose_exception");
    /** "an attempt to": before a territory trigger with «لـ», an aim to take control, not a taking of it. */
    private static final Set<String> TERRITORY_AIMS = Words.WORDS.set("territory_aim");
    /** Trigger words that begin with the letter lam themselves («لغم», «لقي حتفه»). */
    private static final Set<String> LAM_WORDS = Words.WORDS.set("lam_word");

    private Modality() {
    }

    /**
     * A cue before the trigger in its clause (or anywhere in the sentence for sentence-wide cues), a future prefix, or
     * a background clause blocks it. An accident cue ("traffic accident", "fire", "civil defence") blocks every
     * trigger of its own clause, and in the rest of its sentence only the words an accident could equally have
     * produced ({@code weak}: generic attack words, bare death reports, bare explosions).
     */
    static boolean blocked(Layers l, Mention<TriggerEntry> t, List<Mention<Cue>> cues, Sentence s, boolean weak) {
        String why = blocker(l, t, cues, s, weak);
        if (why != null && ExtractTrace.on()) {
            ExtractTrace.blocked(l, t, why);
        }
        return why != null;
    }

    /** What blocks trigger {@code t} (future, purpose, background, or the kind and words of a cue), or null. */
    static String blocker(Layers l, Mention<TriggerEntry> t, List<Mention<Cue>> cues, Sentence s, boolean weak) {
        int clauseStart = Background.clauseStart(s, t.start());
        if (future(l.toks.get(t.firstToken()))) {
            return "future";
        }
        if (purpose(l, t, clauseStart)) {
            return "purpose";
        }
        int clauseEnd = Background.clauseEnd(s, t.start());
        if (Background.clause(l, clauseStart, clauseEnd)) {
            return "background-clause";
        }
        for (Mention<Cue> c : cues) {
            Cue cue = c.entry();
            if (Cue.MASK.equals(cue.kind())) {
                continue; // a phrase that holds a cue word but is none («حوادث أمنية»: security incidents)
            }
            String what = cue.kind() + ":" + l.doc.text().substring(c.start(), c.end());
            if (FESTIVE.equals(cue.kind()) && armedMenIn(l, s)) {
                continue; // «مسلحين فتحوا النار في حفل زفاف»: gunmen attacked a wedding, no celebratory gunfire
            }
            if (INCIDENT.equals(cue.kind()) && attackIn(l, s)) {
                continue; // «حادث انفجار عبوة ناسفة», «موقع الحادث» after a car bomb: the incident is the attack
            }
            if ("ACCIDENT".equals(cue.kind()) || FESTIVE.equals(cue.kind()) || INCIDENT.equals(cue.kind())) {
                if (weak || c.start() >= clauseStart && c.start() < clauseEnd) {
                    return what;
                }
                continue;
            }
            if (INQUIRY.equals(cue.kind())) {
                continue; // see inquiry(): it takes only the frames that have no day of their own
            }
            if (cue.sentenceWide()) {
                return what;
            }
            if ("NEGATION".equals(cue.kind())) {
                if (c.lastToken() < t.firstToken() && t.firstToken() - c.lastToken() <= negationReach(l, c)) {
                    return what;
                }
                continue;
            }
            if (cue.kind().startsWith("RECALL")) {
                continue; // see recalled(): a recall cue also takes the trigger's places and tolls
            }
            if (c.start() >= clauseStart && c.end() <= t.start() && t.firstToken() - c.lastToken() <= 10
                    && !scopeBreak(l, c.lastToken(), t.firstToken())) {
                return what;
            }
            if (cue.around() && c.firstToken() > t.lastToken() && c.firstToken() - t.lastToken() <= cue.aroundWindow()) {
                return what;
            }
        }
        return null;
    }

    /** "That" after a negation («دون أن», «بدون أن»): the negated verb and its object come one token later. */
    private static final Set<String> THAT = Words.WORDS.set("complementizer");

    /**
     * Tokens after a negation cue within which a trigger is negated: two («لم تشن», «دون سقوط ضحايا»), three after
     * «دون أن» («من دون أن تشن غارات»: neither the verb nor the strikes it governs took place).
     */
    static int negationReach(Layers l, Mention<Cue> c) {
        int next = c.lastToken() + 1;
        return next < l.toks.size() && THAT.contains(l.toks.get(next).norm()) ? 3 : 2;
    }

    /** Words that end a cue's reach: what follows is the earlier, real event («إثر», «عقب», «غداة»; words.tsv scope_break). */
    private static final Set<String> SCOPE_BREAK = Words.WORDS.set("scope_break");

    /**
     * A scope-break word between a cue and a trigger («هدد الحزب بقطع الهدنة إثر الضربات الجوية التي شنها الجيش»):
     * the threat is about what comes next, the strikes after «إثر» took place.
     */
    static boolean scopeBreak(Layers l, int cueLast, int trigFirst) {
        for (int k = cueLast + 1; k < trigFirst; k++) {
            if (Words.anyKey(l.toks.get(k), SCOPE_BREAK)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An incident or its aftermath («الحادث», «حادثة», «احتراق»): an accident cue unless its sentence says the incident
     * was an attack ({@link #attackIn}).
     */
    static final String INCIDENT = "INCIDENT";

    /**
     * Whether sentence {@code s} says what the incident was: armed men, a weapon («عبوة ناسفة», «سيارة مفخخة»,
     * «صواريخ»), or a specific attack word (a bombing, a shelling, clashes); not a bare explosion or a bare death, which
     * an accident could equally have produced («وقع الحادث عندما انفجرت أسطوانة غاز»).
     */
    static boolean attackIn(Layers l, Sentence s) {
        if (armedMenIn(l, s)) {
            return true;
        }
        for (Mention<TriggerEntry> t : l.triggers) {
            if (t.start() < s.start() || t.start() >= s.end()) {
                continue;
            }
            TriggerEntry.Role r = t.entry().role();
            if (r == TriggerEntry.Role.WEAPON) {
                return true;
            }
            if (r == TriggerEntry.Role.EVENT && !FrameBuilder.explosionWord(l, t)) {
                EventType et = FrameBuilder.typeOf(t.entry()).eventType();
                if (et == EventType.EXPLOSIONS_REMOTE_VIOLENCE || et == EventType.BATTLES
                        || et == EventType.VIOLENCE_AGAINST_CIVILIANS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A wedding or feast cue: an accident cue unless armed men are named in the sentence ({@link #armedMenIn}). */
    static final String FESTIVE = "FESTIVE";

    /**
     * Whether sentence {@code s} names armed men (an actor of a rebel group, a political or an identity militia, the
     * unidentified armed group included: «مسلحين», «مسلحون مجهولون»): shots they fire at a feast are an attack.
     */
    static boolean armedMenIn(Layers l, Sentence s) {
        for (Mention<org.rasd.lexicon.ActorEntry> m : l.actors) {
            if (m.start() < s.start() || m.start() >= s.end()) {
                continue;
            }
            org.rasd.lexicon.ActorEntry e = l.resolver.entry(m);
            if (e != null && org.rasd.model.Inter.of(e.inter()).isArmedGroup()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An investigation, an inquiry committee («كشفت التحقيقات في التفجير الذي …», «في إطار التحقيقات الجارية بالجرائم
     * التي استهدفت المصلين», «لجنة التحقيق»): what it looks into took place before, so a frame of its sentence with no
     * day of its own is the incident investigated, not news ({@link #inquiry}); a frame with a stated day is reported.
     */
    static final String INQUIRY = "INQUIRY";

    /** Whether the sentence's cues name an investigation ({@link #INQUIRY}). */
    static boolean inquiry(List<Mention<Cue>> cues) {
        for (Mention<Cue> c : cues) {
            if (INQUIRY.equals(c.entry().kind())) {
                return true;
            }
        }
        return false;
    }

    /** Tokens after a recall cue («في أعقاب», «على خلفية») within which a trigger of its clause is the recalled event. */
    static final int RECALL_AFTER = 10;
    /** Tokens before a recall cue («الأسبوع الماضي», «الذي وقع منذ أيام») within which a trigger is the recalled event. */
    static final int RECALL_BEFORE = 8;

    /**
     * The span a frame retold as background takes out of its sentence, or null when the trigger is not background:
     * a trigger in a clause with an old date or a past year (the whole clause), or near a RECALL cue of its clause
     * (an earlier event named as the cause of the reported one, after the cue: «في أعقاب», «على خلفية», «ويأتي ذلك
     * بعد»; or an event dated in the past, RECALL_DATED, before or after the cue: «الذي وقع الأسبوع الماضي») from the
     * cue or the trigger, whichever comes first, to the clause end. Places
     * and death counts inside the span belong to the retold event: neighbouring frames must not take them.
     */
    static Span recalled(Layers l, Mention<TriggerEntry> t, List<Mention<Cue>> cues, Sentence s) {
        int clauseStart = Background.clauseStart(s, t.start());
        int clauseEnd = Background.clauseEnd(s, t.start());
        if (Background.clause(l, clauseStart, clauseEnd)) {
            return new Span(clauseStart, clauseEnd);
        }
        for (Mention<Cue> c : cues) {
            boolean dated = "RECALL_DATED".equals(c.entry().kind());
            if (!dated && !"RECALL".equals(c.entry().kind()) || c.start() < clauseStart || c.start() >= clauseEnd) {
                continue;
            }
            boolean after = c.lastToken() < t.firstToken() && t.firstToken() - c.lastToken() <= RECALL_AFTER;
            boolean before = dated && c.firstToken() > t.lastToken() && c.firstToken() - t.lastToken() <= RECALL_BEFORE;
            if (after || before) {
                return new Span(Math.min(c.start(), t.start()), clauseEnd);
            }
        }
        return null;
    }

    /**
     * The purpose prefix «لـ» on an event trigger («حشدت قواتها لاقتحام المدينة», «لاستهداف», «لقصف»): an aim, not a
     * report, unless a word before it in its clause (up to 20 tokens) makes the trigger its object («تعرضت لقصف», «نتيجة لقصف», «أدى لمقتل») or the
     * trigger word begins with lam itself. Death reports and agreements are left alone («انتهاك لوقف إطلاق النار»: a
     * violation of the ceasefire; «التوصل لهدنة»: reaching a truce).
     */
    /** Tokens before a «لـ» trigger (within its clause) searched for a word that takes it as its object («تعرضت مدينة عدن أمس لقصف»). */
    static final int PURPOSE_WINDOW = 20;

    static boolean purpose(Layers l, Mention<TriggerEntry> t, int clauseStart) {
        if (t.entry().role() == TriggerEntry.Role.KILL
                || FrameBuilder.typeOf(t.entry()) == SubEventType.AGREEMENT) {
            return false;
        }
        Token tok = l.toks.get(t.firstToken());
        String pro = tok.proclitics();
        if (!pro.endsWith(Words.FOR_PROCLITIC) || pro.endsWith(Affixes.ARTICLE)
                || Words.anyKey(tok, LAM_WORDS) || LAM_WORDS.contains(tok.norm())) {
            return false;
        }
        for (int k = t.firstToken() - 1; k >= Math.max(0, t.firstToken() - PURPOSE_WINDOW); k--) {
            if (l.toks.get(k).start() < clauseStart) {
                break;
            }
            if (t.entry().role() == TriggerEntry.Role.TERRITORY && Words.anyKey(l.toks.get(k), TERRITORY_AIMS)) {
                return true; // "in an attempt to retake control": the fighting is coded, not a change of hands
            }
            if (Words.anyKey(l.toks.get(k), PURPOSE_EXCEPTIONS)) {
                return false;
            }
        }
        return true;
    }

    /** The future prefix on an imperfect verb: "will launch", "will shell", "we will target". */
    static boolean future(Token tok) {
        String norm = tok.norm();
        return tok.proclitics().contains(FUTURE_LETTER) || norm.length() > 4
                && Words.startsWithAny(norm, FUTURE_PREFIXES) && !Words.startsWithAny(norm, NOT_FUTURE_PREFIXES)
                && tok.stems().stream().anyMatch(x -> x.length() == norm.length() - 1);
    }

    /**
     * A death cue near an aggregate cue of its sentence ("since the start of the war", "during the week", "in about 4
     * months"), before or after it: a cumulative or period tally, never the toll of one event (ACLED).
     */
    static boolean tally(Mention<TriggerEntry> k, List<Mention<Cue>> cues) {
        for (Mention<Cue> c : cues) {
            if ("AGGREGATE".equals(c.entry().kind()) && (c.firstToken() > k.lastToken()
                    ? c.firstToken() - k.lastToken() : k.firstToken() - c.lastToken()) <= TALLY_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /**
     * Events counted in the thousands: no single event is a thousand air strikes or barrel bombs («وثق المرصد تنفيذ
     * 26350 غارة خلال الأشهر التسعة», «ألقت 14297 برميلا متفجرا»). An event trigger right after such a count makes its
     * sentence a period tally (ACLED codes no aggregate). Hundreds stay events: «سقوط أكثر من 300 قذيفة على بلدتي».
     */
    static final long TALLY_COUNT = 1000;

    /** Words after a tally that start another report («فيما أطلقت قوات المعارضة معركة»; words.tsv tally_break). */
    private static final Set<String> TALLY_BREAKS = Words.WORDS.set("tally_break");

    /**
     * Where the period tally of sentence {@code s} ends: the sentence end, or a contrast word after its last count
     * («… 26350 غارة …، فيما أطلقت قوات المعارضة معركة في الزبداني»: the battle is news); -1 when the sentence counts
     * no event trigger in the thousands ({@link #TALLY_COUNT}).
     */
    static int countedTally(Layers l, Sentence s, List<Mention<TriggerEntry>> triggers) {
        int end = -1; // the last count's end («… 14297 برميلا … في حين وثق المرصد … 12053 غارة»: both are the tally)
        for (org.rasd.text.NumberMention n : l.doc.numbers()) {
            if (n.start() < s.start() || n.end() > s.end() || n.value() == null || n.value() < TALLY_COUNT) {
                continue;
            }
            int next = l.doc.firstTokenAtOrAfter(n.end());
            for (Mention<TriggerEntry> t : triggers) {
                TriggerEntry.Role r = t.entry().role();
                if (t.start() >= n.start() && t.firstToken() <= next
                        && (r == TriggerEntry.Role.EVENT || r == TriggerEntry.Role.GENERIC)) {
                    int stop = s.end();
                    for (org.rasd.text.Token k : l.doc.tokensIn(t.end(), s.end())) {
                        if (Words.anyKey(k, TALLY_BREAKS)) {
                            stop = k.start();
                            break;
                        }
                    }
                    end = Math.max(end, stop);
                    break;
                }
            }
        }
        return end;
    }

    /** A negation right before a death cue: "without casualties", "no one was killed". */
    static boolean negated(Mention<TriggerEntry> k, List<Mention<Cue>> cues) {
        for (Mention<Cue> c : cues) {
            if ("NEGATION".equals(c.entry().kind()) && c.lastToken() < k.firstToken() && k.firstToken() - c.lastToken() <= 2) {
                return true;
            }
        }
        return false;
    }

    /** An attempt word ("tried to", "foiled") from the frame's region to just after its triggers. */
    static boolean attempted(Frame f, List<Mention<TriggerEntry>> attempts) {
        for (Mention<TriggerEntry> a : attempts) {
            if (a.firstToken() >= f.regionStart() && a.firstToken() <= f.lastTok() + 2) {
                return true;
            }
        }
        return false;
    }
}
