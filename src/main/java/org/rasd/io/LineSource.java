package org.rasd.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens text inputs: plain or gzip (by magic bytes), UTF-8 with malformed bytes replaced, BOM dropped. Lines end at
 * LF only (a CR before the LF is dropped): a bare CR stays inside its line, so a batch gives exactly one output line
 * per input line, as {@code wc -l} counts them.
 */
public final class LineSource {
    private LineSource() {
    }

    /** A reader whose {@link #readLine()} splits at LF only; {@link #readLine(long)} bounds the memory per line. */
    public static final class LfReader extends BufferedReader {
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int end;
        private boolean eof;

        LfReader(Reader in) {
            super(in, 1);
            this.in = in;
        }

        private boolean fill() throws IOException {
            if (pos < end) {
                return true;
            }
            if (eof) {
                return false;
            }
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? buf[pos++] : -1;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, end - pos);
            System.arraycopy(buf, pos, cbuf, off, n);
            pos += n;
            return n;
        }

        @Override
        public String readLine() throws IOException {
            Line l = readLine(Long.MAX_VALUE);
            return l == null ? null : l.text();
        }

        /**
         * The next line, or null at the end. A line longer than {@code maxChars} is read to its end but not kept:
         * its {@code text} is null and {@code length} tells how long it was.
         */
        public Line readLine(long maxChars) throws IOException {
            if (!fill()) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            long length = 0;
            boolean keep = true;
            while (fill()) {
                int start = pos;
                int i = start;
                while (i < end && buf[i] != '\n') {
                    i++;
                }
                int n = i - start;
                length += n;
                if (keep && length > maxChars) {
                    keep = false;
                    sb = null;
                }
                if (keep) {
                    sb.append(buf, start, n);
                }
                pos = i;
                if (i < end) {
                    pos++; // the LF
                    break;
                }
            }
            if (keep) {
                int last = sb.length() - 1;
                if (last >= 0 && sb.charAt(last) == '\r') {
                    sb.setLength(last);
                    length--;
                }
                return new Line(sb.toString(), length);
            }
            return new Line(null, length);
        }

        @Override
        public boolean ready() throws IOException {
            return pos < end || in.ready();
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void mark(int readAheadLimit) throws IOException {
            throw new IOException("mark not supported");
        }

        @Override
        public void reset() throws IOException {
            throw new IOException("reset not supported");
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n && fill()) {
                int k = (int) Math.min(n - skipped, end - pos);
                pos += k;
                skipped += k;
            }
            return skipped;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** One line: its text (null when it was longer than the limit asked for) and its length in chars. */
    public record Line(String text, long length) {
        public boolean overLong() {
            return text == null;
        }
    }

    public static LfReader open(Path p) throws IOException {
        return open(Files.newInputStream(p));
    }

    /** The same decoding over any stream (the Spark job reads through Hadoop file systems). */
    public static LfReader open(InputStream raw) throws IOException {
        InputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        var dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        LfReader r = new LfReader(new InputStreamReader(in, dec));
        if (r.fill() && r.buf[r.pos] == '\uFEFF') {
            r.pos++;
        }
        return r;
    }

    public static String readAll(Path p) throws IOException {
        try (BufferedReader r = open(p)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }
}
