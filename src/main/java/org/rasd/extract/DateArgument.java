package org.rasd.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.EventType;
import org.rasd.text.DateMention;

/**
 * The date argument of a frame: the date nearest its triggers, else the paragraph's last recent day, else the lead's
 * day, else the day before publication; and the vetoes that follow from it (a plan dated after publication,
 * background from earlier weeks, commentary with no day, habitual imperfect verbs).
 */
final class DateArgument {
    private static final Set<String> IMPERFECT = Words.WORDS.set("imperfect");

    /**
     * The day of an event.
     *
     * @param day       the day, or null when neither the text nor the publication gives one
     * @param precision ACLED time precision
     * @param mention   the date stated for the frame (its day may be unknown), or null when the day was inherited or
     *                  assumed
     */
    record Choice(LocalDate day, int precision, DateMention mention) {
        boolean stated() {
            return mention != null;
        }
    }

    private final Layers l;

    DateArgument(Layers l) {
        this.l = l;
    }

    /** The day of frame {@code f} of sentence {@code s}, or null when the frame gives no event. */
    Choice choose(SentenceView s, Frame f, boolean sentenceHasKills) {
        DateMention date = nearest(s.dates(), f);
        boolean dateStated = date != null;
        if (date == null) {
            date = DateAnnotator.recent(l.doc, l.paragraphDate[s.index()]);
        }
        if (date == null) {
            date = l.leadDate;
        }
        LocalDate pub = l.doc.published();
        if (!dateStated && date != null && date.date() != null && pub != null && date.date().isAfter(pub)) {
            date = null; // a later day ("tomorrow", "next Wednesday") shows the article is dated, but never dates a report
        }
        if (!dateStated && l.leadDate == null && !f.killOnly() && !sentenceHasKills && !f.territory() && !gathering(f)
                && f.triggers().stream().allMatch(t -> t.firstToken() == t.lastToken())) {
            // no day anywhere in the article, no toll, and only a bare noun or verb ("shelling", "confrontation"):
            // commentary, not an incident report; "the forces took control of …" and "battles are raging in …" still
            // report one
            return null;
        }
        Choice c;
        if (date != null && date.date() != null) {
            c = new Choice(date.date(), dateStated ? date.precision() : Math.max(2, date.precision()),
                    dateStated ? date : null);
        } else {
            c = new Choice(pub != null ? pub.minusDays(1) : null, 2, dateStated ? date : null);
        }
        if (dateStated && c.day() != null && pub != null && c.day().isAfter(pub)) {
            return null; // its own day is after publication: a plan, fixture or announcement, not an event that took place
        }
        if (c.day() != null && pub != null && c.day().isBefore(pub.minusDays(Background.BACKGROUND_DAYS))) {
            return null; // background from earlier weeks
        }
        if (!dateStated && imperfect(f)) {
            return null; // "they shell", "is raging" with no day: habitual or ongoing, not a dated incident
        }
        return c;
    }

    /**
     * A demonstration or riot: an article with no day anywhere still reports it (on the day before publication, at
     * precision 2), as it does a capture; protests are rarely told as commentary without a day.
     */
    private static boolean gathering(Frame f) {
        EventType t = f.subType().eventType();
        return t == EventType.PROTESTS || t == EventType.RIOTS;
    }

    /**
     * The date of a frame: the one nearest its triggers, dates outside its region counting farther, and the
     * day a source spoke ("the Observatory reported on Tuesday the killing of … on Monday") farther still.
     */
    DateMention nearest(List<DateMention> dates, Frame f) {
        DateMention best = null;
        int bestD = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            int dt = l.tokAt(d.start());
            int dist = Integer.MAX_VALUE;
            for (Mention<TriggerEntry> t : f.triggers()) {
                dist = Math.min(dist, dt > t.lastToken() ? dt - t.lastToken() : Math.max(0, t.firstToken() - dt));
            }
            if (dt < f.regionStart() || dt >= f.regionEnd()) {
                dist += 20;
            }
            for (int k = Math.max(0, dt - 4); k < dt; k++) {
                for (String key : PhraseIndex.keys(l.toks.get(k))) {
                    if (Words.SPEECH_VERBS.contains(key)) {
                        dist += 15;
                    }
                }
            }
            if (dist < bestD) {
                bestD = dist;
                best = d;
            }
        }
        return best;
    }

    /** Every trigger of the frame is an imperfect verb ("they shell", "continues"): ongoing or habitual. */
    boolean imperfect(Frame f) {
        for (Mention<TriggerEntry> t : f.triggers()) {
            if (!Words.anyKey(l.toks.get(t.firstToken()), IMPERFECT)) {
                return false;
            }
        }
        return true;
    }
}
