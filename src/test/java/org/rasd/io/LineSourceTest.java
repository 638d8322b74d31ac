package org.rasd.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineSourceTest {
    @TempDir
    Path tmp;

    private List<String> lines(String content) throws Exception {
        Path f = Files.writeString(tmp.resolve("f.txt"), content, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        try (LineSource.LfReader r = LineSource.open(f)) {
            for (String l; (l = r.readLine()) != null; ) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void splitsAtLfOnlySoABareCrStaysInItsLine() throws Exception {
        assertThat(lines("a\rb\nc\n")).containsExactly("a\rb", "c");
        assertThat(lines("{\"x\":\r1}\n\r\n")).containsExactly("{\"x\":\r1}", "");
    }

    @Test
    void dropsTheCrOfCrLfAndTheBom() throws Exception {
        assertThat(lines("\uFEFFa\r\nb\r\n")).containsExactly("a", "b");
        assertThat(lines("a\nb")).containsExactly("a", "b");
        assertThat(lines("")).isEmpty();
        assertThat(lines("\n")).containsExactly("");
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWithItsLength() throws Exception {
        String longLine = "x".repeat(200_000);
        Path f = Files.writeString(tmp.resolve("l.txt"), "a\n" + longLine + "\nb\n");
        try (LineSource.LfReader r = LineSource.open(f)) {
            assertThat(r.readLine(1000).text()).isEqualTo("a");
            LineSource.Line l = r.readLine(1000);
            assertThat(l.overLong()).isTrue();
            assertThat(l.length()).isEqualTo(200_000);
            assertThat(r.readLine(1000).text()).isEqualTo("b");
            assertThat(r.readLine(1000)).isNull();
        }
    }

    @Test
    void readsGzipAndReplacesMalformedBytes() throws Exception {
        Path gz = tmp.resolve("f.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(new byte[] {'a', (byte) 0xff, '\r', 'b', '\n', 'c', '\n'});
        }
        List<String> out = new ArrayList<>();
        try (LineSource.LfReader r = LineSource.open(gz)) {
            for (String l; (l = r.readLine()) != null; ) {
                out.add(l);
            }
        }
        assertThat(out).containsExactly("a\uFFFD\rb", "c");
    }

    @Test
    void readAllKeepsEveryCharacter() throws Exception {
        Path f = Files.writeString(tmp.resolve("all.txt"), "\uFEFFسطر\r\nثان\rثالث", StandardCharsets.UTF_8);
        assertThat(LineSource.readAll(f)).isEqualTo("سطر\r\nثان\rثالث");
    }
}
