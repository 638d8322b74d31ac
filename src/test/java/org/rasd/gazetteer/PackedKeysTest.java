package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index's key tables probed in place, on a heap buffer and on a direct (memory-mapped-like) one. */
class PackedKeysTest {
    static final Map<String, int[]> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("درعا", new int[] {3, 10, 11});
        KEYS.put("محافظه درعا", new int[] {1, 10});
        KEYS.put("abc", new int[] {2});
        KEYS.put("a\u200cb", new int[] {2, 7}); // a three-byte char (zero-width non-joiner)
        KEYS.put("x\uD83D\uDE00", new int[] {2, 8}); // a surrogate pair (four bytes)
        KEYS.put("y\uD800", new int[] {2, 9}); // an unpaired surrogate: written as '?'
    }

    static List<Packed.Keys> tables() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            Packed.writeKeys(out, KEYS);
        }
        byte[] bytes = b.toByteArray();
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 3);
        direct.put(new byte[3]).put(bytes).position(3); // at an odd offset, as a section of the index file
        return List.of(new Packed.BufferKeys(ByteBuffer.wrap(bytes)), new Packed.BufferKeys(direct.slice()),
                new Packed.MapKeys(KEYS));
    }

    @Test
    void everyKeyIsFoundWithItsValuesAndNearMissesAreNot() throws IOException {
        for (Packed.Keys k : tables()) {
            for (Map.Entry<String, int[]> e : KEYS.entrySet()) {
                int[] v = e.getValue();
                assertThat(k.contains(e.getKey())).as(e.getKey()).isTrue();
                assertThat(k.get(e.getKey())).as(e.getKey()).containsExactly(v);
                assertThat(k.get(e.getKey(), 1)).as(e.getKey()).containsExactly(java.util.Arrays.copyOfRange(v, 1, v.length));
            }
            for (String miss : List.of("درع", "درعاا", "محافظه", "ab", "abcd", "abd", "a\u200cc", "x\uD83D\uDE01", "")) {
                assertThat(k.contains(miss)).as(miss).isFalse();
                assertThat(k.get(miss)).as(miss).isNull();
                assertThat(k.get(miss, 1)).as(miss).isNull();
            }
        }
    }

    @Test
    void theUtf8ComparisonAgreesWithGetBytes() {
        ByteBuffer buf = ByteBuffer.wrap("\u0645\u062d\u0627 a\u200c\uD83D\uDE00".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int len = buf.capacity();
        assertThat(Packed.sameUtf8(buf, 0, len, "\u0645\u062d\u0627 a\u200c\uD83D\uDE00")).isTrue();
        assertThat(Packed.sameUtf8(buf, 0, len, "\u0645\u062d\u0627 a\u200c")).isFalse();
        assertThat(Packed.sameUtf8(buf, 0, 6, "\u0645\u062d\u0627")).isTrue();
        assertThat(Packed.sameUtf8(buf, 0, 6, "\u0645\u062d\u0628")).isFalse();
        assertThat(Packed.sameUtf8(buf, 0, 5, "\u0645\u062d\u0627")).isFalse();
    }
}
