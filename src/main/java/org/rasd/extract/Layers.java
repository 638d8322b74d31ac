package org.rasd.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Cue;
import org.rasd.lexicon.Lexicon;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.text.DateMention;
import org.rasd.text.Document;
import org.rasd.text.Sentence;
import org.rasd.text.Token;

/**
 * The typed span layers of one document, each written once by its annotator before any frame is built: places
 * ({@link PlaceAnnotator}), actors, triggers and cues (the lexicon stage), dates ({@link DateAnnotator}), numbers
 * and tokens (the text stage), and paragraphs. Read-only once built, apart from a memo of background clauses.
 */
final class Layers {
    final Lexicon lex;
    final Document doc;
    final List<Token> toks;
    final List<PlaceRef> places;
    final List<Mention<ActorEntry>> actors;
    final List<Mention<TriggerEntry>> triggers;
    final List<Mention<Cue>> cues;
    final ActorResolver resolver;
    /** The country most places of the article lie in, or null. */
    final String focus;
    final int[] paragraphOfSentence;
    /** Per sentence: the last day its paragraph stated up to it, or null. */
    final DateMention[] paragraphDate;
    /** The first recent day the article states (its lead's day), for sentences that state none. */
    final DateMention leadDate;
    /** The article's dates by start offset. */
    final List<DateMention> datesByStart;
    /** Per clause: whether it is background (a past year or a date weeks old); a memo of {@link Background}. */
    private final Map<Long, Boolean> backgroundClause = new HashMap<>();

    Layers(Lexicon lex, Document doc, List<PlaceRef> places) {
        this.lex = lex;
        this.doc = doc;
        this.toks = doc.tokens();
        this.places = List.copyOf(PlaceAnnotator.annotate(doc, places));
        PhraseIndex.Probes probes = lex.probes(doc);
        this.actors = List.copyOf(lex.actors(doc, probes));
        this.triggers = List.copyOf(lex.triggers(doc, probes));
        this.cues = List.copyOf(lex.cues(doc, probes));
        this.focus = PlaceAnnotator.focusCountry(places);
        this.resolver = new ActorResolver(lex, doc, focus);
        this.paragraphOfSentence = paragraphs(doc);
        this.paragraphDate = DateAnnotator.paragraphDates(doc, paragraphOfSentence);
        this.leadDate = DateAnnotator.lead(doc);
        this.datesByStart = DateAnnotator.byStart(doc);
    }

    /** Whether the clause {@code [start, end)} is background, computed once per clause. */
    boolean background(int start, int end, Supplier<Boolean> compute) {
        return backgroundClause.computeIfAbsent((long) start << 32 | end, k -> compute.get());
    }

    /** Whether a token of sentence {@code s} is one of {@code words} (clitics aside, {@link Words#anyKey}). */
    boolean sentenceHas(Sentence s, Set<String> words) {
        for (Token k : doc.tokensIn(s.start(), s.end())) {
            if (Words.anyKey(k, words)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the token containing {@code offset} (a name may start after a proclitic), else the next one. */
    int tokAt(int offset) {
        int i = doc.firstTokenAtOrAfter(offset);
        if (i > 0 && toks.get(i - 1).end() > offset) {
            return i - 1;
        }
        return Math.min(i, Math.max(0, toks.size() - 1));
    }

    /** The mentions lying within tokens {@code [t0, t1)}. */
    static <T> List<Mention<T>> within(List<Mention<T>> ms, int t0, int t1) {
        List<Mention<T>> out = new ArrayList<>();
        for (Mention<T> m : ms) {
            if (m.firstToken() >= t0 && m.lastToken() < t1) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mention nearest {@code t} within {@code window} tokens before or after it, or null. */
    static <T> Mention<T> nearest(List<Mention<T>> ms, Mention<?> t, int window) {
        Mention<T> best = null;
        int bestD = Integer.MAX_VALUE;
        for (Mention<T> m : ms) {
            int d = m.firstToken() > t.lastToken() ? m.firstToken() - t.lastToken()
                    : t.firstToken() - m.lastToken();
            if (d >= 0 && d <= window && d < bestD) {
                bestD = d;
                best = m;
            }
        }
        return best;
    }

    /** Paragraph index per sentence: a blank line (two newlines) between sentences starts a paragraph. */
    static int[] paragraphs(Document doc) {
        String text = doc.text();
        int[] out = new int[doc.sentences().size()];
        int para = 0;
        int prevEnd = 0;
        for (int i = 0; i < out.length; i++) {
            Sentence s = doc.sentences().get(i);
            String gap = text.substring(Math.min(prevEnd, s.start()), s.start());
            if (gap.indexOf('\n') >= 0 && gap.indexOf('\n') != gap.lastIndexOf('\n')) {
                para++;
            }
            out[i] = para;
            prevEnd = s.end();
        }
        return out;
    }
}
