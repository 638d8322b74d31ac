package org.rasd.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.fixtures.Daraa;
import org.rasd.serve.Server;
import org.rasd.store.Store;

/**
 * The review page in headless Firefox ESR. Selenium would need geckodriver, which no package registry offers; Firefox
 * speaks WebDriver BiDi itself, so {@code src/test/firefox/review.mjs} drives it with puppeteer-core: it logs in,
 * checks the Arabic evidence is laid out right to left, confirms one event and rejects the next as "wrong place" with
 * the keyboard, and checks the queue loses both. This test starts the server as {@link ReviewBrowserContract} does,
 * runs the script, and checks the two reviews in the store. Skips, saying why, without firefox-esr, node or the
 * script's node_modules ({@code npm ci --prefix src/test/firefox}; .ci/setup-services.sh does both).
 */
class FirefoxReviewBrowserTest {
    static final Path SCRIPT_DIR = Path.of("src", "test", "firefox");
    static final long TIMEOUT_SECONDS = 240;

    @TempDir
    Path dir;

    static Path node() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "node"))) {
                return Path.of(d, "node");
            }
        }
        return null;
    }

    @Test
    void aReviewerConfirmsAndRejectsWithTheKeyboardInFirefox() throws Exception {
        Path firefox = Browsers.firefox();
        Assumptions.assumeTrue(firefox != null, "Firefox not installed (apt-get install firefox-esr): skipping the "
                + "Firefox run");
        Path node = node();
        Assumptions.assumeTrue(node != null, "node not on PATH: skipping the Firefox run");
        Assumptions.assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/puppeteer-core")),
                "src/test/firefox/node_modules missing (npm ci --prefix src/test/firefox): skipping the Firefox run");

        try (Store store = Store.open(org.rasd.fixtures.Databases.h2(dir))) {
            store.add(Daraa.articleA(), Daraa.eventsA());
            store.add(Daraa.articleYemen(), Daraa.eventsYemen());
            store.add(ReviewBrowserContract.articleC(), ReviewBrowserContract.eventsC());
            new Users(store).add("amal", Users.Role.REVIEWER, "reviewer-pass".toCharArray(), false);
            Server server = Server.start(store, null, new Server.Options("127.0.0.1", 0, null,
                    "http://127.0.0.1:9/{z}/{x}/{y}.png", "none"), SmallGazetteer::get);
            try {
                Path log = dir.resolve("review-mjs.log");
                ProcessBuilder pb = new ProcessBuilder(node.toString(), SCRIPT_DIR.resolve("review.mjs").toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                pb.environment().put("RASD_BASE_URL", server.url());
                pb.environment().put("RASD_USER", "amal");
                pb.environment().put("RASD_PASSWORD", "reviewer-pass");
                pb.environment().put("FIREFOX_BIN", firefox.toString());
                pb.environment().put("MOZ_HEADLESS", "1");
                pb.environment().put("HOME", Files.createDirectories(dir.resolve("home")).toString());
                Process p = pb.start();
                boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (!done) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                }
                String out = Files.readString(log, StandardCharsets.UTF_8);
                System.out.println("review.mjs:\n" + out);
                assertThat(done).as("review.mjs finished within %ds; output:%n%s", TIMEOUT_SECONDS, out).isTrue();
                assertThat(p.exitValue()).as("review.mjs exit code; output:%n%s", out).isZero();

                JsonNode result = null;
                for (String line : out.split("\n")) {
                    if (line.startsWith("{")) {
                        result = new ObjectMapper().readTree(line);
                    }
                }
                assertThat(result).as("review.mjs printed its result; output:%n%s", out).isNotNull();
                long confirmed = result.get("confirmed").asLong();
                long rejected = result.get("rejected").asLong();
                assertThat(result.get("browser").asText()).containsIgnoringCase("firefox");
                assertThat(store.reviewStatuses(List.of(confirmed, rejected)))
                        .containsEntry(confirmed, "confirmed").containsEntry(rejected, "rejected");
                assertThat(new Reviews(store).history(confirmed)).extracting(Reviews.Change::reviewer)
                        .containsOnly("amal");
                assertThat(new Reviews(store).history(rejected)).extracting(Reviews.Change::reviewer)
                        .containsOnly("amal");
            } finally {
                server.close();
            }
        }
    }
}
