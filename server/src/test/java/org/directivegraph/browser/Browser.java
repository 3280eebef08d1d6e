package org.directivegraph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, from the system's packages, driven through the system's chromedriver.
 *
 * <p>The browser gets a fresh profile and download directory in a temporary folder (removed by {@link #close()}),
 * flags that keep it from reaching the network on its own (this machine's network is closed, and Chromium
 * stalls waiting for it otherwise), and downloads that land in {@link #downloads()} without asking. The driver
 * and the browser are given by path, so Selenium Manager never looks for or downloads either. Screenshots go
 * to {@code target/screenshots/{TestClass}-{name}.png}.
 */
public final class Browser implements AutoCloseable {

    /** Where the system's packages put the browser and its driver; overridable with system properties. */
    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int MAX_SCREENSHOT_HEIGHT = 8000;
    /**
     * Selenium warns that it has no DevTools classes for this Chromium's version; the tests use only plain CDP
     * commands through chromedriver, which need none. Held here so that the level set stays.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    }

    private final String owner;
    private final Path profile;
    private final Path downloads;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(String owner, Path profile, Path downloads, ChromeDriverService service, ChromeDriver driver) {
        this.owner = owner;
        this.profile = profile;
        this.downloads = downloads;
        this.service = service;
        this.driver = driver;
    }

    /**
     * Starts Chromium for a test class; fails with the install command when the browser or its driver is missing.
     */
    public static Browser start(Class<?> testClass) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException("The browser tests need Chromium and its driver from the system's "
                        + "packages, and " + binary + " is missing: " + INSTALL
                        + " (or skip them locally with -Dbrowser.skip=true)");
            }
        }
        try {
            Path profile = Files.createTempDirectory("dg-chromium-");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver;
            try {
                driver = new ChromeDriver(service, options(profile.resolve("profile"), downloads));
            } catch (RuntimeException e) {
                service.stop();
                delete(profile);
                throw e;
            }
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            // downloads without a prompt, also where the headless browser ignores the profile's preference
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            removeArtifactsOf(testClass.getSimpleName());
            return new Browser(testClass.getSimpleName(), profile, downloads, service, driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a test class's screenshots and page sources of an earlier run, so that all of them are this run's. */
    private static void removeArtifactsOf(String owner) throws IOException {
        if (!Files.isDirectory(SCREENSHOTS)) {
            return;
        }
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(owner + "-")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static ChromeOptions options(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--window-size=1280,1000", "--lang=vi", "--user-data-dir=" + profile.toAbsolutePath());
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        return options;
    }

    /** The WebDriver, for what this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    /** Opens a URL and waits for the page to load. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Runs JavaScript in the page and returns its result ({@code return …}). */
    @SuppressWarnings("unchecked")
    public <T> T script(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until an element is in the page and visible, and returns it. */
    public WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The elements matching a CSS selector now. */
    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until a condition holds (a non-null, non-false value) and returns its value. */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** The visible text of the page's body. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot as {@code target/screenshots/{TestClass}-{name}.png} and returns its path. */
    public Path screenshot(String name) {
        Path file = artifact(name, ".png");
        write(file, fullPage());
        return file;
    }

    /** The whole page (up to a height limit) through the DevTools protocol; the window's view if that fails. */
    private byte[] fullPage() {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(((Number) size.get("height")).doubleValue(), MAX_SCREENSHOT_HEIGHT);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    /** Saves the page's current source as {@code target/screenshots/{TestClass}-{name}.html}. */
    public Path saveSource(String name) {
        Path file = artifact(name, ".html");
        write(file, driver.getPageSource().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private Path artifact(String name, String extension) {
        return SCREENSHOTS.resolve(owner + "-" + name.replaceAll("[^A-Za-z0-9._-]+", "_") + extension);
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder where downloads land. */
    public Path downloads() {
        return downloads;
    }

    /** Empties the download folder. */
    public void clearDownloads() {
        for (Path file : downloadedFiles()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Waits for a finished download whose name ends with the suffix (no partial file left) and returns it. */
    public Path download(String suffix) {
        return until(d -> {
            List<Path> files = downloadedFiles();
            if (files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                return null;
            }
            return files.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        });
    }

    private List<Path> downloadedFiles() {
        try (Stream<Path> files = Files.list(downloads)) {
            return new ArrayList<>(files.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quits the browser, stops its driver and removes the profile and downloads. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
