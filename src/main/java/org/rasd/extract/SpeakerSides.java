package org.rasd.extract;

import java.util.List;
import java.util.Set;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;

/**
 * The sides of a frame whose region names a speaker ("the resistance said that …"): the speaker is the agent when it
 * tells of its own act («أعلنت المقاومة أنها استعادت», «إن مقاتليها يخوضون»), of a passive report, of an air power's
 * strikes or of its own territorial gain; otherwise the sides {@link ActorReading} read stand.
 */
final class SpeakerSides {
    /** "that" opening reported speech: after it a verbal noun is what was told, not the speaker's own act. */
    private static final Set<String> COMPLEMENTIZER = Words.WORDS.set("complementizer");
    /** "that it", "its fighters": after a speaker, the speaker tells of its own act. */
    private static final Set<String> SPEAKER_SELF = Words.WORDS.set("speaker_self");
    /** Tokens before the trigger within which the self-reference must come. */
    static final int SELF_GAP = 3;
    /** Tokens from the speaker to a trigger that names its act («أعلنت السلطات المغربية اعتقال»). */
    static final int ANNOUNCED_GAP = 2;

    private final Layers l;
    private final ActorReading reading;

    SpeakerSides(Layers l, ActorReading reading) {
        this.l = l;
        this.reading = reading;
    }

    /** The sides when a speaker may be the agent: of its own act, of a passive report, of its strikes or gains. */
    ActorReading.Read read(Frame f, List<Mention<ActorEntry>> region, String country,
                           Mention<ActorEntry> speakerActor, Mention<ActorEntry> a1m, Mention<ActorEntry> a2m) {
        if (speakerActor == null) {
            return new ActorReading.Read(a1m, a2m);
        }
        if (speaksOfItself(speakerActor, f, region)) {
            // "the resistance announced that it recaptured …", "… said its fighters clash with the rebels": the
            // speaker acted; the side read as the target (else the other agent) was acted upon
            Mention<ActorEntry> other = a2m != null ? a2m
                    : a1m != null && !reading.sameActor(a1m, speakerActor, country) ? a1m : null;
            return new ActorReading.Read(speakerActor, other);
        }
        if (reading.passive(f)) {
            // "the coalition command explained that Houthi headquarters were bombed": in a passive report the speaker
            // is the agent and whoever else is named is the side hit
            return new ActorReading.Read(speakerActor, a1m != null && a2m == null ? a1m : a2m);
        }
        if (a1m == null && f.generic() && AirForces.airPower(l.resolver.resolve(speakerActor, country))) {
            // "the coalition's task force said the strikes hit …": an air power tells of its own strikes
            return new ActorReading.Read(speakerActor, a2m);
        }
        if (a1m == null && f.territory()) {
            // "the resistance announced that it had liberated …": the speaker claims its own gain
            return new ActorReading.Read(speakerActor, a2m);
        }
        return new ActorReading.Read(a1m, a2m);
    }

    /** Whether "that" («إن», «أن») comes between two tokens: "the police spokesman said that an exchange of fire …". */
    private boolean thatBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (COMPLEMENTIZER.contains(l.toks.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the speaker tells of its own act: "that it" or "its fighters" right before the trigger («أنها
     * استعادت», «إن مقاتليها يخوضون», «إن «عناصرها هاجمت»), with no other side named between the speaker and it.
     */
    boolean speaksOfItself(Mention<ActorEntry> speaker, Frame f, List<Mention<ActorEntry>> region) {
        int t = f.trigger().firstToken();
        if (t <= speaker.lastToken()) {
            return false;
        }
        if (t - speaker.lastToken() <= ANNOUNCED_GAP && !f.killOnly() && !thatBetween(speaker.lastToken(), t)) {
            return true; // "the Moroccan authorities announced the arrest of 8": the speaker's own act, as a noun
        }
        for (Mention<ActorEntry> a : region) {
            if (a != speaker && a.firstToken() > speaker.lastToken() && a.lastToken() < t) {
                return false;
            }
        }
        for (int k = t - 1; k > speaker.lastToken() && k >= t - SELF_GAP; k--) {
            if (Words.anyKey(l.toks.get(k), SPEAKER_SELF)) {
                return true;
            }
        }
        return false;
    }
}
