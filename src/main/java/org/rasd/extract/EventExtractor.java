package org.rasd.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Cue;
import org.rasd.lexicon.Lexicon;
import org.rasd.lexicon.Mention;
import org.rasd.lexicon.PhraseIndex;
import org.rasd.lexicon.TriggerEntry;
import org.rasd.lexicon.TriggerEntry.Role;
import org.rasd.model.Actor;
import org.rasd.model.EventType;
import org.rasd.model.Inter;
import org.rasd.model.Location;
import org.rasd.model.SubEventType;
import org.rasd.text.Affixes;
import org.rasd.text.DateMention;
import org.rasd.text.Document;
import org.rasd.text.NumberMention;
import org.rasd.text.Sentence;
import org.rasd.text.Token;
import org.rasd.text.TokenKind;
import org.rasd.text.WordClasses;

/**
 * Entry point of the extract stage: sentences → event mentions with their arguments.
 *
 * <p>Per sentence, triggers (lexicon stage) become frames; a frame owns the tokens up to the next frame and
 * takes from them its places, actors, date, death count and attempt cues. Generic attack words ("targeted",
 * "attack", "launched") take their type from weapon words or join a neighbouring frame; territory words take theirs from
 * the acting side. Clauses with modality cues (proposals, threats, plans, denials, demands, background) give
 * no event. The output is one {@link EventMention} per frame and place, before document-level merging
 * ({@code org.rasd.code}).
 */
public final class EventExtractor {
    private static final SubEventType AIR = SubEventType.AIR_DRONE_STRIKE;
    private static final SubEventType SHELLING = SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK;
    private static final SubEventType NVT = SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY;
    private static final SubEventType IED = SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;

    /** The extractor's word lists (extract/words.tsv), normalized like the text. */
    private static final WordClasses WORDS = WordClasses.resource(EventExtractor.class, "words.tsv");

    /** "Between A and B": both are sides of the fight, neither is the target. */
    private static final String BETWEEN = WORDS.one("between");
    /** The preposition (with or without "and") that marks where an attack came from. */
    private static final Set<String> ORIGIN_WORDS = WORDS.set("origin");
    /** The complementizer "that" which opens reported speech. */
    private static final String COMPLEMENTIZER = WORDS.one("complementizer");
    /** Tokens that open what a speaker said: "that", a colon or an opening quote. */
    private static final Set<String> SPEECH_OPENERS = WORDS.set("speech_opener");

    /** The proclitic "bi" (in, at, by). */
    private static final String WITH_PROCLITIC = WORDS.one("with_proclitic");
    /** The proclitic "li" (for, of). */
    private static final String FOR_PROCLITIC = WORDS.one("for_proclitic");
    /** Sound masculine plural endings: a plural noun is not a singular victim. */
    private static final List<String> PLURAL_SUFFIXES = WORDS.list("plural_suffix");

    /** Whether a normalized word ends in a sound masculine plural suffix. */
    private static boolean plural(String norm) {
        for (String suffix : PLURAL_SUFFIXES) {
            if (norm.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Words that introduce the target of an attack. */
    private static final Set<String> TARGET_MARKERS = WORDS.set("target_marker");
    /** Singular victim nouns: "the killing of a soldier" = 1. */
    private static final Set<String> SINGULAR_VICTIMS = WORDS.set("singular_victim");
    /** Rank titles that count named victims: "General X and General Y were killed" = 2. */
    private static final Set<String> RANKS = WORDS.set("rank");
    private static final Set<String> NEAR = WORDS.set("near");
    /** Munition nouns that, after an airstrike in the same sentence, are its payload rather than shelling. */
    private static final Set<String> MUNITIONS = WORDS.set("munition");
    private static final int BACKGROUND_DAYS = 14;
    /** Militias fighting with the government: their gains are the government's in ACLED's coding. */
    static final Set<String> GOVERNMENT_AFFILIATES = Set.of("Popular Resistance (Yemen)", "Popular Mobilization Forces",
            "National Defence Forces (Syria)", "Tribal Militia (Iraq)", "Hezbollah");
    /** Words before an explosive that mean it was defused, seized or destroyed before use. */
    static final Set<String> DISRUPTION = WORDS.set("disruption");
    /** Bare "explosion" words: an effect of whatever else exploded in the sentence. */
    private static final Set<String> EXPLOSION_WORDS = WORDS.set("explosion");

    private final Lexicon lex;

    public EventExtractor(Lexicon lex) {
        this.lex = lex;
    }

    /** One event as found in the text, before ACLED coding and merging. */
    public record EventMention(
            SubEventType subEventType, LocalDate date, int timePrecision, boolean dateStated,
            Actor actor1, Actor actor2, boolean actor1Stated, Location location, List<Location> alternatives,
            Integer fatalities, boolean fatalitiesStated, boolean attempted, int sentence, int triggerStart,
            int triggerEnd, List<org.rasd.model.Evidence> evidence, boolean genericTrigger, String placeKind,
            boolean provisional, List<String> assoc1, List<String> assoc2) {
        public EventMention {
            assoc1 = assoc1 == null ? List.of() : List.copyOf(assoc1);
            assoc2 = assoc2 == null ? List.of() : List.copyOf(assoc2);
        }

        /** Without associated actors. */
        public EventMention(SubEventType subEventType, LocalDate date, int timePrecision,
                            boolean dateStated, Actor actor1, Actor actor2, boolean actor1Stated, Location location,
                            List<Location> alternatives, Integer fatalities, boolean fatalitiesStated,
                            boolean attempted, int sentence, int triggerStart, int triggerEnd,
                            List<org.rasd.model.Evidence> evidence, boolean genericTrigger, String placeKind,
                            boolean provisional) {
            this(subEventType, date, timePrecision, dateStated, actor1, actor2, actor1Stated, location,
                    alternatives, fatalities, fatalitiesStated, attempted, sentence, triggerStart, triggerEnd,
                    evidence, genericTrigger, placeKind, provisional, List.of(), List.of());
        }

        /** The ACLED event type of {@link #subEventType()}. */
        public EventType eventType() {
            return subEventType.eventType();
        }

        /**
         * A mention placed only at country level, too vague to code alone; it can name the type of an incident
         * the article places precisely elsewhere ("a suicide bomber … in northern Afghanistan" … "the attack in
         * Almar"). The coder drops it when nothing takes it.
         */
        public boolean provisional() {
            return provisional;
        }

        /**
         * This mention completed by a provisional one that names the same incident: the type comes from it when
         * this one was only a generic word; actors, a stated toll and the evidence are combined.
         */
        public EventMention completedBy(EventMention o) {
            boolean retype = genericTrigger;
            boolean takeFat = !fatalitiesStated && o.fatalitiesStated(); // a country-wide total is no better
            List<org.rasd.model.Evidence> ev = new ArrayList<>(evidence);
            for (org.rasd.model.Evidence x : o.evidence()) {
                if (!"location".equals(x.role()) && !ev.contains(x)) {
                    ev.add(x);
                }
            }
            return new EventMention(retype ? o.subEventType() : subEventType,
                    dateStated ? date : o.date(), dateStated ? timePrecision : o.timePrecision(),
                    dateStated || o.dateStated(), actor1Stated ? actor1 : o.actor1(),
                    actor2 != null ? actor2 : o.actor2(), actor1Stated || o.actor1Stated(), location, alternatives,
                    takeFat ? o.fatalities() : fatalities, fatalitiesStated || o.fatalitiesStated(), attempted,
                    sentence, triggerStart, triggerEnd, ev, genericTrigger && o.genericTrigger(), placeKind, false,
                    assoc1.isEmpty() ? o.assoc1() : assoc1, assoc2.isEmpty() ? o.assoc2() : assoc2);
        }
    }

    private static final class Frame {
        SubEventType subType;
        boolean territory;
        boolean generic;
        boolean killOnly;
        final List<Mention<TriggerEntry>> triggers = new ArrayList<>();
        int firstTok;
        int lastTok;
        int regionStart;
        int regionEnd;

        Frame(Mention<TriggerEntry> t, SubEventType sub) {
            triggers.add(t);
            subType = sub;
            firstTok = t.firstToken();
            lastTok = t.lastToken();
        }

        void absorb(Frame o) {
            triggers.addAll(o.triggers);
            firstTok = Math.min(firstTok, o.firstTok);
            lastTok = Math.max(lastTok, o.lastTok);
            if (generic && !o.generic) {
                subType = o.subType;
                territory = o.territory;
                generic = false;
            }
            killOnly = killOnly && o.killOnly;
        }
    }

    /** Per-document context shared by the sentences. */
    private final class Ctx {
        final Document doc;
        final List<Token> toks;
        final List<PlaceRef> places;
        final List<Mention<ActorEntry>> actors;
        final List<Mention<TriggerEntry>> triggers;
        final List<Mention<Cue>> cues;
        final ActorResolver resolver;
        final String focus;
        final int[] paragraphOfSentence;
        /** Last event place and date seen per paragraph, for inheritance. */
        final Map<Integer, PlaceRef> lastPlaceInParagraph = new HashMap<>();
        final Map<Integer, DateMention> lastDateInParagraph = new HashMap<>();
        final Map<Integer, Actor> lastActorInParagraph = new HashMap<>();
        /** The first recent day the article states (its lead's day), for sentences that state none. */
        final DateMention leadDate;
        /** The article's dates by start offset, for finding those of a clause by binary search. */
        final List<DateMention> datesByStart;
        /** Per clause ({@link #clauseKey}): whether it is background (a past year or a date weeks old). */
        final Map<Long, Boolean> backgroundClause = new HashMap<>();

        Ctx(Document doc, List<PlaceRef> places) {
            this.doc = doc;
            this.toks = doc.tokens();
            this.places = withAnaphora(doc, places.stream().sorted(Comparator.comparingInt(PlaceRef::start)).toList());
            this.actors = lex.actors(doc);
            List<Mention<TriggerEntry>> trig = new ArrayList<>();
            for (Mention<TriggerEntry> t : lex.triggers(doc)) {
                trig.add(t);
            }
            this.triggers = trig;
            this.cues = lex.cues(doc);
            this.focus = focusCountry(places);
            this.resolver = new ActorResolver(lex, doc, focus);
            this.paragraphOfSentence = paragraphs(doc);
            DateMention lead = null;
            for (DateMention d : doc.dates()) {
                if (!timeOfDayOnly(doc.text(), d) && recent(this, d) != null) {
                    lead = d;
                    break;
                }
            }
            this.leadDate = lead;
            List<DateMention> ds = new ArrayList<>(doc.dates());
            ds.sort(Comparator.comparingInt(DateMention::start));
            this.datesByStart = ds;
        }
    }

    /** Definite heads with no name that point back: "the town" is the town last named, "the two towns" the last pair. */
    static final Set<String> ANAPHORA_ONE = WORDS.set("anaphor_one");
    static final Set<String> ANAPHORA_TWO = WORDS.set("anaphor_two");

    /**
     * Adds the places that "the town" / "the two towns" refer to (the town, or the pair of towns, named last before
     * them) as mentions at the head word, so "clashes around the two towns" is placed.
     */
    static List<PlaceRef> withAnaphora(Document doc, List<PlaceRef> places) {
        List<PlaceRef> out = new ArrayList<>(places);
        for (Token t : doc.tokens()) {
            String w = t.stems().size() > 1 ? t.stems().get(1) : t.norm();
            boolean one = ANAPHORA_ONE.contains(t.norm()) || ANAPHORA_ONE.contains(w);
            boolean two = ANAPHORA_TWO.contains(t.norm()) || ANAPHORA_TWO.contains(w);
            if (!one && !two) {
                continue;
            }
            // a name right after the head is the head's own name, not an anaphor
            boolean named = false;
            List<PlaceRef> before = new ArrayList<>();
            for (PlaceRef p : places) {
                if (p.start() >= t.end() && p.start() <= t.end() + 2) {
                    named = true;
                }
                if (p.end() <= t.start() && !p.dateline() && p.precision() == 1 && !p.countryLevel()) {
                    before.add(p);
                }
            }
            if (named || before.isEmpty() || !afterLocative(doc, t)
                    || t.start() - before.get(before.size() - 1).end() > 400) {
                continue; // only "in / on / around the town" close after the town it points back to
            }
            if (one) {
                PlaceRef last = before.get(before.size() - 1);
                out.add(new PlaceRef(t.start(), t.end(), last.location(), false, last.alternatives(), last.kind()));
            } else if (before.size() >= 2) {
                PlaceRef b = before.get(before.size() - 1);
                PlaceRef a = before.get(before.size() - 2);
                if (!a.key().equals(b.key()) && b.start() - a.end() < 40) {
                    out.add(new PlaceRef(t.start(), t.end(), a.location(), false, a.alternatives(), a.kind()));
                    out.add(new PlaceRef(t.start(), t.end(), b.location(), false, b.alternatives(), b.kind()));
                }
            }
        }
        out.sort(Comparator.comparingInt(PlaceRef::start));
        return out;
    }

    private static final Set<String> ANAPHOR_LOCATIVES = WORDS.set("anaphor_locative");

    private static boolean afterLocative(Document doc, Token t) {
        if (t.proclitics().contains(WITH_PROCLITIC)) {
            return true;
        }
        int i = doc.tokens().indexOf(t);
        if (i <= 0) {
            return false;
        }
        Token prev = doc.tokens().get(i - 1);
        return ANAPHOR_LOCATIVES.contains(prev.norm()) || prev.stems().stream().anyMatch(ANAPHOR_LOCATIVES::contains);
    }

    /** The country most places of the article lie in (ignoring the dateline), or null. */
    static String focusCountry(List<PlaceRef> places) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (PlaceRef p : places) {
            if (p.dateline() || p.location().country() == null) {
                continue;
            }
            w.merge(p.location().country(), p.precision() == 3 ? 0.6 : 1.0, Double::sum);
        }
        return w.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int[] paragraphs(Document doc) {
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

    /** Extracts the event mentions of a document, given its resolved places. */
    public List<EventMention> extract(Document doc, List<PlaceRef> places) {
        Ctx ctx = new Ctx(doc, places);
        List<EventMention> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            sentence(ctx, si, out);
        }
        return out;
    }

    private void sentence(Ctx ctx, int si, List<EventMention> out) {
        Sentence s = ctx.doc.sentences().get(si);
        int t0 = ctx.doc.firstTokenAtOrAfter(s.start());
        int t1 = ctx.doc.firstTokenAtOrAfter(s.end());
        if (t1 <= t0) {
            return;
        }
        int para = ctx.paragraphOfSentence[si];
        List<Mention<TriggerEntry>> trig = within(ctx.triggers, t0, t1);
        List<Mention<ActorEntry>> actors = new ArrayList<>();
        for (Mention<ActorEntry> a : within(ctx.actors, t0, t1)) {
            if (ctx.resolver.entry(a) != null) {
                actors.add(a);
            }
        }
        List<Mention<Cue>> cues = within(ctx.cues, t0, t1);
        List<PlaceRef> places = new ArrayList<>();
        for (PlaceRef p : ctx.places) {
            if (p.start() >= s.start() && p.end() <= s.end() && !p.dateline() && !insideActor(p, actors)
                    && !adjective(ctx, p) && !metonym(ctx, p) && !affiliation(ctx, p) && !speechSite(ctx, p)) {
                places.add(p);
            }
        }
        List<DateMention> dates = new ArrayList<>();
        for (DateMention d : ctx.doc.dates()) {
            if (d.start() >= s.start() && d.end() <= s.end() && !timeOfDayOnly(ctx.doc.text(), d)) {
                dates.add(d);
            }
        }
        if (!dates.isEmpty()) {
            ctx.lastDateInParagraph.put(para, dates.get(dates.size() - 1));
        }

        if (!trig.isEmpty() && namedPastYearIn(ctx, s.start(), trig.get(0).start())) {
            return; // "in 2003 terrorists attacked …": the sentence tells of a past year
        }

        // 1. frames from event triggers, skipping triggers inside actor or place names
        List<Frame> frames = new ArrayList<>();
        List<Mention<TriggerEntry>> kills = new ArrayList<>();
        List<Mention<TriggerEntry>> injures = new ArrayList<>();
        List<Mention<TriggerEntry>> weapons = new ArrayList<>();
        List<Mention<TriggerEntry>> attempts = new ArrayList<>();
        for (Mention<TriggerEntry> t : trig) {
            TriggerEntry e = t.entry();
            if (t.entries().size() > 1 && t.entries().stream().anyMatch(x -> x.role() == Role.KILL)
                    && e.role() != Role.KILL && !tally(t, cues)) {
                kills.add(t); // "executed" reports an execution and a death at once
            }
            switch (e.role()) {
                case KILL -> {
                    if (!tally(t, cues)) {
                        kills.add(t);
                    }
                }
                case INJURE -> injures.add(t);
                case WEAPON -> weapons.add(t);
                case ATTEMPT -> attempts.add(t);
                case IGNORE -> { }
                default -> {
                    if (insideActorOrPlace(t, actors, places)) {
                        continue;
                    }
                    if (blocked(ctx, t, cues, s, e.role() == Role.GENERIC || explosionWord(ctx, t))) {
                        continue;
                    }
                    Frame f = new Frame(t, typeOf(e));
                    f.generic = e.role() == Role.GENERIC;
                    f.territory = e.role() == Role.TERRITORY;
                    if (f.subType == SHELLING && !f.generic && airContext(ctx, t, weapons, actors)) {
                        f.subType = AIR;
                    }
                    frames.add(f);
                }
            }
        }
        // weapon words also count inside actor names ("the coalition's aviation") for the air/shelling decision
        if (frames.isEmpty()) {
            // a death report with a place and a side but no attack word: attack or clash, decided by the victims
            if (!kills.isEmpty() && !places.isEmpty() && !actors.isEmpty()) {
                Mention<TriggerEntry> k = kills.get(0);
                if (!blocked(ctx, k, cues, s, true)) {
                    Frame f = new Frame(k, SubEventType.ARMED_CLASH);
                    f.killOnly = true;
                    frames.add(f);
                }
            }
            if (frames.isEmpty()) {
                return;
            }
        }

        // 2. resolve generic frames: weapon words nearby decide; else they join a neighbouring frame
        for (Frame f : frames) {
            if (f.generic) {
                Mention<TriggerEntry> w = nearest(weapons, f.triggers.get(0), 8);
                if (w != null) {
                    f.subType = typeOf(w.entry());
                    f.generic = false;
                }
            }
        }
        // a shelling or air strike with chemical weapons named next to it is a chemical attack
        for (Frame f : frames) {
            if (!f.generic && (f.subType == SHELLING || f.subType == AIR)) {
                Mention<TriggerEntry> w = nearest(weapons, f.triggers.get(0), 6);
                if (w != null && typeOf(w.entry()) == SubEventType.CHEMICAL_WEAPON) {
                    f.subType = SubEventType.CHEMICAL_WEAPON;
                }
            }
        }
        // "explosions" after a strike or a bombing in the same sentence is its effect, not another bombing
        boolean otherExplosion = frames.stream().anyMatch(f -> !f.generic && f.subType.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                && !EXPLOSION_WORDS.contains(PhraseIndex.key(ctx.toks.get(f.firstTok).stem())));
        if (otherExplosion) {
            frames.removeIf(f -> f.triggers.size() == 1
                    && f.subType == IED
                    && EXPLOSION_WORDS.contains(PhraseIndex.key(ctx.toks.get(f.firstTok).stem())));
        }
        // "destroying five car bombs", "defusing a device": the explosive was stopped before use
        for (Frame f : frames) {
            if (f.subType == IED || f.subType == SubEventType.SUICIDE_BOMB) {
                for (int k = Math.max(t0, f.firstTok - 4); k < f.firstTok; k++) {
                    if (PhraseIndex.keys(ctx.toks.get(k)).stream().anyMatch(DISRUPTION::contains)) {
                        f.subType = SubEventType.DISRUPTED_WEAPONS_USE;
                    }
                }
            }
        }
        // air strike then munition nouns ("loaded with 6 missiles") → payload of the strike, not shelling
        boolean hasAir = frames.stream().anyMatch(f -> f.subType == AIR && !f.generic);
        if (hasAir) {
            for (Frame f : frames) {
                if (f.subType == SHELLING && !f.generic && f.triggers.size() == 1
                        && MUNITIONS.contains(PhraseIndex.key(ctx.toks.get(f.firstTok).stem()))) {
                    f.subType = AIR;
                }
            }
        }
        // territory changed under a deal is a non-violent transfer
        boolean hasNvt = frames.stream().anyMatch(f -> f.subType == NVT);
        if (hasNvt) {
            for (Frame f : frames) {
                if (f.territory) {
                    f.territory = false;
                    f.subType = NVT;
                }
            }
        }
        // merge neighbours: same type, or a generic word with the frame next to it
        List<Frame> merged = new ArrayList<>();
        for (Frame f : frames) {
            Frame prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (prev != null && (same(prev, f) || f.generic || prev.generic)) {
                prev.absorb(f);
            } else {
                merged.add(f);
            }
        }
        frames = merged;

        // 3. regions: a frame owns its trigger and the tokens up to the next frame's trigger (the first frame
        // also what comes before it): Arabic puts a verb's or noun's arguments after it
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            f.regionStart = i == 0 ? t0 : f.firstTok;
            f.regionEnd = i + 1 < frames.size() ? frames.get(i + 1).firstTok : t1;
        }

        for (Frame f : frames) {
            emit(ctx, si, para, s, f, frames, places, actors, dates, kills, injures, attempts, cues, out);
        }
    }

    /** The ACLED sub-event type a lexicon trigger signals. */
    static SubEventType typeOf(TriggerEntry e) {
        return SubEventType.of(e.eventType(), e.subEventType());
    }

    private static boolean same(Frame a, Frame b) {
        return !a.generic && !b.generic && a.subType == b.subType && a.territory == b.territory;
    }

    private void emit(Ctx ctx, int si, int para, Sentence s, Frame f, List<Frame> frames, List<PlaceRef> places,
                      List<Mention<ActorEntry>> actors, List<DateMention> dates, List<Mention<TriggerEntry>> kills,
                      List<Mention<TriggerEntry>> injures, List<Mention<TriggerEntry>> attempts,
                      List<Mention<Cue>> cues, List<EventMention> out) {
        // places of the frame
        List<PlaceRef> own = new ArrayList<>();
        for (PlaceRef p : places) {
            int pt = tokAt(ctx, p.start());
            if (pt >= f.regionStart && pt < f.regionEnd) {
                own.add(p);
            }
        }
        boolean inherited = false;
        if (own.isEmpty()) {
            // a place named at the head of the sentence, before any trigger, is the scene of all its frames
            int firstTrig = frames.get(0).firstTok;
            for (PlaceRef p : places) {
                if (tokAt(ctx, p.start()) < firstTrig) {
                    own.add(p);
                }
            }
        }
        if (own.isEmpty()) {
            PlaceRef p = ctx.lastPlaceInParagraph.get(para);
            if (p != null && !f.killOnly) {
                own.add(p);
                inherited = true;
            }
        }
        if (own.isEmpty()) {
            return;
        }
        own = selectPlaces(ctx, own, f.territory ? EventType.BATTLES : f.subType.eventType());
        if (own.isEmpty()) {
            return;
        }

        // actors
        String country = own.get(0).location().country();
        List<Mention<ActorEntry>> region = new ArrayList<>();
        for (Mention<ActorEntry> a : actors) {
            if (a.firstToken() >= f.regionStart && a.firstToken() < f.regionEnd) {
                region.add(a);
            }
        }
        Actor actor1 = null;
        Actor actor2 = null;
        Mention<ActorEntry> a1m = null;
        Mention<ActorEntry> a2m = null;
        boolean between = false;
        Mention<ActorEntry> speakerActor = null;
        // "between A and B"
        for (Mention<ActorEntry> a : region) {
            if (a.firstToken() > 0 && PhraseIndex.keys(ctx.toks.get(a.firstToken() - 1)).contains(BETWEEN)) {
                for (Mention<ActorEntry> b : region) {
                    if (b.firstToken() > a.lastToken() && b.firstToken() <= a.lastToken() + 6
                            && ctx.toks.get(b.firstToken()).proclitics().startsWith(Affixes.AND)) {
                        a1m = a;
                        a2m = b;
                        between = true;
                        break;
                    }
                }
            }
            if (between) {
                break;
            }
        }
        if (!between) {
            for (Mention<ActorEntry> a : region) {
                ActorEntry e = ctx.resolver.entry(a);
                if (e != null && speaker(ctx, a)) {
                    if (speakerActor == null && !e.isCivilian()) {
                        speakerActor = a;
                    }
                    continue;
                }
                if (e == null) {
                    continue;
                }
                boolean target = isTarget(ctx, a, f);
                if (e.isCivilian() && f.subType.eventType() != EventType.PROTESTS) {
                    if (a2m == null) {
                        a2m = a;
                    }
                } else if (target) {
                    if (a2m == null || ctx.resolver.entry(a2m).isCivilian()) {
                        a2m = a;
                    }
                } else if (a1m == null) {
                    a1m = a;
                } else if (a2m == null && !sameActor(ctx, a1m, a, country)) {
                    a2m = a;
                }
            }
        }
        if (speakerActor != null && passive(ctx, f)) {
            // "the coalition command explained that Houthi headquarters were bombed": in a passive report the speaker is the agent and
            // whoever else is named is the side hit
            if (a1m != null && a2m == null) {
                a2m = a1m;
            }
            a1m = speakerActor;
        }
        if (a1m == null && speakerActor != null && f.territory) {
            a1m = speakerActor; // "the resistance announced that it had liberated …": the speaker claims its own gain
        }
        if (a1m != null) {
            actor1 = ctx.resolver.resolve(a1m, country);
        }
        if (a2m != null) {
            actor2 = ctx.resolver.resolve(a2m, country);
        }
        // "Turkish raids", "the Turkish strikes", "an American raid": a nationality adjective on the trigger names the
        // forces that acted; anyone else read as the actor is then the side hit
        for (Mention<TriggerEntry> t : f.triggers) {
            if (t.lastToken() + 1 < ctx.toks.size()) {
                String iso = lex.demonym(ctx.toks.get(t.lastToken() + 1));
                if (iso != null) {
                    Actor forces = new Actor("Military Forces of " + lex.countryName(iso), Inter.STATE_FORCES);
                    if (actor1 != null && !actor1.equals(forces) && actor2 == null) {
                        actor2 = actor1;
                        a2m = a1m;
                    }
                    actor1 = forces;
                    a1m = null;
                    break;
                }
            }
        }
        boolean actor1Stated = actor1 != null;
        if (f.killOnly && (a1m == null || actor1 == null)) {
            return; // a death report with no named perpetrator in its clause is not coded on its own
        }
        if (actor1 == null) {
            // subject carried from earlier in the sentence or paragraph
            Mention<ActorEntry> before = null;
            for (Mention<ActorEntry> a : actors) {
                ActorEntry e = ctx.resolver.entry(a);
                if (a.firstToken() < f.regionStart && e != null && !e.isCivilian() && !isTarget(ctx, a, f)) {
                    before = a;
                }
            }
            if (before != null) {
                actor1 = ctx.resolver.resolve(before, country);
                a1m = before;
                actor1Stated = actor1 != null;
            } else if (ctx.lastActorInParagraph.containsKey(para) && !f.killOnly) {
                actor1 = ctx.lastActorInParagraph.get(para);
            }
        }
        if (actor1 != null && actor2 != null && actor1.equals(actor2)) {
            actor2 = null;
        }
        // who can do what: a bombing's perpetrator is not the state forces it hit; an air strike's is not a rebel
        if (actor1 != null && !f.generic && !f.killOnly) {
            boolean bombing = f.subType.isBombing();
            boolean air = f.subType == AIR;
            if (bombing && (actor1.inter().isState() || actor1.inter() == Inter.CIVILIANS)
                    || air && !actor1.inter().isState()) {
                boolean otherCan = actor2 != null && (air ? actor2.inter().isState() : actor2.inter().isArmedGroup());
                Actor civilians = null;
                Mention<ActorEntry> civM = null;
                for (Mention<ActorEntry> a : region) {
                    ActorEntry e = ctx.resolver.entry(a);
                    if (e != null && e.isCivilian()) {
                        civilians = ctx.resolver.resolve(a, country);
                        civM = a;
                        break;
                    }
                }
                if (otherCan) {
                    // the sides were read the wrong way round: the capable one acts, civilians (if named) suffer
                    Actor was = actor1;
                    Mention<ActorEntry> wasM = a1m;
                    actor1 = actor2;
                    a1m = a2m;
                    actor2 = civilians != null ? civilians : was;
                    a2m = civilians != null ? civM : wasM;
                } else {
                    if (actor2 == null || actor2.inter() == Inter.CIVILIANS) {
                        actor2 = actor1;
                        a2m = a1m;
                    }
                    actor1 = null;
                    a1m = null;
                    actor1Stated = false;
                }
            }
        }

        // type decisions that need the actors
        SubEventType subType = f.subType;
        if (subType == SHELLING && AirForces.airPower(actor1) && weaponsNear(ctx, f, weaponsOf(ctx, f)) == null) {
            subType = AIR; // an air power's bombardment with no artillery named is an air strike (air-forces.tsv)
        }
        if (f.generic || f.killOnly) {
            boolean civilianTarget = actor2 != null && actor2.inter() == Inter.CIVILIANS;
            if (civilianTarget && (actor1 == null || actor1.inter() != Inter.CIVILIANS)) {
                subType = SubEventType.ATTACK;
            } else if (actor2 != null && actor1 != null && actor2.inter() != Inter.CIVILIANS) {
                subType = SubEventType.ARMED_CLASH;
            } else if (f.killOnly && actor2 != null && actor2.inter() != Inter.CIVILIANS) {
                subType = SubEventType.ARMED_CLASH;
            } else {
                return;
            }
        }
        if (f.territory) {
            if (actor1 == null) {
                return;
            }
            subType = actor1.inter().isState() || GOVERNMENT_AFFILIATES.contains(actor1.name())
                    ? SubEventType.GOVERNMENT_REGAINS_TERRITORY : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        }
        if (actor1 == null) {
            actor1 = defaultActor1(ctx, subType, country);
        }
        if (actor2 == null) {
            actor2 = defaultActor2(ctx, subType, country, actor1);
        }
        if (actor1 != null && actor2 != null && actor1.equals(actor2)) {
            actor2 = null;
        }
        if (subType.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS && actor1 != null
                && actor1.inter() == Inter.CIVILIANS) {
            return;
        }
        actor1 = external(actor1, country);
        actor2 = external(actor2, country);
        if (subType == SubEventType.LOOTING_PROPERTY_DESTRUCTION && !actor1Stated) {
            return; // "looting" in commentary; looting is coded when someone is said to have done it
        }
        if (subType == NVT && (!actor1Stated || !sentenceHas(ctx, s, TERRITORY_NOUNS))) {
            return; // "handed over" people or documents, not territory
        }
        if (subType == SubEventType.AGREEMENT && !sentenceHas(ctx, s, AGREEMENT_VERBS)) {
            return; // a truce mentioned, not one concluded
        }
        if (subType == SubEventType.ARRESTS && (actor2 == null || actor2.inter() == Inter.CIVILIANS)
                && !sentenceHas(ctx, s, POLITICAL_ARREST)) {
            return; // ACLED codes arrests of political or armed actors, not ordinary crime
        }

        // date
        DateMention date = nearestDate(dates, ctx, f);
        boolean dateStated = date != null;
        if (date == null) {
            date = recent(ctx, ctx.lastDateInParagraph.get(para));
        }
        if (date == null) {
            date = ctx.leadDate;
        }
        if (!dateStated && date != null && date.date() != null && ctx.doc.published() != null
                && date.date().isAfter(ctx.doc.published())) {
            date = null; // a later day ("tomorrow", "next Wednesday") shows the article is dated, but never dates a report
        }
        if (!dateStated && ctx.leadDate == null && !f.killOnly && kills.isEmpty() && !f.territory
                && f.triggers.stream().allMatch(t -> t.firstToken() == t.lastToken())) {
            // no day anywhere in the article, no toll, and only a bare noun or verb ("shelling", "confrontation"): commentary,
            // not an incident report; "the forces took control of …" and "battles are raging in …" still report one
            return;
        }
        LocalDate day;
        int precision;
        if (date != null && date.date() != null) {
            day = date.date();
            precision = dateStated ? date.precision() : Math.max(2, date.precision());
        } else if (ctx.doc.published() != null) {
            day = ctx.doc.published().minusDays(1);
            precision = 2;
        } else {
            day = null;
            precision = 2;
        }
        if (dateStated && day != null && ctx.doc.published() != null && day.isAfter(ctx.doc.published())) {
            return; // its own day is after publication: a plan, fixture or announcement, not an event that took place
        }
        if (day != null && ctx.doc.published() != null
                && day.isBefore(ctx.doc.published().minusDays(BACKGROUND_DAYS))) {
            return; // background from earlier weeks
        }

        if (inherited && (f.generic || !dateStated)) {
            return; // a place only inherited from an earlier sentence needs a stated date and a specific trigger
        }
        if (!dateStated && imperfect(ctx, f)) {
            return; // "they shell", "is raging" with no day: habitual or ongoing, not a dated incident
        }

        // fatalities
        Integer fatalities = 0;
        boolean fatalStated = false;
        int[] count = deaths(ctx, f, kills, injures);
        if (count != null) {
            fatalities = count[0];
            fatalStated = count[1] == 1;
        }
        boolean attempted = false;
        for (Mention<TriggerEntry> a : attempts) {
            if (a.firstToken() >= f.regionStart && a.firstToken() <= f.lastTok + 2) {
                attempted = true;
            }
        }

        // evidence
        List<org.rasd.model.Evidence> ev = new ArrayList<>();
        String text = ctx.doc.text();
        ev.add(org.rasd.model.Evidence.of(text, s.start(), s.end(), "sentence"));
        for (Mention<TriggerEntry> t : f.triggers) {
            ev.add(org.rasd.model.Evidence.of(text, t.start(), t.end(), "trigger"));
        }
        if (a1m != null && actor1Stated) {
            ev.add(org.rasd.model.Evidence.of(text, a1m.start(), a1m.end(), "actor1"));
        }
        if (a2m != null) {
            ev.add(org.rasd.model.Evidence.of(text, a2m.start(), a2m.end(), "actor2"));
        }
        if (dateStated) {
            ev.add(org.rasd.model.Evidence.of(text, date.start(), date.end(), "date"));
        }
        if (count != null && count.length > 3 && count[2] >= 0) {
            ev.add(org.rasd.model.Evidence.of(text, count[2], count[3], "fatalities"));
        }

        List<String> assoc1 = associates(ctx, region, a1m, actor1, country);
        List<String> assoc2 = associates(ctx, region, a2m, actor2, country);
        for (PlaceRef p : own) {
            boolean provisional = false;
            if (!codable(p, actor1, actor1Stated, dateStated, f)) {
                if (!p.countryLevel() || f.generic || f.killOnly) {
                    continue;
                }
                provisional = true;
            }
            List<org.rasd.model.Evidence> pe = new ArrayList<>(ev);
            if (!inherited) {
                pe.add(org.rasd.model.Evidence.of(text, p.start(), p.end(), "location"));
            }
            Mention<TriggerEntry> t0 = f.triggers.get(0);
            out.add(new EventMention(subType, day, precision, dateStated, actor1, actor2, actor1Stated,
                    p.location(), p.alternatives(), fatalities, fatalStated, attempted, si, t0.start(), t0.end(), pe,
                    f.generic || f.killOnly, p.kind(), provisional, assoc1, assoc2));
            ctx.lastPlaceInParagraph.put(para, p);
        }
        if (actor1 != null && actor1Stated) {
            ctx.lastActorInParagraph.put(para, actor1);
        }
    }

    /**
     * Region-level places need a stated day and a named actor; a country alone is too vague to code except for
     * a cross-border action of a foreign state's forces (a strike "in Syria" by Turkish jets), often all the
     * press gives.
     */
    private boolean codable(PlaceRef p, Actor actor1, boolean actor1Stated, boolean dateStated, Frame f) {
        if (p.precision() < 3) {
            return true;
        }
        if (!dateStated || !actor1Stated || actor1 == null || f.generic || f.killOnly) {
            return false;
        }
        String id = p.location().gazetteerId();
        boolean country = id != null && id.startsWith("cty:");
        if (!country) {
            return true;
        }
        String loc = lex.countryName(p.location().country());
        return actor1.inter().isState() && !actor1.name().endsWith(loc)
                && !actor1.name().contains("(" + loc + ")");
    }

    private static final Set<String> IMPERFECT = WORDS.set("imperfect");

    /** Every trigger of the frame is an imperfect verb ("they shell", "continues"): ongoing or habitual. */
    private boolean imperfect(Ctx ctx, Frame f) {
        for (Mention<TriggerEntry> t : f.triggers) {
            boolean imp = false;
            for (String k : PhraseIndex.keys(ctx.toks.get(t.firstToken()))) {
                if (IMPERFECT.contains(k)) {
                    imp = true;
                }
            }
            if (!imp) {
                return false;
            }
        }
        return true;
    }

    /**
     * Actors joined by "and" to a side's actor ("the regime forces and the Iranian militias"): ACLED's associated actors.
     */
    private List<String> associates(Ctx ctx, List<Mention<ActorEntry>> region, Mention<ActorEntry> head, Actor main,
                                    String country) {
        if (head == null || main == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Mention<ActorEntry> prev = head;
        for (Mention<ActorEntry> m : region) {
            if (m.firstToken() <= prev.lastToken()) {
                continue;
            }
            if (m.firstToken() != prev.lastToken() + 1 || !ctx.toks.get(m.firstToken()).proclitics().startsWith(Affixes.AND)) {
                if (m.firstToken() > prev.lastToken() + 1) {
                    break;
                }
                continue;
            }
            Actor a = ctx.resolver.resolve(m, country);
            if (a != null && !a.name().equals(main.name()) && !out.contains(a.name()) && a.inter() != Inter.CIVILIANS) {
                out.add(a.name());
            }
            prev = m;
        }
        return out;
    }

    private boolean sameActor(Ctx ctx, Mention<ActorEntry> a, Mention<ActorEntry> b, String country) {
        Actor x = ctx.resolver.resolve(a, country);
        Actor y = ctx.resolver.resolve(b, country);
        return x != null && x.equals(y);
    }

    /** Keeps the most precise places; drops origins ("from X" when another place is there) and near-anchors. */
    private List<PlaceRef> selectPlaces(Ctx ctx, List<PlaceRef> cands, EventType type) {
        List<PlaceRef> ps = new ArrayList<>(cands);
        if (ps.size() > 1) {
            List<PlaceRef> kept = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                PlaceRef p = ps.get(i);
                int tok = tokAt(ctx, p.start());
                boolean near = false;
                if (i > 0) {
                    int prevEndTok = tokAt(ctx, ps.get(i - 1).end() - 1) + 1;
                    for (int k = Math.max(prevEndTok, tok - 4); k < tok; k++) {
                        if (NEAR.contains(PhraseIndex.key(ctx.toks.get(k).stem()))
                                || NEAR.contains(ctx.toks.get(k).norm())) {
                            near = true;
                        }
                    }
                    if (tok - prevEndTok > 5) {
                        near = false;
                    }
                }
                if (!near) {
                    kept.add(p);
                }
            }
            if (!kept.isEmpty()) {
                ps = kept;
            }
        }
        List<PlaceRef> notOrigin = new ArrayList<>();
        List<PlaceRef> origins = new ArrayList<>();
        List<PlaceRef> destinations = new ArrayList<>();
        for (PlaceRef p : ps) {
            String how = origin(ctx, p);
            if (how == null) {
                notOrigin.add(p);
            } else if (ORIGIN_WORDS.contains(how)) {
                origins.add(p);
            } else {
                destinations.add(p);
            }
        }
        // an advance, infiltration or assault "towards X" happens at X; anything else "towards X" does not
        ps = !notOrigin.isEmpty() ? notOrigin : type == EventType.BATTLES && !destinations.isEmpty() ? destinations : origins;
        if (ps.isEmpty()) {
            return ps;
        }
        int best = ps.stream().mapToInt(PlaceRef::precision).min().orElse(3);
        Map<String, PlaceRef> byKey = new LinkedHashMap<>();
        for (PlaceRef p : ps) {
            if (p.precision() == best) {
                byKey.putIfAbsent(p.key(), p);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** Words before a place that make it an origin or a destination rather than the scene. */
    private static final Set<String> NON_LOCATIVE = WORDS.set("non_locative");

    /** "from X", "towards X" mark where an attack came from or went, unless "close to X". */
    private String origin(Ctx ctx, PlaceRef p) {
        int tok = tokAt(ctx, p.start());
        // "from al-Fu'ah and Kafriya": a place joined by "and" to an origin is an origin too
        if (ctx.toks.get(tok).proclitics().startsWith(Affixes.AND)) {
            for (PlaceRef q : ctx.places) {
                int qe = tokAt(ctx, q.end() - 1) + 1;
                if (q.end() <= p.start() && tok - qe <= 1 && q != p) {
                    return origin(ctx, q);
                }
            }
        }
        for (int k = tok - 1; k >= Math.max(0, tok - 3); k--) {
            Token t = ctx.toks.get(k);
            if (NON_LOCATIVE.contains(t.norm())) {
                Token before = k > 0 ? ctx.toks.get(k - 1) : null;
                return before == null || !NEAR.contains(PhraseIndex.key(before.stem())) ? t.norm() : null;
            }
            if (t.kind() != TokenKind.WORD) {
                return null;
            }
        }
        return null;
    }

    static final Set<String> SPEECH_VERBS = WORDS.set("speech_verb");

    private List<Mention<TriggerEntry>> weaponsOf(Ctx ctx, Frame f) {
        List<Mention<TriggerEntry>> out = new ArrayList<>();
        for (Mention<TriggerEntry> t : ctx.triggers) {
            if (t.entry().role() == Role.WEAPON && t.firstToken() >= f.regionStart && t.firstToken() < f.regionEnd) {
                out.add(t);
            }
        }
        return out;
    }

    /** An artillery or rocket word in the frame, if any. */
    private static Mention<TriggerEntry> weaponsNear(Ctx ctx, Frame f, List<Mention<TriggerEntry>> weapons) {
        for (Mention<TriggerEntry> w : weapons) {
            if (typeOf(w.entry()) == SHELLING) {
                return w;
            }
        }
        return null;
    }

    /** "shelling was done", "targeting took place": a passive report with no named agent. */
    private static boolean passive(Ctx ctx, Frame f) {
        int i = f.triggers.get(0).firstToken() - 1;
        if (i < 0) {
            return false;
        }
        String n = ctx.toks.get(i).norm();
        return PASSIVE_MARKERS.contains(n);
    }

    /** Auxiliaries before a verbal noun that make a passive report ("was done", "took place"). */
    private static final Set<String> PASSIVE_MARKERS = WORDS.set("passive_marker");

    /** "the separatists said that …": the subject of a speech verb is the source of the report, not a party to it. */
    private boolean speaker(Ctx ctx, Mention<ActorEntry> a) {
        if (a.firstToken() == 0) {
            return false;
        }
        for (String k : PhraseIndex.keys(ctx.toks.get(a.firstToken() - 1))) {
            if (SPEECH_VERBS.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor mention is the target: after "on" / "against" / "targeted" or the object of a target word. */
    private boolean isTarget(Ctx ctx, Mention<ActorEntry> a, Frame f) {
        for (int k = Math.max(0, a.firstToken() - 2); k < a.firstToken(); k++) {
            Token t = ctx.toks.get(k);
            for (String key : PhraseIndex.keys(t)) {
                if (TARGET_MARKERS.contains(key) && !key.equals(BETWEEN)) {
                    return true;
                }
            }
        }
        String pro = ctx.toks.get(a.firstToken()).proclitics();
        if (pro.endsWith(FOR_PROCLITIC) && a.firstToken() > f.lastTok && !pro.endsWith(Affixes.ARTICLE)) {
            // "raids by the coalition" is the agent, but "positions of ISIS" the target: decided by the word before
            Token prev = ctx.toks.get(a.firstToken() - 1);
            return PhraseIndex.keys(prev).stream().anyMatch(TARGET_MARKERS::contains);
        }
        return false;
    }

    private Actor defaultActor1(Ctx ctx, SubEventType sub, String country) {
        if (country == null) {
            country = ctx.focus;
        }
        return switch (sub) {
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION ->
                    ctx.resolver.generic("Protesters ({C})", Inter.PROTESTERS, country);
            case VIOLENT_DEMONSTRATION -> ctx.resolver.generic("Rioters ({C})", Inter.RIOTERS, country);
            case ARRESTS -> ctx.resolver.generic("Police Forces of {C}", Inter.STATE_FORCES, country);
            case AIR_DRONE_STRIKE -> airForce(ctx, country);
            case NON_VIOLENT_TRANSFER_OF_TERRITORY, AGREEMENT -> null;
            default -> ctx.resolver.generic("Unidentified Armed Group ({C})", Inter.POLITICAL_MILITIAS, country);
        };
    }

    /** State forces acting outside their own country are external forces (ACLED inter 8). */
    private Actor external(Actor a, String eventCountry) {
        if (a == null || a.inter() != Inter.STATE_FORCES || eventCountry == null) {
            return a;
        }
        String here = lex.countryName(eventCountry);
        String n = a.name();
        int of = n.indexOf(" of ");
        if (!(n.startsWith("Military Forces of ") || n.startsWith("Police Forces of ")) || here == null) {
            return a;
        }
        String theirs = n.substring(of + 4).replaceAll(" \\(.*\\)$", "");
        return theirs.equals(here) ? a : new Actor(n, Inter.EXTERNAL_OTHER_FORCES);
    }

    /** Who flies over a country when the text does not say: the default air actor of air-forces.tsv, else its own air force. */
    private Actor airForce(Ctx ctx, String country) {
        Actor fixed = AirForces.defaultAir(country, ctx.doc.published());
        if (fixed != null) {
            return fixed; // air-forces.tsv: the Saudi-led coalition over Yemen from 26 March 2015
        }
        return ctx.resolver.generic("Military Forces of {C}", Inter.STATE_FORCES, country);
    }

    private Actor defaultActor2(Ctx ctx, SubEventType sub, String country, Actor actor1) {
        if (sub.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
            return ctx.resolver.generic("Civilians ({C})", Inter.CIVILIANS, country);
        }
        if (sub == NVT && actor1 != null
                && (actor1.inter() == Inter.STATE_FORCES || GOVERNMENT_AFFILIATES.contains(actor1.name()))) {
            // a handover to the government is made by the armed opposition of the place
            return "SY".equals(country) ? new Actor("Opposition Rebels (Syria)", Inter.REBEL_GROUPS)
                    : ctx.resolver.generic("Rebels ({C})", Inter.REBEL_GROUPS, country);
        }
        return null;
    }

    /** Words near a generic attack that make it an air strike (aviation, aircraft, coalition). */
    private static final Set<String> AIR_WORDS = WORDS.set("air_word");

    private boolean airContext(Ctx ctx, Mention<TriggerEntry> t, List<Mention<TriggerEntry>> weapons,
                               List<Mention<ActorEntry>> actors) {
        Mention<TriggerEntry> w = nearest(weapons, t, 6);
        if (w != null) {
            return typeOf(w.entry()) == AIR;
        }
        for (int k = Math.max(0, t.firstToken() - 4); k <= Math.min(ctx.toks.size() - 1, t.lastToken() + 5); k++) {
            Set<String> keys = PhraseIndex.keys(ctx.toks.get(k));
            if (!java.util.Collections.disjoint(keys, AIR_WORDS)) {
                return true;
            }
        }
        return false;
    }

    private static <T> Mention<T> nearest(List<Mention<T>> ms, Mention<?> t, int window) {
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

    private static <T> List<Mention<T>> within(List<Mention<T>> ms, int t0, int t1) {
        List<Mention<T>> out = new ArrayList<>();
        for (Mention<T> m : ms) {
            if (m.firstToken() >= t0 && m.lastToken() < t1) {
                out.add(m);
            }
        }
        return out;
    }

    /** Time-of-day adverbs ("at night", "in the morning", "in the evening") say when in the day, not which day. */
    static final Set<String> TIME_OF_DAY = WORDS.set("time_of_day");

    static boolean timeOfDayOnly(String text, DateMention d) {
        String w = org.rasd.text.ArabicNormalizer.normalize(text.substring(d.start(), d.end())).trim();
        if (w.startsWith(Affixes.AND) && TIME_OF_DAY.contains(w.substring(1))) {
            return true;
        }
        return TIME_OF_DAY.contains(w);
    }

    /** Index of the token containing {@code offset} (a name may start after a proclitic), else the next one. */
    private static int tokAt(Ctx ctx, int offset) {
        int i = ctx.doc.firstTokenAtOrAfter(offset);
        if (i > 0 && ctx.toks.get(i - 1).end() > offset) {
            return i - 1;
        }
        return Math.min(i, Math.max(0, ctx.toks.size() - 1));
    }

    static final Set<String> SPEECH_ACTS = WORDS.set("speech_act");

    /**
     * "Carter said in Erbil that …", "at a press conference he held in Şanlıurfa": where a statement was made, between
     * the speech word and the complementizer or quote that opens what was said.
     */
    private boolean speechSite(Ctx ctx, PlaceRef p) {
        int t = tokAt(ctx, p.start());
        boolean speech = false;
        for (int k = t - 1; k >= Math.max(0, t - 8); k--) {
            Token tok = ctx.toks.get(k);
            if (tok.norm().equals(COMPLEMENTIZER) || tok.kind() == TokenKind.PUNCT) {
                return false;
            }
            for (String key : PhraseIndex.keys(tok)) {
                if (SPEECH_ACTS.contains(key)) {
                    speech = true;
                }
            }
            if (speech) {
                break;
            }
        }
        if (!speech) {
            return false;
        }
        for (int k = t + 1; k < Math.min(ctx.toks.size(), t + 12); k++) {
            Token tok = ctx.toks.get(k);
            String n = tok.norm();
            if (SPEECH_OPENERS.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Office words: "member of the Anbar provincial council", "deputy governor of Aden" name a person's post, not a scene. */
    static final Set<String> OFFICES = WORDS.set("office");

    private boolean affiliation(Ctx ctx, PlaceRef p) {
        int t = tokAt(ctx, p.start());
        for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
            Token tok = ctx.toks.get(k);
            if (tok.kind() != TokenKind.WORD) {
                return false;
            }
            for (String stem : tok.stems()) {
                // whole words only: "district" is not "director", though it starts with it
                if (OFFICES.contains(stem) || OFFICES.contains(PhraseIndex.key(stem))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Capitals the press uses for governments: "Ankara's entry into the campaign", "Washington demanded". */
    static final Set<String> CAPITAL_METONYMS = WORDS.set("capital_metonym");
    static final Set<String> LOCATIVES = WORDS.set("locative");

    /** A capital with no locative word before it is its government, not a place. */
    private boolean metonym(Ctx ctx, PlaceRef p) {
        String ar = org.rasd.text.ArabicNormalizer.normalize(ctx.doc.text().substring(p.start(), p.end())).trim();
        int t = tokAt(ctx, p.start());
        Token first = ctx.toks.get(t);
        String bare = first.proclitics().isEmpty() ? ar : ar.substring(Math.min(ar.length(), first.proclitics().length()));
        if (!CAPITAL_METONYMS.contains(ar) && !CAPITAL_METONYMS.contains(bare)) {
            return false;
        }
        if (first.proclitics().contains(WITH_PROCLITIC)
                || first.proclitics().contains(FOR_PROCLITIC) && !first.proclitics().contains(Affixes.ARTICLE)) {
            return false; // "in Ankara", "to Baghdad" with a proclitic
        }
        if (t == 0) {
            return true;
        }
        Token prev = ctx.toks.get(t - 1);
        for (String k : PhraseIndex.keys(prev)) {
            if (LOCATIVES.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** "a Turkish province": a nationality adjective read as a town is no place. */
    private boolean adjective(Ctx ctx, PlaceRef p) {
        String id = p.location().gazetteerId();
        if (id != null && id.startsWith("cty:")) {
            return false;
        }
        int t = tokAt(ctx, p.start());
        return t < ctx.toks.size() && ctx.toks.get(t).end() >= p.end() && lex.demonym(ctx.toks.get(t)) != null
                && !ctx.toks.get(t).norm().startsWith(Affixes.ARTICLE);
    }

    private static boolean insideActor(PlaceRef p, List<Mention<ActorEntry>> actors) {
        for (Mention<ActorEntry> a : actors) {
            if (p.start() < a.end() && a.start() < p.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A death cue near an aggregate cue of its sentence ("since the start of the war", "during the week", "in about 4 months"), before or
     * after it: a cumulative or period tally, never the toll of one event (ACLED).
     */
    private static boolean tally(Mention<TriggerEntry> k, List<Mention<Cue>> cues) {
        for (Mention<Cue> c : cues) {
            if ("AGGREGATE".equals(c.entry().kind()) && (c.firstToken() > k.lastToken()
                    ? c.firstToken() - k.lastToken() : k.firstToken() - c.lastToken()) <= TALLY_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /** Tokens between a death cue and an aggregate cue that make the count a tally. */
    static final int TALLY_WINDOW = 12;

    /** A participant noun ("the demonstrators", "the protesters") both names the protesters and reports their protest. */
    private static boolean participant(Mention<TriggerEntry> t, Mention<ActorEntry> a) {
        Inter inter = Inter.of(a.entry().inter());
        return t.firstToken() == a.firstToken() && t.lastToken() == a.lastToken()
                && (inter == Inter.PROTESTERS || inter == Inter.RIOTERS)
                && typeOf(t.entry()).eventType() == (inter == Inter.PROTESTERS ? EventType.PROTESTS : EventType.RIOTS);
    }

    private static boolean insideActorOrPlace(Mention<TriggerEntry> t, List<Mention<ActorEntry>> actors,
                                              List<PlaceRef> places) {
        for (Mention<ActorEntry> a : actors) {
            if (t.firstToken() <= a.lastToken() && a.firstToken() <= t.lastToken() && !participant(t, a)) {
                return true;
            }
        }
        for (PlaceRef p : places) {
            if (t.start() < p.end() && p.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    /** A bare "explosion" word ("explosion", "exploded"): gas cylinders and fireworks explode too. */
    private static boolean explosionWord(Ctx ctx, Mention<TriggerEntry> t) {
        return t.firstToken() == t.lastToken()
                && EXPLOSION_WORDS.contains(PhraseIndex.key(ctx.toks.get(t.firstToken()).stem()));
    }

    /** The future prefix sa- as a proclitic the tokenizer stripped. */
    private static final String FUTURE_LETTER = WORDS.one("future_letter");
    /** Word starts of a future imperfect verb (sa- + ya-/ta-/na-). */
    private static final List<String> FUTURE_PREFIXES = WORDS.list("future_prefix");
    /** Word starts that look like a future prefix but begin common nouns. */
    private static final List<String> NOT_FUTURE_PREFIXES = WORDS.list("not_future_prefix");

    private static boolean startsWithAny(String norm, List<String> prefixes) {
        for (String p : prefixes) {
            if (norm.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Modality: a cue before the trigger in its clause (or anywhere in the sentence for sentence-wide cues). An
     * accident cue ("traffic accident", "fire", "civil defence") blocks every trigger of its own clause, and in the rest of its
     * sentence only the words an accident could equally have produced ({@code weak}: generic attack words, bare
     * death reports, bare explosions); "a car bomb exploded …, and the incident killed 5" still reports a bombing.
     */
    private boolean blocked(Ctx ctx, Mention<TriggerEntry> t, List<Mention<Cue>> cues, Sentence s, boolean weak) {
        Token tok = ctx.toks.get(t.firstToken());
        String norm = tok.norm();
        // future prefix on an imperfect verb: "will launch", "will shell", "we will target"
        if (tok.proclitics().contains(FUTURE_LETTER) || norm.length() > 4 && startsWithAny(norm, FUTURE_PREFIXES)
                && !startsWithAny(norm, NOT_FUTURE_PREFIXES)
                && tok.stems().stream().anyMatch(x -> x.length() == norm.length() - 1)) {
            return true;
        }
        int clauseStart = clauseStart(s, t.start());
        int clauseEnd = clauseEnd(s, t.start());
        if (ctx.backgroundClause.computeIfAbsent(clauseKey(clauseStart, clauseEnd),
                k -> pastYearIn(ctx, clauseStart, clauseEnd) || oldDateIn(ctx, clauseStart, clauseEnd))) {
            return true;
        }
        for (Mention<Cue> c : cues) {
            Cue cue = c.entry();
            if ("ACCIDENT".equals(cue.kind())) {
                if (weak || c.start() >= clauseStart && c.start() < clauseEnd) {
                    return true;
                }
                continue;
            }
            if (cue.sentenceWide()) {
                return true;
            }
            if ("NEGATION".equals(cue.kind())) {
                if (c.lastToken() < t.firstToken() && t.firstToken() - c.lastToken() <= 2) {
                    return true;
                }
                continue;
            }
            if (c.start() >= clauseStart && c.end() <= t.start() && t.firstToken() - c.lastToken() <= 10) {
                return true;
            }
        }
        return false;
    }

    /** The mention if its day is within a week before publication (or publication is unknown), else null. */
    private static DateMention recent(Ctx ctx, DateMention d) {
        if (d == null || d.date() == null) {
            return null;
        }
        LocalDate pub = ctx.doc.published();
        if (pub == null) {
            return d;
        }
        long days = pub.toEpochDay() - d.date().toEpochDay();
        return days >= -1 && days <= 7 ? d : null;
    }

    private static long clauseKey(int start, int end) {
        return (long) start << 32 | end;
    }

    /** A date weeks before publication in {@code [cs, ce)} ("last March") marks background. */
    private static boolean oldDateIn(Ctx ctx, int cs, int ce) {
        LocalDate pub = ctx.doc.published();
        if (pub == null) {
            return false;
        }
        List<DateMention> ds = ctx.datesByStart;
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
    private static boolean pastYearIn(Ctx ctx, int cs, int ce) {
        for (Token k : ctx.doc.tokensIn(cs, ce)) {
            if (pastYear(ctx, k)) {
                return true;
            }
        }
        return false;
    }

    /** Words that name a year: "year 2012", "the year 2013", "year 2014". */
    static final Set<String> YEAR_NOUNS = WORDS.set("year_noun");

    /**
     * A year before the publication year named in {@code [start, end)} ("in 2003 … attacked", "in the year 2012"). Before
     * a sentence's first trigger it sets the whole sentence in the past; elsewhere a past year marks only its own
     * clause ({@link #pastYearIn}).
     */
    private static boolean namedPastYearIn(Ctx ctx, int start, int end) {
        List<Token> ts = ctx.doc.tokensIn(start, end);
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (pastYear(ctx, ts.get(i + 1))
                    && PhraseIndex.keys(ts.get(i)).stream().anyMatch(YEAR_NOUNS::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A four-digit number from 1900 up to the year before publication. */
    private static boolean pastYear(Ctx ctx, Token k) {
        if (ctx.doc.published() == null || k.kind() != TokenKind.NUMBER || k.norm().length() != 4) {
            return false;
        }
        try {
            int y = Integer.parseInt(k.norm());
            return y >= 1900 && y < ctx.doc.published().getYear();
        } catch (NumberFormatException e) {
            return false; // not a year
        }
    }

    static final Set<String> TERRITORY_NOUNS = WORDS.set("territory_noun");
    static final Set<String> AGREEMENT_VERBS = WORDS.set("agreement_verb");
    static final Set<String> POLITICAL_ARREST = WORDS.set("political_arrest");

    private static boolean sentenceHas(Ctx ctx, Sentence s, Set<String> words) {
        for (Token k : ctx.doc.tokensIn(s.start(), s.end())) {
            for (String key : PhraseIndex.keys(k)) {
                if (words.contains(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Index of the last clause starting at or before {@code offset}, or -1 (clauses are in order). */
    private static int clauseIndex(Sentence s, int offset) {
        List<org.rasd.text.Span> cs = s.clauses();
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
    private static int clauseStart(Sentence s, int offset) {
        int i = clauseIndex(s, offset);
        return i < 0 ? s.start() : s.clauses().get(i).start();
    }

    /** End of the clause containing an offset, else the sentence end. */
    private static int clauseEnd(Sentence s, int offset) {
        int i = clauseIndex(s, offset);
        if (i >= 0 && offset < s.clauses().get(i).end()) {
            return s.clauses().get(i).end();
        }
        return s.end();
    }

    /**
     * The date of a frame: the one nearest its triggers, dates outside its region counting farther, and the
     * day a source spoke ("the Observatory reported on Tuesday the killing of … on Monday") farther still.
     */
    private DateMention nearestDate(List<DateMention> dates, Ctx ctx, Frame f) {
        DateMention best = null;
        int bestD = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            int dt = tokAt(ctx, d.start());
            int dist = Integer.MAX_VALUE;
            for (Mention<TriggerEntry> t : f.triggers) {
                dist = Math.min(dist, dt > t.lastToken() ? dt - t.lastToken() : Math.max(0, t.firstToken() - dt));
            }
            if (dt < f.regionStart || dt >= f.regionEnd) {
                dist += 20;
            }
            for (int k = Math.max(0, dt - 4); k < dt; k++) {
                for (String key : PhraseIndex.keys(ctx.toks.get(k))) {
                    if (SPEECH_VERBS.contains(key)) {
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

    /**
     * Deaths for a frame: {count, stated?1:0, evStart, evEnd}, or null when no death is reported. A number
     * goes to the nearest death or injury cue; the largest death figure wins (totals repeat the items).
     */
    private int[] deaths(Ctx ctx, Frame f, List<Mention<TriggerEntry>> kills, List<Mention<TriggerEntry>> injures) {
        List<Mention<TriggerEntry>> ks = new ArrayList<>();
        for (Mention<TriggerEntry> k : kills) {
            if (k.firstToken() >= f.regionStart && k.firstToken() < f.regionEnd
                    || k.firstToken() < f.regionStart && f.firstTok - k.lastToken() <= 6 && causeBetween(ctx, k, f)) {
                ks.add(k);
            }
        }
        if (ks.isEmpty()) {
            return null;
        }
        int best = -1;
        int evS = -1;
        int evE = -1;
        boolean vague = false;
        Map<Mention<TriggerEntry>, int[]> perCue = new LinkedHashMap<>(); // cue → {distance, value, start, end, vague}
        for (NumberMention n : ctx.doc.numbers()) {
            int nt = tokAt(ctx, n.start());
            // the number word itself, without its hedges ("no fewer than six", "at least 57"), so a hedge
            // never makes a number touch the next cue
            nt = coreToken(ctx, n, nt);
            int ne = nt;
            if (nt < f.regionStart - 6 || nt >= f.regionEnd + 1) {
                continue;
            }
            Mention<TriggerEntry> kNear = null;
            int kd = Integer.MAX_VALUE;
            for (Mention<TriggerEntry> k : ks) {
                int d = distance(nt, ne, k);
                if (d < kd) {
                    kd = d;
                    kNear = k;
                }
            }
            int id = Integer.MAX_VALUE;
            for (Mention<TriggerEntry> k : injures) {
                id = Math.min(id, distance(nt, ne, k));
            }
            if (kNear == null || kd > 6 || id < kd) {
                continue;
            }
            int v;
            if (n.value() == null) {
                v = switch (n.qualifier()) {
                    case DOZENS -> 12;
                    case HUNDREDS -> 100;
                    case THOUSANDS -> 1000;
                    default -> 10;
                };
            } else {
                if (n.value() > 5000) {
                    continue;
                }
                v = n.value().intValue();
            }
            if (unitAfter(ctx, n)) {
                continue; // "290 km", "21 years old": a distance or an age, not a toll
            }
            int[] cur = perCue.get(kNear);
            if (cur == null || kd < cur[0] || kd == cur[0] && v > cur[1]) {
                perCue.put(kNear, new int[] {kd, v, n.start(), n.end(), n.value() == null ? 1 : 0});
            }
        }
        for (int[] c : perCue.values()) {
            if (c[1] > best) {
                best = c[1];
                evS = c[2];
                evE = c[3];
                vague = c[4] == 1;
            }
        }
        if (best >= 0) {
            return new int[] {best, vague ? 0 : 1, evS, evE};
        }
        // singular victim or named ranks
        for (Mention<TriggerEntry> k : ks) {
            int ranks = 0;
            for (int i = k.lastToken() + 1; i < Math.min(ctx.toks.size(), k.lastToken() + 14); i++) {
                String st = ctx.toks.get(i).stem();
                if (RANKS.contains(st) || RANKS.contains(PhraseIndex.key(st))) {
                    ranks++;
                }
            }
            if (ranks > 0) {
                return new int[] {ranks, 1, k.start(), k.end()};
            }
            if (k.firstToken() > 0) {
                Token prev = ctx.toks.get(k.firstToken() - 1);
                for (String key : PhraseIndex.keys(prev)) {
                    if (SINGULAR_VICTIMS.contains(key) && prev.kind() == TokenKind.WORD && !plural(prev.norm())) {
                        return new int[] {1, 1, prev.start(), k.end()};
                    }
                }
            }
            if (k.lastToken() + 1 < ctx.toks.size()) {
                Token next = ctx.toks.get(k.lastToken() + 1);
                for (String key : PhraseIndex.keys(next)) {
                    if (SINGULAR_VICTIMS.contains(key) && next.kind() == TokenKind.WORD
                            && !plural(next.norm())) {
                        return new int[] {1, 1, k.start(), next.end()};
                    }
                }
            }
        }
        Mention<TriggerEntry> k = ks.get(0);
        return new int[] {3, 0, k.start(), k.end()};
    }

    /**
     * Token distance from a number to a death or injury cue. A count noun right after the number binds
     * tightest ("11 killed and 18 wounded"); a number right after the cue next ("the killing of 16"); a number a few words
     * before a verb after it ("six army men were killed") a little looser.
     */
    private static final Set<String> HEDGES = WORDS.set("hedge");

    private static int coreToken(Ctx ctx, NumberMention n, int first) {
        for (int i = first; i < ctx.toks.size() && ctx.toks.get(i).start() < n.end(); i++) {
            Token t = ctx.toks.get(i);
            if (t.kind() == TokenKind.NUMBER || !HEDGES.contains(t.norm()) && !HEDGES.contains(t.stem())) {
                return i;
            }
        }
        return first;
    }

    /** "5 killed in shelling", "killed as a result of a raid": a death cue joined to the next trigger by a causal word. */
    private static boolean causeBetween(Ctx ctx, Mention<TriggerEntry> k, Frame f) {
        for (int i = k.lastToken() + 1; i < f.firstTok; i++) {
            String n = ctx.toks.get(i).norm();
            if (CAUSAL.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Words that join a death cue to the attack that caused it ("in", "as a result of", "by shelling"). */
    private static final Set<String> CAUSAL = WORDS.set("causal");

    static final Set<String> UNITS = WORDS.set("unit");

    private static boolean unitAfter(Ctx ctx, NumberMention n) {
        int i = ctx.doc.firstTokenAtOrAfter(n.end());
        if (i >= ctx.toks.size()) {
            return false;
        }
        Token t = ctx.toks.get(i);
        return UNITS.contains(t.norm()) || UNITS.contains(t.stem());
    }

    private static int distance(int nt, int ne, Mention<TriggerEntry> k) {
        if (ne + 1 == k.firstToken()) {
            return 0;
        }
        if (nt > k.lastToken()) {
            return nt - k.lastToken();
        }
        if (ne < k.firstToken()) {
            return Math.max(1, k.firstToken() - ne - 1);
        }
        return 0;
    }
}
