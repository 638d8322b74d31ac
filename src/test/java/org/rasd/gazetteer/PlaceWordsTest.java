package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasd.text.ArabicNormalizer;
import org.rasd.text.TsvTable;

/**
 * Every row of the geocoder's closed word classes (gazetteer/words.tsv, directions.tsv) can match: a word
 * form is one word that folding leaves as it is (so it equals a folded token or reading), a separator is
 * one punctuation mark, a proclitic is one letter. A form with a final alef maksura or a hamza carrier, or two
 * words where one is compared, would sit there dead.
 */
class PlaceWordsTest {
    private static final Set<String> PROCLITICS = Set.of("locative_proclitic", "to_proclitic", "comparative_proclitic");

    @Test
    void everyWordRowCanMatch() {
        List<String> bad = new ArrayList<>();
        List<TsvTable.Row> rows = TsvTable.resource(PlaceLexicon.class, "words.tsv", true, 3);
        for (TsvTable.Row row : rows) {
            String form = row.col(0);
            String cls = row.col(1);
            String norm = ArabicNormalizer.normalize(form).strip();
            boolean letters = form.codePoints().anyMatch(Character::isLetter);
            if (!letters) {
                if (!cls.equals("list_separator") || norm.length() != 1) {
                    bad.add(row.where() + " " + form + ": punctuation only in list_separator, one mark");
                }
            } else if (!NameKeys.fold(form).equals(norm) || norm.contains(" ")) {
                bad.add(row.where() + " " + form + ": folds to " + NameKeys.fold(form) + ", never equal to a token");
            } else if (PROCLITICS.contains(cls) && norm.length() != 1) {
                bad.add(row.where() + " " + form + ": a proclitic is one letter");
            }
        }
        assertThat(rows).hasSizeGreaterThan(60);
        assertThat(bad).isEmpty();
    }

    @Test
    void everyDirectionIsAKnownCompassPoint() {
        for (String[] r : PlaceLexicon.rows("directions.tsv")) {
            assertThat(r[1].trim()).isIn("N", "S", "E", "W", "NE", "NW", "SE", "SW");
            assertThat(ArabicNormalizer.normalize(r[0]).strip()).isEqualTo(r[0].strip());
        }
    }

    @Test
    void closedClassesAreLoaded() {
        PlaceLexicon lex = PlaceLexicon.get();
        assertThat(lex.genericFirstWords).hasSizeGreaterThan(40);
        assertThat(lex.listSeparators).contains(",", "/");
        assertThat(lex.listFillers).isNotEmpty();
        assertThat(lex.locativeProclitic).hasSize(1);
        assertThat(lex.toProclitic).hasSize(1);
        assertThat(lex.comparativeProclitic).hasSize(1);
    }
}
