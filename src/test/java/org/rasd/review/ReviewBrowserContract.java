package org.rasd.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasd.fixtures.Daraa;
import org.rasd.model.Article;
import org.rasd.model.Event;
import org.rasd.serve.Server;
import org.rasd.store.EventQuery;
import org.rasd.store.EventRow;
import org.rasd.store.Store;

/**
 * The review page in a headless browser ({@link Browsers}): a reviewer logs in, rejects an event, corrects a place by
 * picking a gazetteer candidate on the map, merges a misdated second report of an air strike into the first, confirms
 * the rest, and finds them in the gold export. The Chromium run saves docs/review.png (the place picker).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReviewBrowserContract {
    /** Another outlet's report of the Tafas air strike, dated a week off: deduplication leaves it apart. */
    static final String TEXT_C = "قالت مصادر محلية إن الطائرات الحربية قصفت مدينة طفس في ريف درعا.";

    @TempDir
    static Path dir;
    Store store;
    Server server;
    WebDriver driver;
    WebDriverWait wait;

    abstract Browsers browser();

    static Article articleC() {
        return new Article("daraa-c", LocalDate.of(2018, 7, 4), "غارات على طفس", TEXT_C, "Outlet C",
                "https://c.example/tafas-air");
    }

    static List<Event> eventsC() {
        return List.of(Daraa.event("Explosions/Remote violence", "Air/drone strike", LocalDate.of(2018, 6, 27),
                Daraa.SYRIAN_ARMY, Daraa.CIVILIANS, Daraa.TAFAS, null, true, TEXT_C,
                "الطائرات الحربية قصفت مدينة طفس", "Air strikes on Tafas (misdated)."));
    }

    @BeforeAll
    void start() throws Exception {
        browser().require();
        Path d = Files.createDirectories(dir.resolve(browser().name()));
        store = Store.open(org.rasd.fixtures.Databases.h2(d));
        store.add(Daraa.articleA(), Daraa.eventsA());
        store.add(Daraa.articleYemen(), Daraa.eventsYemen());
        store.add(articleC(), eventsC());
        new Users(store).add("amal", Users.Role.REVIEWER, "reviewer-pass".toCharArray(), false);
        server = Server.start(store, null, new Server.Options("127.0.0.1", 0, null,
                "http://127.0.0.1:9/{z}/{x}/{y}.png", "none"), SmallGazetteer::get);
        driver = browser().open(d);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private void selectRow(String... words) {
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#queue tr.row")).stream()
                .filter(r -> List.of(words).stream().allMatch(w -> r.getText().contains(w))).findFirst().orElse(null));
        select(Long.parseLong(row.getAttribute("data-id")));
    }

    private void select(long id) {
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#queue tr.row[data-id='" + id + "']")).stream()
                .findFirst().orElse(null));
        row.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#event h2"), "Event " + id));
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reports mark.current")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no evidence highlighted; status: " + driver.findElement(By.id("status")).getText()
                    + "; reports: " + driver.findElement(By.id("reports")).getText(), e);
        }
    }

    private void keys(CharSequence... k) {
        new Actions(driver).sendKeys(k).perform();
    }

    private void waitStatus(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
    }

    private long airStrike(String docId) {
        for (EventRow e : store.events(EventQuery.all()).events()) {
            if ("Air/drone strike".equals(e.subEventType()) && "Tafas".equals(e.location())
                    && store.event(e.id()).orElseThrow().sources().stream().anyMatch(s -> docId.equals(s.docId()))) {
                return e.id();
            }
        }
        throw new AssertionError("no air strike reported by " + docId);
    }

    @Test
    void aReviewerRejectsCorrectsFromTheMapMergesAndTheExportHasThem() throws Exception {
        long airA = airStrike("daraa-a");
        long airC = airStrike("daraa-c");
        driver.get(server.url() + "review.html");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(driver.findElements(By.cssSelector("#queue tr.row"))).hasSize(6);
        driver.findElement(By.id("login-name")).sendKeys("amal");
        driver.findElement(By.id("login-password")).sendKeys("reviewer-pass", Keys.ENTER);
        waitStatus("Logged in as amal");

        selectRow("Sayda");
        WebElement current = driver.findElement(By.cssSelector("#reports mark.current"));
        assertThat(current.getText()).isEqualTo("كثفت قوات النظام القصف الصاروخي على بلدتي صيدا");
        assertThat(driver.findElement(By.cssSelector("#reports .article-text")).getAttribute("dir")).isEqualTo("rtl");
        keys("r");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-box")));
        keys("4"); // wrong place
        waitStatus("rejected (wrong-place)");

        // correct the place: the name typed in Arabic, looked up, the candidate picked on the map
        selectRow("At Tayyibah");
        keys("e");
        WebElement q = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place-q")));
        assertThat(q.getAttribute("value")).isEqualTo("الطيبة");
        keys(Keys.ENTER);
        waitStatus("3 candidates");
        assertThat(driver.findElements(By.cssSelector("#place-candidates button"))).hasSize(3);
        assertThat(driver.findElement(By.cssSelector("#place-candidates button")).getAttribute("data-id"))
                .isEqualTo("gn:101"); // in Syria, nearest the event
        if (browser() == Browsers.CHROMIUM) { // the place picker: candidates on the map and in a list
            Files.write(Path.of("docs", "review.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        keys(Keys.ARROW_DOWN, "1"); // a key picks too
        waitStatus("Picked At Tayyibah (gn:101)");
        q.clear();
        q.sendKeys("نوى", Keys.ENTER);
        waitStatus("1 candidates");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#place-map path.cand-0"))).click();
        waitStatus("Picked Nawa (gn:104)");
        assertThat(driver.findElement(By.name("admin2")).getAttribute("value")).isEqualTo("Izra'");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitStatus("corrected");

        // merge the misdated report of the air strike into the first, with the keyboard
        select(airA);
        keys("m");
        waitStatus("Merge: pick the duplicate of event " + airA);
        select(airC);
        keys("m");
        waitStatus("Event " + airC + " merged into event " + airA);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#event h2"), "Event " + airA));
        wait.until(d -> d.findElements(By.cssSelector("#reports .report")).size() == 2);
        assertThat(driver.findElement(By.id("history")).getText()).contains("merged_from").contains("event " + airC);
        keys("c");
        waitStatus("Event " + airA + ": confirmed");
        selectRow("Armed clash", "Tafas");
        keys("c");
        waitStatus("confirmed");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#queue tr.row"), 1));

        // the store: one rejected, one corrected from the gazetteer with its history, one merged
        EventRow nawa = store.events(EventQuery.all()).events().stream().filter(e -> "Nawa".equals(e.location()))
                .findFirst().orElseThrow();
        assertThat(nawa.locationAr()).isEqualTo("نوى");
        assertThat(nawa.gazetteerId()).isEqualTo("gn:104");
        assertThat(nawa.admin2()).isEqualTo("Izra'");
        assertThat(nawa.latitude()).isEqualTo(32.8867);
        assertThat(new Reviews(store).history(nawa.id())).extracting(Reviews.Change::reviewer).containsOnly("amal");
        assertThat(store.mergedInto(airC)).isEqualTo(airA);
        assertThat(store.reviewStatuses(List.of(airC))).containsEntry(airC, "merged");
        assertThat(store.events(EventQuery.all()).events()).extracting(EventRow::id).doesNotContain(airC);

        // the map's event view shows the review and its history
        driver.get(server.url() + "#event=" + nawa.id());
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel-detail ul.history")));
        assertThat(detail.getText()).contains("amal").contains("location").contains("Nawa");
        assertThat(driver.findElement(By.id("panel-detail")).getText()).contains("corrected");

        Path out = dir.resolve(browser().name() + "-export");
        GoldExport.Report r = new GoldExport(store).write(out);
        assertThat(r.articles()).isEqualTo(2);
        assertThat(r.rejected()).isEqualTo(1);
        List<JsonNode> docs = new ArrayList<>();
        for (String l : Files.readAllLines(out.resolve("gold/reviewed.jsonl"))) {
            docs.add(new ObjectMapper().readTree(l));
        }
        assertThat(docs).extracting(x -> x.get("doc_id").asText()).containsExactly("daraa-a", "daraa-c");
        JsonNode a = docs.get(0);
        assertThat(a.get("events")).hasSize(3);
        assertThat(a.get("events").findValuesAsText("name")).contains("Nawa").doesNotContain("Sayda", "At Tayyibah");
        JsonNode c = docs.get(1).get("events");
        assertThat(c).hasSize(1); // the merged report: the incident's reviewed date, its own evidence
        assertThat(c.get(0).get("sub_event_type").asText()).isEqualTo("Air/drone strike");
        assertThat(c.get(0).get("date").asText()).isEqualTo("2018-07-02");
        assertThat(c.get(0).get("evidence").asText()).contains("قصفت مدينة طفس");
        GoldCheck.assertValid(out.resolve("gold/reviewed.jsonl"), out.resolve("texts.json"));
    }
}
