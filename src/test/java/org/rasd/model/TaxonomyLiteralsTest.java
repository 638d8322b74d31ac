package org.rasd.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ACLED's category names live in the taxonomy enums only: main code uses the enums, never the strings. */
class TaxonomyLiteralsTest {
    private static final Set<String> ENUM_FILES = Set.of("SubEventType.java", "EventType.java", "DisorderType.java",
            "Inter.java");

    static Set<String> labels() {
        Set<String> out = new HashSet<>();
        for (SubEventType t : SubEventType.values()) {
            out.add(t.label());
        }
        for (EventType t : EventType.values()) {
            out.add(t.label());
        }
        for (DisorderType t : DisorderType.values()) {
            out.add(t.label());
        }
        return out;
    }

    /** The string literals of a Java source, comments skipped. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                int e = src.indexOf('\n', i);
                i = e < 0 ? n : e;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int e = src.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '\'') {
                i = src.charAt(i + 1) == '\\' ? src.indexOf('\'', i + 3) + 1 : i + 3;
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n && src.charAt(i) != '"') {
                    if (src.charAt(i) == '\\') {
                        sb.append(src.charAt(i));
                        i++;
                    }
                    sb.append(src.charAt(i));
                    i++;
                }
                out.add(sb.toString());
                i++;
            } else {
                i++;
            }
        }
        return out;
    }

    @Test
    void literalsAreFoundOutsideComments() {
        assertThat(literals("a(\"x\") // \"y\"\n/* \"z\" */ b('\"', \"w\\\"v\")")).containsExactly("x", "w\\\"v");
    }

    @Test
    void noAcledCategoryStringInMainCodeOutsideTheEnums() throws IOException {
        Set<String> labels = labels();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (ENUM_FILES.contains(p.getFileName().toString()) && p.getParent().endsWith("org/rasd/model")) {
                    continue;
                }
                for (String lit : literals(Files.readString(p))) {
                    if (labels.contains(lit)) {
                        found.add(p + ": \"" + lit + "\"");
                    }
                }
            }
        }
        assertThat(found).as("ACLED category strings outside org.rasd.model's enums").isEmpty();
    }
}
