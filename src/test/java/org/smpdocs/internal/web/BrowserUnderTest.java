package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless browser for the front desk's end-to-end tests: Debian's Chromium driven through
 * its chromedriver by Selenium. The test is skipped, saying why, where either is missing. Files the
 * pages download land in {@link #downloads()}; {@link #screenshot} keeps a picture of the page
 * under {@code target/screenshots/} for a person to look at.
 */
final class BrowserUnderTest implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("smpdocs.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("smpdocs.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The front desk's PC: a laptop-sized window. */
    static final Dimension DESK = new Dimension(1280, 900);
    /** A tablet held upright. */
    static final Dimension TABLET = new Dimension(800, 1280);

    /** Selenium's warning that it has no DevTools bindings for this Chromium's version: not used here. */
    private static final java.util.logging.Logger DEVTOOLS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final java.util.logging.Logger CHROMIUM_DRIVER = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private final String base;
    private final Path downloads;
    private final ChromeDriver driver;

    /** A browser with the desk's window size, opening pages under {@code base}. */
    BrowserUnderTest(String base) {
        this(base, DESK);
    }

    BrowserUnderTest(String base, Dimension window) {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM
                + ": the browser tests are skipped (Debian: apt-get install chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "no chromedriver at " + CHROMEDRIVER
                + ": the browser tests are skipped (Debian: apt-get install chromium-driver)");
        this.base = base;
        try {
            downloads = Files.createTempDirectory("front-desk-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-extensions", "--lang=en-GB", "--force-device-scale-factor=1",
                "--window-size=" + window.getWidth() + "," + window.getHeight());
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox");
        }
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("plugins.always_open_pdf_externally", true);
        prefs.put("credentials_enable_service", false);
        prefs.put("profile.password_manager_enabled", false);
        prefs.put("profile.password_manager_leak_detection", false);
        options.setExperimentalOption("prefs", prefs);
        // Debian's driver for Debian's browser, never one Selenium Manager would download
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(window);
    }

    /** Sets the window's size: {@link #DESK} or {@link #TABLET}. */
    void window(Dimension size) {
        driver.manage().window().setSize(size);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens {@code path} (such as {@code /search}) on the front desk. */
    void open(String path) {
        driver.get(base + path);
    }

    /** The path of the page shown, without the server's address. */
    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Types {@code text} into the field {@code name} of the page (its old value cleared). */
    void type(String name, String text) {
        WebElement field = find("[name=\"" + name + "\"]:not([type=hidden])");
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks {@code css} and waits for the next page to load. */
    void clickAndWait(String css) {
        WebElement old = find("html");
        find(css).click();
        waitUntil(() -> isStale(old), "the next page after clicking " + css);
        waitUntil(() -> "complete".equals(script("return document.readyState")), "the page to load");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Logs in through the real login form; the page after it is shown. */
    void logIn(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        clickAndWait("form[action=\"/login\"] button[type=submit]");
    }

    /** Logs out with the header's button; the login page is shown. */
    void logOut() {
        clickAndWait("form[action=\"/logout\"] button[type=submit]");
    }

    /** The page's main heading. */
    String heading() {
        return find("main h1").getText();
    }

    /** Where the browser saves the files it downloads. */
    Path downloads() {
        return downloads;
    }

    /** Waits for the browser to finish saving a file named {@code name} in {@link #downloads()}. */
    Path downloaded(String name) {
        Path file = downloads.resolve(name);
        waitUntil(() -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")),
                "the download of " + name);
        return file;
    }

    /** Saves a picture of the page as {@code target/screenshots/NAME.png} and returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(shot.toPath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** Waits up to 30 seconds for {@code condition}. */
    static void waitUntil(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 30 s for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // asked while the old page was being replaced: Chromium no longer knows the node either
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }


    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(downloads)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
