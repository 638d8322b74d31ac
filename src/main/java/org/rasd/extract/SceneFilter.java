package org.rasd.extract;

import java.util.List;
import java.util.Set;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.text.Affixes;
import org.rasd.text.ArabicNormalizer;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * Which place mentions of a sentence can be the scene of an event: not the dateline, not part of an actor's name, not a
 * nationality adjective, a capital standing for its government, a post ("governor of Aden"), where a statement was
 * made or a town a stated distance away from what the sentence places by it.
 */
final class SceneFilter {
    /** The complementizer "that" which opens reported speech. */
    private static final String COMPLEMENTIZER = Words.WORDS.one("complementizer");
    /** Tokens that open what a speaker said: "that", a colon or an opening quote. */
    static final Set<String> SPEECH_OPENERS = Words.WORDS.set("speech_opener");
    static final Set<String> SPEECH_ACTS = Words.WORDS.set("speech_act");
    /** Office words: "member of the Anbar provincial council", "deputy governor of Aden" name a post, not a scene. */
    static final Set<String> OFFICES = Words.WORDS.set("office");
    /** Capitals the press uses for governments: "Ankara's entry into the campaign", "Washington demanded". */
    static final Set<String> CAPITAL_METONYMS = Words.WORDS.set("capital_metonym");
    static final Set<String> LOCATIVES = Words.WORDS.set("locative");

    private final Layers l;

    SceneFilter(Layers l) {
        this.l = l;
    }

    /** Whether {@code p} (within the sentence whose resolvable actors are {@code actors}) can be a scene. */
    boolean scene(PlaceRef p, List<Mention<ActorEntry>> actors) {
        return reason(p, actors) == null;
    }

    /** Why {@code p} is no scene (dateline, actor, adjective, metonym, affiliation, speech), or null when it is one. */
    String reason(PlaceRef p, List<Mention<ActorEntry>> actors) {
        return p.dateline() ? "dateline" : wireDateline(p) ? "wire-dateline" : insideActor(p, actors) ? "actor"
                : adjective(p) ? "adjective"
                : metonym(p) ? "metonym" : namedAfter(p) ? "named-after" : affiliation(p) ? "affiliation" : speechSite(p) ? "speech"
                : new BorderAndOrigin(l).hometown(p) ? "hometown" : distant(p) ? "distant" : null;
    }

    /** Units of a stated distance («كم», «كيلومترا»). */
    static final Set<String> DISTANCE_UNITS = Words.WORDS.set("distance_unit");
    /** A place this far (km) or farther from what the sentence places by it is no scene: beyond a near-town tolerance. */
    static final int DISTANT_KM = 30;
    /** Tokens searched back from a place for a stated distance («على بعد نحو 200 كيلومتر إلى الشرق من العاصمة X»). */
    static final int DISTANCE_WINDOW = 8;

    /**
     * Whether {@code p} is a reference point a stated distance of {@value #DISTANT_KM} km or more away: «قاعدة العند
     * التي تقع على مسافة 50 كيلومترا إلى الشمال من مدينة عدن» (a number, a unit, then up to eight words to the place).
     */
    boolean distant(PlaceRef p) {
        int t = l.tokAt(p.start());
        for (int k = t - 1; k >= Math.max(1, t - DISTANCE_WINDOW); k--) {
            Token tok = l.toks.get(k);
            if (tok.kind() == TokenKind.PUNCT) {
                return false;
            }
            if (Words.anyKey(tok, DISTANCE_UNITS) && l.toks.get(k - 1).kind() == TokenKind.NUMBER) {
                return number(l.toks.get(k - 1).surface()) >= DISTANT_KM;
            }
        }
        return false;
    }

    /** The value of a number's digits (Latin or Arabic-Indic), -1 when it has none. */
    static long number(String surface) {
        long v = -1;
        for (int i = 0; i < surface.length(); i++) {
            int d = Character.digit(surface.charAt(i), 10);
            if (d >= 0) {
                v = Math.max(v, 0) * 10 + d;
            } else if (v >= 0 && surface.charAt(i) != ',' && surface.charAt(i) != '٬') {
                break; // «1.5»: the whole part
            }
        }
        return v;
    }

    /** Wire credits («رويترز», «أ.ف.ب», «الشرق الأوسط»), letters only: «X - رويترز:» opens a wire item. */
    private static final Set<String> AGENCY_CREDITS = compact(Words.WORDS.set("agency_credit"));
    /** The article's head, where the gazetteer marks the dateline itself. */
    private static final int HEAD_CHARS = 200;

    private static Set<String> compact(Set<String> forms) {
        Set<String> out = new java.util.HashSet<>();
        for (String f : forms) {
            out.add(letters(f));
        }
        return Set.copyOf(out);
    }

    /** The letters of {@code s} after normalization: «أ.ف.ب» and «ا ف ب» are both «افب». */
    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        ArabicNormalizer.normalize(s).codePoints().filter(Character::isLetter).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Whether {@code seg} (text after a dash) is a wire credit: the credit alone, or a long one opening it. */
    private static boolean credit(String seg) {
        int stop = seg.length();
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            if (c == ':' || c == '\n' || c == '»' || c == '"' || c == ')' || c == '\u060C') {
                stop = i;
                break;
            }
        }
        String l = letters(seg.substring(0, Math.min(stop, 30)));
        for (String a : AGENCY_CREDITS) {
            if (l.equals(a) || a.length() >= 5 && l.startsWith(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A wire item's dateline after the article's head: a line «* X - رويترز:» (the place, a dash, a credit) or
     * «رويترز - X:» (a credit, a dash, the place ending its line or before a colon or dash). Where the item was
     * filed, not where its event was.
     */
    boolean wireDateline(PlaceRef p) {
        String text = l.doc.text();
        if (p.start() < HEAD_CHARS) {
            return false;
        }
        int ls = text.lastIndexOf('\n', p.start() - 1) + 1;
        String before = text.substring(ls, p.start()).strip();
        while (before.startsWith("*") || before.startsWith("•")) {
            before = before.substring(1).strip();
        }
        int le = text.indexOf('\n', p.end());
        String after = text.substring(p.end(), le < 0 ? text.length() : le).strip();
        if (before.isEmpty()) {
            return !after.isEmpty() && isDash(after.charAt(0)) && credit(after.substring(1));
        }
        return isDash(before.charAt(before.length() - 1)) && credit(before.substring(0, before.length() - 1))
                && (after.isEmpty() || after.charAt(0) == ':' || isDash(after.charAt(0)));
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /** «الموالية لإيران»: the place after a loyal-to word names a patron, not a scene. */
    static final Set<String> LOYAL_TO = Words.WORDS.set("loyal_to");

    /**
     * The sentence's scene places without those that only name the ends of a road («قطع الطريق بين بلدتي X - Y»: the
     * road between X and Y), when another scene remains: the road's ends are where it runs, not where the event was.
     */
    List<PlaceRef> withoutRouteEnds(List<PlaceRef> places) {
        List<PlaceRef> kept = new java.util.ArrayList<>(places.size());
        for (PlaceRef p : places) {
            if (!routeEnd(p)) {
                kept.add(p);
            }
        }
        return kept.isEmpty() || kept.size() == places.size() ? places : kept;
    }

    /** Cause words: «نصرة لأهلنا في الزبداني», «ردا على تعرض بلدة الزبداني»: the place named is the cause, not the scene. */
    static final Set<String> CAUSES = Words.WORDS.set("cause");
    /** Tokens before a place searched for a cause word (no punctuation between). */
    static final int CAUSE_WINDOW = 6;

    /**
     * The sentence's scene places without those named as the cause of the act («in support of our people in Zabadani»,
     * «in response to the shelling of Zabadani»), when another scene remains.
     */
    List<PlaceRef> withoutCauses(List<PlaceRef> places) {
        List<PlaceRef> kept = new java.util.ArrayList<>(places.size());
        for (PlaceRef p : places) {
            if (!cause(p)) {
                kept.add(p);
            }
        }
        return kept.isEmpty() || kept.size() == places.size() ? places : kept;
    }

    /** Whether a cause word comes up to six tokens before {@code p}, with no punctuation between. */
    boolean cause(PlaceRef p) {
        int t = l.tokAt(p.start());
        for (int k = t - 1; k >= Math.max(0, t - CAUSE_WINDOW); k--) {
            Token tok = l.toks.get(k);
            if (tok.kind() == TokenKind.PUNCT) {
                return false;
            }
            if (Words.anyKey(tok, CAUSES)) {
                return true;
            }
        }
        return false;
    }

    /** Words searched back from a place for the office word of a speaker's title (no punctuation between). */
    static final int TITLE_WINDOW = 10;
    /** Tokens after a place searched for what opens the speaker's words (a comma, the outlet «لـ«الشرق الأوسط»» between). */
    static final int TITLE_TAIL = 5;

    /**
     * The sentence's scene places without those that only say who speaks, when another scene remains: the post closing
     * a speaker's title («علي أحمدي المتحدث باسم قوات المقاومة في عدن، إن القتال مستمر بقاعدة العند») or a capital
     * speaking for its government («حسبما أكدت كييف»). The words said name the scene.
     */
    List<PlaceRef> withoutSpeakers(List<PlaceRef> places) {
        List<PlaceRef> kept = new java.util.ArrayList<>(places.size());
        for (PlaceRef p : places) {
            if (!speaker(p)) {
                kept.add(p);
            }
        }
        return kept.isEmpty() || kept.size() == places.size() ? places : kept;
    }

    /** Whether {@code p} is a speaker: the post closing a speaker's title, or the subject right after a speech verb. */
    boolean speaker(PlaceRef p) {
        int t = l.tokAt(p.start());
        String pro = l.toks.get(t).proclitics();
        if (t > 0 && !pro.contains(Words.WITH_PROCLITIC) && !pro.contains(Words.FOR_PROCLITIC)
                && Words.anyKey(l.toks.get(t - 1), Words.SPEECH_VERBS)) {
            return true; // «أكدت كييف»: no «in» before it, the capital is who confirmed
        }
        boolean office = false;
        for (int k = t - 1; k >= Math.max(0, t - TITLE_WINDOW) && !office; k--) {
            Token tok = l.toks.get(k);
            if (tok.kind() != TokenKind.WORD || tok.norm().equals(COMPLEMENTIZER)) {
                return false;
            }
            for (String stem : tok.stems()) {
                office |= OFFICES.contains(stem) || OFFICES.contains(PhraseIndex.key(stem));
            }
        }
        if (!office) {
            return false;
        }
        int last = l.tokAt(p.end() - 1);
        for (int k = last + 1; k < Math.min(l.toks.size(), last + 1 + TITLE_TAIL); k++) {
            Token tok = l.toks.get(k);
            String bare = tok.norm().startsWith(tok.proclitics()) ? tok.norm().substring(tok.proclitics().length()) : "";
            if (SPEECH_OPENERS.contains(tok.norm()) || SPEECH_OPENERS.contains(bare)) { // «إن», «بأن», «:», «»
                return true;
            }
            if (tok.kind() == TokenKind.PUNCT && !",،".contains(tok.surface())) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code p} only names an end of a road ({@link RouteEnds}). */
    boolean routeEnd(PlaceRef p) {
        return new RouteEnds(l.doc, l.places).routeEnd(p);
    }

    /**
     * "Carter said in Erbil that …", "at a press conference he held in Şanlıurfa": where a statement was made, between
     * the speech word and the complementizer or quote that opens what was said.
     */
    boolean speechSite(PlaceRef p) {
        int t = l.tokAt(p.start());
        boolean speech = false;
        for (int k = t - 1; k >= Math.max(0, t - 8); k--) {
            Token tok = l.toks.get(k);
            if (tok.norm().equals(COMPLEMENTIZER) || tok.kind() == TokenKind.PUNCT) {
                return false;
            }
            if (Words.anyKey(tok, SPEECH_ACTS)) {
                speech = true;
                break;
            }
        }
        if (!speech) {
            return false;
        }
        for (int k = t + 1; k < Math.min(l.toks.size(), t + 12); k++) {
            if (SPEECH_OPENERS.contains(l.toks.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns and verbs whose next word names a thing or an actor, not a scene: «اتفاق مكة», «تقوده السعودية». */
    static final Set<String> NAMED_AFTER = Words.WORDS.set("named_after");

    /** «اتفاق مكة», «مهرجان بغداد», «منتخب العراق», «التحالف الذي تقوده السعودية»: the place names a thing or an actor. */
    boolean namedAfter(PlaceRef p) {
        int t = l.tokAt(p.start());
        if (t == 0) {
            return false;
        }
        String pro = l.toks.get(t).proclitics();
        if (pro.contains(Words.FOR_PROCLITIC) && Words.anyKey(l.toks.get(t - 1), LOYAL_TO)) {
            return true; // «الموالية لإيران»: a patron
        }
        if (pro.contains(Words.WITH_PROCLITIC) || pro.contains(Words.FOR_PROCLITIC) && !pro.contains(Affixes.ARTICLE)) {
            return false; // «ببغداد»: in Baghdad
        }
        if (Words.anyKey(l.toks.get(t - 1), NAMED_AFTER)) {
            return true;
        }
        // «الحوثيين المدعومين من إيران»: the sponsor of an actor
        return t >= 2 && l.toks.get(t - 1).norm().equals(FROM) && Words.anyKey(l.toks.get(t - 2), BACKED_BY);
    }

    /** Participles «backed (by)»: «المدعومين من X» names X as an actor's sponsor. */
    static final Set<String> BACKED_BY = Words.WORDS.set("backed_by");
    /** «من», after a «backed» participle. */
    private static final String FROM = Words.WORDS.list("origin").get(0);

    boolean affiliation(PlaceRef p) {
        int t = l.tokAt(p.start());
        for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
            Token tok = l.toks.get(k);
            if (tok.kind() != TokenKind.WORD) {
                return false;
            }
            for (String stem : tok.stems()) {
                // whole words only: "district" is not "director", though it starts with it
                if (OFFICES.contains(stem) || OFFICES.contains(PhraseIndex.key(stem))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A capital with no locative word before it is its government, not a place. */
    boolean metonym(PlaceRef p) {
        String ar = ArabicNormalizer.normalize(l.doc.text().substring(p.start(), p.end())).trim();
        int t = l.tokAt(p.start());
        Token first = l.toks.get(t);
        String bare = first.proclitics().isEmpty() ? ar : ar.substring(Math.min(ar.length(), first.proclitics().length()));
        if (!CAPITAL_METONYMS.contains(ar) && !CAPITAL_METONYMS.contains(bare)) {
            return false;
        }
        if (first.proclitics().contains(Words.WITH_PROCLITIC)
                || first.proclitics().contains(Words.FOR_PROCLITIC) && !first.proclitics().contains(Affixes.ARTICLE)) {
            return false; // "in Ankara", "to Baghdad" with a proclitic
        }
        // «في العاصمة العراقية بغداد»: the locative word may stand before up to two adjectives
        int k = t - 1;
        while (k >= 0 && k >= t - 2 && l.toks.get(k).kind() == TokenKind.WORD
                && l.lex.nationalityAdjective(l.toks.get(k)) != null && !l.lex.countryNameOnly(l.toks.get(k))) {
            k--;
        }
        return k < 0 || !Words.anyKey(l.toks.get(k), LOCATIVES);
    }

    /** "a Turkish province": a nationality adjective read as a town is no place. */
    boolean adjective(PlaceRef p) {
        String id = p.location().gazetteerId();
        if (id != null && id.startsWith("cty:")) {
            return false;
        }
        int t = l.tokAt(p.start());
        if (t >= l.toks.size() || l.toks.get(t).end() < p.end()) {
            return false;
        }
        Token tok = l.toks.get(t);
        if (l.lex.nationalityAdjective(tok) == null || tok.norm().startsWith(Affixes.ARTICLE)) {
            return false; // a country's name («شمال سوريا») is a place, not the adjective «سوري»
        }
        // «سورية» is Syria and Syrian: after a locative word or proclitic («شمال سورية»، «بسورية») it is Syria
        return !(l.lex.countryNameOrAdjective(tok) && (tok.proclitics().contains(Words.WITH_PROCLITIC)
                || t > 0 && Words.anyKey(l.toks.get(t - 1), LOCATIVES)));
    }

    static boolean insideActor(PlaceRef p, List<Mention<ActorEntry>> actors) {
        for (Mention<ActorEntry> a : actors) {
            if (p.start() < a.end() && a.start() < p.end()) {
                return true;
            }
        }
        return false;
    }
}
