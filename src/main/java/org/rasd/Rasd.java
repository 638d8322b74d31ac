package org.rasd;

import java.util.List;
import org.rasd.code.Coder;
import org.rasd.decide.EventFilter;
import org.rasd.decide.Decisions;
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

    /** The rules' decisions, with {@code filter} deciding which coded events to keep. */
    private static Decider rules(EventFilter filter) {
        return Decider.RULES.withEvents(filter::apply);
    }

    /** Opens Rasd over the gazetteer found through {@code paths}, with the shipped decisions. */
    public static Rasd open(DataPaths paths) {
        return new Rasd(paths, Places.open(paths), rules(Decisions.shipped()));
    }

    /** Opens Rasd with the given decision stage ({@link EventFilter#NONE}: the rules alone). */
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

    public ExtractionResult extract(Article article) {
        Document doc = TextPipeline.analyze(article.docId(), article.text(), article.published());
        List<PlaceRef> refs = places.find(doc, article.title());
        List<Event> events = decider.events(article, Coder.code(extractor.extract(doc, refs)));
        return new ExtractionResult(article.docId(), events);
    }
}
