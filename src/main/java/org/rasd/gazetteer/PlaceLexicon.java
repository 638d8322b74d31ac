package org.rasd.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.text.TsvTable;
import org.rasd.text.WordClasses;

/**
 * The geocoder's word tables (heads, locatives, common words, the small closed word classes of
 * {@code words.tsv}), loaded once from resources through {@link TsvTable} and folded like place names.
 * (Not to be confused with {@code org.rasd.lexicon.Lexicon}, the actors and triggers.)
 */
public final class PlaceLexicon {
    /** A generic head: {@code kind} is the preferred kind of what follows (null for RURAL), {@code rural} for the countryside head (RURAL). */
    /** {@code ofTown}: a feature named after the town it is at (the crossing of al-Tuwal), heads.tsv's sixth column. */
    /** A country's reading of a region name shared across borders, with the words that name it (name keys). */
    public record RegionReading(String country, Set<String> cues) {
    }

    public record Head(String word, PlaceKind kind, boolean rural, int precision, boolean list, String gloss,
                       boolean ofTown) {
    }

    /** A locative word: type PREP, NEAR, DIR or EDGE. */
    public record Locative(String word, String type, int precision, String gloss) {
    }

    private static volatile PlaceLexicon instance;

    final Map<String, Head> heads = new HashMap<>();
    /** Regions of one name in several countries (namesake-regions.tsv): name key to its readings, the default first. */
    final Map<String, List<RegionReading>> namesakeRegions = new HashMap<>();
    final Map<String, Locative> locatives = new HashMap<>();
    final Set<String> commonWords = new HashSet<>();
    /** Frequent words of the news never read through a Latin place name (translit-stop-words.tsv, derived). */
    final Set<String> translitStopWords = new HashSet<>();
    final Set<String> firstNames = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();
    final Set<String> nisba = new HashSet<>();
    final Map<String, String> regions = new HashMap<>();
    final Set<String> homeRegions = new HashSet<>();
    final Set<String> homeCountries = new HashSet<>();
    final Map<String, Double> distanceUnits = new HashMap<>();
    final Set<String> distanceHedges = new HashSet<>();
    /** First words too generic to stand for a whole name (kafr, deir, tell, ain …): no short-form readings. */
    final Set<String> genericFirstWords;
    /** Tokens that may separate the names of a list (comma, "and", "or"). */
    final Set<String> listSeparators;
    /** Words that may stand between a head or locative and a name ("such as", "among them"). */
    final Set<String> listFillers;
    /** "near" written as one word with its proclitic: a locative that needs "min" after it. */
    final String nearWord;
    /** The preposition that makes a following road head mean "by means of". */
    final String meansOf;
    /** The proclitic bi- ("in"): a name written with it is a place. */
    final String locativeProclitic;
    /** The proclitic li- ("to, of"): a head written with it links a name to its container. */
    final String toProclitic;
    /** The proclitic ka- ("like, as"): a word read as a name after it is compared to, never a place of the text. */
    final String comparativeProclitic;
    /** Phrases that start with a name but are no place (idioms.tsv), as lists of name keys of their words. */
    final List<List<String>> idioms = new ArrayList<>();
    /**
     * Latin name prefixes a gazetteer gives a village named after something else ("Qaryat Sinjar", the village of
     * Sinjar), whose Arabic name drops the word for village: the press means the other place of that name.
     */
    final List<String> villageNamePrefixes;
    private final List<String> nameEndings;
    private final List<String> nisbaSuffixes;
    /** Prepositions after which a word may be read through a Latin place name (other prepositions: only locatives of place). */
    private final Set<String> translitLocatives;

    private PlaceLexicon() {
        WordClasses words = WordClasses.resource(PlaceLexicon.class, "words.tsv");
        genericFirstWords = Set.copyOf(words(words, "generic_first"));
        villageNamePrefixes = List.copyOf(words(words, "village_name_prefix"));
        listSeparators = Set.copyOf(words(words, "list_separator"));
        listFillers = Set.copyOf(words(words, "list_filler"));
        nearWord = words(words, "near_word").get(0);
        meansOf = words(words, "means_of").get(0);
        locativeProclitic = words(words, "locative_proclitic").get(0);
        toProclitic = words(words, "to_proclitic").get(0);
        comparativeProclitic = words(words, "comparative_proclitic").get(0);
        nameEndings = words(words, "country_name_ending");
        nisbaSuffixes = words(words, "nisba_suffix");
        translitLocatives = Set.copyOf(words(words, "translit_locative"));
        for (String[] r : rows("heads.tsv")) {
            String kind = col(r, 1);
            boolean rural = kind.equals("RURAL");
            Head h = new Head(r[0], rural ? null : PlaceKind.parse(kind), rural, Integer.parseInt(col(r, 2)),
                    col(r, 3).equals("1"), col(r, 4), col(r, 5).equals("1"));
            heads.put(NameKeys.fold(r[0]), h);
        }
        for (String[] r : rows("locatives.tsv")) {
            locatives.put(NameKeys.fold(r[0]), new Locative(r[0], col(r, 1), Integer.parseInt(col(r, 2)),
                    col(r, 3)));
        }
        for (String table : new String[] {"common-words.tsv", "common-words-derived.tsv"}) {
            for (String[] r : rows(table)) { // the derived list: tools/common-words.py
                commonWords.add(NameKeys.key(r[0]));
            }
        }
        for (String[] r : rows("translit-stop-words.tsv")) { // tools/translit-stop-words.py
            translitStopWords.add(NameKeys.key(r[0]));
        }
        for (String[] r : rows("first-names.tsv")) {
            firstNames.add(NameKeys.key(r[0]));
        }
        // nisba adjectives of country names (Yemeni, Syrian, the Turkish) are not places
        Map<String, String> world = new HashMap<>();
        for (String[] r : rows("world-regions.tsv")) {
            // a row is an ACLED region, or a country (ISO2) the project covers outside the home region
            boolean country = col(r, 0).matches("[A-Z]{2}");
            if (country && col(r, 2).equals("1")) {
                homeCountries.add(col(r, 0));
            } else if (!country) {
                world.put(col(r, 0), col(r, 1));
                if (col(r, 2).equals("1")) {
                    homeRegions.add(col(r, 1));
                }
            }
        }
        for (String[] r : rows("countries.tsv")) {
            if (!col(r, 6).isEmpty()) {
                regions.put(r[0], world.getOrDefault(col(r, 6), col(r, 6)));
            }
            for (String name : r[2].split("\\|")) {
                if (name.contains(" ")) {
                    continue;
                }
                String k = NameKeys.key(name);
                String stem = k;
                for (String end : nameEndings) { // the first that fits: -ya before -a
                    if (k.endsWith(end)) {
                        stem = k.substring(0, k.length() - end.length());
                        break;
                    }
                }
                for (String b : new String[] {k, stem}) {
                    if (b.length() >= 2) {
                        for (String suffix : nisbaSuffixes) {
                            nisba.add(b + suffix);
                        }
                    }
                }
            }
        }
        for (String[] r : rows("distance-units.tsv")) {
            if (col(r, 1).equals("HEDGE")) {
                distanceHedges.add(NameKeys.fold(r[0]));
            } else {
                distanceUnits.put(NameKeys.fold(r[0]), Double.parseDouble(col(r, 1)));
            }
        }
        for (String[] r : rows("namesake-regions.tsv")) {
            Set<String> cues = new HashSet<>();
            for (String cue : col(r, 2).split("\\|")) {
                cues.add(NameKeys.key(cue));
            }
            namesakeRegions.computeIfAbsent(NameKeys.key(r[0]), k -> new ArrayList<>())
                    .add(new RegionReading(col(r, 1), Set.copyOf(cues)));
        }
        for (String[] r : rows("idioms.tsv")) {
            List<String> ws = new ArrayList<>();
            for (String w : NameKeys.words(r[0])) {
                ws.add(NameKeys.dropAl(w));
            }
            idioms.add(List.copyOf(ws));
        }
        for (String[] r : rows("function-words.tsv")) {
            functionWords.add(NameKeys.fold(r[0]));
        }
        mark(heads.keySet(), HEAD);
        mark(locatives.keySet(), LOCATIVE);
        mark(functionWords, FUNCTION_WORD);
        mark(commonWords, COMMON_WORD);
        mark(translitStopWords, TRANSLIT_STOP_WORD);
        mark(firstNames, FIRST_NAME);
        mark(nisba, COUNTRY_ADJECTIVE);
    }

    /** Bits of {@link #classes}: the word is a key of heads, locatives, function words, common words, … */
    public static final int HEAD = 1;
    public static final int LOCATIVE = 1 << 1;
    public static final int FUNCTION_WORD = 1 << 2;
    public static final int COMMON_WORD = 1 << 3;
    public static final int TRANSLIT_STOP_WORD = 1 << 4;
    public static final int FIRST_NAME = 1 << 5;
    public static final int COUNTRY_ADJECTIVE = 1 << 6;

    /** Word → the bits of the tables holding it, built from them once loaded: one lookup instead of one per table. */
    private final Map<String, Integer> classes = new HashMap<>();

    private void mark(Set<String> words, int bit) {
        for (String w : words) {
            classes.merge(w, bit, (a, b) -> a | b);
        }
    }

    /**
     * The tables holding {@code word}, as bits: {@link #HEAD} when {@link #head} is not null, {@link #LOCATIVE} when
     * {@link #locative} is not null, {@link #FUNCTION_WORD} when {@link #isFunctionWord}, {@link #COMMON_WORD},
     * {@link #TRANSLIT_STOP_WORD}, {@link #FIRST_NAME}, {@link #COUNTRY_ADJECTIVE} likewise; 0 when none. For a word
     * tested against several tables (the guards of a transliterated name) in one hash lookup.
     */
    public int classes(String word) {
        Integer c = classes.get(word);
        return c == null ? 0 : c;
    }

    public static PlaceLexicon get() {
        PlaceLexicon l = instance;
        if (l == null) {
            synchronized (PlaceLexicon.class) {
                if (instance == null) {
                    instance = new PlaceLexicon();
                }
                l = instance;
            }
        }
        return l;
    }

    /** The head a folded word is (clitics already stripped), or null. */
    public Head head(String folded) {
        return heads.get(folded);
    }

    public Locative locative(String folded) {
        return locatives.get(folded);
    }

    /** True when a name key is a common word needing a generic head to count as a place. */
    public boolean isCommonWord(String key) {
        return commonWords.contains(key);
    }

    /**
     * Whether a locative word is evidence enough for a name read through its Latin spelling: one of place (direction,
     * edge, near, link) or a preposition of words.tsv's class translit_locative ("in"; not "from", "on", "towards").
     */
    public boolean translitLocative(Locative l, String folded) {
        return !l.type().equals("PREP") || translitLocatives.contains(folded);
    }

    /** True when a word (key without the article) is too frequent in the news to be read as a Latin place name. */
    public boolean isTranslitStopWord(String key) {
        return translitStopWords.contains(key);
    }

    /** True when a name key is also a first name or a group noun of people (first-names.tsv, from NewsFANE). */
    public boolean isFirstName(String key) {
        return firstNames.contains(key);
    }

    /** True for a country's adjective (Yemeni, the Syrian): never a place, whatever precedes it. */
    public boolean isCountryAdjective(String key) {
        return nisba.contains(key);
    }

    /** True for particles, pronouns and other words that never start a place name on their own. */
    public boolean isFunctionWord(String folded) {
        return functionWords.contains(folded);
    }

    /** The world region of a country (countries.tsv, world-regions.tsv); a country missing there is a region of its own. */
    public String region(String iso2) {
        return regions.getOrDefault(iso2, iso2);
    }

    /** Whether a country is in the home region of the Arabic press or covered by the project (world-regions.tsv). */
    public boolean inHomeRegion(String iso2) {
        return homeCountries.contains(iso2) || homeRegions.contains(region(iso2));
    }

    /** Kilometres per unit for a distance unit (km, mile; folded, clitics stripped), or null. */
    public Double distanceUnit(String folded) {
        return distanceUnits.get(folded);
    }

    /** A hedge that may stand between a distance and its direction ("approximately"). */
    public boolean isDistanceHedge(String folded) {
        return distanceHedges.contains(folded);
    }

    /** All head words (folded), e.g. to strip heads from gazetteer names. */
    public Set<String> headWords() {
        return heads.keySet();
    }

    static List<String[]> countries() {
        return rows("countries.tsv");
    }

    /** Cells of the data rows of a gazetteer table (header written as a # comment). */
    static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.resource(PlaceLexicon.class, name, false, 0)) {
            out.add(r.cells());
        }
        return out;
    }

    static String col(String[] r, int i) {
        return i < r.length ? r[i].trim() : "";
    }

    /** The forms of a class of words.tsv, normalized and folded like place names (punctuation kept). */
    private static List<String> words(WordClasses table, String cls) {
        List<String> out = new ArrayList<>();
        for (String f : table.list(cls)) {
            String folded = NameKeys.fold(f);
            out.add(folded.isEmpty() ? f : folded);
        }
        return List.copyOf(out);
    }

    static List<String[]> extras() {
        return rows("places-extra.tsv");
    }
}
