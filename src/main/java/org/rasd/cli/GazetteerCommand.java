package org.rasd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.gazetteer.GeocoderEval;
import org.rasd.io.DataPaths;
import org.rasd.ner.PlaceNer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd gazetteer build|eval}: compile the gazetteer index; measure geocoder recall on the gold. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Gazetteer index and geocoder checks.",
        subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Eval.class})
public final class GazetteerCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("usage: rasd gazetteer build|eval [--data DIR] [--gold GOLD --articles ARTICLES] [--ner SPLIT] [--details]");
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the gazetteer index from the data directory into the cache (then time a reload).")
    static final class Build implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            DataPaths paths = data.paths();
            Gazetteer g = Gazetteer.loadOrBuild(paths, true);
            System.out.printf("built %d places, %d name keys in %d ms (%s)%n", g.size(), g.keyCount(), g.loadMillis(),
                    g.origin());
            Gazetteer again = Gazetteer.loadOrBuild(paths, false);
            System.out.printf("reload: %d ms (%s)%n", again.loadMillis(), again.origin());
            return 0;
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = {"Geocoder recall and mention precision on gold events (default: the seed + dev gold; "
                    + "the geocoder as the pipeline runs it, with the place tagger when it ships enabled; "
                    + "place mention within tolerance_km), and place-mention precision and recall on NewsFANE's "
                    + "place entities (GPE, LOC, FAC)."})
    static final class Eval implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--gold", paramLabel = "GOLD.jsonl", description = "Gold events (with --articles), e.g. "
                + "the corpus train split written by corpus/tools/split.py.")
        Path gold;

        @Option(names = "--articles", paramLabel = "ARTICLES.jsonl", description = "The gold's articles.")
        Path articles;

        @Option(names = "--ner", paramLabel = "SPLIT", defaultValue = "dev",
                description = "NewsFANE split for the entity check (default: ${DEFAULT-VALUE}; none to skip).")
        String ner;

        @Option(names = "--details", description = "List each miss, far mention and non-place mention.")
        boolean details;

        @Override
        public Integer call() throws Exception {
            if ((gold == null) != (articles == null)) {
                System.err.println("rasd gazetteer eval: --gold and --articles go together");
                return 2;
            }
            for (Path p : gold == null ? new Path[0] : new Path[] {gold, articles}) {
                if (!Files.isRegularFile(p)) {
                    System.err.println("rasd gazetteer eval: no such file " + p);
                    return 2;
                }
            }
            DataPaths paths = data.paths();
            GeocoderEval.Result r = gold == null ? GeocoderEval.run(paths, PlaceNer::forPipeline)
                    : GeocoderEval.run(paths, PlaceNer::forPipeline, gold, articles);
            GeocoderEval.print(r, System.out, details);
            if (!ner.equals("none")) {
                GeocoderEval.NerResult n = GeocoderEval.newsfane(paths, PlaceNer::forPipeline, ner);
                if (n != null) {
                    GeocoderEval.print(n, ner, System.out, details);
                }
            }
            return 0;
        }
    }
}
