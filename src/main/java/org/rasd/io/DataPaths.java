package org.rasd.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Rasd reads its data and writes its caches.
 *
 * <p>Data (read-only: gazetteers, corpora) is found through one setting, first match wins:
 * the {@code --data} flag, the {@code RASD_DATA} environment variable, {@code ../shared} beside the
 * working directory, then {@code ~/.rasd}. Writable state (caches, indexes, the store) lives under
 * {@code RASD_HOME}, by default {@code ~/.rasd}.
 */
public final class DataPaths {
    private final Path data;
    private final Path home;

    private DataPaths(Path data, Path home) {
        this.data = data;
        this.home = home;
    }

    /** Resolve with an optional {@code --data} flag value (may be null). */
    public static DataPaths resolve(Path flag) {
        return resolve(flag, System.getenv("RASD_DATA"), Path.of("").toAbsolutePath(), System.getenv("RASD_HOME"),
                userHome(System.getenv("HOME"), System.getProperty("user.home")));
    }

    /**
     * The user's home: {@code $HOME} when set, else Java's {@code user.home}. Java takes user.home from the account
     * database, so {@code HOME=/tmp/x rasd ...} would otherwise still write to the account's {@code ~/.rasd}.
     */
    public static Path userHome(String homeEnv, String userHomeProperty) {
        return Path.of(homeEnv != null && !homeEnv.isBlank() ? homeEnv : userHomeProperty);
    }

    /** Resolution with every input explicit, for tests. */
    public static DataPaths resolve(Path flag, String env, Path workingDir, String homeEnv, Path userHome) {
        Path home = homeEnv != null && !homeEnv.isBlank() ? Path.of(homeEnv) : userHome.resolve(".rasd");
        Path data;
        if (flag != null) {
            data = flag;
        } else if (env != null && !env.isBlank()) {
            data = Path.of(env);
        } else if (Files.isDirectory(workingDir.resolve("../shared").normalize())) {
            data = workingDir.resolve("../shared").normalize();
        } else {
            data = home;
        }
        return new DataPaths(data.toAbsolutePath().normalize(), home.toAbsolutePath().normalize());
    }

    /** Root of the read-only data directory. */
    public Path data() {
        return data;
    }

    /** Writable home: caches, store, downloads. */
    public Path home() {
        return home;
    }

    public Path cache() {
        return home.resolve("cache");
    }

    public Path store() {
        return home.resolve("store");
    }

    public Path gazetteerDir() {
        return data.resolve("gazetteer");
    }

    /** A file under the data directory, if it exists. */
    public Optional<Path> dataFile(String relative) {
        Path p = data.resolve(relative);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    @Override
    public String toString() {
        return "data=" + data + ", home=" + home;
    }
}
