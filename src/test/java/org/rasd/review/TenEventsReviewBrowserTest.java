package org.rasd.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "done when", scripted: a reviewer made with {@code rasd user add} reviews ten events of a running
 * {@code rasd demo --no-week} in Chromium (whole articles, so that the export has them): the first corrected by
 * picking its place from the gazetteer on the map, the second rejected, the rest confirmed, all with the keyboard;
 * then the API shows each as reviewed, with its history, and
 * the confirmed CSV lists the kept ones. Runs only when pointed at a server:
 * {@code -Drasd.review.url=http://127.0.0.1:PORT/ -Drasd.review.user=NAME} and the password in
 * {@code RASD_PASSWORD}; writes the reviewed ids to {@code rasd.review.out} when given.
 */
class TenEventsReviewBrowserTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path dir;
    String url;

    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void aReviewerFromTheCliReviewsTenEventsInTheBrowser() throws Exception {
        url = System.getProperty("rasd.review.url");
        String user = System.getProperty("rasd.review.user");
        String password = System.getenv("RASD_PASSWORD");
        Assumptions.assumeTrue(url != null && user != null && password != null,
                "not pointed at a running rasd (-Drasd.review.url, -Drasd.review.user, RASD_PASSWORD)");
        Browsers.CHROMIUM.require();

        // whole articles, fewest events first, until ten events
        Map<Long, List<Long>> byArticle = new LinkedHashMap<>();
        for (JsonNode e : get("api/events?review=unreviewed&limit=500").get("events")) {
            JsonNode d = get("api/events/" + e.get("id").asLong());
            byArticle.computeIfAbsent(d.get("reports").get(0).get("article_id").asLong(), k -> new ArrayList<>())
                    .add(e.get("id").asLong());
        }
        List<List<Long>> groups = new ArrayList<>(byArticle.values());
        groups.sort((a, b) -> Integer.compare(a.size(), b.size()));
        List<Long> ids = new ArrayList<>();
        for (List<Long> g : groups) {
            if (ids.size() + g.size() <= 10) {
                ids.addAll(g);
            }
        }
        assertThat(ids).hasSize(10);
        for (int i = 0; i < ids.size(); i++) { // the first one reviewed has an Arabic place name to look up
            if (!get("api/events/" + ids.get(i)).path("location_ar").asText("").isBlank()) {
                ids.add(0, ids.remove(i));
                break;
            }
        }

        WebDriver driver = Browsers.CHROMIUM.open(dir);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            driver.get(url + "review.html");
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            driver.findElement(By.id("login-name")).sendKeys(user);
            driver.findElement(By.id("login-password")).sendKeys(password, Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Logged in as " + user));
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                WebElement row = wait.until(d -> d.findElements(By.cssSelector("#queue tr.row[data-id='" + id + "']"))
                        .stream().findFirst().orElse(null));
                row.click();
                wait.until(ExpectedConditions.textToBe(By.cssSelector("#event h2"), "Event " + id));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reports .report")));
                Actions keys = new Actions(driver);
                String expect;
                if (i == 0) {
                    keys.sendKeys("e").perform();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place-q")));
                    new Actions(driver).sendKeys(Keys.ENTER).perform();
                    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "candidates"));
                    WebElement marker = wait.until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("#place-map path.cand-0")));
                    marker.click();
                    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Picked"));
                    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
                    expect = "corrected";
                } else if (i == 1) {
                    keys.sendKeys("r").perform();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-box")));
                    new Actions(driver).sendKeys("1").perform();
                    expect = "rejected";
                } else {
                    keys.sendKeys("c").perform();
                    expect = "confirmed";
                }
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                        "Event " + id + ": " + expect));
            }
        } finally {
            driver.quit();
        }

        String csv = http.send(HttpRequest.newBuilder(URI.create(url + "api/events?format=csv&review=confirmed"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode e = get("api/events/" + ids.get(i));
            assertThat(e.get("reviewed").asBoolean()).as("event " + ids.get(i)).isTrue();
            JsonNode h = get("api/events/" + ids.get(i) + "/history");
            assertThat(h.get("reviewer").asText()).isEqualTo(user);
            assertThat(h.get("history")).isNotEmpty();
            assertThat(e.get("review_status").asText()).isEqualTo(i == 0 ? "corrected" : i == 1 ? "rejected" : "confirmed");
        }
        assertThat(csv.lines().count()).isGreaterThanOrEqualTo(10); // header + the nine kept
        String out = System.getProperty("rasd.review.out");
        if (out != null) {
            Files.writeString(Path.of(out), ids.toString() + "\n");
        }
    }
}
