package org.rasd.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A diagnostic trace of the extractor's place decisions, off unless the system property {@code rasd.trace} names a
 * file: one JSON line per place mention (with the scene filter's reason when it is no scene) and per frame (its
 * candidate places, its chosen places, or the step that gave it no event). Read by {@code corpus/tools/locmiss.py}.
 */
public final class ExtractTrace {
    private static final String FILE = System.getProperty("rasd.trace");

    private ExtractTrace() {
    }

    public static boolean on() {
        return FILE != null;
    }

    static void place(Layers l, PlaceRef p, String reason) {
        write("{\"doc\":" + q(l.doc.docId()) + ",\"kind\":\"place\",\"s\":" + p.start() + ",\"e\":" + p.end()
                + ",\"text\":" + q(l.doc.text().substring(p.start(), p.end())) + ",\"loc\":" + loc(p)
                + ",\"dateline\":" + p.dateline() + ",\"drop\":" + q(reason) + "}");
    }

    /** Traces, when tracing is on, each of {@code frames} the decider did not keep as "vetoed". */
    static void vetoed(Layers l, List<Frame> frames, List<Frame> kept) {
        if (on()) {
            for (Frame f : frames) {
                if (!kept.contains(f)) {
                    frame(l, f, "vetoed", null, null);
                }
            }
        }
    }

    static void frame(Layers l, Frame f, String outcome, List<PlaceRef> cands, List<PlaceRef> chosen) {
        StringBuilder sb = new StringBuilder("{\"doc\":" + q(l.doc.docId()) + ",\"kind\":\"frame\",\"sent\":"
                + f.sentence() + ",\"s\":" + f.trigger().start() + ",\"e\":" + f.trigger().end() + ",\"trigger\":"
                + q(l.doc.text().substring(f.trigger().start(), f.trigger().end())) + ",\"type\":"
                + q(f.subType().eventType().label()) + ",\"territory\":" + f.territory() + ",\"outcome\":"
                + q(outcome) + ",\"cands\":" + refs(l, cands) + ",\"chosen\":" + refs(l, chosen) + "}");
        write(sb.toString());
    }

    /** A trigger that a modality cue, a future or purpose prefix or a background clause blocked (no frame). */
    static void blocked(Layers l, org.rasd.lexicon.Mention<org.rasd.lexicon.TriggerEntry> t, String why) {
        write("{\"doc\":" + q(l.doc.docId()) + ",\"kind\":\"blocked\",\"s\":" + t.start() + ",\"e\":" + t.end()
                + ",\"trigger\":" + q(l.doc.text().substring(t.start(), t.end())) + ",\"why\":" + q(why) + "}");
    }

    /** The article's events after stage {@code stage} (coded: merged by the coder; kept: after the event filter). */
    public static void events(String docId, String stage, List<org.rasd.model.Event> events) {
        StringBuilder sb = new StringBuilder("{\"doc\":" + q(docId) + ",\"kind\":\"events\",\"stage\":" + q(stage)
                + ",\"events\":[");
        for (org.rasd.model.Event e : events) {
            sb.append(sb.charAt(sb.length() - 1) == '[' ? "" : ",").append("[").append(q(e.eventType().label()))
                    .append(',').append(e.location().lat()).append(',').append(e.location().lon()).append(']');
        }
        write(sb.append("]}").toString());
    }

    private static String refs(Layers l, List<PlaceRef> ps) {
        if (ps == null) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder("[");
        for (PlaceRef p : ps) {
            sb.append(sb.length() > 1 ? "," : "").append("{\"s\":").append(p.start()).append(",\"text\":")
                    .append(q(l.doc.text().substring(p.start(), p.end()))).append(",\"loc\":").append(loc(p))
                    .append('}');
        }
        return sb.append(']').toString();
    }

    private static String loc(PlaceRef p) {
        StringBuilder sb = new StringBuilder("[[" + p.location().lat() + "," + p.location().lon() + ","
                + p.precision() + "," + q(p.location().name()) + "]");
        for (org.rasd.model.Location a : p.alternatives()) {
            sb.append(",[").append(a.lat()).append(',').append(a.lon()).append(',').append(a.geoPrecision())
                    .append(',').append(q(a.name())).append(']');
        }
        return sb.append(']').toString();
    }

    private static String q(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static synchronized void write(String line) {
        try {
            Files.writeString(Path.of(FILE), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
