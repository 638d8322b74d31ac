package org.rasd.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.text.DateMention;
import org.rasd.text.Sentence;
import org.rasd.text.Span;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;

/** Background: past years and dates weeks before publication, per clause or before a sentence's first trigger. */
final class Background {
    /** Days before publication after which a day is background. */
    static final int BACKGROUND_DAYS = 14;
    /** Words that name a year: "year 2012", "the year 2013", "year 2014". */
    static final Set<String> YEAR_NOUNS = Words.WORDS.set("year_noun");

    private Background() {
    }

    /** Whether the clause {@code [cs, ce)} names a past year or an old date (memoized per clause). */
    static boolean clause(Layers l, int cs, int ce) {
        return l.background(cs, ce, () -> pastYearIn(l, cs, ce) || oldDateIn(l, cs, ce));
    }

    /** A date weeks before publication in {@code [cs, ce)} ("last March") marks background. */
    static boolean oldDateIn(Layers l, int cs, int ce) {
        LocalDate pub = l.doc.published();
        if (pub == null) {
            return false;
        }
        List<DateMention> ds = l.datesByStart;
        int lo = 0;
        int hi = ds.size();
        while (lo < hi) { // first date starting at or after cs
            int mid = (lo + hi) >>> 1;
            if (ds.get(mid).start() < cs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < ds.size() && ds.get(i).start() < ce; i++) {
            DateMention d = ds.get(i);
            if (d.end() <= ce && d.date() != null && d.date().isBefore(pub.minusDays(BACKGROUND_DAYS))) {
                return true;
            }
        }
        return false;
    }

    /** A year before the publication year in {@code [cs, ce)} ("in summer 2012") marks background. */
    static boolean pastYearIn(Layers l, int cs, int ce) {
        for (Token k : l.doc.tokensIn(cs, ce)) {
            if (pastYear(l, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A year before the publication year named in {@code [start, end)} ("in 2003 … attacked", "in the year 2012"). Before
     * a sentence's first trigger it sets the whole sentence in the past; elsewhere a past year marks only its own
     * clause ({@link #pastYearIn}).
     */
    static boolean namedPastYearIn(Layers l, int start, int end) {
        List<Token> ts = l.doc.tokensIn(start, end);
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (pastYear(l, ts.get(i + 1))
                    && PhraseIndex.keys(ts.get(i)).stream().anyMatch(YEAR_NOUNS::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A four-digit number from 1900 up to the year before publication. */
    static boolean pastYear(Layers l, Token k) {
        if (l.doc.published() == null || k.kind() != TokenKind.NUMBER || k.norm().length() != 4) {
            return false;
        }
        try {
            int y = Integer.parseInt(k.norm());
            return y >= 1900 && y < l.doc.published().getYear();
        } catch (NumberFormatException e) {
            return false; // not a year
        }
    }

    /** Index of the last clause starting at or before {@code offset}, or -1 (clauses are in order). */
    private static int clauseIndex(Sentence s, int offset) {
        List<Span> cs = s.clauses();
        int lo = 0;
        int hi = cs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cs.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Start of the clause an offset lies in (the sentence start before the first clause). */
    static int clauseStart(Sentence s, int offset) {
        int i = clauseIndex(s, offset);
        return i < 0 ? s.start() : s.clauses().get(i).start();
    }

    /** End of the clause containing an offset, else the sentence end. */
    static int clauseEnd(Sentence s, int offset) {
        int i = clauseIndex(s, offset);
        if (i >= 0 && offset < s.clauses().get(i).end()) {
            return s.clauses().get(i).end();
        }
        return s.end();
    }
}
