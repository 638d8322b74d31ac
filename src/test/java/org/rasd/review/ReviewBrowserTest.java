package org.rasd.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasd.fixtures.Daraa;
import org.rasd.fixtures.Databases;
import org.rasd.serve.Server;
import org.rasd.store.EventQuery;
import org.rasd.store.EventRow;
import org.rasd.store.Store;

/**
 * The review page in headless Chromium (the same setup as BrowserTest): a reviewer logs in, rejects an event and
 * corrects a place with the keyboard, confirms the rest of the article, and finds both in the gold export. Saves
 * docs/review.png. Skips when Chromium is absent, fails instead under CI=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;
    Store store;
    Server server;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        Databases.require(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver)");
        store = Store.open(Databases.h2(dir));
        store.add(Daraa.articleA(), Daraa.eventsA());
        store.add(Daraa.articleYemen(), Daraa.eventsYemen());
        new Users(store).add("amal", Users.Role.REVIEWER, "reviewer-pass".toCharArray(), false);
        server = Server.start(store, null, new Server.Options("127.0.0.1", 0, null,
                "http://127.0.0.1:9/{z}/{x}/{y}.png", "none"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--lang=en-US",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
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
        String id = row.getAttribute("data-id");
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

    @Test
    void aReviewerRejectsAndCorrectsWithTheKeyboardAndTheExportHasBoth() throws Exception {
        driver.get(server.url() + "review.html");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(driver.findElements(By.cssSelector("#queue tr.row"))).hasSize(5);
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

        selectRow("At Tayyibah");
        keys("e");
        WebElement place = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("location")));
        place.sendKeys("Nawa");
        driver.findElement(By.name("location_ar")).sendKeys("نوى");
        driver.findElement(By.name("latitude")).sendKeys("32.89");
        driver.findElement(By.name("longitude")).sendKeys("36.04", Keys.ENTER);
        waitStatus("corrected");

        selectRow("Armed clash", "Tafas");
        keys("c");
        waitStatus("confirmed");
        selectRow("Air/drone strike", "Tafas");
        keys("c");
        waitStatus("confirmed");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#queue tr.row"), 1));
        Files.write(Path.of("docs", "review.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

        // the store: one rejected, one corrected with its history
        EventRow nawa = store.events(EventQuery.all()).events().stream().filter(e -> "Nawa".equals(e.location()))
                .findFirst().orElseThrow();
        assertThat(nawa.locationAr()).isEqualTo("نوى");
        assertThat(new Reviews(store).history(nawa.id())).extracting(Reviews.Change::reviewer).containsOnly("amal");

        // the map's event view shows the review and its history
        driver.get(server.url() + "#event=" + nawa.id());
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel-detail ul.history")));
        assertThat(detail.getText()).contains("amal").contains("location").contains("Nawa");
        assertThat(driver.findElement(By.id("panel-detail")).getText()).contains("corrected");

        Path out = dir.resolve("export");
        GoldExport.Report r = new GoldExport(store).write(out);
        assertThat(r.articles()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(Files.readAllLines(out.resolve("gold/reviewed.jsonl")).get(0));
        assertThat(doc.get("doc_id").asText()).isEqualTo("daraa-a");
        assertThat(doc.get("events")).hasSize(3);
        assertThat(doc.get("events").findValuesAsText("name")).contains("Nawa").doesNotContain("Sayda", "At Tayyibah");
        GoldCheck.assertValid(out.resolve("gold/reviewed.jsonl"), out.resolve("texts.json"));
    }
}
