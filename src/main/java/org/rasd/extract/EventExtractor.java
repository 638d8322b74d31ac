package org.rasd.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Lexicon;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.model.Actor;
import org.rasd.model.EventMention;
import org.rasd.model.EventType;
import org.rasd.model.Evidence;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;
import org.rasd.text.Document;
import org.rasd.text.Sentence;

/**
 * Entry point of the extract stage: sentences → event mentions with their arguments. An orchestrator over small
 * components:
 *
 * <ol>
 *   <li>annotators write the document's span layers once ({@link Layers}: {@link PlaceAnnotator},
 *       {@link DateAnnotator}, the lexicon's actors, triggers and cues); {@link SentenceView} cuts them per sentence,
 *       {@link SceneFilter} keeps the places that can be a scene;</li>
 *   <li>the {@link FrameBuilder} turns triggers that no {@link Modality} cue blocks into immutable {@link Frame}s,
 *       typed, merged and given their regions by {@link FrameTyping};</li>
 *   <li>one class per argument decides it for a frame: {@link PlaceArgument}, {@link ActorArgument} (with
 *       {@link ActorReading}), {@link TypeArgument} (with {@link ActorDefaults}), {@link DateArgument},
 *       {@link TollArgument} (with {@link TollFilters}; {@link TollCarry} takes a toll that the next sentence
 *       tells back) and {@link Modality#attempted};</li>
 *   <li>each frame gives one {@link EventMention} per chosen place; a frame that names no place or actor takes the
 *       paragraph's ({@link ParagraphMemory}, folded over the frames in text order).</li>
 * </ol>
 *
 * <p>The output is before document-level merging ({@code org.rasd.code}).
 */
public final class EventExtractor {
    private final Lexicon lex;
    private final Decider decider;

    /** The extractor with today's rules alone ({@link Decider#RULES}). */
    public EventExtractor(Lexicon lex) {
        this(lex, Decider.RULES);
    }

    /** The extractor whose frames, places and actor roles {@code decider} decides from the rules' proposals. */
    public EventExtractor(Lexicon lex, Decider decider) {
        this.lex = lex;
        this.decider = Objects.requireNonNull(decider, "decider");
    }

    public Decider decider() {
        return decider;
    }

    /** The argument components of one document. */
    private record Arguments(Layers layers, PlaceArgument places, ActorArgument actors, TypeArgument types,
                             DateArgument dates, TollArgument tolls) {
        Arguments(Layers l) {
            this(l, new PlaceArgument(l), new ActorArgument(l), new TypeArgument(l), new DateArgument(l),
                    new TollArgument(l));
        }
    }

    /** Extracts the event mentions of a document, given its resolved places. */
    public List<EventMention> extract(Document doc, List<PlaceRef> places) {
        Arguments args = new Arguments(new Layers(lex, doc, places));
        List<EventMention> out = new ArrayList<>();
        ParagraphMemory memory = ParagraphMemory.EMPTY;
        TollCarry carry = new TollCarry(args.layers(), args.tolls());
        int lastSentence = -1; // the sentence whose last event has no toll yet, and that event's mentions in out
        int lastFrom = 0;
        int lastParagraph = -1;
        for (int si = 0; si < doc.sentences().size(); si++) {
            SentenceView s = SentenceView.of(args.layers(), si);
            SentenceFrames frames = s == null ? null : FrameBuilder.build(args.layers(), s);
            if (frames != null) {
                s = s.without(frames.consumed()); // a retold event's places are no scene of the others
            }
            int before = out.size();
            int lastFrame = -1;
            if (frames != null) {
                memory = memory.in(s.paragraph());
                List<Frame> kept = decider.frames(doc, frames.frames());
                ExtractTrace.vetoed(args.layers(), frames.frames(), kept);
                for (Frame f : kept) {
                    ParagraphMemory.Outcome o = decide(args, s, frames, f, memory);
                    if (!o.mentions().isEmpty()) {
                        lastFrame = out.size();
                    }
                    out.addAll(o.mentions());
                    Retellings.apply(out, o.retelling());
                    memory = memory.after(o);
                }
            }
            if (out.size() == before) {
                if (lastSentence >= 0 && si - lastSentence <= CARRY_SPAN && s != null
                        && s.paragraph() == lastParagraph) {
                    // no event of its own: a toll that refers back belongs to the last event of its paragraph, told
                    // in the sentence before or one more back past a sentence with no event either
                    int n = out.size();
                    carryBack(out, lastFrom, carry.carried(s, FrameBuilder.cues(args.layers(), s)), doc);
                    if (!noToll(out, lastFrom) || n != out.size()) {
                        lastSentence = -1;
                    }
                } else {
                    lastSentence = -1;
                }
            } else {
                lastSentence = noToll(out, lastFrame) ? si : -1;
                lastParagraph = s == null ? -1 : s.paragraph();
                lastFrom = lastFrame;
            }
        }
        return out;
    }

    /** Sentences from an event to a later toll sentence that tells its dead back (the next one, or the one after). */
    static final int CARRY_SPAN = 2;

    /** Whether the mentions of {@code out} from {@code from} on state no toll (none, or a vague "dead"). */
    private static boolean noToll(List<EventMention> out, int from) {
        for (int i = from; i < out.size(); i++) {
            if (out.get(i).fatalitiesStated()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The mentions of {@code out} from {@code from} on with the toll a later sentence carried back: a stated toll
     * replaces a vague one, a vague one only fills a mention without deaths.
     */
    private static void carryBack(List<EventMention> out, int from, TollArgument.Toll toll, Document doc) {
        if (toll == null) {
            return;
        }
        for (int i = from; i < out.size(); i++) {
            EventMention m = out.get(i);
            if (!toll.stated() && m.fatalities() != null && m.fatalities() > 0) {
                continue;
            }
            List<Evidence> ev = new ArrayList<>(m.evidence());
            ev.add(Evidence.of(doc.text(), toll.evStart(), toll.evEnd(), "fatalities"));
            out.set(i, m.toBuilder().fatalities(toll.count()).fatalitiesStated(toll.stated()).evidence(ev).build());
        }
        List<EventMention> parts = SharedTolls.shared(out.subList(from, out.size()));
        for (int i = from; i < out.size(); i++) {
            out.set(i, parts.get(i - from));
        }
    }

    /** The event mentions of one frame, given what its paragraph established before it. */
    private ParagraphMemory.Outcome decide(Arguments args, SentenceView s, SentenceFrames frames, Frame f,
                                           ParagraphMemory memory) {
        PlaceArgument.Choice cands = args.places().candidates(s, frames.frames().get(0).firstTok(), f, memory.place());
        if (cands.places().isEmpty() || Retellings.separate(args.layers(), s.sentence(), cands.inherited())) {
            return Retellings.retells(f.subType()) && cands.places().isEmpty() && !f.generic() && !f.territory()
                    ? retelling(args, s, frames, f, f.subType(), null, "no-candidate", cands)
                    : none(args, f, "no-candidate", cands, null);
        }
        List<PlaceRef> own = places(args, f, cands.places());
        if (own.isEmpty()) {
            return none(args, f, "no-place", cands, own);
        }
        String country = own.get(0).location().country();
        ActorRoles roles = args.actors().roles(s, f, country, memory.actor());
        if (roles != null) {
            roles = decider.roles(args.layers().doc, f, roles, ActorArgument.region(s, f));
        }
        if (roles == null) {
            return none(args, f, "no-roles", cands, own);
        }
        TypeArgument.Typed typed = args.types().decide(s.sentence(), f, roles, country);
        if (typed == null) {
            return none(args, f, "no-type", cands, own);
        }
        DateArgument.Choice date = args.dates().choose(s, f, !frames.kills().isEmpty());
        if (date == null || cands.inherited() && (f.generic() || !date.stated())) {
            // a place only inherited from an earlier sentence needs a stated date and a specific trigger
            return date != null && cands.inherited() && Retellings.retells(typed.subType()) // «إن الهجوم نفذه انتحاري»
                    ? retelling(args, s, frames, f, typed.subType(), own.get(0).location(), "inherited-unstated", cands)
                    : none(args, f, date == null ? "no-date" : "inherited-unstated", cands, own);
        }
        String retold = RetoldIncidents.veto(args.layers(), s, f, typed.subType(), date.stated(), own.get(0).start());
        if (retold != null) {
            return none(args, f, retold, cands, own); // a known incident told again
        }
        TollArgument.Toll toll = args.tolls().deaths(f, frames.frames(), frames.kills(), frames.injures());
        EventMention.Builder proto = EventMention.builder()
                .subEventType(typed.subType()).date(date.day()).timePrecision(date.precision())
                .dateStated(date.stated()).actor1(typed.actor1()).actor2(typed.actor2())
                .actor1Stated(roles.actor1Stated())
                .fatalities(toll == null ? 0 : toll.count()).fatalitiesStated(toll != null && toll.stated())
                .attempted(Modality.attempted(f, frames.attempts())).sentence(s.index())
                .trigger(f.trigger().start(), f.trigger().end()).genericTrigger(f.generic() || f.killOnly());
        List<Mention<ActorEntry>> region = ActorArgument.region(s, f);
        proto.assoc1(args.actors().associates(region, roles.mention1(), typed.actor1(), roles.mention2(), country))
                .assoc2(args.actors().associates(region, roles.mention2(), typed.actor2(), roles.mention1(), country));
        List<Evidence> ev = evidence(args.layers().doc, s.sentence(), f, roles, date, toll);
        ParagraphMemory.Outcome o = mentions(args, f, own, cands.inherited(), proto, ev);
        if (ExtractTrace.on()) {
            ExtractTrace.frame(args.layers(), f, (cands.inherited() ? "inherited:" : "coded:") + typed.subType()
                    .eventType().label() + ":" + o.mentions().size(), cands.places(), own);
        }
        return o;
    }

    /** A frame that codes nothing itself but tells again, more precisely, an incident coded before it. */
    private static ParagraphMemory.Outcome retelling(Arguments args, SentenceView s, SentenceFrames frames, Frame f,
                                                     SubEventType sub, Location place, String why, PlaceArgument.Choice cands) {
        none(args, f, why + ":retelling", cands, null);
        return ParagraphMemory.Outcome.retelling(Retellings.of(args.layers(), f, sub, place,
                args.dates().choose(s, f, !frames.kills().isEmpty())));
    }

    private static ParagraphMemory.Outcome none(Arguments args, Frame f, String why, PlaceArgument.Choice cands,
                                                List<PlaceRef> own) {
        if (ExtractTrace.on()) {
            ExtractTrace.frame(args.layers(), f, (cands.inherited() ? "inherited:" : "") + why, cands.places(), own);
        }
        return ParagraphMemory.Outcome.NONE;
    }

    /** The places of a frame: the rules' choice among its candidates, then the decider's. */
    private List<PlaceRef> places(Arguments args, Frame f, List<PlaceRef> candidates) {
        List<PlaceRef> chosen = args.places().select(candidates,
                f.territory() ? EventType.BATTLES : f.subType().eventType(), f.regionStart(), f.regionEnd());
        List<PlaceRef> ranked = new ArrayList<>(chosen);
        for (PlaceRef p : candidates) {
            if (!ranked.contains(p)) {
                ranked.add(p);
            }
        }
        return decider.places(args.layers().doc, args.layers().places, f, List.copyOf(ranked), chosen.size());
    }

    /** The evidence spans shared by a frame's mentions: sentence, triggers, stated actors, date and toll. */
    private static List<Evidence> evidence(Document doc, Sentence s, Frame f, ActorRoles roles,
                                           DateArgument.Choice date, TollArgument.Toll toll) {
        List<Evidence> ev = new ArrayList<>();
        String text = doc.text();
        ev.add(Evidence.of(text, s.start(), s.end(), "sentence"));
        for (Mention<TriggerEntry> t : f.triggers()) {
            ev.add(Evidence.of(text, t.start(), t.end(), "trigger"));
        }
        if (roles.mention1() != null && roles.actor1Stated()) {
            ev.add(Evidence.of(text, roles.mention1().start(), roles.mention1().end(), "actor1"));
        }
        if (roles.mention2() != null) {
            ev.add(Evidence.of(text, roles.mention2().start(), roles.mention2().end(), "actor2"));
        }
        if (date.stated()) {
            ev.add(Evidence.of(text, date.mention().start(), date.mention().end(), "date"));
        }
        if (toll != null && toll.evStart() >= 0) {
            ev.add(Evidence.of(text, toll.evStart(), toll.evEnd(), "fatalities"));
        }
        return ev;
    }

    /**
     * One mention per chosen place that can be coded; a country-level place too vague to code alone gives a
     * provisional mention (the coder keeps it only when it completes a precise one).
     */
    private static ParagraphMemory.Outcome mentions(Arguments args, Frame f, List<PlaceRef> own, boolean inherited,
                                                    EventMention.Builder proto, List<Evidence> ev) {
        EventMention base = proto.build();
        List<EventMention> out = new ArrayList<>();
        PlaceRef last = null;
        for (PlaceRef p : own) {
            boolean provisional = false;
            if (!args.places().codable(p, base.actor1(), base.actor1Stated(), base.dateStated(), f)) {
                if (!(p.countryLevel() || p.countryRegion()) || f.generic() || f.killOnly()) {
                    continue;
                }
                provisional = true;
            }
            List<Evidence> pe = new ArrayList<>(ev);
            if (!inherited) {
                pe.add(Evidence.of(args.layers().doc.text(), p.start(), p.end(), "location"));
            }
            String here = p.location().country();
            out.add(base.toBuilder().actor1(args.types().placed(base.actor1(), here))
                    .actor2(args.types().placed(base.actor2(), here)).location(p.location()).alternatives(p.alternatives()).placeKind(p.kind())
                    .provisional(provisional).evidence(pe).build());
            if (!provisional || !p.countryRegion()) {
                last = p; // a part of a country only completes a mention: later frames do not inherit it
            }
        }
        Actor stated = base.actor1() != null && base.actor1Stated() ? base.actor1() : null;
        return new ParagraphMemory.Outcome(SharedTolls.shared(out), last, stated);
    }
}
