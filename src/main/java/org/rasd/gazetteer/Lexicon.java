package org.rasd.gazetteer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The geocoder's word tables (heads, locatives, common words), loaded once from resources. */
public final class Lexicon {
    /** A generic head: {@code kind} is the preferred kind of what follows (null for RURAL), {@code rural} for ريف. */
    public record Head(String word, PlaceKind kind, boolean rural, int precision, boolean list, String gloss) {
    }

    /** A locative word: type PREP, NEAR, DIR or EDGE. */
    public record Locative(String word, String type, int precision, String gloss) {
    }

    private static volatile Lexicon instance;

    final Map<String, Head> heads = new HashMap<>();
    final Map<String, Locative> locatives = new HashMap<>();
    final Set<String> commonWords = new HashSet<>();
    final Set<String> firstNames = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();
    final Set<String> nisba = new HashSet<>();
    final Map<String, String> regions = new HashMap<>();
    final Set<String> homeRegions = new HashSet<>();
    final Set<String> homeCountries = new HashSet<>();
    final Map<String, Double> distanceUnits = new HashMap<>();
    final Set<String> distanceHedges = new HashSet<>();

    private Lexicon() {
        for (String[] r : Tsv.resource("heads.tsv")) {
            String kind = Tsv.col(r, 1);
            boolean rural = kind.equals("RURAL");
            Head h = new Head(r[0], rural ? null : PlaceKind.parse(kind), rural, Integer.parseInt(Tsv.col(r, 2)),
                    Tsv.col(r, 3).equals("1"), Tsv.col(r, 4));
            heads.put(NameKeys.fold(r[0]), h);
        }
        for (String[] r : Tsv.resource("locatives.tsv")) {
            locatives.put(NameKeys.fold(r[0]), new Locative(r[0], Tsv.col(r, 1), Integer.parseInt(Tsv.col(r, 2)),
                    Tsv.col(r, 3)));
        }
        for (String[] r : Tsv.resource("common-words.tsv")) {
            commonWords.add(NameKeys.key(r[0]));
        }
        for (String[] r : Tsv.resource("first-names.tsv")) {
            firstNames.add(NameKeys.key(r[0]));
        }
        // nisba adjectives of country names ("يمنية", "سوري", "التركية") are not places
        Map<String, String> world = new HashMap<>();
        for (String[] r : Tsv.resource("world-regions.tsv")) {
            // a row is an ACLED region, or a country (ISO2) the project covers outside the home region
            boolean country = Tsv.col(r, 0).matches("[A-Z]{2}");
            if (country && Tsv.col(r, 2).equals("1")) {
                homeCountries.add(Tsv.col(r, 0));
            } else if (!country) {
                world.put(Tsv.col(r, 0), Tsv.col(r, 1));
                if (Tsv.col(r, 2).equals("1")) {
                    homeRegions.add(Tsv.col(r, 1));
                }
            }
        }
        for (String[] r : Tsv.resource("countries.tsv")) {
            if (!Tsv.col(r, 6).isEmpty()) {
                regions.put(r[0], world.getOrDefault(Tsv.col(r, 6), Tsv.col(r, 6)));
            }
            for (String name : r[2].split("\\|")) {
                if (name.contains(" ")) {
                    continue;
                }
                String k = NameKeys.key(name);
                String stem = k.endsWith("يا") ? k.substring(0, k.length() - 2) : k.endsWith("ا") || k.endsWith("ه")
                        ? k.substring(0, k.length() - 1) : k;
                for (String b : new String[] {k, stem}) {
                    if (b.length() >= 2) {
                        nisba.add(b + "ي");
                        nisba.add(b + "يه");
                        nisba.add(b + "يين");
                        nisba.add(b + "يون");
                    }
                }
            }
        }
        for (String[] r : Tsv.resource("distance-units.tsv")) {
            if (Tsv.col(r, 1).equals("HEDGE")) {
                distanceHedges.add(NameKeys.fold(r[0]));
            } else {
                distanceUnits.put(NameKeys.fold(r[0]), Double.parseDouble(Tsv.col(r, 1)));
            }
        }
        for (String[] r : Tsv.resource("function-words.tsv")) {
            functionWords.add(NameKeys.fold(r[0]));
        }
    }

    public static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (instance == null) {
                    instance = new Lexicon();
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

    /** True when a name key is also a first name or a group noun of people (first-names.tsv, from NewsFANE). */
    public boolean isFirstName(String key) {
        return firstNames.contains(key);
    }

    /** True for a country's adjective ("يمنية", "السوري"): never a place, whatever precedes it. */
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

    /** Kilometres per unit for a distance unit ("كلم", "ميل"; folded, clitics stripped), or null. */
    public Double distanceUnit(String folded) {
        return distanceUnits.get(folded);
    }

    /** A hedge that may stand between a distance and its direction ("تقريبا"). */
    public boolean isDistanceHedge(String folded) {
        return distanceHedges.contains(folded);
    }

    /** All head words (folded), e.g. to strip heads from gazetteer names. */
    public Set<String> headWords() {
        return heads.keySet();
    }

    static List<String[]> countries() {
        return Tsv.resource("countries.tsv");
    }

    static List<String[]> extras() {
        return Tsv.resource("places-extra.tsv");
    }
}
