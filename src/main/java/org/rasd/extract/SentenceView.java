package org.rasd.extract;

import java.util.ArrayList;
import java.util.List;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Cue;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.text.DateMention;
import org.rasd.text.Sentence;
import org.rasd.text.Span;

/**
 * The layers of one sentence: its token range {@code [t0, t1)}, triggers, actors usable in the article, cues, the
 * places that can be a scene ({@link SceneFilter}) and its dates.
 */
record SentenceView(int index, int paragraph, Sentence sentence, int t0, int t1,
                    List<Mention<TriggerEntry>> triggers, List<Mention<ActorEntry>> actors, List<Mention<Cue>> cues,
                    List<PlaceRef> places, List<DateMention> dates) {
    SentenceView {
        triggers = List.copyOf(triggers);
        actors = List.copyOf(actors);
        cues = List.copyOf(cues);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
    }

    /** This view without the places that begin in {@code spans} (taken by an event retold as background). */
    SentenceView without(List<Span> spans) {
        if (spans.isEmpty()) {
            return this;
        }
        List<PlaceRef> kept = new ArrayList<>();
        for (PlaceRef p : places) {
            if (!FrameBuilder.inAny(spans, p.start())) {
                kept.add(p);
            }
        }
        return new SentenceView(index, paragraph, sentence, t0, t1, triggers, actors, cues, kept, dates);
    }

    /** The view of sentence {@code si}, or null when it has no token. */
    static SentenceView of(Layers l, int si) {
        Sentence s = l.doc.sentences().get(si);
        int t0 = l.doc.firstTokenAtOrAfter(s.start());
        int t1 = l.doc.firstTokenAtOrAfter(s.end());
        if (t1 <= t0) {
            return null;
        }
        List<Mention<ActorEntry>> actors = new ArrayList<>();
        for (Mention<ActorEntry> a : Layers.within(l.actors, t0, t1)) {
            if (l.resolver.entry(a) != null) {
                actors.add(a);
            }
        }
        SceneFilter scenes = new SceneFilter(l);
        List<PlaceRef> places = new ArrayList<>();
        for (PlaceRef p : l.places) {
            if (p.start() >= s.start() && p.end() <= s.end()) {
                String why = scenes.reason(p, actors);
                if (why == null) {
                    places.add(p);
                } else if (ExtractTrace.on()) {
                    ExtractTrace.place(l, p, why);
                }
            }
        }
        List<PlaceRef> all = places;
        places = scenes.withoutRouteEnds(places);
        if (ExtractTrace.on()) {
            for (PlaceRef p : all) {
                ExtractTrace.place(l, p, places.contains(p) ? null : "route-end");
            }
        }
        places = scenes.withoutCauses(places);
        List<PlaceRef> beforeSpeakers = places;
        places = scenes.withoutSpeakers(places);
        if (ExtractTrace.on()) {
            for (PlaceRef p : beforeSpeakers) {
                if (!places.contains(p)) {
                    ExtractTrace.place(l, p, "speaker");
                }
            }
        }
        List<PlaceRef> beforeBorder = places;
        places = new BorderAndOrigin(l).withoutBorderRefs(places, t0, t1);
        if (ExtractTrace.on()) {
            for (PlaceRef p : beforeBorder) {
                if (!places.contains(p)) {
                    ExtractTrace.place(l, p, "border-ref");
                }
            }
        }
        return new SentenceView(si, l.paragraphOfSentence[si], s, t0, t1, Layers.within(l.triggers, t0, t1), actors,
                Layers.within(l.cues, t0, t1), places, DateAnnotator.of(l.doc, s));
    }
}
