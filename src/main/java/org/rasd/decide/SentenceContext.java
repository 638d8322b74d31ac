package org.rasd.decide;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.rasd.lexicon.Cue;
import org.rasd.lexicon.Lexicon;
import org.rasd.lexicon.Mention;
import org.rasd.model.Article;
import org.rasd.model.Evidence;
import org.rasd.text.DateMention;
import org.rasd.text.Document;
import org.rasd.text.NumberMention;
import org.rasd.text.Span;
import org.rasd.text.TextPipeline;
import org.rasd.text.Token;

/**
 * The sentence of a coded event, analysed again by the text stage (normalised tokens with clitics stripped, clauses,
 * dates resolved against the publication day, numbers) and the lexicon (modality cues), for the frame classifier's
 * context features. Offsets are relative to the sentence.
 */
final class SentenceContext {
    private final Document doc;
    private final int trigger;
    private final LocalDate published;

    private SentenceContext(Document doc, int trigger, LocalDate published) {
        this.doc = doc;
        this.trigger = trigger;
        this.published = published;
    }

    /** The context of {@code sentence} (evidence in {@code a}) around {@code trigger} (null: the sentence start). */
    static SentenceContext of(Article a, Evidence sentence, Evidence trigger) {
        int at = trigger == null ? 0 : Math.max(0, Math.min(sentence.text().length() - 1, trigger.start() - sentence.start()));
        return new SentenceContext(TextPipeline.analyze(a.docId(), sentence.text(), a.published()), at, a.published());
    }

    /** The clause holding the trigger, or the whole sentence. */
    Span clause() {
        if (!doc.sentences().isEmpty()) {
            for (var s : doc.sentences()) {
                for (Span c : s.clauses()) {
                    if (c.contains(trigger)) {
                        return c;
                    }
                }
            }
        }
        return new Span(0, doc.text().length());
    }

    void features(Set<String> groups, List<EventFeatures.Feature> f) {
        Span clause = clause();
        if (groups.contains("context")) {
            context(clause, f);
        }
        if (groups.contains("cues")) {
            for (Mention<Cue> m : Lexicon.get().cues(doc)) {
                String kind = m.entry().kind();
                f.add(new EventFeatures.Feature("cue=" + kind, 1));
                if (clause.contains(m.start())) {
                    f.add(new EventFeatures.Feature("cueClause=" + kind, 1));
                }
                if (m.start() < trigger) {
                    f.add(new EventFeatures.Feature("cueBefore=" + kind, 1));
                }
            }
        }
        if (groups.contains("dates")) {
            dates(f);
        }
    }

    private void context(Span clause, List<EventFeatures.Feature> f) {
        List<Token> tokens = doc.tokens();
        int at = doc.firstTokenAtOrAfter(trigger);
        if (at > 0 && tokens.get(at - 1).end() > trigger) {
            at--;
        }
        for (Token t : tokens) {
            if (clause.contains(t.start()) && word(t)) {
                f.add(new EventFeatures.Feature("c=" + t.stem(), 1));
            }
        }
        String prev = null;
        for (int i = Math.max(0, at - EventFeatures.WINDOW); i <= Math.min(tokens.size() - 1, at + EventFeatures.WINDOW); i++) {
            Token t = tokens.get(i);
            if (!word(t)) {
                prev = null;
                continue;
            }
            if (i != at) {
                f.add(new EventFeatures.Feature((i < at ? "l=" : "r=") + t.stem(), 1));
            }
            if (prev != null) {
                f.add(new EventFeatures.Feature("cb=" + prev + "_" + t.stem(), 1));
            }
            prev = t.stem();
        }
    }

    private static boolean word(Token t) {
        return t.stem() != null && t.stem().length() > 1 && Character.isLetter(t.stem().charAt(0));
    }

    private void dates(List<EventFeatures.Feature> f) {
        for (DateMention d : doc.dates()) {
            if (d.date() == null || published == null) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(d.date(), published);
            String b = days < 0 ? "future" : days <= 1 ? "0-1" : days <= 8 ? "2-8" : days <= 60 ? "9-60" : "older";
            f.add(new EventFeatures.Feature("sdate=" + b, 1));
            if (d.start() < trigger) {
                f.add(new EventFeatures.Feature("sdateBefore=" + b, 1));
            }
        }
        String norm = doc.norm().normalized();
        int year = published == null ? 0 : published.getYear();
        for (int i = 0; i + 4 <= norm.length(); i++) {
            if ((i == 0 || !Character.isDigit(norm.charAt(i - 1))) && (i + 4 == norm.length() || !Character.isDigit(norm.charAt(i + 4)))
                    && norm.substring(i, i + 4).chars().allMatch(c -> c >= '0' && c <= '9')) {
                int y = Integer.parseInt(norm.substring(i, i + 4));
                if (y >= 1900 && y <= 2100 && year > 0) {
                    f.add(new EventFeatures.Feature(y < year ? "year=past" : y == year ? "year=current" : "year=future", 1));
                }
            }
        }
        int n = 0;
        boolean big = false;
        for (NumberMention m : doc.numbers()) {
            n++;
            big |= m.value() != null && m.value() > 50;
        }
        f.add(new EventFeatures.Feature("numbers=" + Math.min(n, 3), 1));
        if (big) {
            f.add(new EventFeatures.Feature("bigNumber", 1));
        }
    }
}
