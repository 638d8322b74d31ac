package org.rasd.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.text.Affixes;
import org.rasd.text.TextPipeline;
import org.rasd.text.Token;

/**
 * NewsFANE ({@code ner/newsfane/SPLIT.conll}: token TAB fine BIO tag, a blank line between sentences) read as the
 * pipeline sees text: each sentence is rebuilt as a string, with the one-letter proclitics and the enclitic pronouns
 * that the corpus splits off glued back to their word (as {@code GeocoderEval} does), tokenised by the text stage,
 * and each token labelled B- or I- with the coarse class ({@code coarse-classes.tsv}) of the entity it overlaps, O
 * otherwise. Only {@link #CLASSES} are kept (the benchmark's five); vehicles, weapons and the rest become O.
 */
public final class NewsFane {
    /** The coarse classes tagged: the NewsFANE benchmark's five. */
    public static final List<String> CLASSES = List.of("PER", "GPE", "LOC", "ORG", "FAC");
    /** The classes that are places for the geocoder. */
    public static final Set<String> PLACES = Set.of("GPE", "LOC", "FAC");

    /** A sentence: its rebuilt text, the text stage's tokens and one BIO label per token. */
    public record Sentence(String text, List<Token> tokens, List<String> labels) {
        public Sentence {
            tokens = List.copyOf(tokens);
            labels = List.copyOf(labels);
        }
    }

    private NewsFane() {
    }

    /** The sentences of {@code dir/SPLIT.conll}; an unreadable line is an error naming the file and line. */
    public static List<Sentence> read(Path dir, String split) throws IOException {
        Map<String, String> coarse = coarse(dir.resolve("coarse-classes.tsv"));
        Path file = dir.resolve(split + ".conll");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.add("");
        List<Sentence> out = new ArrayList<>();
        List<String[]> sent = new ArrayList<>();
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln);
            if (!line.isBlank()) {
                String[] c = line.split("\t");
                if (c.length != 2 || !(c[1].equals("O") || c[1].startsWith("B-") || c[1].startsWith("I-"))) {
                    throw new IOException(file + " line " + (ln + 1) + ": expected TOKEN TAB (O|B-X|I-X)");
                }
                sent.add(c);
            } else if (!sent.isEmpty()) {
                out.add(sentence(sent, coarse));
                sent.clear();
            }
        }
        return out;
    }

    private static Sentence sentence(List<String[]> sent, Map<String, String> coarse) {
        StringBuilder text = new StringBuilder();
        List<int[]> entities = new ArrayList<>(); // start, end, class index
        int[] open = null;
        for (int k = 0; k < sent.size(); k++) {
            String tok = sent.get(k)[0];
            String tag = sent.get(k)[1];
            boolean glue = k > 0 && (proclitic(sent.get(k - 1)) && letter(tok.substring(0, 1)) || enclitic(sent.get(k)) && letter(sent.get(k - 1)[0]));
            if (text.length() > 0 && !glue) {
                text.append(' ');
            }
            int start = text.length();
            text.append(tok);
            String cls = tag.equals("O") ? null : coarse.get(tag.substring(2));
            int ci = cls == null ? -1 : CLASSES.indexOf(cls);
            if (ci < 0) {
                open = null;
            } else if (tag.startsWith("I-") && open != null && open[2] == ci) {
                open[1] = text.length();
            } else {
                open = new int[] {start, text.length(), ci};
                entities.add(open);
            }
        }
        String s = text.toString();
        List<Token> toks = TextPipeline.tokenize(s);
        List<String> labels = new ArrayList<>(toks.size());
        int prevEntity = -1;
        for (Token t : toks) {
            int e = -1;
            for (int j = 0; j < entities.size() && e < 0; j++) {
                int[] en = entities.get(j);
                if (en[0] < t.end() && t.start() < en[1]) {
                    e = j;
                }
            }
            labels.add(e < 0 ? "O" : (e == prevEntity ? "I-" : "B-") + CLASSES.get(entities.get(e)[2]));
            prevEntity = e;
        }
        return new Sentence(s, toks, labels);
    }

    /** A one-letter word tagged O (و, ب, ل …): a proclitic the corpus split off. */
    private static boolean proclitic(String[] tokTag) {
        return tokTag[0].length() == 1 && Character.isLetter(tokTag[0].charAt(0)) && tokTag[1].equals("O");
    }

    /** An enclitic pronoun ({@link Affixes#enclitics}) the corpus split off, tagged O. */
    private static boolean enclitic(String[] tokTag) {
        return tokTag[1].equals("O") && Affixes.enclitics().contains(tokTag[0]);
    }

    private static boolean letter(String s) {
        return !s.isEmpty() && Character.isLetter(s.charAt(s.length() - 1));
    }

    private static Map<String, String> coarse(Path file) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length >= 2) {
                m.put(c[0].trim(), c[1].trim());
            }
        }
        return m;
    }
}
