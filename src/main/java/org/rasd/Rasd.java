package org.rasd;

import java.util.List;
import org.rasd.code.Coder;
import org.rasd.decide.EventFilter;
import org.rasd.decide.Decisions;
import org.rasd.decide.LearnedPlaceRanker;
import org.rasd.extract.Decider;
import org.rasd.extract.EventExtractor;
import org.rasd.extract.PlaceFinder;
import org.rasd.extract.PlaceRef;
import org.rasd.io.DataPaths;
import org.rasd.lexicon.Lexicon;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.model.ExtractionResult;
import org.rasd.text.Document;
import org.rasd.text.TextPipeline;

/**
 * The one-call facade: {@code Rasd.open(paths).extract(article)}.
 *
 * <p>Stages: text (normalize, tokenize, sentences, numbers, dates) → gazetteer (place mentions,
 * geocoding) → lexicon (actors, triggers) → extract (events with arguments) → code (ACLED fields,
 * merge) → decide (keep or drop each event: {@link EventFilter}). Every decision goes through one {@link Decider}: the
 * extract stage's frames, places and actor roles, and the decide stage's filter on coded events ({@link
 * Decider#events}). A {@code Rasd} is thread-safe and meant to be opened once and reused.
 */
public final class Rasd {
    private final DataPaths paths;
    private final PlaceFinder places;
    private final EventExtractor extractor;
    private final Decider decider;

    private Rasd(DataPaths paths, PlaceFinder places, Decider decider) {
        this.paths = paths;
        this.places = places;
        this.extractor = new EventExtractor(Lexicon.get(), decider);
        this.decider = decider;
    }

    /** The shipped place ranker (the rules' places when it is off), with {@code filter} deciding which coded events to keep. */
    private static Decider rules(EventFilter filter) {
        return org.rasd.decide.LearnedRoles.over(LearnedPlaceRanker.shipped(), org.rasd.decide.LearnedRoles.shipped())
                .withEvents(filter::apply);
    }

    /** Opens Rasd over the gazetteer found through {@code paths}, with the shipped decisions. */
    public static Rasd open(DataPaths paths) {
        // the shipped models (event filter, place ranker) are made on another thread while the gazetteer index loads
        java.util.concurrent.CompletableFuture<Decider> decider = new java.util.concurrent.CompletableFuture<>();
        warmUp(paths, decider);
        PlaceFinder places = Places.open(paths);
        return new Rasd(paths, places, joined(decider));
    }

    /**
     * On a daemon thread while the gazetteer index loads on the caller's: loads the place words (PlaceLexicon, which
     * the geocoder's constructor then finds loaded) and the actor and trigger lexicon, makes the shipped decisions
     * (completing {@code decider}), then extracts the sentences of {@code warm-up.tsv} once without places, so that
     * the classes, tables and call sites of the text, frame, coding and decision stages are ready for the first
     * article. On a machine with a free core this takes them off the start-up's wall time ({@code rasd extract
     * FILE}); nothing an extraction reads back changes (the same tables and singletons, loaded once whichever thread
     * comes first; the warm-up's own Rasd is dropped; no warm extraction when tracing). A failure of the warm-up after the decisions is left to the
     * caller's thread, which meets it again and reports it.
     */
    private static void warmUp(DataPaths paths, java.util.concurrent.CompletableFuture<Decider> decider) {
        Thread t = new Thread(() -> {
            try {
                org.rasd.gazetteer.PlaceLexicon.get();
                Lexicon.get();
            } catch (RuntimeException | LinkageError e) {
                // the caller's thread loads the same and reports the failure
            }
            Decider d;
            try {
                d = rules(Decisions.shipped());
                decider.complete(d);
            } catch (Throwable e) {
                decider.completeExceptionally(e);
                return;
            }
            if (org.rasd.extract.ExtractTrace.on()) {
                return; // the trace would show the warm-up's sentence
            }
            try {
                Rasd warm = new Rasd(paths, PlaceFinder.NONE, d);
                for (org.rasd.text.TsvTable.Row r : org.rasd.text.TsvTable.resource(Rasd.class, "warm-up.tsv", true, 2)) {
                    warm.extract(new Article("warm-up", java.time.LocalDate.of(2018, 7, 3), "", r.col(0), null, null));
                }
            } catch (RuntimeException | LinkageError e) {
                // as above
            }
        }, "rasd-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static <T> T joined(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Opens Rasd with the given decision stage ({@link EventFilter#NONE}: no event filter; the shipped place ranker stays). */
    public static Rasd open(DataPaths paths, EventFilter filter) {
        return new Rasd(paths, Places.open(paths), rules(filter));
    }

    /** Rasd with a given place finder (tests, custom gazetteers), with the shipped decisions. */
    public static Rasd withPlaces(DataPaths paths, PlaceFinder places) {
        return new Rasd(paths, places, rules(Decisions.shipped()));
    }

    /** The same pipeline with another decision stage. */
    public Rasd withFilter(EventFilter other) {
        return new Rasd(paths, places, decider.withEvents(other::apply));
    }

    /** The same pipeline with every decision made by {@code other} (its {@link Decider#events} included). */
    public Rasd withDecider(Decider other) {
        return new Rasd(paths, places, other);
    }

    public DataPaths paths() {
        return paths;
    }

    /** The places stage of this pipeline (for benchmarks of one stage). */
    public PlaceFinder placeFinder() {
        return places;
    }

    /** The frames stage of this pipeline (for benchmarks of one stage). */
    public EventExtractor extractor() {
        return extractor;
    }

    /** The decisions stage of this pipeline (for benchmarks of one stage). */
    public EventFilter filter() {
        return decider::events;
    }

    public ExtractionResult extract(Article article) {
        Document doc = TextPipeline.analyze(article.docId(), article.text(), article.published());
        List<PlaceRef> refs = places.find(doc, article.title());
        List<Event> coded = Coder.code(extractor.extract(doc, refs));
        List<Event> events = decider.events(article, coded);
        if (org.rasd.extract.ExtractTrace.on()) {
            org.rasd.extract.ExtractTrace.events(article.docId(), "coded", coded);
        }
        return new ExtractionResult(article.docId(), events);
    }

    /** The stages of {@link #extract}, in pipeline order, as reported by {@code rasd bench}. */
    public enum Stage { TEXT, PLACES, LEXICON, FRAMES, CODING, DECISIONS }

    /** Receives the nanoseconds each stage of one extraction took; only {@code rasd bench} uses it. */
    @FunctionalInterface
    public interface StageListener {
        void stage(Stage stage, long nanos);
    }

    /**
     * {@link #extract(Article)} with each stage timed and reported to {@code listener}: the same calls in the same
     * order and the same result; the normal path carries no timing. The lexicon's matches are computed once
     * more beside the frames stage to time them (the extractor matches them itself), and their time is taken
     * out of the frames stage's.
     */
    public ExtractionResult extract(Article article, StageListener listener) {
        long t0 = System.nanoTime();
        Document doc = TextPipeline.analyze(article.docId(), article.text(), article.published());
        long t1 = System.nanoTime();
        List<PlaceRef> refs = places.find(doc, article.title());
        long t2 = System.nanoTime();
        Lexicon lex = Lexicon.get();
        org.rasd.lexicon.PhraseIndex.Probes probes = lex.probes(doc);
        lex.actors(doc, probes);
        lex.triggers(doc, probes);
        lex.cues(doc, probes);
        long t3 = System.nanoTime();
        List<org.rasd.model.EventMention> mentions = extractor.extract(doc, refs);
        long t4 = System.nanoTime();
        List<Event> coded = Coder.code(mentions);
        long t5 = System.nanoTime();
        List<Event> events = decider.events(article, coded);
        long t6 = System.nanoTime();
        listener.stage(Stage.TEXT, t1 - t0);
        listener.stage(Stage.PLACES, t2 - t1);
        listener.stage(Stage.LEXICON, t3 - t2);
        listener.stage(Stage.FRAMES, Math.max(0, (t4 - t3) - (t3 - t2)));
        listener.stage(Stage.CODING, t5 - t4);
        listener.stage(Stage.DECISIONS, t6 - t5);
        return new ExtractionResult(article.docId(), events);
    }
}
