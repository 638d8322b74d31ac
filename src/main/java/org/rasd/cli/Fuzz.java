package org.rasd.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rasd.text.TsvTable;

/**
 * Adversarial batch lines built from the pieces in {@code fuzz-pieces.tsv} with a fixed seed: article texts joined
 * from Arabic news fragments, digits of every script, huge numbers, Hijri and Levantine months, bidi controls,
 * combining marks, emoji, NUL and lone surrogates; one line in ten is a broken line (truncated JSON, wrong types,
 * missing fields, deep nesting, empty). Used by {@code rasd fuzz} and the robustness test.
 */
public final class Fuzz {
    /** One generated input line; {@code wellFormed} lines are valid articles. */
    public record Line(String json, boolean wellFormed) {
    }

    private static final List<String> PIECES = new ArrayList<>();
    private static final List<String> BROKEN = new ArrayList<>();

    static {
        for (TsvTable.Row r : TsvTable.resource(Fuzz.class, "fuzz-pieces.tsv", true, 2)) {
            (r.cells()[0].equals("broken") ? BROKEN : PIECES).add(decode(r.cells()[1]));
        }
    }

    private Fuzz() {
    }

    /** {@code \\uXXXX} (four hex digits) decoded; every other character as is. */
    static String decode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == 'u' && isHex(s, i + 2)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int from) {
        if (from + 4 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code n} lines from {@code seed}; the same seed gives the same lines. */
    public static List<Line> generate(long seed, int n) {
        Random r = new Random(seed);
        List<Line> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(10) == 0) {
                out.add(new Line(BROKEN.get(r.nextInt(BROKEN.size())), false));
                continue;
            }
            StringBuilder text = new StringBuilder();
            int pieces = 1 + r.nextInt(25);
            for (int k = 0; k < pieces; k++) {
                text.append(PIECES.get(r.nextInt(PIECES.size()))).append(r.nextInt(4) == 0 ? ". " : " ");
            }
            String id = "f" + i + (r.nextInt(20) == 0 ? "\uD83D" : "");
            String published = r.nextInt(8) == 0 ? "" : String.format(",\"published\":\"%04d-%02d-%02d\"",
                    1990 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
            out.add(new Line("{\"doc_id\":\"" + json(id) + "\"" + published + ",\"text\":\"" + json(text.toString())
                    + "\"}", true));
        }
        return out;
    }

    /** A JSON string body: quotes, backslashes, control characters and lone surrogates escaped. */
    static String json(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pairHigh = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pairHigh) {
                sb.append(c).append(s.charAt(++i));
            } else if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** What a batch made of generated lines gave back. {@code problems} lists contract breaches, first 20. */
    public record Report(int lines, int events, int brokenRejected, int failures, List<String> problems) {
        public boolean contractHeld() {
            return problems.isEmpty();
        }

        @Override
        public String toString() {
            return String.format("%,d lines: %,d events, %,d broken lines rejected, %,d well-formed documents failed; "
                    + "contract %s", lines, events, brokenRejected, failures,
                    problems.isEmpty() ? "held" : "BROKEN: " + problems);
        }
    }

    /**
     * Checks the batch contract on {@code out} (the JSONL output for {@code in}): one line per input line, in order;
     * an error line (with the right line number) for each broken input; for each good one its doc_id back unaltered,
     * and every evidence span inside the text and equal to it. Extraction failures of good documents are counted.
     */
    public static Report check(List<Line> in, List<String> out) {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> problems = new ArrayList<>();
        int events = 0;
        int rejected = 0;
        int failures = 0;
        if (out.size() != in.size()) {
            problems.add(out.size() + " output lines for " + in.size() + " input lines");
        }
        for (int i = 0; i < Math.min(in.size(), out.size()) && problems.size() < 20; i++) {
            Line l = in.get(i);
            try {
                com.fasterxml.jackson.databind.JsonNode o = m.readTree(out.get(i));
                if (!l.wellFormed()) {
                    if (!o.has("error") || o.path("line").asInt() != i + 1) {
                        problems.add("line " + (i + 1) + ": broken input without its error line");
                    } else {
                        rejected++;
                    }
                    continue;
                }
                if (o.has("error")) {
                    failures++;
                    continue;
                }
                org.rasd.model.Article a = org.rasd.io.ArticleReader.parse(l.json());
                if (!a.docId().equals(o.path("doc_id").asText())) {
                    problems.add("line " + (i + 1) + ": doc_id altered");
                }
                for (com.fasterxml.jackson.databind.JsonNode e : o.path("events")) {
                    events++;
                    for (com.fasterxml.jackson.databind.JsonNode ev : e.path("evidence")) {
                        int s = ev.path("start").asInt(-1);
                        int end = ev.path("end").asInt(-1);
                        if (s < 0 || end < s || end > a.text().length()
                                || !a.text().substring(s, end).equals(ev.path("text").asText())) {
                            problems.add("line " + (i + 1) + ": evidence [" + s + "," + end + ") not in the text");
                        }
                    }
                }
            } catch (Exception e) {
                problems.add("line " + (i + 1) + ": " + e);
            }
        }
        return new Report(out.size(), events, rejected, failures, problems);
    }
}
