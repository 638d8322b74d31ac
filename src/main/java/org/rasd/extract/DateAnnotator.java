package org.rasd.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.rasd.text.Affixes;
import org.rasd.text.ArabicNormalizer;
import org.rasd.text.DateMention;
import org.rasd.text.Document;
import org.rasd.text.Sentence;

/**
 * Date layer: the text stage's dates without time-of-day adverbs, per sentence, the day each paragraph last stated up
 * to each sentence, and the article's lead day.
 */
final class DateAnnotator {
    /** Time-of-day adverbs ("at night", "in the morning", "in the evening") say when in the day, not which day. */
    static final Set<String> TIME_OF_DAY = Words.WORDS.set("time_of_day");

    private DateAnnotator() {
    }

    static boolean timeOfDayOnly(String text, DateMention d) {
        String w = ArabicNormalizer.normalize(text.substring(d.start(), d.end())).trim();
        if (w.startsWith(Affixes.AND) && TIME_OF_DAY.contains(w.substring(1))) {
            return true;
        }
        return TIME_OF_DAY.contains(w);
    }

    /** The mention if its day is within a week before publication (or publication is unknown), else null. */
    static DateMention recent(Document doc, DateMention d) {
        if (d == null || d.date() == null) {
            return null;
        }
        LocalDate pub = doc.published();
        if (pub == null) {
            return d;
        }
        long days = pub.toEpochDay() - d.date().toEpochDay();
        return days >= -1 && days <= 7 ? d : null;
    }

    /** The first recent day the article states (its lead's day), for sentences that state none; or null. */
    static DateMention lead(Document doc) {
        for (DateMention d : doc.dates()) {
            if (!timeOfDayOnly(doc.text(), d) && recent(doc, d) != null) {
                return d;
            }
        }
        return null;
    }

    /** The article's dates by start offset, for finding those of a clause by binary search. */
    static List<DateMention> byStart(Document doc) {
        List<DateMention> ds = new ArrayList<>(doc.dates());
        ds.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(ds);
    }

    /** The dates of a sentence, in the text stage's order, without time-of-day adverbs. */
    static List<DateMention> of(Document doc, Sentence s) {
        List<DateMention> dates = new ArrayList<>();
        for (DateMention d : doc.dates()) {
            if (d.start() >= s.start() && d.end() <= s.end() && !timeOfDayOnly(doc.text(), d)) {
                dates.add(d);
            }
        }
        return dates;
    }

    /**
     * Per sentence, the last date of the last sentence of its paragraph, up to and including it, that states one
     * (sentences without tokens are skipped), or null.
     */
    static DateMention[] paragraphDates(Document doc, int[] paragraphOfSentence) {
        List<Sentence> ss = doc.sentences();
        DateMention[] out = new DateMention[ss.size()];
        DateMention last = null;
        int para = -1;
        for (int si = 0; si < ss.size(); si++) {
            if (paragraphOfSentence[si] != para) {
                para = paragraphOfSentence[si];
                last = null;
            }
            Sentence s = ss.get(si);
            if (doc.firstTokenAtOrAfter(s.end()) > doc.firstTokenAtOrAfter(s.start())) {
                List<DateMention> ds = of(doc, s);
                if (!ds.isEmpty()) {
                    last = ds.get(ds.size() - 1);
                }
            }
            out[si] = last;
        }
        return out;
    }
}
