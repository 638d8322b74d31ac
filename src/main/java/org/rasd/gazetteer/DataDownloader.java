package org.rasd.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Downloads gazetteer data into a directory (normally {@code DataPaths.home()/gazetteer}): GeoNames
 * cities500.zip and country zips (unzipped to cities500.txt, SY.txt …), admin1CodesASCII.txt, admin2Codes.txt,
 * and optionally Who's On First place TSVs ({@code wof_xx_places.tsv.gz}) from a mirror. Retries with backoff;
 * every file is written to a temp file and moved into place, so readers never see half a file.
 */
public final class DataDownloader {
    public static final String GEONAMES = "https://download.geonames.org/export/dump/";

    private final HttpClient http;
    private final int attempts;
    private final Duration backoff;
    private final PrintStream log;

    public DataDownloader(int attempts, Duration backoff, PrintStream log) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
        this.log = log;
    }

    /**
     * Fetches the GeoNames files (from {@code geonamesBase}) and, when {@code wofBase} is given, the WOF TSVs
     * for the countries. Returns the files written.
     */
    public List<Path> download(String geonamesBase, String wofBase, List<String> countries, Path dir)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        String gb = geonamesBase.endsWith("/") ? geonamesBase : geonamesBase + "/";
        out.add(fetchUnzip(gb + "cities500.zip", dir, "cities500.txt"));
        for (String c : countries) {
            String cc = c.trim().toUpperCase(Locale.ROOT);
            if (!cc.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("not an ISO-2 country code: " + c);
            }
            out.add(fetchUnzip(gb + cc + ".zip", dir, cc + ".txt"));
        }
        out.add(fetch(gb + "admin1CodesASCII.txt", dir.resolve("admin1CodesASCII.txt")));
        out.add(fetch(gb + "admin2Codes.txt", dir.resolve("admin2Codes.txt")));
        if (wofBase != null && !wofBase.isBlank()) {
            String wb = wofBase.endsWith("/") ? wofBase : wofBase + "/";
            for (String c : countries) {
                String f = "wof_" + c.trim().toLowerCase(Locale.ROOT) + "_places.tsv.gz";
                out.add(fetch(wb + f, dir.resolve(f)));
            }
        }
        return out;
    }

    /** GETs {@code url} into {@code target} atomically, retrying on I/O errors and 5xx/429. */
    public Path fetch(String url, Path target) throws IOException, InterruptedException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        IOException last = null;
        for (int a = 1; a <= attempts; a++) {
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".part");
            try {
                HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10)).GET().build();
                HttpResponse<Path> resp = http.send(req, HttpResponse.BodyHandlers.ofFile(tmp));
                int code = resp.statusCode();
                if (code == 200) {
                    move(tmp, target);
                    log.println("downloaded " + url + " -> " + target + " (" + Files.size(target) + " bytes)");
                    return target;
                }
                last = new IOException("HTTP " + code + " for " + url);
                if (code < 500 && code != 429) {
                    throw last; // 404 and friends: no point retrying
                }
            } catch (IOException e) {
                last = e;
                if (e.getMessage() != null && e.getMessage().startsWith("HTTP 4") && !e.getMessage().startsWith("HTTP 429")) {
                    throw e;
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            if (a < attempts) {
                log.println("retry " + a + "/" + (attempts - 1) + " for " + url + ": " + last.getMessage());
                Thread.sleep(backoff.toMillis() * a);
            }
        }
        throw last;
    }

    /** Downloads a zip and extracts entry {@code entryName} as {@code dir/entryName}. */
    public Path fetchUnzip(String url, Path dir, String entryName) throws IOException, InterruptedException {
        Path zip = dir.resolve(entryName.replace(".txt", ".zip"));
        fetch(url, zip);
        Path target = dir.resolve(entryName);
        Path tmp = Files.createTempFile(dir, entryName, ".part");
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            boolean found = false;
            while ((e = z.getNextEntry()) != null) {
                if (!e.isDirectory() && Path.of(e.getName()).getFileName().toString().equals(entryName)) {
                    Files.copy(z, tmp, StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                    break;
                }
            }
            if (!found) {
                throw new IOException("no " + entryName + " in " + url);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        Files.deleteIfExists(zip);
        return target;
    }

    /** Moves {@code tmp} over {@code target}, atomically where the file system can. */
    static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
