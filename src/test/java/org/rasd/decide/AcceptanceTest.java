package org.rasd.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The acceptance rule of {@code rasd train}: a paired bootstrap over articles, and the plateau choice of a threshold. */
class AcceptanceTest {
    /** Articles with 2 gold events each; the base finds one of them and one false event. */
    private static Map<String, Acceptance.Counts> base(int n) {
        Map<String, Acceptance.Counts> m = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            m.put("d" + i, new Acceptance.Counts(1, 2, 2));
        }
        return m;
    }

    @Test
    void aGainOnMostArticlesIsSignificantAndTheTestIsDeterministic() {
        Map<String, Acceptance.Counts> base = base(200);
        Map<String, Acceptance.Counts> better = new TreeMap<>(base);
        for (int i = 0; i < 200; i += 2) {
            better.put("d" + i, new Acceptance.Counts(1, 1, 2)); // the false event dropped in half of the articles
        }
        Acceptance.Result r = Acceptance.test(base, better);
        assertThat(r.articles()).isEqualTo(200);
        assertThat(r.base()).isCloseTo(0.5, within(1e-9));
        assertThat(r.candidate()).isCloseTo(2.0 * 200 / (300 + 400), within(1e-9));
        assertThat(r.significant()).isTrue();
        assertThat(r.p()).isLessThan(0.001);
        assertThat(r.low()).isPositive();
        assertThat(r.better()).isEqualTo(100);
        assertThat(r.worse()).isZero();
        assertThat(Acceptance.test(base, better)).isEqualTo(r);
    }

    @Test
    void aGainCarriedByAFewArticlesAgainstAsManyLossesIsNotSignificant() {
        Map<String, Acceptance.Counts> base = base(200);
        Map<String, Acceptance.Counts> noisy = new TreeMap<>(base);
        for (int i = 0; i < 200; i += 20) {
            noisy.put("d" + i, new Acceptance.Counts(2, 3, 2)); // 10 articles find their second event
        }
        for (int i = 10; i < 120; i += 20) {
            noisy.put("d" + i, new Acceptance.Counts(0, 2, 2)); // 6 lose their true one
        }
        int up = 10;
        Acceptance.Result r = Acceptance.test(base, noisy);
        assertThat(r.better()).isEqualTo(up);
        assertThat(r.worse()).isEqualTo(6);
        assertThat(r.gain()).isPositive();
        assertThat(r.significant()).isFalse();
        assertThat(r.p()).isGreaterThan(0.05);
        assertThat(r.low()).isNegative();
        assertThat(r.high()).isPositive();
    }

    @Test
    void aConsistentButTinyGainBelowTheFloorDoesNotShip() {
        // 1,000 articles; 12 drop their false event and none loses: p is tiny, the gain (about +0.004) below the floor
        Map<String, Acceptance.Counts> base = base(1000);
        Map<String, Acceptance.Counts> tiny = new TreeMap<>(base);
        for (int i = 0; i < 12; i++) {
            tiny.put("d" + i, new Acceptance.Counts(1, 1, 2));
        }
        Acceptance.Result r = Acceptance.test(base, tiny);
        assertThat(r.p()).isLessThan(Acceptance.ALPHA);
        assertThat(r.gain()).isPositive().isLessThan(Acceptance.MIN_GAIN);
        assertThat(r.significant()).isFalse();
    }

    @Test
    void noChangeIsNeverSignificant() {
        Acceptance.Result r = Acceptance.test(base(50), base(50));
        assertThat(r.gain()).isZero();
        assertThat(r.significant()).isFalse();
        assertThat(r.p()).isEqualTo(1.0);
        assertThat(r.signP()).isEqualTo(1.0);
    }

    @Test
    void signTestIsTheBinomialTail() {
        assertThat(Acceptance.signTest(10, 0)).isCloseTo(1.0 / 1024, within(1e-12));
        assertThat(Acceptance.signTest(0, 10)).isCloseTo(1.0, within(1e-12));
        assertThat(Acceptance.signTest(2, 1)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void plateauPrefersAFlatTopToALoneSpike() {
        // F1 by grid point 0, 0.05, ..., 0.7: a broad top at 0.25–0.35, a single higher point at 0.6
        double[] f1 = {0.50, 0.50, 0.51, 0.52, 0.54, 0.56, 0.56, 0.56, 0.53, 0.50, 0.49, 0.48, 0.58, 0.45, 0.40};
        Training.Figures f = Training.plateau(t -> {
            int i = (int) Math.round(t / 0.05);
            // tp, fp, fn with F1 = 2tp / (2tp + fp + fn) = f1[i] for tp 50, fp + fn = 100 / f1 - 100
            long rest = Math.round(100 / f1[i] - 100);
            return new Training.Figures(t, 50, rest / 2, rest - rest / 2);
        });
        assertThat(f.threshold()).isCloseTo(0.30, within(1e-9));
        Training.Figures none = Training.plateau(t -> new Training.Figures(t, 50, 50, 50));
        assertThat(none.threshold()).isZero();
    }

    @Test
    void nestedSelectionDoesNotLetAFoldChooseForItself() {
        // setting "b" gains on the articles of fold 0 only and loses elsewhere: fold 0 must get "a" (the other folds' choice)
        Map<String, Acceptance.Counts> a = base(100);
        Map<String, Acceptance.Counts> b = new TreeMap<>();
        a.forEach((id, c) -> b.put(id, Training.fold(id, 5) == 0 ? new Acceptance.Counts(2, 2, 2) : new Acceptance.Counts(0, 2, 2)));
        Map<String, Map<String, Acceptance.Counts>> settings = new java.util.LinkedHashMap<>();
        settings.put("a", a);
        settings.put("b", b);
        java.util.List<String> chosen = new java.util.ArrayList<>();
        Map<String, Acceptance.Counts> nested = Acceptance.nested(settings, null, id -> Training.fold(id, 5), 5, chosen);
        assertThat(chosen).containsOnly("a");
        assertThat(nested).isEqualTo(a);
        // a setting better everywhere is chosen by every fold
        Map<String, Acceptance.Counts> c = new TreeMap<>();
        a.forEach((id, x) -> c.put(id, new Acceptance.Counts(2, 2, 2)));
        settings.put("c", c);
        chosen.clear();
        assertThat(Acceptance.nested(settings, null, id -> Training.fold(id, 5), 5, chosen)).isEqualTo(c);
        assertThat(chosen).containsOnly("c");
    }
}
