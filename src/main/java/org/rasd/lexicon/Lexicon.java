package org.rasd.lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasd.text.Affixes;
import org.rasd.text.ArabicNormalizer;
import org.rasd.text.Document;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;
import org.rasd.text.TsvTable;

/**
 * Entry point of the lexicon stage: actors, triggers, modality cues and nationality adjectives, loaded from
 * the reviewable TSV files beside this class. {@link #get()} returns the shared instance.
 */
public final class Lexicon {
    private static volatile Lexicon instance;

    /** Endings of a nationality adjective marked {@code ~} in demonyms.tsv: none, then affixes.tsv's demonym_suffix. */
    private static final List<String> DEMONYM_ENDINGS = withNone(Affixes.demonymSuffixes());

    private final PhraseIndex<ActorEntry> actors = new PhraseIndex<>();
    private final PhraseIndex<TriggerEntry> triggers = new PhraseIndex<>();
    /** The heads of split-triggers.tsv's rows, each to its row. */
    private final PhraseIndex<SplitTrigger> splitHeads = new PhraseIndex<>();
    /** Modality cues match whole words only: "لولاية" is not "لولا", "الحالي" is not "حال". */
    private final PhraseIndex<Cue> cues = new PhraseIndex<>(true);
    private final Map<String, String> demonymToIso = new HashMap<>();
    private final Map<String, String> countryNames = new LinkedHashMap<>();
    /** Keys of the adjective inflections generated from the stems marked ~ in demonyms.tsv (تركيه، العراقيين). */
    private final java.util.Set<String> adjectiveKeys = new java.util.HashSet<>();
    /** Keys of the Arabic country names of the gazetteer's countries.tsv (سوريا، تركيا، العراق). */
    private final java.util.Set<String> countryKeys = new java.util.HashSet<>();

    public static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = instance;
                if (l == null) {
                    l = new Lexicon();
                    instance = l;
                }
            }
        }
        return l;
    }

    private Lexicon() {
        for (TsvTable.Row r : TsvTable.resource(Lexicon.class, "actors.tsv", false, 5)) {
            String country = r.col(3);
            String focus = null;
            if (country.startsWith("@")) {
                focus = country.substring(1);
                country = focus;
            }
            ActorEntry e;
            try {
                e = new ActorEntry(r.col(1), Integer.parseInt(r.col(2)), country, r.col(4), date(r.col(5)),
                        date(r.col(6)), focus, r.col(7));
            } catch (RuntimeException ex) {
                throw r.error(ex.getMessage(), ex);
            }
            for (String form : r.col(0).split("\\|")) {
                actors.add(form, e);
            }
        }
        for (TsvTable.Row r : TsvTable.resource(Lexicon.class, "triggers.tsv", false, 4)) {
            TriggerEntry e;
            try {
                e = new TriggerEntry(r.col(1), r.col(2), TriggerEntry.Role.valueOf(r.col(3)), r.col(4));
            } catch (RuntimeException ex) {
                throw r.error(ex.getMessage(), ex);
            }
            for (String form : r.col(0).split("\\|")) {
                triggers.add(form, e);
            }
        }
        for (TsvTable.Row r : TsvTable.resource(Lexicon.class, "split-triggers.tsv", false, 6)) {
            SplitTrigger st;
            try {
                PhraseIndex<Boolean> tails = new PhraseIndex<>();
                for (String form : r.col(1).split("\\|")) {
                    tails.add(form, Boolean.TRUE);
                }
                int gap = Integer.parseInt(r.col(2));
                if (gap < 1) {
                    throw new IllegalArgumentException("most words between must be at least 1");
                }
                st = new SplitTrigger(tails, gap,
                        new TriggerEntry(r.col(3), r.col(4), TriggerEntry.Role.valueOf(r.col(5)), r.col(6)));
            } catch (RuntimeException ex) {
                throw r.error(ex.getMessage(), ex);
            }
            for (String form : r.col(0).split("\\|")) {
                splitHeads.add(form, st);
            }
        }
        for (TsvTable.Row r : TsvTable.resource(Lexicon.class, "modality.tsv", false, 3)) {
            Cue c = new Cue(r.col(1), r.col(2), r.col(3));
            for (String form : r.col(0).split("\\|")) {
                cues.add(form, c);
            }
        }
        for (TsvTable.Row r : TsvTable.resource(Lexicon.class, "demonyms.tsv", false, 3)) {
            String iso = r.col(0);
            countryNames.put(iso, r.col(1));
            for (String form : r.col(2).split("\\|")) {
                String f = ArabicNormalizer.normalize(form.trim());
                if (f.endsWith("~")) {
                    String stem = f.substring(0, f.length() - 1);
                    for (String suf : DEMONYM_ENDINGS) {
                        demonymToIso.put(PhraseIndex.key(stem + suf), iso);
                        demonymToIso.put(PhraseIndex.key(Affixes.ARTICLE + stem + suf), iso);
                        adjectiveKeys.add(PhraseIndex.key(stem + suf));
                    }
                } else {
                    demonymToIso.put(PhraseIndex.key(f), iso);
                }
            }
        }
        loadCountryNames();
    }

    /** English names of all countries, from the gazetteer's country table (for actor names). */
    private void loadCountryNames() {
        for (TsvTable.Row r : TsvTable.resource(Lexicon.class, "/org/rasd/gazetteer/countries.tsv", false, 0)) {
            if (r.cells().length > 1) {
                countryNames.putIfAbsent(r.col(0), r.col(1));
            }
            if (r.cells().length > 2) {
                for (String form : r.col(2).split("\\|")) {
                    countryKeys.add(PhraseIndex.key(ArabicNormalizer.normalize(form.trim())));
                }
            }
        }
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    public List<Mention<ActorEntry>> actors(Document doc) {
        return mentions(doc, actors);
    }

    /** The probe hashes of the document's tokens, computed once for {@link #actors}, {@link #triggers}, {@link #cues}. */
    public PhraseIndex.Probes probes(Document doc) {
        return PhraseIndex.probes(doc.tokens());
    }

    public List<Mention<ActorEntry>> actors(Document doc, PhraseIndex.Probes probes) {
        return mentions(doc, actors, probes);
    }

    public List<Mention<TriggerEntry>> triggers(Document doc, PhraseIndex.Probes probes) {
        return withSplit(doc, mentions(doc, triggers, probes), probes);
    }

    /** A row of split-triggers.tsv: the tail forms, the most words between head and tail, the trigger it makes. */
    private record SplitTrigger(PhraseIndex<Boolean> tails, int gap, TriggerEntry entry) {
    }

    /**
     * The triggers with split-triggers.tsv's pairs added, in text order: a head, one to {@code gap} words, then a
     * tail, with no punctuation between and neither word inside a trigger already found («فتح مسلحون النار»).
     */
    private List<Mention<TriggerEntry>> withSplit(Document doc, List<Mention<TriggerEntry>> found,
                                                  PhraseIndex.Probes probes) {
        List<Token> tokens = doc.tokens();
        List<Mention<TriggerEntry>> added = new ArrayList<>();
        for (PhraseIndex.Match<SplitTrigger> head : splitHeads.findAll(tokens, probes)) {
            if (covered(found, head.first()) || covered(added, head.first())) {
                continue;
            }
            for (SplitTrigger st : head.values()) {
                Mention<TriggerEntry> m = splitTail(tokens, head, st, found);
                if (m != null) {
                    added.add(m);
                    break;
                }
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<Mention<TriggerEntry>> out = new ArrayList<>(found);
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /** The pair of {@code head} with a tail of {@code st} one to {@code st.gap()} words on, or null. */
    private static Mention<TriggerEntry> splitTail(List<Token> tokens, PhraseIndex.Match<SplitTrigger> head,
                                                   SplitTrigger st, List<Mention<TriggerEntry>> found) {
        for (int k = head.last() + 2; k <= head.last() + 1 + st.gap() && k < tokens.size(); k++) {
            if (tokens.get(k - 1).kind() == TokenKind.PUNCT || covered(found, k - 1)) {
                return null; // the clause ends, or another trigger stands between
            }
            for (PhraseIndex.Match<Boolean> tail : st.tails().findAll(tokens.subList(k, k + 1))) {
                if (tail.first() == 0 && !covered(found, k)) {
                    return new Mention<>(tokens.get(head.first()).start(), tokens.get(k).end(), head.first(), k,
                            List.of(st.entry()));
                }
            }
        }
        return null;
    }

    private static boolean covered(List<Mention<TriggerEntry>> ms, int tok) {
        for (Mention<TriggerEntry> m : ms) {
            if (m.firstToken() <= tok && tok <= m.lastToken()) {
                return true;
            }
        }
        return false;
    }

    public List<Mention<Cue>> cues(Document doc, PhraseIndex.Probes probes) {
        return mentions(doc, cues, probes);
    }

    public List<Mention<TriggerEntry>> triggers(Document doc) {
        return triggers(doc, PhraseIndex.probes(doc.tokens()));
    }

    public List<Mention<Cue>> cues(Document doc) {
        return mentions(doc, cues);
    }

    /** ISO-2 code of a nationality adjective (any gender, number, with or without the article) or country name token, or null. */
    public String demonym(Token t) {
        for (String k : PhraseIndex.keys(t)) {
            String iso = demonymToIso.get(k);
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    /**
     * ISO-2 code of a nationality adjective («تركية», «العراقيين»), or null for a token that is only a country's name
     * («تركيا», «العراق»): {@link #demonym} without the names.
     */
    public String nationalityAdjective(Token t) {
        return countryNameOnly(t) ? null : demonym(t);
    }

    /** Whether the whole token is a country's name and no adjective form («تركيا» but not «سورية», both). */
    public boolean countryNameOnly(Token t) {
        boolean name = false;
        for (String k : PhraseIndex.wholeWordKeys(t)) {
            if (adjectiveKeys.contains(PhraseIndex.key(k))) {
                return false;
            }
            name |= countryKeys.contains(PhraseIndex.key(k));
        }
        return name;
    }

    /** Whether the whole token is a country's name that is also an adjective form («سورية»: Syria, Syrian). */
    public boolean countryNameOrAdjective(Token t) {
        boolean name = false;
        boolean adjective = false;
        for (String k : PhraseIndex.wholeWordKeys(t)) {
            adjective |= adjectiveKeys.contains(PhraseIndex.key(k));
            name |= countryKeys.contains(PhraseIndex.key(k));
        }
        return name && adjective;
    }

    /** English country name for an ISO-2 code used in actor names, or the code itself. */
    public String countryName(String iso) {
        if (iso == null) {
            return null;
        }
        return countryNames.getOrDefault(iso, iso);
    }

    public int actorCount() {
        return actors.size();
    }

    public int triggerCount() {
        return triggers.size();
    }

    private static <T> List<Mention<T>> mentions(Document doc, PhraseIndex<T> index) {
        return mentions(doc, index, PhraseIndex.probes(doc.tokens()));
    }

    private static <T> List<Mention<T>> mentions(Document doc, PhraseIndex<T> index, PhraseIndex.Probes probes) {
        List<Token> tokens = doc.tokens();
        List<Mention<T>> out = new ArrayList<>();
        for (PhraseIndex.Match<T> m : index.findAll(tokens, probes)) {
            out.add(new Mention<>(tokens.get(m.first()).start(), tokens.get(m.last()).end(), m.first(), m.last(),
                    m.values()));
        }
        return out;
    }

    private static List<String> withNone(List<String> suffixes) {
        List<String> out = new ArrayList<>(suffixes.size() + 1);
        out.add("");
        out.addAll(suffixes);
        return List.copyOf(out);
    }
}
