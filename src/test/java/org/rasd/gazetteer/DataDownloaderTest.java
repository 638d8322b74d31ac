package org.rasd.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.io.DataPaths;

/** The downloader against a local HTTP server (127.0.0.1) serving small GeoNames-style files. */
class DataDownloaderTest {
    static final String CITY_ROW = String.join("\t", "170905", "Daraa", "Dar'a", "Daraa,درعا", "32.61889", "36.10213",
            "P", "PPLA", "SY", "", "06", "", "", "", "97969", "", "435", "Asia/Damascus", "2020-01-01");
    static final String SY_ROW = String.join("\t", "163806", "Tafas", "Tafas", "Tafas,طفس", "32.73564", "36.06694",
            "P", "PPL", "SY", "", "06", "", "", "", "31249", "", "400", "Asia/Damascus", "2020-01-01");

    @TempDir
    Path tmp;
    HttpServer server;
    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String name = ex.getRequestURI().getPath().substring(1);
            AtomicInteger f = failuresLeft.get(name);
            byte[] body = files.get(name);
            int code = f != null && f.getAndDecrement() > 0 ? 503 : body == null ? 404 : 200;
            byte[] out = code == 200 ? body : new byte[0];
            ex.sendResponseHeaders(code, out.length == 0 ? -1 : out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        });
        server.start();
        files.put("cities500.zip", zip("cities500.txt", CITY_ROW + "\n"));
        files.put("SY.zip", zip("SY.txt", SY_ROW + "\n"));
        files.put("admin1CodesASCII.txt", "SY.06\tDaraa\tDaraa\t170903\n".getBytes(StandardCharsets.UTF_8));
        files.put("admin2Codes.txt", "".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bo)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("readme".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bo.toByteArray();
    }

    @Test
    void downloadsAndUnzipsGeoNamesFiles() throws Exception {
        Path dir = tmp.resolve("gazetteer");
        new DataDownloader(2, Duration.ofMillis(10), quiet).download(base(), null, List.of("SY"), dir);
        assertThat(dir.resolve("cities500.txt")).content(StandardCharsets.UTF_8).contains("درعا");
        assertThat(dir.resolve("SY.txt")).exists();
        assertThat(dir.resolve("admin1CodesASCII.txt")).exists();
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part") || n.endsWith(".zip"));
        }
    }

    @Test
    void retriesServerErrors() throws Exception {
        failuresLeft.put("admin2Codes.txt", new AtomicInteger(2));
        Path f = new DataDownloader(3, Duration.ofMillis(10), quiet).fetch(base() + "admin2Codes.txt", tmp.resolve("a2.txt"));
        assertThat(f).exists();
    }

    @Test
    void missingFileFailsWithoutLeavingPartialFiles() {
        assertThatThrownBy(() -> new DataDownloader(3, Duration.ofMillis(10), quiet)
                .fetch(base() + "nope.txt", tmp.resolve("nope.txt"))).hasMessageContaining("404");
        assertThat(tmp.resolve("nope.txt")).doesNotExist();
    }

    @Test
    void gazetteerReadsWhatDownloadWrote() throws Exception {
        Path home = tmp.resolve("home");
        new DataDownloader(2, Duration.ofMillis(10), quiet).download(base(), null, List.of("SY"), home.resolve("gazetteer"));
        DataPaths paths = DataPaths.resolve(tmp.resolve("nodata"), null, tmp, home.toString(), tmp);
        Gazetteer g = Gazetteer.loadOrBuild(paths, true);
        Place tafas = g.lookup("طفس").get(0);
        assertThat(tafas.id()).isEqualTo("gn:163806");
        assertThat(g.lookup("درعا")).anyMatch(p -> "Daraa".equals(p.admin1()));
    }
}
