package org.rasd.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loaders for every gazetteer source into a {@link PlaceTable}: the countries and extra-places tables
 * (classpath), Who's On First TSVs, Open-Syria admin JSON, GeoNames dumps (cities500 and country dumps, with
 * admin1CodesASCII.txt / admin2Codes.txt when present).
 */
public final class Sources {
    private static final Pattern COUNTRY_DUMP = Pattern.compile("[A-Z]{2}\\.(txt|zip|txt\\.gz)");
    private static final Pattern WOF = Pattern.compile("wof_[a-z]{2}_places\\.tsv(\\.gz)?");
    private static final Pattern CITIES = Pattern.compile("cities\\d+\\.(txt|zip|txt\\.gz)");

    private Sources() {
    }

    /** The input files of the given gazetteer directories that the loaders read, in load order. */
    public static List<Path> inputs(List<Path> dirs) {
        List<Path> wof = new ArrayList<>();
        List<Path> osy = new ArrayList<>();
        List<Path> gn = new ArrayList<>();
        List<Path> codes = new ArrayList<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : s.sorted().toList()) {
                    String n = p.getFileName().toString();
                    if (WOF.matcher(n).matches()) {
                        wof.add(p);
                    } else if (CITIES.matcher(n).matches() || COUNTRY_DUMP.matcher(n).matches()) {
                        gn.add(p);
                    } else if (n.equals("admin1CodesASCII.txt") || n.equals("admin2Codes.txt")) {
                        codes.add(p);
                    }
                }
            } catch (IOException e) {
                continue;
            }
            Path os = d.resolve("opensyria");
            for (String f : new String[] {"governorates.json", "districts.json", "subdistricts.json"}) {
                if (Files.isRegularFile(os.resolve(f))) {
                    osy.add(os.resolve(f));
                }
            }
        }
        // a plain .txt and its .zip: keep one
        List<Path> out = new ArrayList<>();
        out.addAll(wof);
        out.addAll(osy);
        out.addAll(codes);
        out.addAll(dedupeDumps(gn));
        return out;
    }

    private static List<Path> dedupeDumps(List<Path> gn) {
        Map<String, Path> byStem = new java.util.LinkedHashMap<>();
        for (Path p : gn) {
            String n = p.getFileName().toString();
            String stem = n.substring(0, n.indexOf('.'));
            Path prev = byStem.get(stem);
            if (prev == null || n.endsWith(".txt")) {
                byStem.put(stem, p);
            }
        }
        return new ArrayList<>(byStem.values());
    }

    /** Loads everything: countries, then the data files, then the extra places. */
    public static PlaceTable loadAll(List<Path> inputs) throws IOException {
        PlaceTable t = new PlaceTable();
        loadCountries(t);
        Map<String, String> admin1 = new HashMap<>();
        Map<String, String> admin2 = new HashMap<>();
        for (Path p : inputs) {
            String n = p.getFileName().toString();
            if (n.equals("admin1CodesASCII.txt")) {
                readCodes(p, admin1);
            } else if (n.equals("admin2Codes.txt")) {
                readCodes(p, admin2);
            }
        }
        boolean timing = Boolean.getBoolean("rasd.gazetteer.timing");
        for (Path p : inputs) {
            String n = p.getFileName().toString();
            long t0 = System.nanoTime();
            long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            if (timing) {
                System.err.print("  " + n);
            }
            if (WOF.matcher(n).matches()) {
                loadWof(p, t);
            } else if (n.endsWith(".json")) {
                loadOpenSyria(p, t);
            } else if (CITIES.matcher(n).matches() || COUNTRY_DUMP.matcher(n).matches()) {
                loadGeoNames(p, t, admin1, admin2);
            }
            if (timing) {
                System.err.printf(" %d ms (cpu %d ms)%n", (System.nanoTime() - t0) / 1_000_000,
                        (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1_000_000);
            }
        }
        loadExtras(t);
        return t;
    }

    static void loadCountries(PlaceTable t) {
        for (String[] r : PlaceLexicon.countries()) {
            String iso = r[0];
            List<String> ar = List.of(r[2].split("\\|"));
            Place p = new Place("cty:" + iso, r[1], ar.get(0), iso, null, null, null, Double.parseDouble(r[4]),
                    Double.parseDouble(r[5]), PlaceKind.COUNTRY, 0);
            t.add(p, ar, null, true);
        }
    }

    /** Extra places: merged into an existing entry of the same name within 10 km, else added. */
    static void loadExtras(PlaceTable t) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            for (String n : t.namesOf(i)) {
                byKey.computeIfAbsent(NameKeys.key(n), k -> new ArrayList<>()).add(i);
            }
        }
        int line = 0;
        for (String[] r : PlaceLexicon.extras()) {
            line++;
            List<String> ar = List.of(r[0].split("\\|"));
            double lat = Double.parseDouble(r[3]);
            double lon = Double.parseDouble(r[4]);
            PlaceKind kind = PlaceKind.parse(r[5]);
            Integer match = null;
            for (String n : ar) {
                for (int i : byKey.getOrDefault(NameKeys.key(n), List.of())) {
                    Place q = t.get(i);
                    if (q.country().equals(r[2]) && Place.distanceKm(lat, lon, q.lat(), q.lon()) < 10
                            && q.kind() != PlaceKind.COUNTRY && (q.kind().isAdmin() == kind.isAdmin())) {
                        match = i;
                        break;
                    }
                }
                if (match != null) {
                    break;
                }
            }
            boolean notable = kind == PlaceKind.CITY || kind == PlaceKind.TOWN || kind == PlaceKind.ADMIN1
                    || kind == PlaceKind.COUNTRY; // curated towns are the ones the press names
            if (match != null) {
                t.addNames(match, ar);
                if (notable) {
                    t.markNotable(match);
                }
                t.preferEnglishName(match, r[1]);
            } else {
                Place p = new Place("extra:" + r[1].replaceAll("[^A-Za-z0-9]+", "_") + "_" + line, r[1], ar.get(0),
                        r[2], null, null, null, lat, lon, kind, 0);
                t.add(p, ar, null, notable);
            }
        }
    }

    static void readCodes(Path p, Map<String, String> into) throws IOException {
        try (BufferedReader r = DumpFiles.open(p)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length >= 3) {
                    into.put(c[0], c[2].isBlank() ? c[1] : c[2]);
                }
            }
        }
    }

    /** A WOF row as a link in a parent chain: its type, English name and parent id. */
    private record WofLink(String type, String name, String parent) {
    }

    /** Who's On First TSV: wof_id, placetype, name, name_ar, lat, lon, parent_id, gn_id, is_current, deprecated, src_geom. */
    static void loadWof(Path p, PlaceTable t) throws IOException {
        String iso = p.getFileName().toString().substring(4, 6).toUpperCase(java.util.Locale.ROOT);
        // every row is a possible link of a parent chain, but only rows with an Arabic name become places: the others
        // (most rows outside the Arab countries) are kept as a small link record, without splitting the whole line
        Map<String, WofLink> rows = new HashMap<>();
        List<String[]> order = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        int[] tab = new int[8];
        // the regions and counties of a country read through Latin names are kept without an Arabic name too (Warduj)
        boolean latinOnlyAdmin = Transliteration.transliterated(iso);
        try (BufferedReader r = DumpFiles.open(p)) {
            String header = r.readLine();
            if (header == null) {
                return;
            }
            String line;
            while ((line = r.readLine()) != null) {
                int n = 0;
                for (int i = line.indexOf('\t'); i >= 0 && n < tab.length; i = line.indexOf('\t', i + 1)) {
                    tab[n++] = i;
                }
                if (n < 7) {
                    continue; // fewer than 8 columns
                }
                String id = line.substring(0, tab[0]);
                String type = types.computeIfAbsent(line.substring(tab[0] + 1, tab[1]), x -> x);
                String name = line.substring(tab[1] + 1, tab[2]);
                String parent = line.substring(tab[5] + 1, tab[6]);
                rows.put(id, new WofLink(type, name, parent));
                if (DumpFiles.hasArabic(line, tab[2] + 1, tab[3]) || latinOnlyAdmin && LATIN_ADMIN.contains(type)) {
                    order.add(line.split("\t", -1));
                }
            }
        }
        for (String[] c : order) {
            String type = c[1];
            if (!DumpFiles.col(c, 9).isEmpty() || DumpFiles.col(c, 8).equals("0")) {
                continue; // deprecated or superseded
            }
            PlaceKind kind = switch (type) {
                case "region" -> PlaceKind.ADMIN1;
                case "county" -> PlaceKind.ADMIN2;
                case "localadmin" -> PlaceKind.ADMIN3;
                case "locality" -> PlaceKind.TOWN;
                case "neighbourhood", "macrohood", "microhood", "borough" -> PlaceKind.NEIGHBOURHOOD;
                case "campus" -> PlaceKind.FEATURE;
                default -> null;
            };
            if (kind == null || c[3].isBlank() && !(latinOnlyAdmin && LATIN_ADMIN.contains(type))) {
                continue;
            }
            double[] ll = point(c[4], c[5]);
            if (ll == null) {
                continue;
            }
            double lat = ll[0];
            double lon = ll[1];
            String a1 = null;
            String a2 = null;
            String a3 = null;
            WofLink cur = rows.get(c[6]);
            for (int hops = 0; cur != null && hops < 8; hops++) {
                switch (cur.type()) {
                    case "region" -> a1 = a1 == null ? cur.name() : a1;
                    case "county" -> a2 = a2 == null ? cur.name() : a2;
                    case "localadmin" -> a3 = a3 == null ? cur.name() : a3;
                    default -> { }
                }
                cur = rows.get(cur.parent());
            }
            List<String> ar = new ArrayList<>();
            java.util.Set<String> wrong = WofOverrides.droppedNames(c[0]);
            for (String n : c[3].split("\\|")) {
                if (DumpFiles.hasArabic(n) && !wrong.contains(NameKeys.key(n))) {
                    ar.add(n.trim());
                }
            }
            if (ar.isEmpty() && (!c[3].isBlank() || Transliteration.latinPattern(c[2], iso) == null)) {
                continue; // no Arabic name left (all dropped), or a Latin-only name of several words
            }
            Place pl = new Place("wof:" + c[0], c[2], ar.isEmpty() ? "" : ar.get(0), iso, a1, a2, a3, lat, lon, kind, 0);
            t.add(pl, ar, DumpFiles.col(c, 7), kind == PlaceKind.ADMIN1 && !ar.isEmpty());
        }
    }

    /** WOF place types kept with a Latin name only in the countries {@link Transliteration#transliterated}. */
    private static final java.util.Set<String> LATIN_ADMIN = java.util.Set.of("region", "county");

    /** Open-Syria governorates / districts / subdistricts JSON. */
    static void loadOpenSyria(Path p, PlaceTable t) throws IOException {
        String n = p.getFileName().toString();
        PlaceKind kind = n.startsWith("governorates") ? PlaceKind.ADMIN1
                : n.startsWith("districts") ? PlaceKind.ADMIN2 : PlaceKind.ADMIN3;
        JsonNode root = new ObjectMapper().readTree(p.toFile());
        Map<String, String> govNames = new HashMap<>();
        Map<String, String> distNames = new HashMap<>();
        Path dir = p.getParent();
        if (kind != PlaceKind.ADMIN1) {
            readIdNames(dir.resolve("governorates.json"), govNames);
            readIdNames(dir.resolve("districts.json"), distNames);
        }
        for (JsonNode u : root) {
            String en = u.path("name").path("en").asText("");
            String ar = u.path("name").path("ar").asText("");
            if (ar.isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(ar);
            for (JsonNode a : u.path("aliases")) {
                if (a.path("language").asText("").equals("ar")) {
                    names.add(a.path("value").asText());
                }
            }
            String pcode = u.path("externalIds").path("ochaPcode").asText(u.path("id").asText());
            String gn = u.path("externalIds").path("geonames").asText(null);
            String a1 = kind == PlaceKind.ADMIN1 ? en : govNames.get(u.path("governorateId").asText());
            String a2 = kind == PlaceKind.ADMIN2 ? en : kind == PlaceKind.ADMIN3
                    ? distNames.get(u.path("districtId").asText()) : null;
            String a3 = kind == PlaceKind.ADMIN3 ? en : null;
            double lat = u.path("centroid").path("latitude").asDouble(Double.NaN);
            double lon = u.path("centroid").path("longitude").asDouble(Double.NaN);
            if (Double.isNaN(lat) || Double.isNaN(lon)) {
                continue;
            }
            long pop = u.path("population").path("value").asLong(0);
            t.add(new Place("osy:" + pcode, en, ar, "SY", a1, a2, a3, lat, lon, kind, pop), names, gn,
                    kind == PlaceKind.ADMIN1);
        }
    }

    private static void readIdNames(Path p, Map<String, String> into) throws IOException {
        if (!Files.isRegularFile(p)) {
            return;
        }
        for (JsonNode u : new ObjectMapper().readTree(p.toFile())) {
            into.put(u.path("id").asText(), u.path("name").path("en").asText());
        }
    }

    /**
     * GeoNames 19-column dump (cities500 or a country dump). Only rows with an Arabic name are kept (the
     * geocoder matches Arabic); country rows are left to the countries table.
     */
    static void loadGeoNames(Path p, PlaceTable t, Map<String, String> admin1, Map<String, String> admin2)
            throws IOException {
        try (BufferedReader r = DumpFiles.open(p)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length < 15) {
                    continue;
                }
                if (!DumpFiles.hasArabic(c[3])) {
                    addLatinOnly(c, t, admin1, admin2);
                    continue;
                }
                String fclass = c[6];
                String fcode = c[7];
                long pop = parseLong(c[14]);
                PlaceKind kind = kindOf(fclass, fcode, pop);
                if (kind == null) {
                    continue;
                }
                List<String> ar = new ArrayList<>();
                for (String n : c[3].split(",")) {
                    if (DumpFiles.hasArabic(n) && !n.isBlank()) {
                        ar.add(n.trim());
                    }
                }
                if (ar.isEmpty()) {
                    continue;
                }
                double[] ll = point(c[4], c[5]);
                if (ll == null) {
                    continue;
                }
                double lat = ll[0];
                double lon = ll[1];
                String cc = c[8];
                String a1 = admin1.get(cc + "." + c[10]);
                String a2 = admin2.get(cc + "." + c[10] + "." + c[11]);
                String name = c[2].isBlank() ? c[1] : c[2];
                boolean notable = pop >= 1_000_000 || fcode.equals("PPLC") || kind == PlaceKind.ADMIN1;
                t.add(new Place("gn:" + c[0], name, ar.get(0), cc, a1, a2, null, lat, lon, kind, pop), ar, c[0], notable);
            }
        }
    }

    /**
     * A GeoNames settlement or admin unit without an Arabic name: kept with its Latin name only, which the geocoder
     * matches through {@link Transliteration} (in the article's focus country, after a head or a locative). A row
     * whose GeoNames id an Arabic-named entry already holds is left out.
     */
    private static void addLatinOnly(String[] c, PlaceTable t, Map<String, String> admin1, Map<String, String> admin2) {
        long pop = parseLong(c[14]);
        PlaceKind kind = kindOf(c[6], c[7], pop);
        if (kind == null || !(kind.isSettlement() && kind != PlaceKind.NEIGHBOURHOOD || kind == PlaceKind.ADMIN1
                || kind == PlaceKind.ADMIN2) || t.hasGeonamesId(c[0]) || !Transliteration.transliterated(c[8])) {
            return;
        }
        String name = c[2].isBlank() ? c[1] : c[2];
        if (Transliteration.latinPattern(name, c[8]) == null) {
            return; // names of several words are not matched
        }
        double[] ll = point(c[4], c[5]);
        if (ll == null) {
            return;
        }
        double lat = ll[0];
        double lon = ll[1];
        String cc = c[8];
        t.add(new Place("gn:" + c[0], name, "", cc, admin1.get(cc + "." + c[10]),
                admin2.get(cc + "." + c[10] + "." + c[11]), null, lat, lon, kind, pop), List.of(), c[0], false);
    }

    /** A point from its latitude and longitude columns, or null when either is not a number. */
    private static double[] point(String lat, String lon) {
        try {
            return new double[] {Double.parseDouble(lat), Double.parseDouble(lon)};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static PlaceKind kindOf(String fclass, String fcode, long pop) {
        switch (fclass) {
            case "A":
                return switch (fcode) {
                    case "ADM1" -> PlaceKind.ADMIN1;
                    case "ADM2" -> PlaceKind.ADMIN2;
                    case "ADM3" -> PlaceKind.ADMIN3;
                    default -> null;
                };
            case "P":
                if (fcode.equals("PPLX")) {
                    return PlaceKind.NEIGHBOURHOOD;
                }
                if (fcode.startsWith("PPLH") || fcode.equals("PPLQ") || fcode.equals("PPLW")) {
                    return null;
                }
                if (fcode.equals("PPLC") || fcode.equals("PPLA") || pop >= 100_000) {
                    return PlaceKind.CITY;
                }
                return pop >= 10_000 || fcode.startsWith("PPLA") ? PlaceKind.TOWN : PlaceKind.VILLAGE;
            case "S":
                return switch (fcode) {
                    case "AIRP", "AIRB", "AIRF", "MILB", "INSM", "PSTB", "PRT", "DAM", "CMP", "CMPRF" -> PlaceKind.FEATURE;
                    default -> null;
                };
            case "R":
            case "T":
                return switch (fcode) {
                    case "RD", "RDJCT", "MT", "MTS", "PLN", "VAL", "PASS" -> PlaceKind.FEATURE;
                    default -> null;
                };
            default:
                return null;
        }
    }

    private static long parseLong(String s) {
        try {
            return s.isBlank() ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
