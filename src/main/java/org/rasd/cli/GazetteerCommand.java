package org.rasd.cli;

import java.util.concurrent.Callable;
import org.rasd.gazetteer.Gazetteer;
import org.rasd.gazetteer.GeocoderEval;
import org.rasd.io.DataPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rasd gazetteer build|eval}: compile the gazetteer index; measure geocoder recall on the gold. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Gazetteer index and geocoder checks.",
        subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Eval.class})
public final class GazetteerCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("usage: rasd gazetteer build|eval [--data DIR]");
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
            description = "Geocoder recall on the seed + dev gold events (place mention within tolerance_km).")
    static final class Eval implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Override
        public Integer call() throws Exception {
            GeocoderEval.print(GeocoderEval.run(data.paths()), System.out);
            return 0;
        }
    }
}
