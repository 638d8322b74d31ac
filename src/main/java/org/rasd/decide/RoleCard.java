package org.rasd.decide;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rasd.eval.Scorer;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** The model card of the actor-role decision (docs/models/actor-roles.md), written by {@code rasd train}. */
final class RoleCard {
    private RoleCard() {
    }

    static String write(List<RoleTraining.Sample> samples, long swap, long keep, String grid, Training.Spec spec, boolean lexical, double threshold,
            Model<Label> model, int trainArticles, Scorer.Result trainRules, Scorer.Result trainRoles, int testArticles,
            Scorer.Result testRules, Scorer.Result testRoles, Scorer.Result devRules, Scorer.Result devRoles, String shipped, int k) {
        StringBuilder b = new StringBuilder();
        b.append("# Model card: actor roles (issue 9, decision 3c)\n\n");
        b.append("Written by `./rasd train` on ").append(LocalDate.now()).append(" (Java ").append(Runtime.version().feature())
                .append("). Rebuild: `./rasd train` from the repository root (fixed seed; the same corpus gives the same weights).\n\n");
        b.append("**What it decides**: for a frame whose rules read a side from an actor mention (two or more actor mentions in the "
                + "frame's region, or one side read from a mention), whether the sides are the wrong way round — the side the rules "
                + "took as acted upon is the one that acted (victim read as attacker). At or above the threshold the roles are swapped "
                + "(`org.rasd.decide.LearnedRoles` through `org.rasd.extract.Decider#roles`, before ACLED defaults and typing). "
                + "It does not pick a third mention: a wrong side that no mention of the frame gives stays wrong.\n\n");
        b.append("**Labels** (counterfactual, `org.rasd.decide.RoleTraining`): every such frame of a train-split article is extracted "
                + "once with the rules' roles and once with its roles alone swapped, and the article is scored against its gold both "
                + "ways with score.py's pairing. Swapping gains (strict matches count twice, event matches once, false positives "
                + "against) → `swap`; loses → `keep`; changes nothing → left out. The label is therefore what the swap does to the "
                + "score after defaults, typing and merging.\n\n");
        b.append(String.format(Locale.ROOT, "**Training data**: %d train-split articles, %d decidable frames: %d `swap`, %d `keep`, "
                + "%d that a swap does not change.%n%n", trainArticles, samples.size(), swap, keep, samples.size() - swap - keep));
        b.append("**Features** (`org.rasd.decide.RoleFeatures`; word classes in `src/main/resources/org/rasd/decide/role-cues.tsv`, "
                + "with English glosses): the rules' decision (inter codes of the two sides, alone, together and with the sub-type; "
                + "whether actor 1 is stated), the number of mentions, the trigger's stem and the word before it and its classes "
                + "(the voice: a passive or intransitive form such as «لقي», «تم», «قتل»); for each of the rules' two mentions its side "
                + "of the trigger and distance (1, 3, 7, far), lexicon kind and inter code, head word and proclitics, the two words "
                + "before it and the classes of the three words before it — agent («على يد», «من قبل», «بواسطة»), target («ضد», "
                + "«على», «استهدف», «مواقع», «صفوف»), victim («مقتل», «مصرع», «قتلى»), passive — alone and with the side; "
                + "the mentions' order.\n\n");
        b.append("**Model**: ").append(spec.describe().replace("; label: real (paired, or of the type of an unpaired gold event)", ""))
                .append(lexical ? ", all features" : ", without the lexical features (words, heads, stems, proclitics)")
                .append(", Tribuo 4.3.2, chosen with the threshold by the summed out-of-fold counterfactual gain (thresholds 0.5–0.7: a "
                        + "swap must be likelier than not):\n\n");
        b.append(String.format(Locale.ROOT, "| features | cost C | best threshold | Δ strict | Δ tp | Δ fp |%n|---|---|---|---|---|---|%n"))
                .append(grid);
        b.append(String.format(Locale.ROOT, "%nThreshold: **%.2f**. The summed gains add up the frames' swaps one at a time; the "
                + "figures below extract the articles with every swap at once.%n%n", threshold));
        b.append(String.format(Locale.ROOT, "## Figures by score.py (port), without the event filter%n%n"));
        b.append("| set | articles | roles | event P | event R | event F1 | strict F1 |\n|---|---|---|---|---|---|---|\n");
        row(b, "corpus train split", trainArticles, "rules", trainRules);
        row(b, "corpus train split", trainArticles, String.format(Locale.ROOT, "rules + model, out of fold (%d-fold by article)", k), trainRoles);
        row(b, "corpus test split", testArticles, "rules", testRules);
        row(b, "corpus test split", testArticles, "rules + model", testRoles);
        row(b, "dev set", 24, "rules", devRules);
        row(b, "dev set", 24, "rules + model", devRoles);
        b.append("\n## Heaviest features for `swap`\n\n");
        var top = model.getTopFeatures(12).get(LearnedRoles.SWAP);
        if (top != null) {
            for (var p : top) {
                b.append(String.format(Locale.ROOT, "- `%s` %.3f%n", p.getA(), p.getB()));
            }
        }
        b.append(String.format(Locale.ROOT, "%n**Ships** when the out-of-fold strict F1 gain on the train split is significant in a "
                + "paired bootstrap over articles (one-sided p < %.2f, `Acceptance`; the cost, features and threshold are chosen on "
                + "the same folds, so the test is somewhat optimistic) and out-of-fold event F1 does not fall; the dev set and the "
                + "test split are only reported.%n%n**Shipped**: %s.%n", Acceptance.ALPHA, shipped));
        return b.toString();
    }

    private static void row(StringBuilder b, String set, int n, String how, Scorer.Result r) {
        if (r == null) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %s | not scored | | | |%n", set, n, how));
            return;
        }
        b.append(String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %.3f | %.3f |%n", set, n, how, r.precision(), r.recall(),
                r.f1(), r.strictF1()));
    }
}
