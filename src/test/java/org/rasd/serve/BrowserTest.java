package org.rasd.serve;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasd.fixtures.Daraa;
import org.rasd.fixtures.Databases;
import org.rasd.store.Store;

/**
 * The web map in headless Chromium (Debian's chromium + chromium-driver): events drawn without map tiles,
 * an event's reports, the article view with its evidence highlighted right-to-left, and markup in an article
 * shown as text. Saves docs/screenshot.png. Skips when Chromium is absent, fails instead under CI=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;
    Store store;
    Server server;
    WebDriver driver;
    WebDriverWait wait;
    long scriptArticle;

    @BeforeAll
    void start() throws Exception {
        Databases.require(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver)");
        store = Store.open(Databases.h2(dir));
        store.add(Daraa.articleA(), Daraa.eventsA());
        store.add(Daraa.articleB(), Daraa.eventsB());
        scriptArticle = store.add(Daraa.articleScript(), Daraa.eventsScript()).articleId();
        store.add(Daraa.articleYemen(), Daraa.eventsYemen());
        // tiles point at a closed local port: no tile loads, the events must show anyway
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

    private void openMap(String hash) {
        driver.get(server.url() + hash);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    @Test
    void eventsAppearOnTheMapWithoutTiles() {
        openMap("");
        List<WebElement> markers = wait.until(
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".rasd-marker"), 0));
        int events = markers.stream().mapToInt(m -> Integer.parseInt(m.getAttribute("data-count"))).sum();
        assertThat(events).isEqualTo(6);
        assertThat(driver.findElements(By.cssSelector("#event-list tr.event-row"))).hasSize(6);
    }

    @Test
    void anEventOpensItsReportsAndTheArticleWithEvidenceHighlighted() throws Exception {
        openMap("");
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#event-list tr.event-row")).stream()
                .filter(r -> r.getText().contains("Armed clash") && r.getText().contains("Tafas"))
                .findFirst().orElse(null));
        row.click();
        List<WebElement> reports = wait.until(
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#panel-detail .report"), 1));
        assertThat(reports).hasSize(2);
        assertThat(driver.findElement(By.id("panel-detail")).getText()).contains("Outlet A").contains("Outlet B");
        reports.get(0).findElement(By.cssSelector(".open-article")).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-text mark.current")));
        assertThat(mark.getText()).isEqualTo("قُتل ضابطان كبيران من قوات النظام السوري أمس خلال اشتباكات عنيفة");
        assertThat(driver.findElement(By.id("article-text")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElements(By.cssSelector("#article-text mark"))).hasSize(4);
        Path shot = Path.of("docs", "screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void markupInsideAnArticleIsShownAsText() {
        openMap("#article=" + scriptArticle);
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
        assertThat(text.getText()).contains("<script>window.pwned = 1;</script>");
        assertThat(driver.findElement(By.id("article-title")).getText()).contains("<img src=x");
        assertThat(driver.findElements(By.cssSelector("#panel-article script, #panel-article img"))).isEmpty();
        Object pwned = ((JavascriptExecutor) driver).executeScript("return window.pwned === undefined;");
        assertThat(pwned).isEqualTo(Boolean.TRUE);
    }
}
