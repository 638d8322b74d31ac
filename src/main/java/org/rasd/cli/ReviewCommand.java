package org.rasd.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.review.GoldExport;
import org.rasd.review.Reviews;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd review export --out DIR | agreement}: analysts' reviews as training data, and reviewer agreement. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Analysts' reviews out of the store.",
                "  rasd review export --out DIR   reviewed articles in the gold format (DIR/gold/reviewed.jsonl,",
                "                                 DIR/articles.jsonl, DIR/sample.tsv, DIR/texts.json) for rasd train",
                "  rasd review agreement          agreement of reviewers who reviewed the same event"})
public final class ReviewCommand implements Callable<Integer> {
    @Mixin
    DataOption dataOption;

    @Parameters(index = "0", paramLabel = "ACTION", description = "export or agreement")
    String action;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder of export.")
    Path out;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Store (default: embedded H2 under ~/.rasd/store).")
    String db;

    @Override
    public Integer call() throws Exception {
        if (!action.equals("export") && !action.equals("agreement")) {
            System.err.println("rasd review: ACTION must be export or agreement");
            return Main.USAGE;
        }
        if (action.equals("export") && out == null) {
            System.err.println("rasd review export: --out DIR is required");
            return Main.USAGE;
        }
        try (Store store = Store.open(db != null ? db : Store.defaultUrl(dataOption.paths()))) {
            if (action.equals("export")) {
                GoldExport.Report r = new GoldExport(store).write(out);
                r.skipped().forEach(s -> System.err.println("rasd review export: skipped " + s));
                System.err.printf("rasd review export: %d articles, %d events (%d rejected events left out) -> %s%n",
                        r.articles(), r.events(), r.rejected(), out.resolve("gold/reviewed.jsonl"));
            }
            Reviews.Agreement a = new Reviews(store).agreement();
            if (a.events() == 0) {
                System.out.println("reviewer agreement: no event was reviewed by two reviewers");
            } else {
                System.out.printf("reviewer agreement: %d events reviewed by two or more; same decision %d (%.1f%%), "
                        + "same decision and fields %d%n", a.events(), a.agreedStatus(), 100 * a.statusRate(),
                        a.agreedFields());
                a.disagreements().forEach(d -> System.out.println("  " + d));
            }
        }
        return 0;
    }
}
