package org.rasd.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.firefox.FirefoxDriver;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.firefox.GeckoDriverService;
import org.rasd.fixtures.Databases;

/**
 * The browsers the review page is tested in. Chromium and chromedriver come from Debian (.ci/setup-services.sh):
 * absent, the tests skip locally and fail under CI=true. Firefox ESR is in Debian too, but geckodriver is in neither
 * Debian's packages nor Maven Central: {@link FirefoxReviewBrowserTest} drives Firefox without Selenium (puppeteer-core
 * over WebDriver BiDi) and uses only {@link #firefox()} here; FIREFOX's Selenium path needs a geckodriver
 * (GECKODRIVER, /usr/bin/geckodriver or /usr/local/bin/geckodriver) and skips without one.
 */
enum Browsers {
    CHROMIUM, FIREFOX;

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM_BIN = Path.of("/usr/bin/chromium");

    static Path geckodriver() {
        String env = System.getenv("GECKODRIVER");
        for (Path p : env == null ? List.of(Path.of("/usr/bin/geckodriver"), Path.of("/usr/local/bin/geckodriver"))
                : List.of(Path.of(env))) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static Path firefox() {
        for (Path p : List.of(Path.of("/usr/bin/firefox-esr"), Path.of("/usr/bin/firefox"))) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Skips (or, for Chromium under CI, fails) when this browser or its driver is missing. */
    void require() {
        if (this == CHROMIUM) {
            Databases.require(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM_BIN),
                    "Chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver)");
        } else {
            Assumptions.assumeTrue(firefox() != null, "Firefox not installed (apt-get install firefox-esr): skipping "
                    + "the Firefox run");
            Assumptions.assumeTrue(geckodriver() != null, "geckodriver not found (GECKODRIVER, /usr/bin/geckodriver): "
                    + "it is in neither Debian's packages nor Maven Central, so the Firefox run is skipped");
        }
    }

    /** A headless driver, 1400×900, English UI, its profile under {@code dir}. */
    WebDriver open(Path dir) throws java.io.IOException {
        if (this == CHROMIUM) {
            ChromeOptions o = new ChromeOptions();
            o.setBinary(CHROMIUM_BIN.toFile());
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1400,900", "--lang=en-US",
                    "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new ChromeDriver(service, o);
        }
        FirefoxOptions o = new FirefoxOptions();
        o.setBinary(firefox());
        o.addArguments("-headless", "-width=1400", "-height=900");
        o.addPreference("intl.accept_languages", "en-US");
        GeckoDriverService service = new GeckoDriverService.Builder()
                .usingDriverExecutable(geckodriver().toFile()).usingAnyFreePort().build();
        return new FirefoxDriver(service, o);
    }
}
