package org.rasd.extract;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.text.Document;

/**
 * The decision seam: where a scorer (a learned model, a rule set under test) ranks or vetoes what the rules propose.
 * Every method gets the rules' proposal and returns the decision; the defaults return the proposal unchanged, so
 * {@link #RULES} is today's behaviour and an implementation overrides only the decisions it makes.
 *
 * <ul>
 *   <li>{@link #frames}: which candidate frames of a sentence are events (veto);</li>
 *   <li>{@link #places}: which candidate places, and which reading of each, a frame is coded at (rank, veto);</li>
 *   <li>{@link #roles}: which side acted and which was acted upon (swap, replace, veto);</li>
 *   <li>{@link #events}: which coded events of an article to keep, after merging ({@code org.rasd.decide.EventFilter}
 *       plugs in here through {@link #withEvents}).</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe: one decider serves every document.
 */
public interface Decider {
    /** Today's rules alone: every proposal is kept as it is. */
    Decider RULES = new Decider() {
    };

    /**
     * The frames of one sentence to give events, from its candidates in text order (regions already assigned: a
     * vetoed frame's tokens go to no other frame). The rules keep all.
     */
    default List<Frame> frames(Document doc, List<Frame> candidates) {
        return candidates;
    }

    /**
     * The places of a frame, best first: {@code ranked} holds the rules' choice ({@code ranked.subList(0, chosen)},
     * one event mention each) followed by the frame's other candidate places (less precise ones, origins,
     * near-anchors) in text order. Each place may have other readings ({@link PlaceRef#alternatives()}); return
     * {@link PlaceRef#reading} to choose one. An empty list vetoes the frame. The rules return their choice.
     */
    default List<PlaceRef> places(Document doc, Frame frame, List<PlaceRef> ranked, int chosen) {
        return ranked.subList(0, chosen);
    }

    /**
     * {@link #places(Document, Frame, List, int)} with the article's places ({@code article}: every place mention of
     * the document in text order, datelines included) as context; the extractor calls this one. By default it ignores
     * {@code article}.
     */
    default List<PlaceRef> places(Document doc, List<PlaceRef> article, Frame frame, List<PlaceRef> ranked, int chosen) {
        return places(doc, frame, ranked, chosen);
    }

    /**
     * The sides of a frame: {@code rules} is the rules' reading of the actor mentions of the frame's region
     * ({@code candidates}, in text order); return it, {@link ActorRoles#swapped()} or other roles; null vetoes the
     * frame. Defaults (ACLED's unidentified groups, civilians) are filled in after this decision.
     */
    default ActorRoles roles(Document doc, Frame frame, ActorRoles rules, List<Mention<ActorEntry>> candidates) {
        return rules;
    }

    /** The coded events of an article to keep, in their order (after merging). The rules keep all. */
    default List<Event> events(Article article, List<Event> coded) {
        return coded;
    }

    /** This decider with its {@link #events} decision made by {@code filter} (such as {@code EventFilter::apply}). */
    default Decider withEvents(BiFunction<Article, List<Event>, List<Event>> filter) {
        Objects.requireNonNull(filter, "filter");
        Decider self = this;
        return new Decider() {
            @Override
            public List<Frame> frames(Document doc, List<Frame> candidates) {
                return self.frames(doc, candidates);
            }

            @Override
            public List<PlaceRef> places(Document doc, Frame frame, List<PlaceRef> ranked, int chosen) {
                return self.places(doc, frame, ranked, chosen);
            }

            @Override
            public List<PlaceRef> places(Document doc, List<PlaceRef> article, Frame frame, List<PlaceRef> ranked,
                                         int chosen) {
                return self.places(doc, article, frame, ranked, chosen);
            }

            @Override
            public ActorRoles roles(Document doc, Frame frame, ActorRoles rules,
                                    List<Mention<ActorEntry>> candidates) {
                return self.roles(doc, frame, rules, candidates);
            }

            @Override
            public List<Event> events(Article article, List<Event> coded) {
                return filter.apply(article, coded);
            }
        };
    }
}
