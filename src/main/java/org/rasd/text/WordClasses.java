package org.rasd.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word table with a {@code form}, a {@code class} and a {@code gloss} column, read by {@link TextData}:
 * the normalized forms of each class, in file order. Asking for a class the table does not have fails,
 * naming the table, so a typo in a rule or a table is caught when the class loads.
 */
public final class WordClasses {
    private final String table;
    private final Map<String, List<String>> byClass;

    WordClasses(String table, Map<String, List<String>> byClass) {
        this.table = table;
        this.byClass = byClass;
    }

    /** Reads a {@code form class gloss} table of {@code org/rasd/text}; every row needs all three cells. */
    static WordClasses load(String table) {
        Map<String, List<String>> by = new LinkedHashMap<>();
        for (TextData.Row row : TextData.table(table)) {
            String form = row.cell(0);
            String cls = row.cell(1);
            if (form.isEmpty() || cls.isEmpty() || row.cell(2).isEmpty()) {
                throw new IllegalStateException(row.where() + ": expected form, class and gloss");
            }
            String norm = ArabicNormalizer.normalize(form).strip();
            List<String> forms = by.computeIfAbsent(cls, k -> new ArrayList<>());
            if (!forms.contains(norm)) {
                forms.add(norm);
            }
        }
        return new WordClasses(table, by);
    }

    /** The normalized forms of {@code cls}, in file order. */
    public List<String> list(String cls) {
        List<String> l = byClass.get(cls);
        if (l == null) {
            throw new IllegalStateException(table + ": no rows of class " + cls);
        }
        return Collections.unmodifiableList(l);
    }

    /** The normalized forms of {@code cls} as a set (iteration in file order). */
    public Set<String> set(String cls) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(list(cls)));
    }

    /** The one form of a single-form class (the date table's {@code of}). */
    public String one(String cls) {
        List<String> l = list(cls);
        if (l.size() != 1) {
            throw new IllegalStateException(table + ": class " + cls + " should have one form, has " + l.size());
        }
        return l.get(0);
    }

    /** The classes of the table, in file order. */
    public Set<String> classes() {
        return Collections.unmodifiableSet(byClass.keySet());
    }
}
