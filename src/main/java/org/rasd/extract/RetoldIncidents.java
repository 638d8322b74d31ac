package org.rasd.extract;

import java.util.Set;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.SubEventType;
import org.rasd.text.Affixes;
import org.rasd.text.Token;

/**
 * A known incident named again, with no day of its own, by a definite noun and a relative clause («التحقيقات في
 * التفجير الذي نفذه داعش في خان بني سعد», «ردا على الهجوم الانتحاري الذي استهدف في سوروتش ناشطين»): the article
 * recalls a bombing or attack its readers know, it does not report it. The guide dates an event the text gives no day
 * for {@code null}; dating it to the later article's day (published − 1) puts a second copy of the bombing on the map
 * days after it took place, so the frame codes nothing. The article's first {@value #LEAD} sentences are exempt: a lead
 * that names its incident this way («… يقف وراء الاعتداء الانتحاري الذي استهدف مدينة سوروتش») is the report, and the
 * sentences right after it tell the same incident again with its place («قتل 15 في تفجير انتحاري بشمال أفغانستان …
 * ويسلط الهجوم الذي وقع في منطقة المار الضوء على …»). Only one-off incidents
 * (a bombing, an attack on people) are recalled this way; fighting and shelling named so («القصف الذي تعرضت له
 * الضاحية», «المواجهات التي تخوضها») go on and stay events.
 */
final class RetoldIncidents {
    /** Relative pronouns («الذي», «التي»; words.tsv relative_pronoun). */
    static final Set<String> RELATIVES = Words.WORDS.set("relative_pronoun");
    /** Tokens after a trigger (its adjectives: «الهجوم الانتحاري الأخير الذي») within which the relative pronoun stands. */
    static final int REACH = 3;
    /** Sentences at the article's start that tell its own news. */
    static final int LEAD = 3;

    private RetoldIncidents() {
    }

    /**
     * Why frame {@code f} codes nothing as a known incident told again, or null: an undated retelling ({@link #retold}:
     * «ردا على الهجوم الانتحاري الذي استهدف في سوروتش»), an incident named by its place ({@link #named}: «بعد تفجير
     * سروج»), or an undated incident in a sentence about an inquiry («كشفت التحقيقات في التفجير الذي نفذه داعش في …»).
     *
     * @param place where the frame's chosen place starts (a character offset)
     */
    static String veto(Layers l, SentenceView s, Frame f, SubEventType sub, boolean dateStated, int place) {
        if (!dateStated && retold(l, s, f, sub)) {
            return "retold-undated";
        }
        if (named(l, s, f, sub, place)) {
            return "named-incident";
        }
        return !dateStated && Modality.inquiry(s.cues()) ? "inquiry-undated" : null;
    }

    /**
     * Whether frame {@code f} of sentence {@code sentence}, of sub-type {@code sub}, with no stated day, retells a known
     * incident: its first trigger is a definite noun with a relative pronoun right after it, and its other triggers are
     * definite too or stand inside that relative clause («الهجوم الانتحاري الذي استهدف … وأسفر عن سقوط 32 قتيلا»), not
     * after it («إلى جانب التفجير الذي وقع في بغداد الجديدة، قتل شخصان في هجمات بقنابل في حي الزعفرانية»: the attacks
     * after the comma are news).
     */
    static boolean retold(Layers l, SentenceView s, Frame f, SubEventType sub) {
        if (s.index() < LEAD || !oneOff(sub)) {
            return false;
        }
        Mention<TriggerEntry> head = null;
        for (Mention<TriggerEntry> t : f.triggers()) {
            if (head == null || t.firstToken() < head.firstToken()) {
                head = t;
            }
        }
        if (head == null || !definite(l.toks.get(head.firstToken()))) {
            return false; // «وأدى تفجير انتحاري استهدف …»: an indefinite word reports
        }
        int rel = relativeAfter(l, head.lastToken());
        if (rel < 0) {
            return false;
        }
        int clauseEnd = Background.clauseEnd(s.sentence(), l.toks.get(rel).start());
        for (Mention<TriggerEntry> t : f.triggers()) {
            if ((t.firstToken() < rel || t.start() >= clauseEnd) && !definite(l.toks.get(t.firstToken()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether frame {@code f} of sentence {@code s}, of sub-type {@code sub}, names a known incident by its place, the
     * place right after the incident word with no preposition between («بعد تفجير سروج», «ردا على هجوم سوروتش», «منذ
     * هجوم سوروتش», «صور تفجير بلدة سروج»): the bombing of Suruc, known to the reader, not one reported here. A day stated
     * in its sentence belongs to the sentence's news («فتحت تركيا أمس ثلاث جبهات … بعد تفجير سروج»). The lead sentences
     * are exempt, as for {@link #retold}.
     *
     * @param place where the frame's chosen place starts (a character offset)
     */
    static boolean named(Layers l, SentenceView s, Frame f, SubEventType sub, int place) {
        if (s.index() < LEAD || !oneOff(sub)) {
            return false;
        }
        Mention<TriggerEntry> head = f.trigger();
        for (Mention<TriggerEntry> t : f.triggers()) {
            if (t.firstToken() < head.firstToken()) {
                head = t;
            }
        }
        if (head.firstToken() != head.lastToken() || definite(l.toks.get(head.firstToken()))
                || !l.toks.get(head.firstToken()).enclitic().isEmpty()) {
            return false; // «هجوم انتحاري استهدف سروج», «التفجير في سروج», «هجماته»: no name of an incident
        }
        int next = head.lastToken() + 1;
        if (next < l.toks.size() && Words.anyKey(l.toks.get(next), TypeArgument.TERRITORY_NOUNS)) {
            next++; // «تفجير بلدة سروج»
        }
        return next < l.toks.size() && l.toks.get(next).start() == place;
    }

    static boolean oneOff(SubEventType sub) {
        return sub == SubEventType.SUICIDE_BOMB || sub == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED
                || sub == SubEventType.ATTACK;
    }

    /** The article «ال» on the token («التفجير», «بالهجوم», «والاعتداء»). */
    static boolean definite(Token t) {
        return t.proclitics().endsWith(Affixes.ARTICLE);
    }

    /** The index of the relative pronoun at most {@value #REACH} tokens after token {@code last}, or -1. */
    private static int relativeAfter(Layers l, int last) {
        for (int k = last + 1; k <= Math.min(l.toks.size() - 1, last + REACH); k++) {
            if (Words.anyKey(l.toks.get(k), RELATIVES) || RELATIVES.contains(l.toks.get(k).norm())) {
                return k;
            }
        }
        return -1;
    }
}
