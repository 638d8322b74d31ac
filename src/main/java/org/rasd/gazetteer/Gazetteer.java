package org.rasd.gazetteer;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rasd.io.DataPaths;
import org.rasd.text.Affixes;

/**
 * The compiled gazetteer: places and an Arabic name-key index. Build once from the sources
 * ({@link Sources}), cached as a compact binary file under {@code DataPaths.cache()/gazetteer}, rebuilt when
 * the inputs' sizes or mtimes (or the bundled tables) change. {@link #load(DataPaths)} returns one shared
 * instance per data directory. Immutable and thread-safe once loaded.
 */
public final class Gazetteer {
    static final int FORMAT = 10;
    private static final String MAGIC = "RASD-GAZ";
    private static final Map<String, Gazetteer> SHARED = new ConcurrentHashMap<>();

    private final Packed.Places places;
    private final Packed.Keys index;
    /** First word of two-word settlement names (Sahwa of Sahwat al-Qamh): short forms, used only with context. */
    private final Packed.Keys prefixIndex;
    /** Latin skeleton ({@link Transliteration#skeleton}) of one-word Latin names → settlements and admin units. */
    private final Packed.Keys translitIndex;
    private final int maxWords;
    private final String fingerprint;
    private long loadMillis;
    private String origin = "memory";
    private boolean mapped;

    /**
     * {@code index} values: element 0 holds the article flags (bit 1 = some name has the article on its first word,
     * bit 2 = some name lacks it), the rest are place indices.
     */
    Gazetteer(Packed.Places places, Packed.Keys index, Packed.Keys prefixIndex, Packed.Keys translitIndex, int maxWords,
            String fingerprint) {
        this(places, index, prefixIndex, translitIndex, maxWords, fingerprint, null);
    }

    /**
     * With {@code filters} (key, word-prefix and short-form key filters, as {@link #write} stores them after the
     * tables) taken as they are; null computes them from the tables' keys.
     */
    private Gazetteer(Packed.Places places, Packed.Keys index, Packed.Keys prefixIndex, Packed.Keys translitIndex,
            int maxWords, String fingerprint, long[][] filters) {
        this.places = places;
        this.index = index;
        this.prefixIndex = prefixIndex;
        this.translitIndex = translitIndex;
        this.fingerprint = fingerprint;
        this.maxWords = maxWords;
        long[][] f = filters != null ? filters : filtersOf(index, prefixIndex);
        this.keyFilter = f[0];
        this.wordPrefixFilter = f[1];
        this.prefixKeyFilter = f[2];
    }

    /** The key, word-prefix and short-form key filters computed from the tables' keys. */
    static long[][] filtersOf(Packed.Keys index, Packed.Keys prefixIndex) {
        long[] keys = new long[FILTER_WORDS];
        long[] wordPrefixes = new long[FILTER_WORDS];
        long[] prefixKeys = new long[FILTER_WORDS];
        index.forEachKeyHash(new Packed.KeyHashes() {
            @Override
            public void wordPrefix(int h) {
                set(wordPrefixes, h);
            }

            @Override
            public void key(int h) {
                set(keys, h);
            }
        });
        prefixIndex.forEachKeyHash(new Packed.KeyHashes() {
            @Override
            public void wordPrefix(int h) {
            }

            @Override
            public void key(int h) {
                set(prefixKeys, h);
            }
        });
        return new long[][] {keys, wordPrefixes, prefixKeys};
    }

    /** The filters in use (from the cached file, or computed), and as {@link #filtersOf} computes them from the keys. */
    long[][] filters(boolean fromKeys) {
        return fromKeys ? filtersOf(index, prefixIndex) : new long[][] {keyFilter, wordPrefixFilter, prefixKeyFilter};
    }

    /**
     * Bit filters over the {@link String#hashCode()} of the index's keys, of the word prefixes of its multi-word keys
     * (the part before each space: "a", "a b" for "a b c") and of the short-form index's keys (one bit per hash, no
     * false negatives): most probes of a word that starts no name stop here instead of in the hash table, and a
     * name of several words is walked word by word on hashes, its key string built only when the filter passes.
     */
    private static final int FILTER_BITS = 1 << 21;
    private static final int FILTER_WORDS = FILTER_BITS / 64;
    private static final int[] NONE = new int[0];
    private final long[] keyFilter;
    private final long[] wordPrefixFilter;
    private final long[] prefixKeyFilter;

    private static int bit(int h) {
        return (h ^ h >>> 11 ^ h >>> 21) & (FILTER_BITS - 1);
    }

    private static void set(long[] bits, int h) {
        int b = bit(h);
        bits[b >>> 6] |= 1L << b;
    }

    private static boolean test(long[] bits, int h) {
        int b = bit(h);
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    /**
     * False when no key of two or more words starts with {@code word} (its part before a space, if any): a name
     * of several words starting there cannot be found. True does not mean one exists.
     */
    boolean mayStartLongerName(String word) {
        int sp = word.indexOf(' ');
        int n = sp < 0 ? word.length() : sp;
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + word.charAt(i);
        }
        return test(wordPrefixFilter, h);
    }

    /** False when no key of the index is a longer name whose words up to a space hash to {@code h}. */
    boolean mayContinue(int h) {
        return test(wordPrefixFilter, h);
    }

    /** False when no key of the index has the {@link String#hashCode()} {@code h}. */
    boolean mayBeKey(int h) {
        return test(keyFilter, h);
    }

    private static int maxWordsOf(Map<String, int[]> index) {
        int m = 1;
        for (String k : index.keySet()) {
            int w = 1;
            for (int i = 0; i < k.length(); i++) {
                if (k.charAt(i) == ' ') {
                    w++;
                }
            }
            m = Math.max(m, w);
        }
        return Math.min(m, 6);
    }

    /** The shared gazetteer for these paths: loaded from cache, built (and cached) when missing or stale. */
    public static Gazetteer load(DataPaths paths) {
        String k = paths.data() + "|" + paths.home();
        return SHARED.computeIfAbsent(k, x -> {
            try {
                return loadOrBuild(paths, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Builds (when {@code force} or stale) and caches the index; returns it freshly loaded. */
    public static Gazetteer loadOrBuild(DataPaths paths, boolean force) throws IOException {
        long t0 = System.nanoTime();
        List<Path> dirs = dirs(paths);
        List<Path> inputs = Sources.inputs(dirs);
        String fp = fingerprint(inputs, paths.cache().resolve("gazetteer"));
        Path cache = cacheFile(paths, dirs);
        long tf = System.nanoTime();
        if (!force && Files.isRegularFile(cache)) {
            try {
                Gazetteer g = read(cache, fp);
                if (g == null) {
                    System.err.println("rasd: gazetteer inputs changed, rebuilding the index");
                }
                if (g != null) {
                    g.loadMillis = (System.nanoTime() - t0) / 1_000_000;
                    if (Boolean.getBoolean("rasd.gazetteer.timing")) {
                        System.err.printf("gazetteer: fingerprint %d ms, read %d ms%n", (tf - t0) / 1_000_000,
                                (System.nanoTime() - tf) / 1_000_000);
                    }
                    g.origin = "cache " + cache;
                    return g;
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("rasd: gazetteer cache unreadable, rebuilding: " + e);
            }
        }
        long tl = System.nanoTime();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cl = mx.getCurrentThreadCpuTime();
        PlaceTable table = Sources.loadAll(inputs);
        long tc = System.nanoTime();
        long cc = mx.getCurrentThreadCpuTime();
        Gazetteer g = fromTable(table, fp);
        long tw = System.nanoTime();
        long cw = mx.getCurrentThreadCpuTime();
        try {
            g.write(cache);
        } catch (IOException e) {
            // read-only home: keep working from memory
        }
        if (Boolean.getBoolean("rasd.gazetteer.timing")) {
            System.err.printf("gazetteer build: fingerprint %d ms, load sources %d ms (cpu %d), compile %d ms (cpu %d),"
                    + " write %d ms (cpu %d)%n", (tl - t0) / 1_000_000, (tc - tl) / 1_000_000, (cc - cl) / 1_000_000,
                    (tw - tc) / 1_000_000, (cw - cc) / 1_000_000, (System.nanoTime() - tw) / 1_000_000,
                    (mx.getCurrentThreadCpuTime() - cw) / 1_000_000);
        }
        g.loadMillis = (System.nanoTime() - t0) / 1_000_000;
        g.origin = "built from " + inputs.size() + " files";
        return g;
    }

    /** Gazetteer directories: {@code data/gazetteer} and, when different, {@code home/gazetteer} (downloads). */
    public static List<Path> dirs(DataPaths paths) {
        List<Path> d = new ArrayList<>();
        d.add(paths.gazetteerDir());
        Path h = paths.home().resolve("gazetteer");
        if (!h.normalize().equals(paths.gazetteerDir().normalize())) {
            d.add(h);
        }
        return d;
    }

    static Path cacheFile(DataPaths paths, List<Path> dirs) {
        return paths.cache().resolve("gazetteer").resolve("index-" + sha(dirs.toString()) + ".bin");
    }

    /** A gazetteer of the bundled tables only (countries + extra places), no data files. */
    public static Gazetteer builtin() {
        PlaceTable t = new PlaceTable();
        Sources.loadCountries(t);
        Sources.loadExtras(t);
        return fromTable(t, "builtin");
    }

    /** Compiles a place table (tests, builds). */
    public static Gazetteer fromTable(PlaceTable t, String fingerprint) {
        Set<String> heads = PlaceLexicon.get().headWords();
        Map<String, List<Integer>> idx = new HashMap<>();
        Map<String, List<Integer>> pre = new HashMap<>();
        Map<String, Byte> al = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            for (String n : t.namesOf(i)) {
                List<String> ws = NameKeys.words(n);
                if (ws.isEmpty()) {
                    continue;
                }
                addKey(idx, al, ws, i);
                if (ws.size() > 1 && heads.contains(ws.get(0)) && t.get(i).kind() != PlaceKind.FEATURE) {
                    addKey(idx, al, ws.subList(1, ws.size()), i);
                } else if (ws.size() == 2 && t.get(i).kind().isSettlement()) {
                    String first = NameKeys.dropAl(ws.get(0));
                    if (first.length() >= 4 && !PlaceLexicon.get().genericFirstWords.contains(first) && !heads.contains(ws.get(0))
                            && !PlaceLexicon.get().isCommonWord(first)) {
                        pre.computeIfAbsent(first, k -> new ArrayList<>(2)).add(i);
                    }
                }
            }
        }
        Map<String, int[]> prefix = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : pre.entrySet()) {
            prefix.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).distinct().toArray());
        }
        Map<String, int[]> index = new HashMap<>(idx.size() * 2);
        for (Map.Entry<String, List<Integer>> e : idx.entrySet()) {
            int[] ids = e.getValue().stream().mapToInt(Integer::intValue).distinct().toArray();
            int[] v = new int[ids.length + 1];
            v[0] = al.getOrDefault(e.getKey(), (byte) 3);
            System.arraycopy(ids, 0, v, 1, ids.length);
            index.put(e.getKey(), v);
        }
        boolean[] nt = new boolean[t.size()];
        for (int i = 0; i < nt.length; i++) {
            nt[i] = t.notable.get(i);
        }
        return new Gazetteer(new Packed.ArrayPlaces(t.places.toArray(new Place[0]), nt), new Packed.MapKeys(index),
                new Packed.MapKeys(prefix), new Packed.MapKeys(translitKeys(t)), maxWordsOf(index), fingerprint);
    }

    /**
     * Skeletons of the one-word Latin names of settlements and admin units (not countries, quarters, features) of the
     * countries {@link Transliteration#transliterated}: every place known only in Latin, and the notable places, towns
     * and provinces and districts with Arabic names (whose spelling the press may not share: Maroua, مروة, listed as
     * مارؤا; Lice, ليجي, listed as ليجا).
     */
    private static Map<String, int[]> translitKeys(PlaceTable t) {
        Map<String, List<Integer>> sk = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            Place p = t.get(i);
            if (!translitKind(p.kind()) || !Transliteration.transliterated(p.country())) {
                continue;
            }
            if (!t.namesOf(i).isEmpty() && !t.notable.get(i) && p.population() < ARABIC_NAMED_POPULATION
                    && p.kind() != PlaceKind.ADMIN1 && p.kind() != PlaceKind.ADMIN2) {
                continue; // a village the sources name in Arabic: its Arabic names are enough
            }
            String skel = Transliteration.skeleton(Transliteration.latinPattern(p.name(), p.country()));
            if (skel != null && skel.length() >= MIN_SKELETON) {
                sk.computeIfAbsent(skel, k -> new ArrayList<>(2)).add(i);
            }
        }
        Map<String, int[]> out = new HashMap<>(sk.size() * 2);
        for (Map.Entry<String, List<Integer>> e : sk.entrySet()) {
            out.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** Fewest people of a settlement with an Arabic name whose Latin name is read too (a town, not a village). */
    static final long ARABIC_NAMED_POPULATION = 10_000;

    /** Fewest consonants a transliterated name has (Maroua, مروة: M R). */
    static final int MIN_SKELETON = 2;

    private static boolean translitKind(PlaceKind k) {
        return k == PlaceKind.CITY || k == PlaceKind.TOWN || k == PlaceKind.VILLAGE || k == PlaceKind.ADMIN1
                || k == PlaceKind.ADMIN2 || k == PlaceKind.ADMIN3;
    }

    /**
     * Places whose one-word Latin name can be spelt by this folded Arabic word (article and clitics off):
     * same skeleton, compatible vowels ({@link Transliteration#compatible}). Empty when none.
     */
    int[] lookupTranslit(String bareFolded) {
        return translitMemo.get(bareFolded, lookupTranslitOnce);
    }

    /**
     * Words already looked up by {@link #lookupTranslit} (a pure function of the word): a bucket of one skeleton holds
     * up to thousands of places, each checked per lookup. The arrays handed out are never written to. Bounded: two
     * generations of {@value #TRANSLIT_MEMO} words ({@link BoundedMemo}), so the frequent words stay when it turns over.
     */
    private final BoundedMemo<String, int[]> translitMemo = new BoundedMemo<>(TRANSLIT_MEMO);
    private static final int TRANSLIT_MEMO = 1 << 14;
    private final java.util.function.Function<String, int[]> lookupTranslitOnce = this::lookupTranslitOnce;

    private int[] lookupTranslitOnce(String bareFolded) {
        String pat = Transliteration.arabicPattern(bareFolded);
        String skel = Transliteration.skeleton(pat);
        if (skel == null || skel.length() < MIN_SKELETON) {
            return NONE;
        }
        TranslitBucket bucket = translitBucket(skel);
        int[] v = bucket.ids;
        if (v.length == 0) {
            return NONE;
        }
        // compatible is a function of the two patterns: asked once per distinct Latin pattern of the bucket
        String[] pats = bucket.patterns;
        boolean[] ok = new boolean[pats.length];
        boolean any = false;
        for (int j = 0; j < pats.length; j++) {
            ok[j] = Transliteration.compatible(pat, pats[j]);
            any |= ok[j];
        }
        if (!any) {
            return NONE;
        }
        int[] of = bucket.patternOf;
        int n = 0;
        int[] out = null;
        for (int k = 0; k < v.length; k++) {
            if (ok[of[k]]) {
                if (out == null) {
                    out = new int[v.length - k];
                }
                out[n++] = v[k];
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * The places of one skeleton of {@link #translitIndex} (in the index's order) and their Latin patterns
     * ({@link Transliteration#latinPattern(String, String)} of name and country, null when none) told apart:
     * {@code patterns} holds each distinct pattern once, {@code patternOf[k]} the one of {@code ids[k]}. A bucket
     * holds up to a hundred places, most sharing a few names.
     */
    record TranslitBucket(int[] ids, String[] patterns, int[] patternOf) {
    }

    /**
     * Buckets made the first time a lookup meets their skeleton, kept (at most one per skeleton of the index, ~9,400
     * for the whole shared gazetteer; none for a skeleton the index lacks).
     */
    private final Map<String, TranslitBucket> translitBuckets = new ConcurrentHashMap<>();

    TranslitBucket translitBucket(String skeleton) {
        TranslitBucket b = translitBuckets.get(skeleton);
        if (b == null) {
            // none kept for a skeleton the index lacks (the function's null): those of a stream's words are unbounded
            b = translitBuckets.computeIfAbsent(skeleton, makeTranslitBucket);
        }
        return b == null ? EMPTY_BUCKET : b;
    }

    private final java.util.function.Function<String, TranslitBucket> makeTranslitBucket = this::bucketOfIndex;

    /** The bucket of a skeleton from {@link #translitIndex}; null when it is no key. */
    private TranslitBucket bucketOfIndex(String skeleton) {
        int[] ids = translitIndex.get(skeleton);
        return ids == null ? null : makeTranslitBucket(ids);
    }

    private TranslitBucket makeTranslitBucket(int[] ids) {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        int[] patternOf = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            Place place = places.get(ids[k]);
            String p = Transliteration.latinPattern(place.name(), place.country());
            // null (no pattern) is kept under a key no pattern equals: patterns are letters of classes, no NUL
            patternOf[k] = distinct.computeIfAbsent(p == null ? NO_LATIN : p, x -> distinct.size());
        }
        String[] patterns = new String[distinct.size()];
        for (Map.Entry<String, Integer> e : distinct.entrySet()) {
            patterns[e.getValue()] = NO_LATIN.equals(e.getKey()) ? null : e.getKey();
        }
        return new TranslitBucket(ids, patterns, patternOf);
    }

    private static final TranslitBucket EMPTY_BUCKET = new TranslitBucket(NONE, new String[0], NONE);

    /** Stands for a null pattern while a bucket is made: no pattern holds a NUL (patterns are letters of classes). */
    private static final String NO_LATIN = "\0";

    /** Places whose two-word name starts with this (folded, article-less) word: short-form readings. */
    int[] lookupPrefix(String key) {
        if (!test(prefixKeyFilter, key.hashCode())) {
            return NONE;
        }
        int[] v = prefixIndex.get(key);
        return v == null ? NONE : v;
    }

    private static void addKey(Map<String, List<Integer>> idx, Map<String, Byte> al, List<String> ws, int i) {
        String key = NameKeys.keyOfFolded(ws);
        if (key.length() >= 2) {
            idx.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            byte f = ws.get(0).startsWith(Affixes.ARTICLE) && ws.get(0).length() > 4 ? (byte) 1 : (byte) 2;
            al.merge(key, f, (a, b) -> (byte) (a | b));
        }
    }

    /** Whether some name under {@code key} is written with (true) or without (false) the article al-. */
    boolean articleAgrees(String key, boolean withArticle) {
        int[] v = index.get(key);
        return v != null && (v[0] & (withArticle ? 1 : 2)) != 0;
    }

    /** Fingerprint of inputs (path, size, mtime), the bundled tables and the format version. */
    static String fingerprint(List<Path> inputs) throws IOException {
        return fingerprint(inputs, null);
    }

    /**
     * {@link #fingerprint(List)}, with the bundled tables' part read from {@code cacheDir} when the classes come
     * from a jar whose path, size and mtime it was kept for ({@link #tablesPart(Path, Path)}); null: always computed.
     */
    static String fingerprint(List<Path> inputs, Path cacheDir) throws IOException {
        StringBuilder sb = new StringBuilder("v" + FORMAT + ";");
        for (Path p : inputs) {
            sb.append(p.toAbsolutePath()).append('|').append(Files.size(p)).append('|')
                    .append(Files.getLastModifiedTime(p).toMillis()).append(';');
        }
        sb.append(cacheDir == null ? tablesPart() : tablesPart(codeSource(), cacheDir));
        return sha(sb.toString());
    }

    /** The bundled tables the index is compiled from (their contents are part of its fingerprint). */
    private static final String[] TABLES = {"countries.tsv", "places-extra.tsv", "heads.tsv", "common-words.tsv",
        "common-words-derived.tsv", "wof-overrides.tsv", "world-regions.tsv", "distance-units.tsv",
        "first-names.tsv", "words.tsv", "translit.tsv", "translit-countries.tsv"};

    /** The bundled tables' part of the fingerprint: each table's name and the hash of its text. */
    static String tablesPart() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String r : TABLES) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(r)) {
                sb.append(r).append(sha(new String(in.readAllBytes(), StandardCharsets.UTF_8))).append(';');
            }
        }
        return sb.toString();
    }

    /**
     * {@link #tablesPart()}, kept under {@code cacheDir} for the jar {@code jar} (a file named by the hash of the
     * jar's path, size and mtime and the format): the tables are inside the jar, so the same jar has the same part,
     * and a start reads one small file instead of inflating and hashing the twelve tables. Computed (and kept) when
     * {@code jar} is null or no regular file (classes from a directory: tests) or nothing is kept for it yet.
     */
    static String tablesPart(Path jar, Path cacheDir) throws IOException {
        if (jar == null || !Files.isRegularFile(jar)) {
            return tablesPart();
        }
        String key = sha("v" + FORMAT + "|" + jar.toAbsolutePath() + "|" + Files.size(jar) + "|"
                + Files.getLastModifiedTime(jar).toMillis());
        Path kept = cacheDir.resolve("tables-" + key + ".txt");
        try {
            return Files.readString(kept, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // not kept yet (or unreadable): computed below
        }
        String part = tablesPart();
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, "tables", ".tmp");
            Files.writeString(tmp, part, StandardCharsets.UTF_8);
            try {
                DataDownloader.move(tmp, kept);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // read-only home: computed at each start
        }
        return part;
    }

    /** The jar (or directory) the gazetteer's classes and tables are loaded from; null when unknown. */
    private static Path codeSource() {
        try {
            java.security.CodeSource cs = Gazetteer.class.getProtectionDomain().getCodeSource();
            return cs == null ? null : Path.of(cs.getLocation().toURI());
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return null;
        }
    }

    /** 64-bit FNV-1a of the string's chars, as 16 hex digits (cheap: no crypto provider start-up). */
    static String sha(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return String.format("%016x", h);
    }

    // ---- binary format: magic, format, fingerprint, string table, places, keys ----

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "index", ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                str(out, MAGIC);
                out.writeInt(FORMAT);
                str(out, fingerprint);
                out.writeInt(maxWords);
                Packed.writePlaces(out, places);
                Packed.writeKeys(out, asMap(index));
                Packed.writeKeys(out, asMap(prefixIndex));
                Packed.writeKeys(out, asMap(translitIndex));
                for (long[] f : new long[][] {keyFilter, wordPrefixFilter, prefixKeyFilter}) {
                    for (long w : f) {
                        out.writeLong(w);
                    }
                }
            }
            DataDownloader.move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a cached index; null when its fingerprint differs. The file is memory-mapped, not read into the heap:
     * places decode lazily, the key tables are probed in place, and the key filters are copied from the end of the
     * file instead of being computed from the keys.
     */
    static Gazetteer read(Path file, String expectedFingerprint) throws IOException {
        java.nio.ByteBuffer in;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            in = ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        if (!str(in).equals(MAGIC) || in.getInt() != FORMAT) {
            return null;
        }
        String fp = str(in);
        if (expectedFingerprint != null && !fp.equals(expectedFingerprint)) {
            return null;
        }
        int maxWords = in.getInt();
        Packed.Places places = new Packed.BufferPlaces(in);
        Packed.Keys index = new Packed.BufferKeys(in);
        Packed.Keys prefix = new Packed.BufferKeys(in);
        Packed.Keys translit = new Packed.BufferKeys(in);
        long[][] filters = new long[3][FILTER_WORDS];
        for (long[] f : filters) {
            in.asLongBuffer().get(f);
            in.position(in.position() + 8 * FILTER_WORDS);
        }
        if (in.hasRemaining()) {
            throw new IOException("gazetteer index longer than its tables: " + file);
        }
        Gazetteer g = new Gazetteer(places, index, prefix, translit, maxWords, fp, filters);
        g.mapped = in.isDirect();
        return g;
    }

    private static Map<String, int[]> asMap(Packed.Keys k) {
        if (k instanceof Packed.MapKeys mk) {
            return mk.map();
        }
        throw new IllegalStateException("only an in-memory gazetteer can be written");
    }

    private static String str(java.nio.ByteBuffer in) {
        int len = in.getShort() & 0xffff;
        String s = Packed.utf8(in, in.position(), len);
        in.position(in.position() + len);
        return s;
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > 0xffff) {
            throw new IOException("string too long for the index: " + s.length());
        }
        out.writeShort(b.length);
        out.write(b);
    }

    // ---- queries ----

    /** Place indices for a name key ({@link NameKeys#key}); empty when unknown. */
    int[] lookupKey(String key) {
        if (!test(keyFilter, key.hashCode())) {
            return NONE;
        }
        int[] v = index.get(key, 1);
        return v == null ? NONE : v;
    }

    /** Whether a name key ({@link NameKeys#key}) names at least one place (features of {@code org.rasd.ner}). */
    public boolean hasKey(String key) {
        return test(keyFilter, key.hashCode()) && index.contains(key);
    }

    /** Whether some name of two words or more starts with this word (article dropped). */
    public boolean startsName(String word) {
        return mayStartLongerName(word);
    }

    /** Places whose Arabic name matches {@code arabicName} (any spelling variant, with or without the article). */
    public List<Place> lookup(String arabicName) {
        List<Place> out = new ArrayList<>();
        for (int i : lookupKey(NameKeys.key(arabicName))) {
            out.add(places.get(i));
        }
        return out;
    }

    Place place(int i) {
        return places.get(i);
    }

    boolean notable(int i) {
        return places.notable(i);
    }

    /** True when a place is well known (country, governorate, capital, big city, curated): no context needed. */
    public boolean isNotable(Place p) {
        for (int i : lookupKey(NameKeys.key(p.nameAr() == null ? "" : p.nameAr()))) {
            if (places.get(i).equals(p)) {
                return places.notable(i);
            }
        }
        return false;
    }

    /** Whether the tables are read in place from the memory-mapped index file (not held in the heap). */
    boolean mapped() {
        return mapped;
    }

    /** Longest name in words. */
    public int maxWords() {
        return maxWords;
    }

    public int size() {
        return places.size();
    }

    public int keyCount() {
        return index.size();
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** Milliseconds the last load (or build) took. */
    public long loadMillis() {
        return loadMillis;
    }

    /** Where it came from ("cache …", "built from N files", "memory"). */
    public String origin() {
        return origin;
    }

    /** The country entry for an ISO-2 code, or null (countries are loaded first). */
    public Place country(String iso2) {
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            if (p.kind() != PlaceKind.COUNTRY) {
                break;
            }
            if (p.country().equals(iso2)) {
                return p;
            }
        }
        return null;
    }
}
