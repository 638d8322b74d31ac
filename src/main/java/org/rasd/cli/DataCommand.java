package org.rasd.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.gazetteer.DataDownloader;
import org.rasd.io.DataPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd data download}: fetch gazetteer dumps into the writable home. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Data management.",
        subcommands = {DataCommand.Download.class})
public final class DataCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("usage: rasd data download [--countries SY,IQ,YE,LY] [--base-url URL] [--wof-base-url URL]");
    }

    @Command(name = "download", mixinStandardHelpOptions = true,
            description = "Download GeoNames dumps (cities500, country zips, admin codes) and optional WOF TSVs into "
                    + "~/.rasd/gazetteer (RASD_HOME/gazetteer).")
    static final class Download implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--countries", split = ",", defaultValue = "SY,IQ,YE,LY",
                description = "ISO-2 country dumps to fetch (default: ${DEFAULT-VALUE}).")
        List<String> countries;

        @Option(names = "--base-url", defaultValue = DataDownloader.GEONAMES,
                description = "GeoNames dump base URL (default: ${DEFAULT-VALUE}).")
        String baseUrl;

        @Option(names = "--wof-base-url", description = "Base URL serving wof_xx_places.tsv.gz files (optional).")
        String wofBaseUrl;

        @Option(names = "--into", description = "Target directory (default: <home>/gazetteer).")
        Path into;

        @Override
        public Integer call() throws Exception {
            DataPaths paths = data.paths();
            Path dir = into != null ? into : paths.home().resolve("gazetteer");
            new DataDownloader(4, Duration.ofSeconds(2), System.err).download(baseUrl, wofBaseUrl, countries, dir);
            System.out.println("gazetteer data in " + dir + "; run `rasd gazetteer build` to index it");
            return 0;
        }
    }
}
