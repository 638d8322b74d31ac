package org.rasd.gazetteer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Corrections to Who's On First records (wof-overrides.tsv), e.g. an Arabic name listed for the wrong place. */
final class WofOverrides {
    private static volatile Map<String, Set<String>> dropped;

    private WofOverrides() {
    }

    /** Name keys ({@link NameKeys#key}) that are not names of the WOF record {@code wofId}; empty when none. */
    static Set<String> droppedNames(String wofId) {
        Map<String, Set<String>> d = dropped;
        if (d == null) {
            d = load();
            dropped = d;
        }
        return d.getOrDefault(wofId, Set.of());
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        int line = 0;
        for (String[] r : PlaceLexicon.rows("wof-overrides.tsv")) {
            line++;
            String action = PlaceLexicon.col(r, 1);
            if (!action.equals("drop-name") || PlaceLexicon.col(r, 0).isEmpty() || PlaceLexicon.col(r, 2).isEmpty()) {
                throw new IllegalStateException("wof-overrides.tsv data row " + line + ": expected wof_id, drop-name, name, gloss");
            }
            out.computeIfAbsent(PlaceLexicon.col(r, 0), k -> new HashSet<>()).add(NameKeys.key(PlaceLexicon.col(r, 2)));
        }
        return out;
    }
}
