package org.rasd.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.text.Affixes;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/**
 * Finds and resolves place mentions in an analysed article, precision first: a name is a place only with
 * evidence (a generic head, a locative, a known container next to it, membership in a list that has such
 * evidence, or being a well-known place), and ambiguous names are resolved from the article (explicit
 * containers, the other places mentioned, the focus country, feature kind and population).
 */
public final class Geocoder {
    private static final boolean DEBUG = Boolean.getBoolean("rasd.geocoder.debug");
    /** Logs every accepted transliterated mention to stderr (for audits of a stream). */
    private static final boolean LOG_TRANSLIT = Boolean.getBoolean("rasd.geocoder.translit.log");
    private final Gazetteer gaz;
    private final PlaceLexicon lex = PlaceLexicon.get();
    private static final String AL = Affixes.ARTICLE;
    private static final String LIL = Affixes.LAM_ARTICLE;
    private static final String WA = Affixes.AND;

    private final PlaceJudge judge;

    public Geocoder(Gazetteer gazetteer) {
        this(gazetteer, PlaceJudge.NONE);
    }

    /** A geocoder that also asks {@code judge} (a named-entity model) about its candidates; see {@link PlaceJudge}. */
    public Geocoder(Gazetteer gazetteer, PlaceJudge judge) {
        this.gaz = gazetteer;
        this.judge = judge == null ? PlaceJudge.NONE : judge;
    }

    private enum Ev { NONE, CONTEXT, LOC, HEAD }

    /** A candidate name occurrence. */
    private static final class Cand {
        int t0;
        int t1; // token range [t0, t1)
        int start;
        int end;
        String key;
        int[] ids;
        String prefix = "";
        Ev ev = Ev.NONE;
        PlaceLexicon.Head head;
        int locPrecision;
        boolean rural;
        boolean listHead; // evidence came from a head/locative and may flow down a list
        Cand container;
        Cand nearTo; // "X north of Y", "X near Y": X lies outside Y, within reach
        boolean spread; // candidates far apart (ambiguous)
        int best = -1;
        double bestScore;
        double secondScore;
        List<Integer> ranked = new ArrayList<>();
        Map<Integer, Double> scores = Map.of(); // score of each reading, from the last resolution
        boolean accepted;
        boolean dateline;
        boolean holdsHeaded; // the container the text gives a headed name («منطقة العلم بعدن»: Aden)
        boolean farReference; // "X (300 km south of Y)": Y is where the distance is measured from, not the scene
        boolean headDefinite; // "the capital X": a definite head may be followed by an adjective, not a name
        boolean headInherited; // the head is an earlier list item's («مدينة صبر، ليل السبت»: "night" inherits "city")
        boolean afterPluralHead;
        boolean abroad; // a common word read, by its head alone, far from the article's other places: no anchor, and
                        // kept only when the town its sentence names takes it in (cityOf, localOf, container) // a plural head right before it ("new areas", «مناطق جديدة»: an adjective may follow)
        int sent = -1; // sentence index, -1 for the title
        int[] prefixIds = new int[0]; // short-form readings (first word of a two-word name)
        PlaceJudge.Session judged; // the judge's view of the body (null: no opinion)
        boolean placeWord; // a head or a locative word of place before it (not only the proclitic bi-, not "from", "on")
        boolean translit; // read (in the last resolution) as a place whose Latin name the word spells (Transliteration)
        int[] translitIds = new int[0]; // places whose one-word Latin name the word spells (guards passed)
        String translitFocus; // the focus country the last resolution restricted a transliterated mention to (null: none)
        double placeProbability = Double.NaN; // asked once, when a rule needs it
        Cand cityOf; // a street or quarter of the town its sentence names, which no reading of the name lies in
        Cand localOf; // a headed part (mountain, quarter, area) of the town governing it, whose readings all lie elsewhere
        boolean localClaimed; // the governing town is named before it in its sentence or claims it right after it
        boolean withAl; // written with the article (al-Anad: no particle «عند», at)
    }

    public List<PlaceMention> find(Document doc) {
        return find(doc, null);
    }

    /** Place mentions of {@code doc} (offsets into doc.text()); {@code title} only adds context. */
    public List<PlaceMention> find(Document doc, String title) {
        List<Cand> cands = candidates(doc, true);
        PlaceJudge.Session judged = judge == PlaceJudge.NONE || cands.isEmpty() ? null : judge.open(doc);
        for (Cand c : cands) {
            c.judged = judged;
        }
        List<Cand> titleCands = List.of();
        if (title != null && !title.isBlank()) {
            Document td = TextPipeline.analyze("title", title, doc.published());
            titleCands = candidates(td, false);
        }
        markDateline(doc, cands);
        for (Cand c : cands) {
            if (c.ev == Ev.HEAD && c.container != null) {
                c.container.holdsHeaded = true;
            }
        }
        namesakeRegions(doc, titleCands, cands);
        // pass 1: resolve without anchors; later passes: with the solid mentions of the previous pass as anchors
        Anchors anchors = new Anchors();
        String focus = null;
        for (int pass = 0; pass < 3; pass++) {
            for (List<Cand> cs : List.of(titleCands, cands)) {
                for (Cand c : cs) {
                    resolve(c, anchors, focus);
                }
                for (Cand c : cs) {
                    accept(c, anchors);
                }
            }
            anchors = new Anchors();
            Map<String, Double> countries = new HashMap<>();
            for (List<Cand> cs : List.of(titleCands, cands)) {
                for (Cand c : cs) {
                    if (c.accepted && !c.dateline && !c.translit && !c.abroad) { // a transliterated reading never decides the focus
                        Place p = gaz.place(c.best);
                        boolean solid = !c.spread || gaz.notable(c.best) || c.ev == Ev.HEAD || c.container != null;
                        if (solid) {
                            anchors.add(c, p);
                            countries.merge(p.country(), p.kind() == PlaceKind.COUNTRY ? 1.5 : 1.0, Double::sum);
                        }
                    }
                }
            }
            focus = countries.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
        oneReadingPerName(titleCands, cands);
        oneTranslitReading(titleCands, cands);
        quarterOfNamedTown(cands);
        strayNamesakes(doc, cands);
        List<PlaceMention> out = new ArrayList<>();
        for (Cand c : cands) {
            if (DEBUG) {
                System.err.printf("CAND %s acc=%s ev=%s head=%s best=%s container=%s near=%s localOf=%s cityOf=%s sent=%d%n",
                        c.key, c.accepted, c.ev, c.head == null ? null : c.head.word(),
                        c.best < 0 ? null : gaz.place(c.best).name() + "/" + gaz.place(c.best).country(),
                        c.container == null ? null : c.container.key, c.nearTo == null ? null : c.nearTo.key,
                        c.localOf == null ? null : c.localOf.key, c.cityOf == null ? null : c.cityOf.key, c.sent);
            }
            if (!c.accepted || c.farReference) {
                continue; // a far reference point stays context for the other places, but nothing happened there
            }
            Place p = gaz.place(c.best);
            boolean fallback = false;
            if (c.cityOf != null) {
                // a street or quarter of the town the sentence names, the gazetteer knowing only namesakes elsewhere
                p = gaz.place(c.cityOf.best);
                fallback = true;
            } else if (c.localOf != null) {
                // a mountain, quarter or area of the town that governs it, the gazetteer knowing only namesakes in
                // another province: the town, near it (ACLED's nearest known place rather than a wrong village)
                p = gaz.place(c.localOf.best);
                fallback = true;
            } else if (c.container != null && c.container.accepted && containable(p, gaz.place(c.container.best))
                    && !inside(p, gaz.place(c.container.best))) {
                // the text names a container the gazetteer's readings of this name are not in: a namesake; the
                // place itself is missing, so use the container with regional precision
                p = gaz.place(c.container.best);
                fallback = true;
            }
            if (!fallback && c.abroad) {
                continue; // a common word read as a namesake abroad, which no town of the text takes in
            }
            if (!fallback) {
                p = atCapital(c, p);
            }
            List<Place> alts = new ArrayList<>();
            for (int i : c.ranked) {
                if (i == c.best || alts.size() >= 3) {
                    continue;
                }
                Place q = gaz.place(i);
                if (q.distanceKm(p) > 5 && alts.stream().allMatch(a -> a.distanceKm(q) > 5)) {
                    alts.add(q);
                }
            }
            int prec = p.kind().basePrecision();
            if (p.kind() == PlaceKind.ADMIN3 && !fallback && (c.head == null || c.head.kind() != null
                    && c.head.kind().isSettlement()) && p.nameAr() != null && NameKeys.key(p.nameAr()).equals(c.key)) {
                // a sub-district (nahiya) is named after its seat town: its own name with no district head is the town
                // (not another name the gazetteer gives it: «الغوطة الشرقية» is a region, not the town of Jaramana)
                prec = 1;
            }
            if (c.rural) {
                prec = p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.COUNTRY ? 3 : 2;
            }
            if (c.head != null && c.head.precision() > 0) {
                prec = Math.max(prec, c.head.precision() == 3 && p.kind() != PlaceKind.ADMIN1
                        && p.kind() != PlaceKind.COUNTRY ? 2 : c.head.precision());
            }
            prec = Math.max(prec, c.locPrecision);
            if (p.kind() == PlaceKind.COUNTRY) {
                prec = 3;
            }
            if (fallback) {
                prec = Math.max(2, p.kind().basePrecision());
            }
            if (c.localOf != null && c.localClaimed && c.head.kind() == PlaceKind.NEIGHBOURHOOD) {
                prec = p.kind().basePrecision(); // a street or quarter of the town is the town
            }
            if (c.cityOf != null) {
                prec = p.kind().basePrecision(); // a quarter of the town: the town is the place, as precise as it is
            }
            double conf = Math.min(1.0, 0.5 + 0.1 * c.bestScore / 2 + (c.ev == Ev.HEAD ? 0.2 : 0)
                    - (c.spread && alts.size() > 0 ? 0.15 : 0));
            conf = Math.max(0.05, conf);
            String written = doc.text().substring(c.start, c.end);
            if (c.translit && LOG_TRANSLIT) {
                String ctx = doc.text().substring(Math.max(0, c.start - 60), Math.min(doc.text().length(), c.end + 40));
                System.err.printf("TRANSLIT\t%s\t%s\t%s\t%s\t%s%n", written, p.name(), p.country(), p.id(),
                        ctx.replace('\n', ' ').replace('\t', ' '));
            }
            out.add(new PlaceMention(c.start, c.end, written, p, Math.min(3, prec), alts,
                    c.head == null ? null : c.head.word(), c.dateline, conf));
        }
        return out;
    }

    /** How far (km) a governorate's same-name capital may lie from its point: the tolerance of a region-level place. */
    static final double CAPITAL_KM = 150;
    /** A same-name town this large (or notable) is the governorate's capital, not a namesake village. */
    static final long CAPITAL_POPULATION = 10_000;

    /**
     * A governorate reading ({@code p}, ADMIN1) that has a reading of the same name which is a town of its country
     * within {@value #CAPITAL_KM} km, notable or of at least {@value #CAPITAL_POPULATION} people («محافظة تعز» and
     * Taizz city): the governorate placed at that town, its capital, as ACLED places an event known only to its
     * governorate (the precision stays the governorate's). Otherwise {@code p}.
     */
    private Place atCapital(Cand c, Place p) {
        if (p.kind() != PlaceKind.ADMIN1) {
            return p;
        }
        Place capital = null;
        for (int i : c.ranked) {
            Place q = gaz.place(i);
            if (q.kind().isSettlement() && q.country().equals(p.country()) && q.distanceKm(p) <= CAPITAL_KM
                    && (gaz.notable(i) || q.population() >= CAPITAL_POPULATION)
                    && (capital == null || q.population() > capital.population())) {
                capital = q;
            }
        }
        return capital == null ? p : new Place(p.id(), p.name(), p.nameAr(), p.country(), p.admin1(), p.admin2(),
                p.admin3(), capital.lat(), capital.lon(), p.kind(), p.population());
    }

    // ---------------------------------------------------------------- candidates and evidence

    private List<Cand> candidates(Document doc, boolean body) {
        List<Token> toks = doc.tokens();
        String text = doc.text();
        int n = toks.size();
        String[] folded = new String[n];
        List<List<String[]>> readings = new ArrayList<>(n);
        // each word without its article, and its hash: the later words of a name's key
        String[] bare = new String[n];
        int[] bareHash = new int[n];
        // inert[i]: word i can start no candidate whatever surrounds it (WordInfo#inert)
        boolean[] inert = new boolean[n];
        // a word repeated in the article (same form, same stems) shares its WordInfo
        Map<WordForm, WordInfo> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            if (t.kind() != TokenKind.WORD) {
                folded[i] = "";
                readings.add(List.of());
                bare[i] = "";
                continue;
            }
            WordForm form = new WordForm(t.norm(), t.stems());
            WordInfo w = seen.get(form);
            if (w == null) {
                w = wordInfo(t);
                seen.put(form, w);
            }
            folded[i] = w.folded;
            readings.add(w.readings);
            bare[i] = w.bare;
            bareHash[i] = w.bareHash;
            inert[i] = w.inert;
        }
        List<Cand> out = new ArrayList<>();
        int maxW = gaz.maxWords();
        boolean[][] mayHold = new boolean[0][];
        int i = 0;
        while (i < n) {
            if (toks.get(i).kind() != TokenKind.WORD || inert[i] && skipInertWords) {
                i++;
                continue;
            }
            int run = 1;
            while (run < maxW && i + run < n && toks.get(i + run).kind() == TokenKind.WORD
                    && onlySpaces(text, toks.get(i + run - 1).end(), toks.get(i + run).start())) {
                run++;
            }
            // per reading, which lengths of key the index may hold: walked word by word on the hash of the key
            // keyOfFolded would build, while the words so far start some longer name
            List<String[]> rsi = readings.get(i);
            if (mayHold.length < rsi.size()) {
                mayHold = java.util.Arrays.copyOf(mayHold, rsi.size());
            }
            for (int ri = 0; ri < rsi.size(); ri++) {
                mayHold[ri] = mayHold(NameKeys.dropAl(rsi.get(ri)[0]), i, run, bare, bareHash, mayHold[ri]);
            }
            Cand found = null;
            boolean functionWord = false;
            boolean onlyHead = true; // every closed-class reading of the word is a head (no locative, no particle)
            for (String[] r : readings.get(i)) {
                boolean h = lex.head(r[0]) != null;
                boolean other = closedClass(r[0], r[1].endsWith(AL));
                if (h || other) {
                    functionWord = true;
                }
                onlyHead &= !other;
            }
            // "the city of Ma'bar": a head word (crossing) named as a town by the head before it
            boolean headAsName = functionWord && onlyHead && !folded[i].startsWith(AL)
                    && afterHead(i, readings, toks, false) && endsName(i, readings, toks, text);
            boolean firstOfLonger = false;
            if (run > 1 && !lex.isFunctionWord(folded[i + 1]) && lex.locative(folded[i + 1]) == null
                    && lex.head(folded[i + 1]) == null) {
                for (String[] r : rsi) {
                    // "wadi al-Mu'asil", "bab al-Mandab", "ras Isa": the generic first word of a longer name the
                    // gazetteer lacks, written without the article and followed by the rest of the name, is no
                    // place of its own (Al Wadi in Riyadh), nor is what is left of it without a proclitic (wa-Edd,
                    // bi-Ibb). With the article it is a whole name (al-Bab, al-Ain).
                    firstOfLonger |= !r[0].startsWith(AL) && !r[1].endsWith(AL) && lex.genericFirstWords.contains(r[0]);
                }
            }
            for (int len = run; len >= 1 && found == null; len--) {
                if (len == 1 && (functionWord && !headAsName || firstOfLonger)) {
                    break;
                }
                for (int ri = 0; ri < rsi.size(); ri++) {
                    String[] r = rsi.get(ri);
                    if (!mayHold[ri][len]) {
                        continue; // the filters know no key of this reading and length: lookupKey would find nothing
                    }
                    List<String> ws = new ArrayList<>(len);
                    ws.add(r[0]);
                    for (int k = 1; k < len; k++) {
                        ws.add(folded[i + k]);
                    }
                    String key = NameKeys.keyOfFolded(ws);
                    if (len > 1 && lex.head(r[0]) != null) {
                        // "governorate of al-Tuwal": a head and a name, unless the whole is a named feature ("Aden airport")
                        String rest = NameKeys.keyOfFolded(ws.subList(1, len));
                        if ((lex.isCommonWord(rest) || gaz.lookupKey(rest).length > 0) && !namedFeature(r[0], key)) {
                            continue;
                        }
                    }
                    if (key.length() < 2 || key.length() == 2 && (len > 1 || !r[1].isEmpty()
                            || !afterHead(i, readings, toks) || !standsAlone(i, readings, folded, toks, text))) {
                        // a two-letter name (Qom) only when a head introduces it ("the city of Qom"), and only as
                        // written: not the rest of a three-letter word after a proclitic (bab "gate" is not bi-Ibb)
                        continue;
                    }
                    int[] ids = gaz.lookupKey(key);
                    boolean withAl = r[0].startsWith(AL) && r[0].length() > 4 || r[1].endsWith(AL);
                    if (ids.length > 0 && (gaz.articleAgrees(key, withAl)
                            || !withAl && len == 1 && key.length() >= 3 && r[1].isEmpty() && !lex.isCommonWord(key)
                                    && !lex.isTranslitStopWord(key) && !lex.isFirstName(key)
                                    && afterHead(i, readings, toks, false) && endsName(i, readings, toks, text)
                                    && gaz.articleAgrees(key, true))) {
                        // "the district of Ba'aj": after a head of a settlement or an admin unit the article of a
                        // name the gazetteer knows with it (al-Ba'aj) may be dropped, as in a construct; not by an
                        // ordinary word ("on another side": ناحية ثانية is no Ath Thaniyah)
                        found = new Cand();
                        found.t0 = i;
                        found.t1 = i + len;
                        found.key = key;
                        found.ids = ids;
                        found.prefix = r[1];
                        found.withAl = withAl;
                        Token first = toks.get(i);
                        int off = Math.min(first.end() - first.start() - 1, prefixLength(first.surface(), r[1].length()));
                        found.start = first.start() + Math.max(0, off);
                        found.end = toks.get(i + len - 1).end();
                        break;
                    }
                }
            }
            if (found == null && !functionWord) {
                // a short form of a two-word name (al-Sahwa for Sahwat al-Qamh): kept only after a generic head
                for (String[] r : readings.get(i)) {
                    int[] pre = gaz.lookupPrefix(NameKeys.dropAl(r[0]));
                    if (pre.length > 0 && !lex.isCommonWord(NameKeys.dropAl(r[0])) && !lex.isFirstName(NameKeys.dropAl(r[0]))) {
                        found = new Cand();
                        found.t0 = i;
                        found.t1 = i + 1;
                        found.key = NameKeys.dropAl(r[0]);
                        found.ids = new int[0];
                        found.prefix = r[1];
                        Token first = toks.get(i);
                        found.start = first.start() + Math.max(0, Math.min(first.end() - first.start() - 1,
                                prefixLength(first.surface(), r[1].length())));
                        found.end = first.end();
                        break;
                    }
                }
            }
            if (found == null && !functionWord) {
                found = translitCandidate(i, toks, readings, folded, text);
            }
            if (found != null && idiom(found, folded, toks, text)) {
                i = found.t1; // "birthplace" written with the name of Muscat: an idiom, not a place
                continue;
            }
            if (found != null) {
                evidence(found, toks, readings, folded, out);
                boolean translitEvidence = found.placeWord && (found.ev == Ev.LOC || found.ev == Ev.HEAD
                        && found.head != null && found.head.kind() != PlaceKind.FEATURE);
                if (found.translit && !translitEvidence) {
                    i++; // a transliterated name needs a head of a settlement or an admin unit, or a locative word of place
                    continue;
                }
                if (!found.translit && translitEvidence && found.t1 - found.t0 == 1 && found.ids.length > 0
                        && minorNamesakes(found.ids)) {
                    // an Arabic name of minor places only (al-Marwah in Saudi Arabia for Maroua): the Latin readings
                    // stay in reserve for an article about another country
                    found.translitIds = translitIds(i, toks, readings, folded, text, found.prefix);
                }
                found.farReference = farReference(found, toks, readings);
                if (found.t1 - found.t0 == 1) {
                    found.prefixIds = gaz.lookupPrefix(found.key);
                }
                if (found.ids.length == 0 && found.ev != Ev.HEAD) {
                    i++;
                    continue;
                }
                if (body) {
                    found.sent = sentenceIndex(doc, found.start);
                }
                out.add(found);
                i = found.t1;
            } else {
                i++;
            }
        }
        containers(out, toks, readings, text);
        return out;
    }

    /**
     * A word that spells the Latin name of a place ({@link Gazetteer#lookupTranslit}): Maroua for مروة. Never a number
     * or ordinal word, a common word, a first name, a head, a locative or a function word, nor a bare word before a word
     * with the article (a noun in a construct, "forces of the army"). The clitic-stripped readings are tried first, but
     * the whole word first after a head. Null when none.
     */
    private Cand translitCandidate(int i, List<Token> toks, List<List<String[]>> readings, String[] folded, String text) {
        Token t = toks.get(i);
        List<String[]> rs = readings.get(i);
        if (!translitWord(i, toks, readings, folded, text)) {
            return null; // the guards on the word and all its readings: the same for every reading's prefix
        }
        boolean named = afterHead(i, readings, toks); // "the province of Kayanza": no proclitic (ka-, like) on a name
        for (int n = 0; n < rs.size(); n++) {
            String[] r = rs.get(named ? n : rs.size() - 1 - n);
            int[] ids = translitIdsOfReading(rs, r[1]);
            if (ids.length == 0) {
                continue;
            }
            Cand c = new Cand();
            c.t0 = i;
            c.t1 = i + 1;
            c.key = NameKeys.dropAl(r[0]);
            c.ids = ids;
            c.translitIds = ids;
            c.prefix = r[1];
            c.translit = true;
            c.start = t.start() + Math.max(0, Math.min(t.end() - t.start() - 1, prefixLength(t.surface(), r[1].length())));
            c.end = t.end();
            return c;
        }
        return null;
    }

    /** Fewest letters of an Arabic word read through its Latin name. */
    private static final int MIN_TRANSLIT_LETTERS = 4;

    /**
     * The places whose Latin name the reading of word i with proclitics {@code prefix} spells, or none when a guard
     * says it is no foreign name: a number or ordinal word, a word any of whose readings or stems is a frequent word of
     * the news or a common word, a word with the article, shorter than
     * {@value #MIN_TRANSLIT_LETTERS} letters, a common word, a first name, a country adjective, a head, a locative or a
     * function word, or a bare word before a word with the article (a noun in a construct, "forces of the army") that
     * no head introduces.
     */
    private int[] translitIds(int i, List<Token> toks, List<List<String[]>> readings, String[] folded, String text,
            String prefix) {
        return translitWord(i, toks, readings, folded, text) ? translitIdsOfReading(readings.get(i), prefix) : NONE;
    }

    /** The guards of {@link #translitIds} on word i itself and on all its readings, whatever the prefix. */
    private boolean translitWord(int i, List<Token> toks, List<List<String[]>> readings, String[] folded, String text) {
        Token t = toks.get(i);
        List<String[]> rs = readings.get(i);
        if (t.kind() != TokenKind.WORD || org.rasd.text.NumberWords.lookup(t) != null) {
            return false;
        }
        if (i + 1 < toks.size() && toks.get(i + 1).kind() == TokenKind.WORD
                && onlySpaces(text, t.end(), toks.get(i + 1).start()) && folded[i + 1].startsWith(AL)
                && folded[i + 1].length() > 4 && !afterHead(i, readings, toks)) {
            return false; // a construct, unless a head names the place (the city of Marka, the famous: an adjective)
        }
        for (String[] r : rs) {
            String b = NameKeys.dropAl(r[0]);
            if ((lex.classes(b) & (PlaceLexicon.TRANSLIT_STOP_WORD | PlaceLexicon.COMMON_WORD)) != 0) {
                return false; // an inflected or cliticised form of a frequent word: "his comment", "and a cave"
            }
        }
        String raw = text.substring(t.start(), t.end());
        if (raw.startsWith(WA + AL)) {
            return false; // and-the-X: the whole word is no Latin name either (والأسكا is not Wolosoko; وإليزاغ may be)
        }
        for (int k = t.start(); k < t.end(); k++) {
            char ch = text.charAt(k);
            if (ch >= '\u064B' && ch <= '\u064D') {
                return false; // tanween: an indefinite noun or adjective (معسكرًا, a camp), not a name
            }
        }
        return true;
    }

    /** {@link #translitIds} past {@link #translitWord}: the first reading with proclitics {@code prefix} decides. */
    private int[] translitIdsOfReading(List<String[]> rs, String prefix) {
        for (String[] r : rs) {
            if (!r[1].equals(prefix)) {
                continue;
            }
            String bare = NameKeys.dropAl(r[0]);
            // (bare is r[0] past the first test: one lookup of its classes stands for the seven tables)
            if (!bare.equals(r[0]) || r[0].startsWith(AL) || r[1].endsWith(AL) || bare.length() < MIN_TRANSLIT_LETTERS
                    || (lex.classes(bare) & NO_TRANSLIT) != 0
                    || org.rasd.text.NumberWords.get(bare) != null) {
                return NONE;
            }
            return gaz.lookupTranslit(bare);
        }
        return NONE;
    }

    private static final int[] NONE = new int[0];

    /** A common word, a frequent word of the news, a first name, a country adjective, a function word, head or locative. */
    private static final int NO_TRANSLIT = PlaceLexicon.COMMON_WORD | PlaceLexicon.TRANSLIT_STOP_WORD
            | PlaceLexicon.FIRST_NAME | PlaceLexicon.COUNTRY_ADJECTIVE | PlaceLexicon.FUNCTION_WORD | PlaceLexicon.HEAD
            | PlaceLexicon.LOCATIVE;
    /** A head, a locative or a function word: starts no short form and no transliterated name. */
    private static final int FUNCTION_CLASSES = PlaceLexicon.HEAD | PlaceLexicon.LOCATIVE | PlaceLexicon.FUNCTION_WORD;

    /** Whether every place of an Arabic name is minor (not notable, under 50,000 people): a namesake may hide there. */
    private boolean minorNamesakes(int[] ids) {
        for (int id : ids) {
            if (gaz.notable(id) || gaz.place(id).population() >= 50_000 || gaz.place(id).kind() == PlaceKind.COUNTRY) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code [len]} (1 ≤ len ≤ run): false when the index's filters rule out the key of {@code first} followed by
     * the bare words {@code i+1 … i+len-1} (a key of several words needs each shorter prefix to start a longer
     * name, {@link Gazetteer#mayContinue}, and the key itself to pass {@link Gazetteer#mayBeKey}). No false
     * negatives: a key the index holds is never ruled out. The hash is that of the string
     * {@code first + " " + bare[i+1] + …} that {@link NameKeys#keyOfFolded} builds, combined as
     * {@link String#hashCode()} does, so no string is built.
     */
    private boolean[] mayHold(String first, int i, int run, String[] bare, int[] bareHash, boolean[] into) {
        boolean[] out = into != null && into.length > run ? into : new boolean[Math.max(run + 1, 8)];
        java.util.Arrays.fill(out, false);
        int h = first.hashCode();
        int len = 1;
        while (true) {
            out[len] = gaz.mayBeKey(h);
            if (len == run || !gaz.mayContinue(h)) {
                return out;
            }
            h = 31 * h + ' ';
            for (int k = bare[i + len].length(); k > 0; k--) {
                h *= 31;
            }
            h += bareHash[i + len];
            len++;
        }
    }

    private record WordForm(String norm, List<String> stems) {
    }

    /**
     * What {@link #candidates} needs of a word, computed once per word form and article: its folded form, its readings (never
     * changed: shared by every occurrence), the folded form without the article and that form's hash, and whether the
     * word is <em>inert</em>: no source of a candidate can start on it, whatever the words around it. It is inert when
     * for every reading the index's filters rule out a key of one word and the start of a longer one (then
     * {@link #mayHold} is false at every length), and, unless a reading is a head, a locative or a function word (which
     * start no short form and no transliterated name), no reading is the short form of a name
     * ({@link Gazetteer#lookupPrefix}, not a common word or first name) and no reading spells a Latin name
     * ({@link #translitIdsOfReading} for each reading's proclitics: the context guards of {@link #translitWord} only
     * ever remove those). {@link #candidates} skips an inert word as it would after finding nothing, so every new
     * source of candidates there must be ruled out here too.
     */
    /** Off only in a test, to check that skipping inert words changes nothing. */
    boolean skipInertWords = true;

    private record WordInfo(String folded, List<String[]> readings, String bare, int bareHash, boolean inert) {
    }

    private WordInfo wordInfo(Token t) {
        String folded = NameKeys.fold(t.norm());
        List<String[]> rs = new ArrayList<>();
        if (!folded.isEmpty()) {
            rs.addAll(NameKeys.readings(folded));
            for (String s : t.stems()) {
                String f = NameKeys.fold(s);
                if (f.length() >= 2 && noReading(rs, f)) {
                    String pre = folded.endsWith(f) ? folded.substring(0, folded.length() - f.length()) : "";
                    rs.add(new String[] {f, pre});
                }
            }
            // «أعدادا كبيرة» (large numbers) is no «بيرة»: a name after «ka-» (like, as) is compared to, not a place
            rs.removeIf(r -> r[1].contains(lex.comparativeProclitic));
        }
        String bare = NameKeys.dropAl(folded);
        return new WordInfo(folded, rs, bare, bare.hashCode(), inert(rs));
    }

    /** {@link WordInfo#inert}, from a word's readings. */
    private boolean inert(List<String[]> rs) {
        boolean functionWord = false;
        for (String[] r : rs) {
            int h = NameKeys.dropAl(r[0]).hashCode();
            if (gaz.mayBeKey(h) || gaz.mayContinue(h)) {
                return false;
            }
            if ((lex.classes(r[0]) & FUNCTION_CLASSES) != 0) {
                functionWord = true;
            }
        }
        if (functionWord) {
            return true;
        }
        for (String[] r : rs) {
            String b = NameKeys.dropAl(r[0]);
            if (gaz.lookupPrefix(b).length > 0 && !lex.isCommonWord(b) && !lex.isFirstName(b)) {
                return false;
            }
            if (translitIdsOfReading(rs, r[1]).length > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean noReading(List<String[]> rs, String form) {
        for (String[] r : rs) {
            if (r[0].equals(form)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the candidate and the words after it spell a phrase of idioms.tsv. */
    private boolean idiom(Cand c, String[] folded, List<Token> toks, String text) {
        List<String> name = java.util.Arrays.asList(c.key.split(" "));
        for (List<String> phrase : lex.idioms) {
            // the name at any place in the phrase but the end: «مسقط رأس» (Muscat first), «من ناحية ثانية» (the
            // head before it: "on the other hand", no subdistrict Ath Thaniyah)
            for (int o = 0; o + name.size() <= phrase.size(); o++) {
                if (phrase.size() == name.size() || !phrase.subList(o, o + name.size()).equals(name)) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < phrase.size() && all; k++) {
                    if (k >= o && k < o + name.size()) {
                        continue;
                    }
                    int t = c.t0 - o + k;
                    int prev = k < o ? t + 1 : t - 1; // the neighbour towards the name
                    all = t >= 0 && t < toks.size() && toks.get(t).kind() == TokenKind.WORD
                            && onlySpaces(text, toks.get(Math.min(t, prev)).end(), toks.get(Math.max(t, prev)).start())
                            && NameKeys.dropAl(folded[t]).equals(phrase.get(k));
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Index in doc.sentences() of the sentence containing {@code offset}, -1 when none (a binary search). */
    private static int sentenceIndex(Document doc, int offset) {
        List<org.rasd.text.Sentence> ss = doc.sentences();
        int lo = 0;
        int hi = ss.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            org.rasd.text.Sentence s = ss.get(mid);
            if (s.end() <= offset) {
                lo = mid + 1;
            } else if (s.start() > offset) {
                hi = mid - 1;
            } else {
                return s.contains(offset) ? mid : -1;
            }
        }
        return -1;
    }

    /** Whether token i directly follows a head word (city, town; not "the city", "for the area" with the article). */
    private boolean afterHead(int i, List<List<String[]>> readings, List<Token> toks) {
        return afterHead(i, readings, toks, true);
    }

    /** {@link #afterHead(int, List, List)}, a plural head ("Alawite towns": an adjective may follow) only when {@code list}. */
    private boolean afterHead(int i, List<List<String[]>> readings, List<Token> toks, boolean list) {
        if (i == 0 || toks.get(i - 1).kind() != TokenKind.WORD) {
            return false;
        }
        for (String[] r : readings.get(i - 1)) {
            PlaceLexicon.Head h = lex.head(r[0]);
            if (h != null && h.kind() != PlaceKind.FEATURE && (list || !h.list()) && !r[1].contains(AL) && !r[1].endsWith(LIL)
                    && (!r[0].startsWith(AL) || h.word().startsWith(AL))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word i ends the name a head before it introduces: punctuation or the end of the text, a head, a locative
     * or a particle comes next ("the city of Ma'bar in the governorate of Dhamar", "the district of Ba'aj (west of
     * Mosul)"), not a word that may go on with the name or describe it ("the area of the military base", "Alawite
     * towns", "Qarn al-Sabihiya").
     */
    private boolean endsName(int i, List<List<String[]>> readings, List<Token> toks, String text) {
        if (i + 1 >= toks.size() || toks.get(i + 1).kind() != TokenKind.WORD
                || !onlySpaces(text, toks.get(i).end(), toks.get(i + 1).start())) {
            return true;
        }
        for (String[] r : readings.get(i + 1)) {
            if ((lex.classes(r[0]) & FUNCTION_CLASSES) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a short word is a whole name rather than the first word of a longer one (Ben Gardane): it ends the
     * text or a phrase, or an adjective with the article, a locative or a conjunction follows ("the Iranian city of
     * Qom").
     */
    private boolean standsAlone(int i, List<List<String[]>> readings, String[] folded, List<Token> toks, String text) {
        if (lex.isFunctionWord(folded[i]) || folded[i].equals(AL)) {
            return false;
        }
        if (i + 1 >= toks.size() || toks.get(i + 1).kind() != TokenKind.WORD
                || !onlySpaces(text, toks.get(i).end(), toks.get(i + 1).start())) {
            return true;
        }
        for (String[] r : readings.get(i + 1)) {
            if (startsWithConjunction(r[1]) || lex.locative(r[0]) != null) {
                return true;
            }
        }
        return folded[i + 1].startsWith(AL);
    }

    /**
     * "X (300 km south of Y)", "at a distance of 80 kilometres north of Y": a number and a distance unit (distance-units.tsv) before the
     * name, with directions and prepositions between; a unit may be two words («150 كيلو مترا»). Y is then only the point the distance is measured from; at
     * {@value #FAR_KM} km or more it is not where anything happened.
     */
    private static final double FAR_KM = 25;

    private boolean farReference(Cand c, List<Token> toks, List<List<String[]>> readings) {
        int j = c.t0 - 1;
        for (int steps = 0; j >= 1 && steps < 4; steps++, j--) {
            Token t = toks.get(j);
            if (t.kind() != TokenKind.WORD) {
                return false;
            }
            Double km = null;
            boolean locative = false;
            int number = j - 1; // the token that must hold the distance
            for (String[] r : readings.get(j)) {
                // a two-word unit ending here («كيلو مترا», «كيلو متر»): the number comes before its first word
                for (int p = 0; km == null && j >= 2 && toks.get(j - 1).kind() == TokenKind.WORD
                        && p < readings.get(j - 1).size(); p++) {
                    km = lex.distanceUnit(readings.get(j - 1).get(p)[0] + " " + r[0]);
                    if (km != null) {
                        number = j - 2;
                    }
                }
                if (km == null) {
                    km = lex.distanceUnit(r[0]);
                }
                if (lex.isDistanceHedge(r[0])) {
                    locative = true; // "700 kilometres approximately south of Y"
                }
                PlaceLexicon.Locative l = lex.locative(r[0]);
                if (l != null && (l.type().equals("DIR") || l.type().equals("PREP"))) {
                    locative = true;
                }
                if (j == c.t0 - 1 && lex.head(r[0]) != null) {
                    locative = true; // the name's own head: «جنوب غرب العاصمة الجزائر»
                }
            }
            if (km != null && km > 0) {
                Token n = toks.get(number);
                if (n.kind() != TokenKind.NUMBER) {
                    return false;
                }
                String digits = n.norm().replaceAll("[^0-9]", "");
                if (digits.isEmpty() || digits.length() > 6) {
                    return false;
                }
                return Long.parseLong(digits) * km >= FAR_KM;
            }
            if (!locative) {
                return false;
            }
        }
        return false;
    }

    /** Original-character length of the first {@code foldedLen} letters of a surface (diacritics skipped). */
    /**
     * Whether head word {@code head}, a generic first word of names (mountain, valley), and the words after it (the
     * whole name's {@code key}) are the name of a feature (Jabal al-Turkman, the mountain region, not the head before
     * the village al-Turkman).
     */
    private boolean namedFeature(String head, String key) {
        if (!lex.genericFirstWords.contains(head)) {
            return false; // an airport, a governorate: the head before the town it is named after
        }
        for (int id : gaz.lookupKey(key)) {
            if (gaz.place(id).kind() == PlaceKind.FEATURE) {
                return true;
            }
        }
        return false;
    }

    private static int prefixLength(String surface, int foldedLen) {
        int seen = 0;
        int i = 0;
        while (i < surface.length() && seen < foldedLen) {
            char c = surface.charAt(i);
            if (org.rasd.text.ArabicNormalizer.map(c) != 0) {
                seen++;
            }
            i++;
        }
        return i;
    }

    private static boolean onlySpaces(String text, int a, int b) {
        if (b - a > 3) {
            return false;
        }
        for (int k = a; k < b; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00A0' && c != '\u200F' && c != '\u200E') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithConjunction(String prefix) {
        return !prefix.isEmpty() && Affixes.isConjunction(prefix.charAt(0));
    }

    private void evidence(Cand c, List<Token> toks, List<List<String[]>> readings, String[] folded, List<Cand> prev) {
        if (c.prefix.contains(lex.locativeProclitic)) {
            c.ev = Ev.LOC;
            c.listHead = true;
        }
        // look back up to 3 tokens: head, locatives (bi-l-qurb min, shamal sharq …), fillers
        int j = c.t0 - 1;
        int steps = 0;
        boolean sawHead = false;
        boolean sawLocative = false;
        while (j >= 0 && steps < 4) {
            Token t = toks.get(j);
            if (t.kind() != TokenKind.WORD) {
                break;
            }
            PlaceLexicon.Head h = null;
            PlaceLexicon.Locative l = null;
            for (String[] r : readings.get(j)) {
                // "the city", "the south" with the article are nouns, not a head or a locative before a name; only
                // listed forms that carry the article themselves ("the capital") count
                if (r[1].endsWith(AL) || r[0].startsWith(AL) && lex.head(r[0]) == null && lex.locative(r[0]) == null) {
                    continue;
                }
                if (h == null) {
                    h = lex.head(r[0]);
                }
                if (l == null) {
                    l = lex.locative(r[0]);
                }
            }
            if (h != null && j > 0 && folded[j - 1].equals(lex.meansOf) && h.kind() == PlaceKind.FEATURE) {
                h = null; // "an tariq": "by means of", not a road
                break;
            }
            if (h != null && !sawHead && sawLocative) {
                break; // "towns near the border": the head names what lies near the place, not the place
            }
            if (h != null && !sawHead) {
                sawHead = true;
                c.placeWord = true;
                c.head = h;
                c.headDefinite = h.word().startsWith(AL);
                c.afterPluralHead = h.list() && j == c.t0 - 1;
                c.ev = Ev.HEAD;
                c.listHead = true;
                if (h.rural()) {
                    c.rural = true;
                }
            } else if (l != null) {
                sawLocative = true;
                for (String[] r : readings.get(j)) {
                    if (l.equals(lex.locative(r[0])) && lex.translitLocative(l, r[0])) {
                        c.placeWord = true;
                    }
                }
                if (c.ev.ordinal() < Ev.LOC.ordinal()) {
                    c.ev = Ev.LOC;
                }
                c.listHead = true;
                if (l.type().equals("DIR") || l.type().equals("NEAR")) {
                    c.locPrecision = Math.max(c.locPrecision, l.precision());
                }
            } else if (folded[j].equals(lex.nearWord)) {
                sawLocative = true;
            } else if (!lex.listFillers.contains(folded[j])) {
                break;
            }
            j--;
            steps++;
        }
        // list inheritance: "the towns of Saida, al-Tayba, al-Jiza", "Kahil and al-Sahwa and al-Musayfira"; a common
        // word inherits only from a plural head by "and" ("the cities of Habbaniyah and Haditha"): "the city of Aden,
        // the largest (kubra) of the cities", "the city of Suruc and the attacks (al-hajamat)", "al-Fu'ah and
        // Kafriya, yesterday morning (sabah)" are no list of places
        if (c.ev.ordinal() < Ev.HEAD.ordinal() && !prev.isEmpty()) {
            Cand p = prev.get(prev.size() - 1);
            boolean joined = startsWithConjunction(c.prefix);
            int gapTokens = 0;
            if (lex.isCommonWord(c.key) && !(joined && c.t0 == p.t1 && p.head != null && p.head.list())) {
                return;
            }
            boolean onlySeps = true;
            for (int k = p.t1; k < c.t0; k++) {
                int close = closingParenthesis(toks, k, c.t0);
                if (close > k) {
                    k = close; // "the cities of Tangier (north) and Bouznika (west)": a remark between two items
                    continue;
                }
                String s = toks.get(k).kind() == TokenKind.WORD ? folded[k] : toks.get(k).surface();
                if (!lex.listSeparators.contains(s)) {
                    onlySeps = false;
                }
                gapTokens++;
            }
            if (onlySeps && gapTokens <= 2 && (gapTokens > 0 || joined) && p.listHead && p.ev.ordinal() >= c.ev.ordinal()) {
                c.ev = p.ev;
                c.placeWord |= p.placeWord;
                c.listHead = true;
                if (p.head != null && c.head == null) {
                    c.head = p.head;
                    c.headInherited = true;
                    c.headDefinite = p.headDefinite;
                    c.rural = p.rural;
                }
                c.locPrecision = Math.max(c.locPrecision, p.locPrecision);
            }
        }
    }

    /** Parenthetical remarks between two items of a list hold at most this many tokens. */
    private static final int MAX_REMARK = 4;

    /**
     * The index of the ")" closing a "(" at token {@code k}, before {@code limit} and at most {@value #MAX_REMARK}
     * tokens in; -1 when token k opens no such remark.
     */
    private static int closingParenthesis(List<Token> toks, int k, int limit) {
        if (toks.get(k).kind() == TokenKind.WORD || !toks.get(k).surface().equals("(")) {
            return -1;
        }
        for (int m = k + 1; m < limit && m <= k + MAX_REMARK + 1; m++) {
            if (toks.get(m).surface().equals(")")) {
                return m;
            }
            if (toks.get(m).surface().equals("(")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A mention followed closely by another, linked by a locative ("in the countryside of Daraa", "north of Daraa",
     * "belonging to the governorate of") or a head with a preposition ("in Idlib governorate"): the second contains
     * the first. A conjunction ("and the city of")
     * means a list, not containment.
     */
    private void containers(List<Cand> cs, List<Token> toks, List<List<String[]>> readings, String text) {
        for (int a = 0; a + 1 < cs.size(); a++) {
            Cand c = cs.get(a);
            Cand d = cs.get(a + 1);
            int gap = d.t0 - c.t1;
            if (gap > 4) {
                continue;
            }
            boolean linked = gap == 0 && d.prefix.contains(lex.locativeProclitic) && !d.prefix.startsWith(WA);
            if (gap == 0 && !linked && d.t1 - d.t0 >= 2 && d.prefix.isEmpty() && directionWord(readings.get(d.t0))) {
                // «مخيم عين الحلوة جنوب لبنان»: a region named by a direction right after a name is where it lies
                c.container = d;
                continue;
            }
            boolean direction = false;
            boolean ok = true;
            for (int k = c.t1; k < d.t0; k++) {
                Token t = toks.get(k);
                if (t.kind() != TokenKind.WORD) {
                    ok = false;
                    break;
                }
                boolean known = false;
                for (String[] r : readings.get(k)) {
                    if (startsWithConjunction(r[1])) {
                        continue; // "and the city of": a list
                    }
                    PlaceLexicon.Locative l = lex.locative(r[0]);
                    if (l != null) {
                        known = true;
                        linked = true;
                        if (l.type().equals("DIR") || l.type().equals("NEAR")) {
                            direction = true;
                        }
                    } else if (lex.head(r[0]) != null) {
                        known = true;
                        if (r[1].contains(lex.locativeProclitic) || r[1].contains(lex.toProclitic) || k > c.t1) {
                            linked = true;
                        }
                    }
                }
                if (!known) {
                    ok = false;
                    break;
                }
            }
            if (ok && linked && direction) {
                c.nearTo = d;
            } else if (ok && linked) {
                c.container = d;
            }
        }
    }

    /** Whether a word (its readings) is a direction locative with no proclitic («جنوب», «شمالي»). */
    private boolean directionWord(List<String[]> rs) {
        for (String[] r : rs) {
            PlaceLexicon.Locative l = lex.locative(r[0]);
            if (r[1].isEmpty() && l != null && l.type().equals("DIR")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- resolution

    private void resolve(Cand c, Anchors anchors, String focus) {
        List<Integer> ids = new ArrayList<>();
        for (int id : c.ids) {
            ids.add(id);
        }
        if (c.translitIds.length > 0) {
            // a transliterated name is read only in the article's focus country (from the other, Arabic-named places)
            // or the country the text puts it in ("in Maroua, north of Cameroon"), and a word with Arabic readings only
            // when none of them is in that country
            String country = focus;
            Cand ref = c.container != null ? c.container : c.nearTo;
            if (ref != null && ref.best >= 0 && !ref.translit && ref.accepted) {
                country = gaz.place(ref.best).country();
            }
            List<Integer> inFocus = country == null ? new ArrayList<>() : readable(c, country);
            String nearby = inFocus.isEmpty() && ref == null ? nearbyCountry(c, anchors, readable(c, null), country) : null;
            if (nearby != null) {
                // or the country the same or the two sentences before name (a story of another country in a digest)
                country = nearby;
                inFocus = readable(c, country);
            }
            boolean arabicInFocus = false;
            for (int id : c.ids) {
                arabicInFocus |= c.ids != c.translitIds && country != null && gaz.place(id).country().equals(country);
            }
            for (int id : c.ev == Ev.HEAD ? c.prefixIds : NONE) {
                // after a head, the short form of a longer Arabic name there (Baraki for Baraki Barak), no Latin namesake
                arabicInFocus |= country != null && gaz.place(id).country().equals(country);
            }
            focus = country;
            c.translitFocus = inFocus.isEmpty() || arabicInFocus ? null : focus;
            c.translit = c.ids == c.translitIds || c.translitFocus != null;
            if (c.translitFocus != null) {
                ids = inFocus;
            }
        }
        java.util.Set<Integer> shortForms = new java.util.HashSet<>();
        if (c.ev == Ev.HEAD) {
            for (int id : c.prefixIds) {
                if (!ids.contains(id)) {
                    ids.add(id);
                    shortForms.add(id);
                }
            }
        }
        // spread: are the candidates far apart?
        Place f = gaz.place(ids.get(0));
        c.spread = false;
        for (int id : ids) {
            if (gaz.place(id).distanceKm(f) > 60) {
                c.spread = true;
                break;
            }
        }
        Map<Integer, Double> score = new HashMap<>();
        for (int id : ids) {
            score.put(id, score(c, id, anchors, focus) - (shortForms.contains(id) ? 3 : 0));
        }
        ids.sort(Comparator.comparingDouble((Integer id) -> -score.get(id)));
        c.ranked = ids;
        c.scores = score;
        anchors.moved(c, ids.get(0));
        c.bestScore = score.get(c.best);
        if (DEBUG) {
            for (int k = 0; k < Math.min(4, ids.size()); k++) {
                Place q = gaz.place(ids.get(k));
                System.err.printf("  %s #%d %s %s %s %s pop=%d score=%.2f%n", c.key, k, q.id(), q.name(), q.country(), q.kind(),
                        q.population(), score.get(ids.get(k)));
            }
        }
        c.secondScore = ids.size() > 1 ? score.get(ids.get(1)) : Double.NEGATIVE_INFINITY;
    }

    /**
     * The transliterated readings of c in a country (any when null). After the head of a province, no town but a city
     * (a provincial capital: the province of Kayanza). Without a head ("the district of", "the town of") a province or
     * district is not read through its Latin name (Giade, Hinna for غداة, حانة), nor a town of a short skeleton (two
     * consonants) but a city (Maroua, مروة).
     */
    private List<Integer> readable(Cand c, String country) {
        List<Integer> out = new ArrayList<>();
        boolean shortName = false;
        if (c.ev != Ev.HEAD) {
            String skeleton = Transliteration.skeleton(Transliteration.arabicPattern(c.key));
            shortName = skeleton != null && skeleton.length() < SHORT_SKELETON;
        }
        boolean province = c.ev == Ev.HEAD && c.head != null && c.head.kind() == PlaceKind.ADMIN1;
        for (int id : c.translitIds) {
            Place p = gaz.place(id);
            if (province && p.kind().isSettlement() && p.kind() != PlaceKind.CITY) {
                continue; // "the state of Bihar" is no small town Baihar; a province may be named after its capital
            }
            if ((country == null || p.country().equals(country)) && (c.ev == Ev.HEAD || !p.kind().isAdmin()
                    && !(shortName && !gaz.notable(id) && p.population() < SHORT_NAME_POPULATION))) {
                out.add(id);
            }
        }
        return out;
    }

    /** Consonants of a transliterated name below which it needs a head, a preposition not being enough. */
    private static final int SHORT_SKELETON = 3;
    /** People of a city a transliterated name of a short skeleton may be read as after a preposition alone. */
    private static final long SHORT_NAME_POPULATION = 100_000;

    /** Sentences before a transliterated name whose places may give its country, besides its own. */
    private static final int NEARBY_SENTENCES = 2;

    /**
     * Of the countries of {@code ids}, the one the nearest sentence names most (its anchors: a country, or a place in
     * it), looking back from the mention's own sentence over the {@value #NEARBY_SENTENCES} before it: "in Burundi ...
     * clashes in the province of Kayanza". Null when none, or when that sentence names the focus country as often (a
     * Syrian story that names Turkey in passing, then Aleppo).
     */
    private String nearbyCountry(Cand c, Anchors anchors, List<Integer> ids, String focus) {
        if (c.sent < 0 || ids.isEmpty()) {
            return null;
        }
        java.util.Set<String> of = new java.util.HashSet<>();
        for (int id : ids) {
            of.add(gaz.place(id).country());
        }
        for (int s = c.sent; s >= Math.max(0, c.sent - NEARBY_SENTENCES); s--) {
            Map<String, Integer> n = new HashMap<>();
            for (Group g : anchors.groups()) {
                String cc = g.place.country();
                int k = g.perSentence.getOrDefault(s, 0);
                if (k > 0 && (of.contains(cc) || cc.equals(focus))) {
                    n.merge(cc, k, Integer::sum);
                }
            }
            if (n.isEmpty()) {
                continue;
            }
            String best = n.entrySet().stream().filter(e -> of.contains(e.getKey())).max(Map.Entry.<String, Integer>
                    comparingByValue().thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
            return best == null || focus != null && n.getOrDefault(focus, 0) >= n.get(best) ? null : best;
        }
        return null;
    }

    /**
     * One reading per name and article: the accepted and locative mentions of a name that nothing ties to a reading
     * of their own (no container, no "near", no head) are one place, the accepted reading with the highest score
     * summed over them.
     * Without this, the other places of one sentence can pull a repeated city (Taizz) to a small namesake village
     * in one sentence and leave it the city in the next.
     */
    private void oneReadingPerName(List<Cand> titleCands, List<Cand> cands) {
        Map<String, List<Cand>> byKey = new HashMap<>();
        for (List<Cand> cs : List.of(titleCands, cands)) {
            for (Cand c : cs) {
                if ((c.accepted || c.ev == Ev.LOC) && !c.dateline && c.container == null && c.nearTo == null
                        && c.head == null && !c.farReference && !c.scores.isEmpty() && !lex.isCountryAdjective(c.key)) {
                    byKey.computeIfAbsent(c.key, k -> new ArrayList<>()).add(c);
                }
            }
        }
        for (List<Cand> group : byKey.values()) {
            java.util.Set<Integer> acceptedReadings = new java.util.HashSet<>();
            for (Cand c : group) {
                if (c.accepted) {
                    acceptedReadings.add(c.best);
                }
            }
            if (group.size() < 2 || acceptedReadings.isEmpty()
                    || group.stream().allMatch(c -> c.accepted && c.best == group.get(0).best)) {
                continue;
            }
            java.util.Set<Integer> ids = new java.util.TreeSet<>();
            for (Cand c : group) {
                ids.addAll(c.scores.keySet());
            }
            Map<Integer, Double> total = new HashMap<>();
            for (Cand c : group) {
                double floor = c.scores.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
                for (int id : ids) {
                    total.merge(id, c.scores.getOrDefault(id, floor), Double::sum);
                }
            }
            // the place must be one a mention of the name was accepted as; a bare name is the town rather than the
            // province of the same name, whose centre the article's other places pull on more than on the town
            if (acceptedReadings.stream().anyMatch(id -> gaz.place(id).kind().isSettlement())) {
                acceptedReadings.removeIf(id -> gaz.place(id).kind().isAdmin());
            }
            total.keySet().retainAll(acceptedReadings);
            int best = total.entrySet().stream().max(Map.Entry.<Integer, Double>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            for (Cand c : group) {
                if ((c.best != best || !c.accepted) && c.scores.containsKey(best)) {
                    c.best = best;
                    c.bestScore = c.scores.get(best);
                    c.accepted = true; // a locative mention of a name the article places elsewhere is that place
                }
            }
        }
    }

    /** How far from a town's centre a street or quarter of it may lie (km). */
    private static final double QUARTER_KM = 20;

    /**
     * A street or quarter («شارع الأربعين», «حي الجولان»: a head of kind NEIGHBOURHOOD) that nothing else places lies
     * in the one town (or province) its sentence names, before it: «مدينة تعز ... في شارع الأربعين» is a street of Taizz,
     * not the village Al Arbain in Marib that the focus country alone chose. The reading in that town wins; without
     * one, the mention is placed at the town (the street itself is missing from the gazetteer).
     */
    private void quarterOfNamedTown(List<Cand> cands) {
        for (Cand c : cands) {
            if (!c.accepted || c.head == null || c.head.kind() != PlaceKind.NEIGHBOURHOOD || c.container != null
                    || c.nearTo != null || c.dateline || c.translit || c.sent < 0
                    || gaz.notable(c.best) || gaz.place(c.best).population() >= SOLID_TOWN) {
                continue; // a city after a plural head («آخر أحياء عدن», the last quarters of Aden) is no quarter
            }
            // the towns and provinces its sentence names (before or after it); a reading in one of them stands, and
            // only a sentence about one town moves the mention there ("backed by the government in Riyadh, took the
            // Tawahi quarter of Aden" names two)
            Cand town = null;
            java.util.Set<String> towns = new java.util.HashSet<>(); // by name: a province and its capital are one
            boolean inOne = false;
            for (Cand d : cands) {
                if (d != c && d.accepted && !d.dateline && !d.farReference && d.sent == c.sent && d.best >= 0
                        && !d.key.equals(c.key) && !(d.head != null && d.head.kind() == PlaceKind.NEIGHBOURHOOD
                        && !gaz.notable(d.best) && gaz.place(d.best).population() < SOLID_TOWN)) {
                    // another quarter («حي الروضة وحي المسبح») is no town, whatever its reading
                    Place q = gaz.place(d.best);
                    if (q.kind() == PlaceKind.CITY || q.kind() == PlaceKind.TOWN || q.kind() == PlaceKind.ADMIN1) {
                        towns.add(d.key);
                        inOne |= within(gaz.place(c.best), q);
                        if (d.start < c.start) {
                            town = d;
                        }
                    }
                }
            }
            if (town == null || inOne || towns.size() != 1) {
                continue;
            }
            Place t = gaz.place(town.best);
            int in = -1;
            for (int id : c.ranked) {
                if (within(gaz.place(id), t)) {
                    in = id;
                    break;
                }
            }
            if (in >= 0) {
                c.best = in;
                c.bestScore = c.scores.getOrDefault(in, c.bestScore);
            } else {
                c.cityOf = town;
            }
        }
    }

    /** How far a mountain, airport or area may lie from the town that governs it in the text (km). */
    private static final double LOCAL_KM = 45;
    /** How many tokens may separate a headed name from a town after it that claims it («حي النشوة جنوبي مدينة الحسكة»). */
    private static final int CLAIM_TOKENS = 4;
    /** The population from which a town not notable may govern a quarter or mountain named near it. */
    private static final int SOLID_TOWN = 5000;
    /** How many tokens may separate a headed name from the town named before or after it that governs it. */
    private static final int GOVERN_TOKENS = 20;
    /** How far a reading may lie from the town the text puts it near («حي صبر شمال عدن») and stand (km). */
    private static final double NEAR_KM = 100;
    /** How far from its governing town a reading with none closer must lie to be taken for a stray namesake (km). */
    private static final double FALLBACK_KM = 100;
    /** Nearer than FALLBACK_KM, a reading is a stray from this distance when no district bears the name (km). */
    private static final double FALLBACK_NO_DISTRICT_KM = 60;

    /**
     * A stray namesake (issue 10): a name after a head of a part of a town or province (quarter, street, mountain,
     * airport, area, district, villages) read as a small place in another province or country than the town or province
     * that governs it in the text. The governing town is, in its sentence, the one named right after it («حي X جنوبي
     * مدينة Y», «مطار X بريف Y»), else the nearest named before it, else the first named after it; in a sentence
     * naming no other place, the last town of the sentence before («مصادر في تعز ... . إلى ذلك، ... بالقرب من جبل
     * الجرة»). A reading of the name that agrees with it (same province, or close) wins; without one, the mention is
     * placed at the town with a coarser precision (ACLED codes the nearest known place rather than a wrong village).
     * A reading that agrees with any town the sentence names stands; notable places, provinces and countries stand.
     */
    private void strayNamesakes(Document doc, List<Cand> cands) {
        for (Cand c : cands) {
            if (!c.accepted || c.ev != Ev.HEAD || c.head == null || c.head.kind() == null || c.container != null
                    || c.cityOf != null || c.dateline || c.translit || c.farReference || c.sent < 0 || c.best < 0) {
                continue;
            }
            PlaceKind hk = c.head.kind();
            if (hk != PlaceKind.NEIGHBOURHOOD && hk != PlaceKind.FEATURE && hk != PlaceKind.ADMIN2
                    && hk != PlaceKind.ADMIN3 && hk != PlaceKind.VILLAGE) {
                continue;
            }
            Place p = gaz.place(c.best);
            boolean known = false; // a name with a notable reading (Aden, Ibb) is that place's, never a stray
            for (int id : c.ranked) {
                known |= gaz.notable(id) || gaz.place(id).kind() == PlaceKind.ADMIN1
                        || gaz.place(id).kind() == PlaceKind.COUNTRY;
            }
            if (known || c.nearTo != null && c.nearTo.best >= 0
                    && p.distanceKm(gaz.place(c.nearTo.best)) <= NEAR_KM) {
                continue; // «حي صبر شمال عدن»: a reading near the town it is told to be near stands
            }
            Cand g = governingTown(doc, c, cands);
            if (g == null) {
                continue;
            }
            Place t = gaz.place(g.best);
            if (!t.country().equals(p.country()) && !namedElsewhere(cands, t.country(), c, g)) {
                continue; // a place abroad governs only in a country the article names otherwise («في البحر الأحمر»)
            }
            int agreeing = -1;
            for (int id : c.ranked) {
                if (agrees(gaz.place(id), t, hk)) {
                    agreeing = id;
                    break;
                }
            }
            if (DEBUG) {
                System.err.printf("STRAY %s %s %s -> governed by %s %s (%s) | %s%n", c.key, p.name(), p.admin1(),
                        t.name(), t.admin1(), agreeing >= 0 ? gaz.place(agreeing).name() : "fallback",
                        doc.text().substring(Math.max(0, g.start - 150), Math.min(doc.text().length(),
                                Math.max(g.end, c.end) + 60)).replace('\n', ' '));
            }
            if (agreeing >= 0) {
                c.best = agreeing;
                c.bestScore = c.scores.getOrDefault(agreeing, c.bestScore);
            } else if (!formalDistrict(c) && (!p.country().equals(t.country()) || t.kind() == PlaceKind.ADMIN1
                    || p.distanceKm(t) > FALLBACK_KM
                    || hk == PlaceKind.NEIGHBOURHOOD && t.kind() != PlaceKind.ADMIN1 && p.distanceKm(t) > QUARTER_KM * 2
                    || p.distanceKm(t) > FALLBACK_NO_DISTRICT_KM && c.ranked.stream().noneMatch(
                            id -> gaz.place(id).kind() == PlaceKind.ADMIN2))) {
                // a district (قضاء، مديرية، ناحية) is a unit of its own; a reading in the next province may be right
                // («جبهة ردفان», a district of Lahij 85 km from Aden): only a far one, or a nearer one no district
                // bears the name of (Jabal al-Jarrah of Taizz is no village of Hudaydah 70 km away), is a stray; a
                // province's centre says nothing of distance: a reading outside the province is one
                c.localOf = g;
                c.localClaimed = g.sent != c.sent || g.start < c.start || g.t0 - c.t1 <= CLAIM_TOKENS;
            }
        }
    }

    /** Whether the article places a mention other than {@code c} and {@code g} (by name) in {@code country}. */
    private boolean namedElsewhere(List<Cand> cands, String country, Cand c, Cand g) {
        for (Cand d : cands) {
            if (d.accepted && !d.dateline && d.best >= 0 && !d.key.equals(c.key) && !d.key.equals(g.key)
                    && gaz.place(d.best).country().equals(country)) {
                return true;
            }
        }
        return false;
    }

    /** A formal district head (قضاء، مديرية، ناحية: an ADMIN2/ADMIN3 head of a precision), not «منطقة» (area). */
    private static boolean formalDistrict(Cand c) {
        return (c.head.kind() == PlaceKind.ADMIN2 || c.head.kind() == PlaceKind.ADMIN3) && c.head.precision() > 0;
    }

    /** The town or province governing a headed name (see strayNamesakes), or null when its reading agrees with one. */
    private Cand governingTown(Document doc, Cand c, List<Cand> cands) {
        Place p = gaz.place(c.best);
        PlaceKind hk = c.head.kind();
        Cand before = null;
        Cand after = null;
        boolean others = false;
        for (Cand d : cands) {
            if (d == c || d.sent != c.sent || d.dateline || d.key.equals(c.key)) {
                continue;
            }
            // a small place under the same head is a sibling; a city is not («حي التواهي آخر أحياء عدن»)
            boolean sibling = d.head != null && d.head.word().equals(c.head.word()) && d.best >= 0
                    && !gaz.notable(d.best) && gaz.place(d.best).population() < SOLID_TOWN;
            others |= d.accepted && !sibling; // «حي الروضة وحي المسبح»: a list of quarters names no other place
            if (d.accepted && d.best >= 0 && !sibling && agrees(p, gaz.place(d.best), hk)) {
                return null; // the reading lies in or near a place the sentence names
            }
            if (!townish(d, c)) {
                continue;
            }
            if (d.start < c.start) {
                before = d;
            } else if (after == null) {
                after = d;
            }
        }
        if (after != null && after.t0 - c.t1 <= CLAIM_TOKENS) {
            return after;
        }
        if (before != null && c.t0 - before.t1 > GOVERN_TOKENS) {
            before = null; // a town named long before in a long sentence governs nothing
        }
        if (after != null && after.t0 - c.t1 > GOVERN_TOKENS) {
            after = null;
        }
        if (before != null) {
            return before;
        }
        if (after != null) {
            // a district or area is a region of its own: a town named later in its sentence is often where its
            // people went («بمديرية المخادر ... متوجهتين إلى محافظة تعز»)
            return hk == PlaceKind.ADMIN2 || hk == PlaceKind.ADMIN3 ? null : after;
        }
        if (others || c.sent == 0 || hk == PlaceKind.ADMIN2 || hk == PlaceKind.ADMIN3) {
            return null; // a district or area is a region of its own: only its sentence's towns govern it
        }
        // a sentence naming no other place continues the one before it
        Cand last = null;
        for (Cand d : cands) {
            if (d.sent == c.sent - 1 && !d.dateline && !d.key.equals(c.key) && townish(d, c)) {
                if (agrees(p, gaz.place(d.best), hk)) {
                    return null;
                }
                // «في قضاء شامدينلي، بولاية هكاري»: the province after a town of it adds nothing
                if (last == null || !(gaz.place(d.best).kind() == PlaceKind.ADMIN1
                        && inside(gaz.place(last.best), gaz.place(d.best)))) {
                    last = d;
                }
            }
        }
        return last;
    }

    /** A named town, district or province: what governs a quarter or mountain named near it. */
    private boolean townish(Cand d, Cand c) {
        if (d.head != null && c.head != null && d.head.word().equals(c.head.word())) {
            return false; // another name under the same head («منطقتي الجفينة وتبة الدفاع»): a sibling
        }
        if (!d.accepted || d.farReference || d.best < 0 || d.localOf != null || d.cityOf != null) {
            return false;
        }
        if (d.head != null && !d.head.rural() && d.head.kind() != PlaceKind.CITY && d.head.kind() != PlaceKind.TOWN
                && d.head.kind() != PlaceKind.ADMIN1 && !(d.head.kind() == PlaceKind.ADMIN2 && d.head.precision() > 0)) {
            return false; // a quarter, mountain, area or village is governed, not governing; a district (قضاء) governs
        }
        Place q = gaz.place(d.best);
        if (!gaz.notable(d.best) && q.kind() != PlaceKind.ADMIN1 && q.population() < SOLID_TOWN) {
            return false; // a small town may itself be a namesake: it governs nothing
        }
        PlaceKind k = q.kind();
        return k == PlaceKind.CITY || k == PlaceKind.TOWN || k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2;
    }

    /** Whether a reading can be a part (of kind hk) of town t: in its province and, for a quarter, within the town. */
    private static boolean agrees(Place p, Place t, PlaceKind hk) {
        if (!p.country().equals(t.country())) {
            return false;
        }
        if (hk == PlaceKind.NEIGHBOURHOOD && t.kind() != PlaceKind.ADMIN1) {
            return p.distanceKm(t) <= QUARTER_KM; // «حي اليرموك غربي بعقوبة» is no village 40 km off
        }
        if (t.kind() == PlaceKind.ADMIN1) {
            return p.admin1() != null ? p.admin1().equals(t.name()) : p.distanceKm(t) <= 150;
        }
        return p.distanceKm(t) <= LOCAL_KM || p.admin1() != null && p.admin1().equals(t.admin1());
    }

    /**
     * A region name shared by several countries (namesake-regions.tsv: Punjab in Pakistan and in India) is read in the
     * country whose cues (its towns, its name and adjective) the article names most, the table's first country on a tie.
     */
    private void namesakeRegions(Document doc, List<Cand> titleCands, List<Cand> cands) {
        Map<String, Integer> cueCount = null;
        for (List<Cand> cs : List.of(titleCands, cands)) {
            for (Cand c : cs) {
                List<PlaceLexicon.RegionReading> rs = lex.namesakeRegions.get(c.key);
                if (rs == null) {
                    continue;
                }
                if (cueCount == null) {
                    cueCount = wordKeyCounts(doc);
                }
                PlaceLexicon.RegionReading best = rs.get(0);
                int most = 0;
                for (PlaceLexicon.RegionReading r : rs) {
                    int n = 0;
                    for (String cue : r.cues()) {
                        n += cueCount.getOrDefault(cue, 0);
                    }
                    if (n > most) {
                        most = n;
                        best = r;
                    }
                }
                String country = best.country();
                int[] kept = java.util.Arrays.stream(c.ids).filter(id -> gaz.place(id).country().equals(country))
                        .toArray();
                if (kept.length > 0) {
                    c.ids = kept;
                }
            }
        }
    }

    /** How often each word of the article occurs, by name key (with and without its proclitics). */
    private static Map<String, Integer> wordKeyCounts(Document doc) {
        Map<String, Integer> out = new HashMap<>();
        for (Token t : doc.tokens()) {
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (String[] r : NameKeys.readings(NameKeys.fold(t.norm()))) {
                keys.add(NameKeys.key(r[0]));
            }
            for (String k : keys) {
                out.merge(k, 1, Integer::sum);
            }
        }
        return out;
    }

    private static boolean within(Place p, Place town) {
        return town.kind() == PlaceKind.ADMIN1 ? inside(p, town) && p.kind() != PlaceKind.ADMIN1
                : p.country().equals(town.country()) && p.distanceKm(town) <= QUARTER_KM;
    }

    /**
     * A transliterated name the text once puts in a country ("in Maroua, north of Cameroon") is that place in its other
     * mentions too, where only the focus country spoke for a reading.
     */
    private void oneTranslitReading(List<Cand> titleCands, List<Cand> cands) {
        Map<String, Integer> placed = new HashMap<>();
        for (List<Cand> cs : List.of(titleCands, cands)) {
            for (Cand c : cs) {
                if (c.accepted && c.translit && (c.container != null || c.nearTo != null)) {
                    placed.putIfAbsent(c.key, c.best);
                }
            }
        }
        for (List<Cand> cs : List.of(titleCands, cands)) {
            for (Cand c : cs) {
                Integer best = placed.get(c.key);
                if (best != null && c.accepted && c.translit && c.best != best
                        && java.util.Arrays.stream(c.translitIds).anyMatch(id -> id == best)) {
                    c.best = best;
                }
            }
        }
    }

    private double score(Cand c, int id, Anchors anchors, String focus) {
        Place p = gaz.place(id);
        double s = 0.35 * Math.log10(p.population() + 10);
        if (gaz.notable(id)) {
            s += 1.5;
        }
        if (p.id().startsWith("wof:") || p.id().startsWith("osy:")) {
            s += 0.1;
        }
        if (p.kind() == PlaceKind.COUNTRY) {
            s += 5; // a country's name is the country, not a namesake village ("the cities of Yemen")
        }
        if (p.kind() == PlaceKind.FEATURE && c.head == null) {
            s -= 1.0;
        }
        if (c.head == null || c.head.kind() != PlaceKind.VILLAGE) {
            for (String v : lex.villageNamePrefixes) {
                if (p.name().startsWith(v) && p.name().startsWith(" ", v.length())) {
                    // "Qaryat Sinjar" (Baghdad) is read «سنجار» only after «قرية»: bare, the name is the town's
                    s -= 4;
                    break;
                }
            }
        }
        if (c.head != null && !c.rural) {
            PlaceKind hk = c.head.kind();
            if (hk == PlaceKind.ADMIN1 && (p.kind() == PlaceKind.ADMIN1)) {
                s += 3;
            } else if (hk != null && hk.isSettlement() && p.kind().isSettlement()) {
                s += 1;
            } else if (hk != null && hk.isSettlement() && p.kind().isAdmin()) {
                s -= 1.5;
            } else if (hk == PlaceKind.FEATURE && p.kind() == PlaceKind.FEATURE) {
                s += 2;
            } else if (hk == PlaceKind.ADMIN2 && (p.kind() == PlaceKind.ADMIN2 || p.kind() == PlaceKind.ADMIN3)) {
                s += 1;
            }
        } else if (p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.ADMIN2) {
            s -= 0.5; // a bare name is the town more often than the governorate
        }
        if (focus != null && p.country().equals(focus)) {
            s += 2;
        }
        if (c.nearTo != null && c.nearTo.best >= 0) {
            double dist = p.distanceKm(gaz.place(c.nearTo.best));
            s += dist <= 150 ? 3 - dist / 75 : -1;
        }
        if (c.container != null && c.container.best >= 0 && containable(p, gaz.place(c.container.best))) {
            Place d = gaz.place(c.container.best);
            double dist = p.distanceKm(d);
            s += p.equals(d) ? -3 : inside(p, d) ? 6 + Math.max(0, 2 - dist / 50) : -3; // nothing contains itself
        }
        // the other places of the article pull towards them, those of the same sentence twice as hard; anchors are
        // grouped by (reading, name), so the cost is per distinct place, not per mention
        double pull = 0;
        Group own = anchors.groupOf(c);
        for (Group g : anchors.groups()) {
            Place a = g.place;
            if (a.kind() == PlaceKind.COUNTRY || a.equals(p) && !g.key.equals(c.key)) {
                // a repeated name reinforces its reading; another name of the same entry (an alias) does not
                continue;
            }
            int total = g.total;
            int same = c.sent >= 0 ? g.perSentence.getOrDefault(c.sent, 0) : 0;
            if (g == own) { // not itself
                total--;
                if (c.sent >= 0) {
                    same--;
                }
            }
            if (total <= 0) {
                continue;
            }
            double d = a.distanceKm(p);
            pull += (same * 1.0 + (total - same) * 0.5) * 3 * Math.exp(-d / 40);
        }
        s += 10 * (1 - Math.exp(-pull / 6));
        return s;
    }

    private void accept(Cand c, Anchors anchors) {
        if (c.translit) {
            c.accepted = c.translitFocus != null && !c.dateline && !c.farReference;
            return;
        }
        if (neverAPlace(c)) {
            c.accepted = false; // no model may lift it either
            return;
        }
        acceptByRules(c, anchors);
        if (c.judged == null || c.dateline || lex.isCountryAdjective(c.key)) {
            return;
        }
        if (c.accepted && c.ev == Ev.NONE && c.container == null && gaz.place(c.best).kind() != PlaceKind.COUNTRY
                && judgedBelow(c, judge.rejectBelow())) {
            c.accepted = false; // no head, no locative, no container, and the model does not read a place here
            if (DEBUG) {
                System.err.printf("  judge rejects %s p=%.3f%n", c.key, c.placeProbability);
            }
        } else if (!c.accepted && c.ev != Ev.HEAD && weakName(c) && judgedAtLeast(c, judge.acceptAbove())) {
            Place p = gaz.place(c.best);
            c.accepted = p.kind() == PlaceKind.COUNTRY || lex.inHomeRegion(p.country()) || anchors.sharesRegion(p, lex);
            if (DEBUG) {
                System.err.printf("  judge accepts %s p=%.3f -> %s%n", c.key, c.placeProbability, c.accepted);
            }
        }
    }

    /**
     * A name that is a closed-class word: a particle or preposition (function-words.tsv: «تحت» under, not Taht in
     * Deir ez-Zor) or a locative (locatives.tsv) is never a place on its own, not even after a head («منطقة تحت
     * سيطرتها», an area under its control).
     */
    private boolean neverAPlace(Cand c) {
        if (c.key.indexOf(' ') >= 0) {
            return false;
        }
        return closedClass(c.key, c.withAl);
    }

    /**
     * Whether a reading is a closed-class word: a particle (function-words.tsv) or a locative (locatives.tsv). With the
     * article it is no particle nor preposition («العند» is al-Anad, not «عند», at), only a noun of place («الشمال»).
     */
    private boolean closedClass(String folded, boolean withArticle) {
        PlaceLexicon.Locative l = lex.locative(folded);
        if (withArticle) {
            return l != null && !l.type().equals("PREP");
        }
        return l != null || lex.isFunctionWord(folded);
    }

    /** A name refused for being short, a common word or a first name (the guards a model may lift). */
    private boolean weakName(Cand c) {
        return c.ids.length > 0 && (lex.isCommonWord(c.key) || c.key.length() <= 2 || lex.isFirstName(c.key));
    }

    private static boolean judgedBelow(Cand c, double threshold) {
        return !Double.isNaN(threshold) && placeProbability(c) < threshold; // false on NaN: no opinion
    }

    private static boolean judgedAtLeast(Cand c, double threshold) {
        return !Double.isNaN(threshold) && placeProbability(c) >= threshold;
    }

    private static double placeProbability(Cand c) {
        if (Double.isNaN(c.placeProbability)) {
            c.placeProbability = c.judged.place(c.t0, c.t1);
        }
        return c.placeProbability;
    }

    private void acceptByRules(Cand c, Anchors anchors) {
        Place p = gaz.place(c.best);
        c.abroad = false;
        if (lex.isCountryAdjective(c.key)) {
            c.accepted = false;
            return;
        }
        boolean common = lex.isCommonWord(c.key) || c.key.length() <= 2;
        if (common) {
            // a common word right after a plural head, written without the article, agrees with it as an adjective
            // («مناطق جديدة» new areas, «قرى أمامية» front-line villages): a name after a plural head is a list item
            c.accepted = c.ev == Ev.HEAD && c.head != null && (c.head.kind() != PlaceKind.FEATURE || c.head.ofTown())
                    && !c.headDefinite && !(c.afterPluralHead && !c.withAl) && commonWordPlaceFits(c, p, anchors)
                    || c.ev == Ev.LOC && establishedByHead(c, anchors);
            return;
        }
        boolean notable = gaz.notable(c.best);
        boolean containerOk = false;
        if (c.container != null && c.container.accepted && containable(p, gaz.place(c.container.best))) {
            Place d = gaz.place(c.container.best);
            containerOk = inside(p, d);
        }
        double near = Double.MAX_VALUE;
        double nearInPassage = Double.MAX_VALUE; // of the places named within PASSAGE_SENTENCES sentences of c
        for (Group g : anchors.groups()) {
            Place a = g.place;
            if (!a.equals(p) && a.kind() != PlaceKind.COUNTRY) { // c itself reads p
                near = Math.min(near, a.distanceKm(p));
                if (inPassage(g, c)) {
                    nearInPassage = Math.min(nearInPassage, a.distanceKm(p));
                }
            }
        }
        boolean clearWinner = c.ranked.size() < 2 || !gaz.notable(c.ranked.get(1))
                || c.bestScore - scoreOfSecond(c) >= 1.0;
        if (c.dateline) {
            c.accepted = notable || p.population() >= 100_000;
            return;
        }
        // a place outside the home region (world-regions.tsv: the Arab world and the covered countries) needs strong
        // evidence: another place of the article in its world region (a country named counts), a container it lies
        // in, or a head of its own kind ("Yobe state" for a state); any place in another region than the container
        // the text gives it ("al-Faisal in Aden") is a namesake. Otherwise a first name (Tariq) is Gibraltar (via
        // Jabal Tariq), "how" is Kyiv, "the field" is Medan, Yobe is Ube in Japan, a district of Aden is Faisalabad. A country named
        // is the country.
        boolean otherRegionThanContainer = c.container != null && c.container.best >= 0 && solidContainer(c.container)
                && !lex.region(gaz.place(c.container.best).country()).equals(lex.region(p.country()));
        if (p.kind() != PlaceKind.COUNTRY && !containerOk && !ownHeadOfItsKind(c, p) && (otherRegionThanContainer
                || !lex.inHomeRegion(p.country()) && !anchors.sharesRegion(p, lex))) {
            c.accepted = false;
            return;
        }
        // a minor place of another country than the article's, far from every other place: most likely a
        // namesake of a place the gazetteer lacks
        String focus = anchors.focus();
        if (!notable && !focus.isEmpty() && !p.country().equals(focus) && near > 300 && !containerOk
                && p.population() < 100_000) {
            c.accepted = false;
            return;
        }
        if (c.ev == Ev.LOC && establishedByHead(c, anchors)) {
            c.accepted = true; // introduced with a head earlier in the article
            return;
        }
        switch (c.ev) {
            case HEAD -> c.accepted = true;
            case LOC -> c.accepted = notable || containerOk
                    || p.population() >= 10_000 && (near <= 80 || p.country().equals(anchors.focus()) || c.holdsHeaded)
                    || (nearInPassage <= BESIDE_KM || placedNear(c, p)) && c.placeWord && !lex.isTranslitStopWord(c.key);
            default -> c.accepted = notable && (!c.spread || clearWinner) || notable && gaz.place(c.ranked.get(0)).kind() == PlaceKind.COUNTRY
                    || containerOk && near <= 80 || notable && near <= 80;
        }
        if (c.accepted && c.container == null && c.ev == Ev.NONE && !notable) {
            c.accepted = false;
        }
        // a name that is also a first name or a group of people (first-names.tsv, from NewsFANE's persons) needs a head
        // of a town or an admin unit ("the town of Tariq"; not "Abdullah bin Khamis street", named after a person) or
        // an earlier such mention
        if (c.accepted && p.kind() != PlaceKind.COUNTRY && lex.isFirstName(c.key) && !townOrAdminHead(c)
                && !(c.ev == Ev.LOC && establishedByHead(c, anchors))) {
            c.accepted = false;
        }
    }

    /**
     * A minor place after a locative word («في», in; not the proclitic bi- alone: «بالمقابل», in return) that is no
     * frequent word of the news (translit-stop-words.tsv: «دور», a role, «مفرق», a junction) lies within this distance
     * of another place of the article: a quarter of its city (New Baghdad, east of Baghdad), a village by the town
     * named with it (al-Hamamiyat in the Taji district).
     */
    private static final double BESIDE_KM = 30;

    /**
     * Sentences before or after a mention within which the place it lies beside must be named: «الانفجارات في المخازن»
     * (the warehouses) of Taizz is no village Al Makhazin because a town of Hajjah near it is named paragraphs away.
     */
    private static final int PASSAGE_SENTENCES = 2;

    /** Mentions from which a place is one the whole article is about (Aden, with Dar Saad in any passage of it). */
    private static final int MAIN_PLACE_MENTIONS = 3;

    /**
     * Whether group g has a mention within {@value #PASSAGE_SENTENCES} sentences of c (any, for the title's c), or is
     * one of the article's main places (at least {@value #MAIN_PLACE_MENTIONS} mentions).
     */
    private static boolean inPassage(Group g, Cand c) {
        if (c.sent < 0 || g.perSentence.isEmpty() || g.total >= MAIN_PLACE_MENTIONS) {
            return true; // the title, or a place named only in the title: the whole article is its passage
        }
        for (Map.Entry<Integer, Integer> e : g.perSentence.entrySet()) {
            if (e.getValue() > 0 && Math.abs(e.getKey() - c.sent) <= PASSAGE_SENTENCES) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text places the reading p of c by another place ("al-Nawfaliyah, south-east of the city of Sirte")
     * and p lies within {@value #PLACED_KM} km of that place's reading (the reach {@link #score} gives "X north of Y").
     */
    private boolean placedNear(Cand c, Place p) {
        Cand d = c.nearTo;
        return d != null && d.best >= 0 && (d.accepted || gaz.notable(d.best))
                && p.distanceKm(gaz.place(d.best)) <= PLACED_KM;
    }

    private static final double PLACED_KM = 150;

    /**
     * A common word after a head ("the street of al-Sharif" in Benghazi) names the place the gazetteer reads only when
     * that reading is of the head's kind, or another place of the article lies in its country or near it; else the head
     * names a street or quarter the gazetteer lacks and the reading is a namesake abroad (a village of Iraq). A reading
     * of the head's kind with other places of the article, none in its country or near it, stays accepted only as
     * {@link Cand#abroad}: «مناطق الفتح» of Aden is no El-Fath district of Asyut, but the town its sentence names may
     * still take it in (a quarter of the named town).
     */
    private boolean commonWordPlaceFits(Cand c, Place p, Anchors anchors) {
        boolean others = false;
        boolean otherTowns = false; // other places than countries («منفذ الطوال الحدودي مع اليمن» is Saudi al-Tuwal)
        for (Group g : anchors.groups()) {
            if (g.key.equals(c.key)) {
                continue; // itself, read so in an earlier pass
            }
            others = true;
            otherTowns |= g.place.kind() != PlaceKind.COUNTRY;
            // a country named in passing (Saudi Arabia in a story of Aden) vouches only for a place in the article's
            // focus country: «حي الفتح» of Aden is no al-Fateh quarter of a Saudi town
            boolean ofCountry = g.place.kind() != PlaceKind.COUNTRY || p.country().equals(anchors.focus());
            if (g.place.country().equals(p.country()) && ofCountry
                    || g.place.kind() != PlaceKind.COUNTRY && g.place.distanceKm(p) <= 80) {
                return true;
            }
        }
        if (others && ownHeadOfItsKind(c, p)) {
            c.abroad = otherTowns;
            return true;
        }
        return !others; // nothing else in the article to tell
    }

    /**
     * A name that is also a common word, once the article has introduced it as a place with a head
     * ("the area of al-Mar"), is that place again after a locative ("in al-Mar").
     */
    private static boolean establishedByHead(Cand c, Anchors anchors) {
        for (Cand a : anchors.withHead.getOrDefault(c.key, List.of())) {
            if (a != c && a.accepted && a.best == c.best) {
                return true;
            }
        }
        return false;
    }

    private static boolean townOrAdminHead(Cand c) {
        if (c.ev != Ev.HEAD || c.head == null || c.head.kind() == null || c.headDefinite) {
            return false;
        }
        PlaceKind k = c.head.kind();
        return k != PlaceKind.FEATURE && k != PlaceKind.NEIGHBOURHOOD;
    }

    /** A container reading to trust for the region check: accepted, or a well-known or large place ("in Aden"). */
    private boolean solidContainer(Cand d) {
        return d.accepted || gaz.notable(d.best) || gaz.place(d.best).population() >= 100_000;
    }

    /** Whether the mention's head names the kind of place p is (wilaya a state, balda a town, hayy a quarter). */
    private static boolean headOfItsKind(Cand c, Place p) {
        if (c.ev != Ev.HEAD || c.head == null || c.head.kind() == null) {
            return false;
        }
        PlaceKind hk = c.head.kind();
        boolean town = p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN || p.kind() == PlaceKind.VILLAGE;
        if (c.head.ofTown() && town) {
            return true; // a crossing named after the town it is at (منفذ الطوال): the town is the head's kind
        }
        return hk == p.kind() || town && (hk == PlaceKind.CITY || hk == PlaceKind.TOWN || hk == PlaceKind.VILLAGE);
    }

    /**
     * {@link #headOfItsKind}, the head written before the name itself (not inherited down a list, where a word after a
     * comma may be no item: «مدينة صبر، ليل السبت», the night of Saturday, is no Lille) and no village head before a
     * city («قرية البسيط», a village in Latakia the gazetteer lacks, is not Albacete): what lets a place outside the
     * article's world region stand on its head alone.
     */
    private static boolean ownHeadOfItsKind(Cand c, Place p) {
        return headOfItsKind(c, p) && !c.headInherited
                && !(c.head.kind() == PlaceKind.VILLAGE && p.kind() == PlaceKind.CITY);
    }

    /** Whether "p in d" can be containment: a country or governorate is not inside a town. */
    private static boolean containable(Place p, Place d) {
        if (p.kind() == PlaceKind.COUNTRY) {
            return false;
        }
        if (p.kind() == PlaceKind.ADMIN1) {
            return d.kind() == PlaceKind.COUNTRY;
        }
        return true;
    }

    /** Kilometres from a governorate's point within which a town filed under another governorate may still be in it. */
    private static final double NAMED_ELSEWHERE_KM = 60;

    private static boolean inside(Place p, Place d) {
        if (!p.country().equals(d.country())) {
            return false;
        }
        if (d.kind() == PlaceKind.ADMIN1 && p.admin1() != null && p.admin1().equals(d.name())) {
            return true;
        }
        if (d.kind() == PlaceKind.ADMIN1 && p.admin1() != null && p.kind().isSettlement()
                && p.distanceKm(d) > NAMED_ELSEWHERE_KM) {
            // a town the gazetteer files under another governorate is not in this one because it lies within its
            // radius (Rida' in Taizz is not "Rada' in the governorate of al-Bayda"); the radius stays for towns
            // without a governorate and for spellings of the same one that differ near its centre
            return false;
        }
        double radius = switch (d.kind()) {
            case COUNTRY -> 2000;
            case ADMIN1 -> 250;
            case ADMIN2 -> 80;
            default -> 45;
        };
        return d.kind() == PlaceKind.COUNTRY ? p.country().equals(d.country()) : p.distanceKm(d) <= radius;
    }

    private double scoreOfSecond(Cand c) {
        return c.secondScore;
    }

    /** Anchors with the same reading and name, counted per sentence. */
    private static final class Group {
        final int id;
        final Place place;
        final String key;
        int total;
        final Map<Integer, Integer> perSentence = new HashMap<>();

        Group(int id, Place place, String key) {
            this.id = id;
            this.place = place;
            this.key = key;
        }
    }

    private record GroupKey(int place, String key) {
    }

    /**
     * The solid mentions of the previous pass, indexed so that scoring a reading costs one step per distinct
     * (place, name) rather than one per mention: N copies of a sentence cost N times one, not N squared. Resolving an
     * anchor again moves it to the group of its new reading.
     */
    private final class Anchors {
        final List<Cand> list = new ArrayList<>();
        final Map<GroupKey, Group> groups = new HashMap<>();
        /** groups.values() in the map's iteration order (the order sums over them run in), until groups changes. */
        private Group[] inOrder;
        final Map<Cand, Group> member = new java.util.IdentityHashMap<>();
        final Map<String, List<Cand>> withHead = new HashMap<>();
        private String focus;

        void add(Cand c, Place p) {
            list.add(c);
            join(c, c.best, p);
            if (c.ev == Ev.HEAD) {
                withHead.computeIfAbsent(c.key, k -> new ArrayList<>()).add(c);
            }
        }

        Group[] groups() {
            if (inOrder == null) {
                inOrder = groups.values().toArray(new Group[0]);
            }
            return inOrder;
        }

        Group groupOf(Cand c) {
            return member.get(c);
        }

        /** Sets c.best, keeping the groups in step when c is an anchor. */
        void moved(Cand c, int best) {
            if (c.best == best) {
                return;
            }
            Group g = member.remove(c);
            c.best = best;
            if (g == null) {
                return;
            }
            g.total--;
            if (c.sent >= 0) {
                g.perSentence.merge(c.sent, -1, Integer::sum);
            }
            if (g.total == 0) {
                groups.remove(new GroupKey(g.id, g.key));
                inOrder = null;
            }
            join(c, best, gaz.place(best));
            focus = null;
        }

        private void join(Cand c, int best, Place p) {
            Group g = groups.get(new GroupKey(best, c.key));
            if (g == null) {
                g = new Group(best, p, c.key);
                groups.put(new GroupKey(best, c.key), g);
                inOrder = null;
            }
            g.total++;
            if (c.sent >= 0) {
                g.perSentence.merge(c.sent, 1, Integer::sum);
            }
            member.put(c, g);
        }

        /** Whether another anchor (one reading another place than p) lies in p's world region. */
        boolean sharesRegion(Place p, PlaceLexicon lex) {
            String region = lex.region(p.country());
            for (Group g : groups.values()) {
                if (!g.place.equals(p) && lex.region(g.place.country()).equals(region)) {
                    return true;
                }
            }
            return false;
        }

        /** The country most anchors are in ("" without anchors); cached until an anchor changes its reading. */
        String focus() {
            if (focus == null) {
                Map<String, Integer> n = new HashMap<>();
                for (Cand a : list) {
                    n.merge(gaz.place(a.best).country(), 1, Integer::sum);
                }
                focus = n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            }
            return focus;
        }
    }

    // ---------------------------------------------------------------- dateline

    /** "London:", "Beirut -", "X (AFP) -" at the start of a line within the article's head. */
    private static void markDateline(Document doc, List<Cand> cands) {
        String text = doc.text();
        for (Cand c : cands) {
            if (c.start > 200 || c.ids.length == 0) {
                continue;
            }
            int ls = text.lastIndexOf('\n', c.start - 1) + 1;
            String before = text.substring(ls, c.start).strip();
            boolean lineStart = before.isEmpty() || before.equals("*") || before.endsWith("-") || before.endsWith("–")
                    && before.length() < 60;
            if (!lineStart) {
                continue;
            }
            int k = c.end;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
                k++;
            }
            if (k < text.length()) {
                char ch = text.charAt(k);
                if (ch == ':' || ch == '-' || ch == '–' || ch == '—' || ch == '(' || ch == '\u060C' && before.isEmpty()) {
                    c.dateline = true;
                }
            }
        }
    }
}
