package org.rasd.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasd.extract.ActorRoles;
import org.rasd.extract.Frame;
import org.rasd.lexicon.ActorEntry;
import org.rasd.lexicon.Mention;
import org.rasd.model.Actor;
import org.rasd.text.Document;
import org.rasd.text.Token;
import org.rasd.text.WordClasses;

/**
 * The features of a frame's actor roles for the actor-role model ({@link LearnedRoles}): the rules' reading (the
 * inter codes of the sides they chose, whether each was read from a mention), the frame's sub-type and trigger, and
 * for each chosen mention its side of the trigger and distance to it, the words just before it and their classes
 * ({@code role-cues.tsv}: agent "by", target "against", victim "the killing of", passive forms), its head word and
 * its lexicon kind; the voice of the trigger (a passive or intransitive form before it) and the mentions' order.
 */
public final class RoleFeatures {
    static final WordClasses CUES = WordClasses.resource(RoleFeatures.class, "role-cues.tsv");
    private static final List<String> CLASSES = List.of("agent", "target", "victim", "passive");
    /** Tokens before a mention whose words and classes are features. */
    static final int BEFORE = 3;

    private RoleFeatures() {
    }

    /** Name parts of the lexical features (words, heads, stems, proclitics): left out by {@link #select} unless asked for. */
    private static final List<String> LEXICAL = List.of("w1=", "w2=", "head=", "trig=", "tprevw=", "pro=");

    /** The features without the lexical ones unless {@code lexical}: the closed classes, sides, distances and codes. */
    public static List<EventFeatures.Feature> select(List<EventFeatures.Feature> all, boolean lexical) {
        if (lexical) {
            return all;
        }
        List<EventFeatures.Feature> out = new ArrayList<>();
        for (EventFeatures.Feature f : all) {
            if (LEXICAL.stream().noneMatch(f.name()::contains)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the roles decision has anything to decide: two or more actor mentions, or a side read from one. */
    public static boolean eligible(ActorRoles rules, List<Mention<ActorEntry>> candidates) {
        return rules != null && (rules.actor1() != null || rules.actor2() != null)
                && (candidates.size() >= 2 || rules.mention1() != null || rules.mention2() != null);
    }

    /** The features of the rules' roles of {@code f}. */
    public static List<EventFeatures.Feature> of(Document doc, Frame f, ActorRoles rules,
            List<Mention<ActorEntry>> candidates) {
        List<EventFeatures.Feature> out = new ArrayList<>();
        List<Token> toks = doc.tokens();
        String r1 = inter(rules.actor1());
        String r2 = inter(rules.actor2());
        add(out, "sub=" + f.subType().label());
        add(out, "r1=" + r1);
        add(out, "r2=" + r2);
        add(out, "r12=" + r1 + "_" + r2);
        add(out, "sub_r12=" + f.subType().label() + "_" + r1 + "_" + r2);
        add(out, "stated1=" + rules.actor1Stated());
        add(out, "n=" + Math.min(candidates.size(), 4));
        int trig = f.trigger().firstToken();
        Token t = toks.get(trig);
        add(out, "trig=" + t.stem());
        if (trig > 0) {
            Token before = toks.get(trig - 1);
            for (String c : classes(toks, trig)) {
                add(out, "tprev=" + c);
            }
            add(out, "tprevw=" + before.norm());
        }
        for (String c : classesOf(t)) {
            add(out, "tcls=" + c);
        }
        mention(out, "m1", rules.mention1(), toks, f);
        mention(out, "m2", rules.mention2(), toks, f);
        if (rules.mention1() != null && rules.mention2() != null) {
            add(out, "ord=" + (rules.mention1().firstToken() < rules.mention2().firstToken() ? "12" : "21"));
        }
        int others = 0;
        for (Mention<ActorEntry> m : candidates) {
            if (m != rules.mention1() && m != rules.mention2()) {
                others++;
            }
        }
        add(out, "others=" + Math.min(others, 2));
        return out;
    }

    private static void mention(List<EventFeatures.Feature> out, String p, Mention<ActorEntry> m, List<Token> toks, Frame f) {
        if (m == null) {
            add(out, p + "=none");
            return;
        }
        int trig = f.trigger().firstToken();
        boolean after = m.firstToken() > f.trigger().lastToken();
        int d = after ? m.firstToken() - f.trigger().lastToken() : trig - m.lastToken();
        String side = after ? "after" : "before";
        add(out, p + "side=" + side);
        add(out, p + "dist=" + side + (d <= 1 ? "1" : d <= 3 ? "3" : d <= 7 ? "7" : "far"));
        add(out, p + "kind=" + m.entry().kind());
        add(out, p + "inter=" + m.entry().inter());
        Token head = toks.get(m.firstToken());
        add(out, p + "head=" + head.stem());
        add(out, p + "pro=" + head.proclitics());
        for (String c : classes(toks, m.firstToken())) {
            add(out, p + "cls=" + c);
            add(out, p + "cls=" + c + "_" + side);
        }
        if (m.firstToken() > 0) {
            add(out, p + "w1=" + toks.get(m.firstToken() - 1).norm());
        }
        if (m.firstToken() > 1) {
            add(out, p + "w2=" + toks.get(m.firstToken() - 2).norm());
        }
    }

    /** The cue classes of the words (and two-word phrases) among the {@link #BEFORE} tokens before token {@code i}. */
    static Set<String> classes(List<Token> toks, int i) {
        Set<String> out = new java.util.TreeSet<>();
        for (int k = Math.max(0, i - BEFORE); k < i; k++) {
            out.addAll(classesOf(toks.get(k)));
            if (k + 1 < i) {
                String phrase = toks.get(k).norm() + " " + toks.get(k + 1).norm();
                for (String c : CLASSES) {
                    if (CUES.set(c).contains(phrase)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private static List<String> classesOf(Token t) {
        List<String> out = new ArrayList<>();
        for (String c : CLASSES) {
            Set<String> words = CUES.set(c);
            if (words.contains(t.norm()) || words.contains(t.stem())) {
                out.add(c);
            }
        }
        return out;
    }

    private static String inter(Actor a) {
        return a == null ? "none" : Integer.toString(a.inter().code());
    }

    private static void add(List<EventFeatures.Feature> out, String name) {
        out.add(new EventFeatures.Feature(name, 1));
    }
}
