package org.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Size limits of the extract stage (issue 8 step 4): no class over 400 lines, no method over 80, and
 * {@link EventExtractor} a short orchestrator under 300 lines.
 */
class ExtractStructureTest {
    private static final Path DIR = Path.of("src/main/java/org/rasd/extract");
    /** A method or constructor header ending its line with "{" (not a control statement, not a type). */
    private static final Pattern METHOD = Pattern.compile(
            "^(\\s++)(?!(?:if|for|while|switch|else|try|catch|do|synchronized|return|new)\\b)"
                    + "(?!.*\\b(?:class|record|interface|enum)\\b)[\\w<>\\[\\], .?@]+\\([^;]*\\)\\s*"
                    + "(?:throws [\\w., ]+)?\\{$");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(DIR)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** "File: method at line N has M lines" for each method over {@code max} lines. */
    static List<String> longMethods(Path file, List<String> lines, int max) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // a header may wrap: join the lines up to the one ending in "{" or ";"
            String header = lines.get(i);
            int j = i;
            while (header.contains("(") && !header.endsWith("{") && !header.endsWith(";") && !header.endsWith("}")
                    && j + 1 < lines.size() && j - i < 6) {
                header = header + " " + lines.get(++j).trim();
            }
            Matcher m = METHOD.matcher(header);
            if (!m.matches()) {
                continue;
            }
            String close = m.group(1) + "}";
            int end = j + 1;
            while (end < lines.size() && !lines.get(end).equals(close)) {
                end++;
            }
            int length = end - i + 1;
            if (length > max) {
                out.add(file.getFileName() + ": method at line " + (i + 1) + " has " + length + " lines");
            }
        }
        return out;
    }

    @Test
    void noClassOver400Lines() throws IOException {
        List<String> big = new ArrayList<>();
        for (Path p : sources()) {
            long n = Files.readAllLines(p).size();
            if (n > 400) {
                big.add(p.getFileName() + ": " + n + " lines");
            }
        }
        assertThat(big).isEmpty();
    }

    @Test
    void noMethodOver80Lines() throws IOException {
        List<String> longOnes = new ArrayList<>();
        for (Path p : sources()) {
            longOnes.addAll(longMethods(p, Files.readAllLines(p), 80));
        }
        assertThat(longOnes).isEmpty();
    }

    @Test
    void theExtractorIsAShortOrchestrator() throws IOException {
        assertThat(Files.readAllLines(DIR.resolve("EventExtractor.java")).size()).isLessThan(300);
    }

    @Test
    void theMethodCheckFindsALongMethod() {
        List<String> lines = new ArrayList<>();
        lines.add("class X {");
        lines.add("    private static int f(int a,");
        lines.add("                         int b) {");
        for (int i = 0; i < 90; i++) {
            lines.add("        a++;");
        }
        lines.add("    }");
        lines.add("    void g() {");
        lines.add("        if (true) {");
        lines.add("        }");
        lines.add("    }");
        lines.add("}");
        assertThat(longMethods(Path.of("X.java"), lines, 80)).containsExactly("X.java: method at line 2 has 93 lines");
        assertThat(longMethods(Path.of("X.java"), lines, 100)).isEmpty();
    }
}
