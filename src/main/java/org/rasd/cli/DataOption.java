package org.rasd.cli;

import java.nio.file.Path;
import org.rasd.io.DataPaths;
import picocli.CommandLine.Option;

/** The shared {@code --data} option: flag > RASD_DATA > ../shared > ~/.rasd. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $RASD_DATA, else ../shared, else ~/.rasd).")
    Path data;

    public DataPaths paths() {
        return DataPaths.resolve(data);
    }
}
