package org.rasd.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The compiled index's on-disk structures, used in place without decoding the whole file: a string table read
 * lazily, fixed-size place records decoded on first access, and open-addressing hash tables keyed by
 * {@link String#hashCode()} (a specified, stable function) whose entries hold the key bytes and int arrays.
 */
final class Packed {
    private Packed() {
    }

    /** Read-only view of places over a buffer. */
    interface Places {
        Place get(int i);

        boolean notable(int i);

        int size();
    }

    /** Read-only key → int[] map. */
    interface Keys {
        /** The values of {@code key}; null when it is no key. */
        default int[] get(String key) {
            return get(key, 0);
        }

        /** The values of {@code key} from index {@code from} on (a new array when {@code from > 0}); null when no key. */
        int[] get(String key, int from);

        /** Whether {@code key} is a key (its values are not decoded). */
        boolean contains(String key);

        int size();

        /**
         * Calls {@code each} with the {@link String#hashCode()} of every key, after the hashes of its proper word
         * prefixes (the part before each of its spaces, in order).
         */
        void forEachKeyHash(KeyHashes each);
    }

    /** Receives the hashes of a key's word prefixes (none for a key of one word), then the key's own hash. */
    interface KeyHashes {
        /** The hash of a key's part before one of its spaces. */
        void wordPrefix(int prefixHash);

        void key(int keyHash);
    }

    /** The hashes of {@code key}'s word prefixes and of itself, as {@link Keys#forEachKeyHash} reports them. */
    static void hashes(String key, KeyHashes each) {
        int h = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ') {
                each.wordPrefix(h);
            }
            h = 31 * h + c;
        }
        each.key(h);
    }

    static final class ArrayPlaces implements Places {
        private final Place[] places;
        private final boolean[] notable;

        ArrayPlaces(Place[] places, boolean[] notable) {
            this.places = places;
            this.notable = notable;
        }

        @Override
        public Place get(int i) {
            return places[i];
        }

        @Override
        public boolean notable(int i) {
            return notable[i];
        }

        @Override
        public int size() {
            return places.length;
        }
    }

    static final class MapKeys implements Keys {
        private final Map<String, int[]> map;

        MapKeys(Map<String, int[]> map) {
            this.map = map;
        }

        @Override
        public int[] get(String key, int from) {
            int[] v = map.get(key);
            return v == null || from == 0 ? v : java.util.Arrays.copyOfRange(v, from, v.length);
        }

        @Override
        public boolean contains(String key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        Map<String, int[]> map() {
            return map;
        }

        @Override
        public void forEachKeyHash(KeyHashes each) {
            for (String k : map.keySet()) {
                hashes(k, each);
            }
        }
    }

    // ---- place records: 7 string refs, lat, lon, kind, population, notable = 54 bytes

    static final int RECORD = 7 * 4 + 8 + 8 + 1 + 8 + 1;

    static void writePlaces(DataOutputStream out, Places ps) throws IOException {
        Map<String, Integer> strings = new java.util.LinkedHashMap<>();
        strings.put("", 0);
        for (int i = 0; i < ps.size(); i++) {
            Place p = ps.get(i);
            for (String s : fields(p)) {
                strings.putIfAbsent(s == null ? "" : s, strings.size());
            }
        }
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        int[] offsets = new int[strings.size() + 1];
        int k = 0;
        for (String s : strings.keySet()) {
            offsets[k++] = blob.size();
            blob.write(s.getBytes(StandardCharsets.UTF_8));
        }
        offsets[k] = blob.size();
        out.writeInt(strings.size());
        for (int o : offsets) {
            out.writeInt(o);
        }
        out.writeInt(blob.size());
        blob.writeTo(out);
        out.writeInt(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            Place p = ps.get(i);
            for (String s : fields(p)) {
                out.writeInt(strings.get(s == null ? "" : s));
            }
            out.writeDouble(p.lat());
            out.writeDouble(p.lon());
            out.writeByte(p.kind().ordinal());
            out.writeLong(p.population());
            out.writeBoolean(ps.notable(i));
        }
    }

    private static String[] fields(Place p) {
        return new String[] {p.id(), p.name(), p.nameAr(), p.country(), p.admin1(), p.admin2(), p.admin3()};
    }

    /** Lazily decoded places over {@code buf}, starting at its position (which it advances past the section). */
    static final class BufferPlaces implements Places {
        private final ByteBuffer buf;
        private final int[] offsets;
        private final int blobStart;
        private final String[] strings;
        private final int recStart;
        private final Place[] cache;
        private static final PlaceKind[] KINDS = PlaceKind.values();

        BufferPlaces(ByteBuffer buf) {
            this.buf = buf;
            int ns = buf.getInt();
            offsets = new int[ns + 1];
            buf.asIntBuffer().get(offsets);
            buf.position(buf.position() + 4 * (ns + 1));
            int blobLen = buf.getInt();
            blobStart = buf.position();
            buf.position(blobStart + blobLen);
            strings = new String[ns];
            int n = buf.getInt();
            recStart = buf.position();
            cache = new Place[n];
            buf.position(recStart + n * RECORD);
        }

        private String str(int ref) {
            String s = strings[ref];
            if (s == null) {
                s = utf8(buf, blobStart + offsets[ref], offsets[ref + 1] - offsets[ref]);
                strings[ref] = s;
            }
            return s;
        }

        private String nul(int ref) {
            return ref == 0 ? null : str(ref);
        }

        @Override
        public Place get(int i) {
            Place p = cache[i];
            if (p == null) {
                int o = recStart + i * RECORD;
                p = new Place(str(buf.getInt(o)), str(buf.getInt(o + 4)), str(buf.getInt(o + 8)), str(buf.getInt(o + 12)),
                        nul(buf.getInt(o + 16)), nul(buf.getInt(o + 20)), nul(buf.getInt(o + 24)), buf.getDouble(o + 28),
                        buf.getDouble(o + 36), KINDS[buf.get(o + 44)], buf.getLong(o + 45));
                cache[i] = p;
            }
            return p;
        }

        @Override
        public boolean notable(int i) {
            return buf.get(recStart + i * RECORD + 53) != 0;
        }

        @Override
        public int size() {
            return cache.length;
        }
    }

    /** The UTF-8 string of {@code len} bytes at {@code off} of {@code buf} (a heap or a memory-mapped buffer). */
    static String utf8(ByteBuffer buf, int off, int len) {
        if (buf.hasArray()) {
            return new String(buf.array(), buf.arrayOffset() + off, len, StandardCharsets.UTF_8);
        }
        byte[] b = new byte[len];
        buf.get(off, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Whether the {@code len} bytes of {@code buf} at {@code off} are the UTF-8 encoding of {@code key}, encoded char
     * by char as it is compared (a key holding a surrogate is encoded whole, as {@link String#getBytes} would).
     */
    static boolean sameUtf8(ByteBuffer buf, int off, int len, String key) {
        int p = off;
        int end = off + len;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x80) {
                if (p >= end || buf.get(p++) != (byte) c) {
                    return false;
                }
            } else if (c < 0x800) {
                if (p + 2 > end || buf.get(p) != (byte) (0xC0 | c >> 6) || buf.get(p + 1) != (byte) (0x80 | c & 0x3F)) {
                    return false;
                }
                p += 2;
            } else if (Character.isSurrogate(c)) {
                byte[] kb = key.getBytes(StandardCharsets.UTF_8);
                return kb.length == len && sameBytes(buf, off, kb);
            } else {
                if (p + 3 > end || buf.get(p) != (byte) (0xE0 | c >> 12) || buf.get(p + 1) != (byte) (0x80 | c >> 6 & 0x3F)
                        || buf.get(p + 2) != (byte) (0x80 | c & 0x3F)) {
                    return false;
                }
                p += 3;
            }
        }
        return p == end;
    }

    /** Whether the bytes of {@code buf} at {@code off} start with all of {@code kb}. */
    static boolean sameBytes(ByteBuffer buf, int off, byte[] kb) {
        if (buf.hasArray()) {
            int a = buf.arrayOffset() + off;
            return java.util.Arrays.equals(buf.array(), a, a + kb.length, kb, 0, kb.length);
        }
        for (int j = 0; j < kb.length; j++) {
            if (buf.get(off + j) != kb[j]) {
                return false;
            }
        }
        return true;
    }

    // ---- hash tables

    static void writeKeys(DataOutputStream out, Map<String, int[]> map) throws IOException {
        int m = Integer.highestOneBit(Math.max(4, map.size() * 2)) << 1;
        int[] slots = new int[m];
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(blob);
        for (Map.Entry<String, int[]> e : map.entrySet()) {
            String key = e.getKey();
            int h = key.hashCode();
            int i = h & (m - 1);
            while (slots[i] != 0) {
                i = (i + 1) & (m - 1);
            }
            slots[i] = blob.size() + 1;
            byte[] kb = key.getBytes(StandardCharsets.UTF_8);
            b.writeInt(h);
            b.writeShort(kb.length);
            b.write(kb);
            b.writeInt(e.getValue().length);
            for (int v : e.getValue()) {
                b.writeInt(v);
            }
        }
        b.flush();
        out.writeInt(map.size());
        out.writeInt(m);
        for (int s : slots) {
            out.writeInt(s);
        }
        out.writeInt(blob.size());
        blob.writeTo(out);
    }

    static final class BufferKeys implements Keys {
        private final ByteBuffer buf;
        private final int size;
        private final int[] slots;
        private final int blobStart;
        private final int blobEnd;

        BufferKeys(ByteBuffer buf) {
            this.buf = buf;
            size = buf.getInt();
            int m = buf.getInt();
            slots = new int[m];
            buf.asIntBuffer().get(slots);
            buf.position(buf.position() + 4 * m);
            int len = buf.getInt();
            blobStart = buf.position();
            blobEnd = blobStart + len;
            buf.position(blobEnd);
        }

        @Override
        public int[] get(String key, int from) {
            int p = find(key);
            if (p < 0) {
                return null;
            }
            int[] v = new int[Math.max(0, buf.getInt(p) - from)];
            for (int j = 0; j < v.length; j++) {
                v[j] = buf.getInt(p + 4 + 4 * (from + j));
            }
            return v;
        }

        @Override
        public boolean contains(String key) {
            return find(key) >= 0;
        }

        /**
         * The offset of {@code key}'s value count (its values follow), or -1: the slots probed from the key's
         * {@link String#hashCode()}, an entry's key compared as UTF-8 with the string's chars without encoding it.
         */
        private int find(String key) {
            int h = key.hashCode();
            int m = slots.length;
            for (int i = h & (m - 1); slots[i] != 0; i = (i + 1) & (m - 1)) {
                int o = blobStart + slots[i] - 1;
                if (buf.getInt(o) != h) {
                    continue;
                }
                int kl = buf.getShort(o + 4) & 0xffff;
                if (sameUtf8(buf, o + 6, kl, key)) {
                    return o + 6 + kl;
                }
            }
            return -1;
        }

        @Override
        public int size() {
            return size;
        }

        /**
         * One sequential pass over the entries (in the order they were written): each holds its key's hash; the word prefixes' hashes are computed
         * from the UTF-8 bytes (decoded to UTF-16 units on the fly, as {@link String#hashCode()} counts them).
         */
        @Override
        public void forEachKeyHash(KeyHashes each) {
            for (int o = blobStart; o < blobEnd; ) {
                int h = buf.getInt(o);
                int kl = buf.getShort(o + 4) & 0xffff;
                byte[] a = new byte[kl + 3];
                buf.get(o + 6, a, 0, kl);
                int p = 0;
                int end = kl;
                int kh = 0;
                while (p < end) {
                    int b = a[p] & 0xff;
                    int cp;
                    if (b < 0x80) {
                        cp = b;
                        p++;
                    } else if (b < 0xE0) {
                        cp = (b & 0x1f) << 6 | a[p + 1] & 0x3f;
                        p += 2;
                    } else if (b < 0xF0) {
                        cp = (b & 0x0f) << 12 | (a[p + 1] & 0x3f) << 6 | a[p + 2] & 0x3f;
                        p += 3;
                    } else {
                        cp = (b & 0x07) << 18 | (a[p + 1] & 0x3f) << 12 | (a[p + 2] & 0x3f) << 6 | a[p + 3] & 0x3f;
                        p += 4;
                    }
                    if (cp == ' ') {
                        each.wordPrefix(kh);
                    }
                    if (cp >= 0x10000) {
                        kh = 31 * (31 * kh + Character.highSurrogate(cp)) + Character.lowSurrogate(cp);
                    } else {
                        kh = 31 * kh + cp;
                    }
                }
                each.key(h);
                int v = o + 6 + kl;
                o = v + 4 + 4 * buf.getInt(v);
            }
        }
    }
}
