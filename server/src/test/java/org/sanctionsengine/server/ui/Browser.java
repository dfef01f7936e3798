package org.sanctionsengine.server.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Debian's ChromeDriver, both named by path so that
 * Selenium Manager never looks for (or downloads) anything. Without them the test fails under CI
 * ({@code CI=true}) and is skipped with a hint elsewhere: CI must never pass by skipping. One per
 * test class; {@link #close} quits the browser and deletes its profile.
 */
final class Browser implements AutoCloseable {
  /** How long a page may take to show what a test waits for. */
  static final Duration PATIENCE = Duration.ofSeconds(20);

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 900;

  private final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path profile;
  private final WebDriverWait wait;
  private int loads;

  private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
    this.driver = driver;
    this.service = service;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, PATIENCE);
  }

  /** Starts Chromium, or skips (fails under CI) the calling test class when there is none. */
  static Browser start() {
    Path chromium = executable("SANCTIONS_CHROMIUM", "/usr/bin/chromium");
    Path chromedriver = executable("SANCTIONS_CHROMEDRIVER", "/usr/bin/chromedriver");
    requireBoth(chromium, chromedriver);
    Path profile;
    try {
      profile = Files.createTempDirectory("sanctions-chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    // The flags of the machine notes: headless, and no background traffic, which this closed
    // network refuses (and which a test has no business making anyway).
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--lang=en-GB",
        "--window-size=" + WIDTH + "," + HEIGHT,
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    try {
      return new Browser(new ChromeDriver(service, options), service, profile);
    } catch (RuntimeException e) {
      service.stop();
      delete(profile);
      throw e;
    }
  }

  private static Path executable(String variable, String fallback) {
    String configured = System.getenv(variable);
    return Path.of(configured == null || configured.isBlank() ? fallback : configured);
  }

  private static void requireBoth(Path chromium, Path chromedriver) {
    List<String> missing =
        Stream.of(chromium, chromedriver)
            .filter(p -> !Files.isExecutable(p))
            .map(Path::toString)
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    String hint =
        "No browser for the web UI tests: "
            + String.join(" and ", missing)
            + " not found. Run etc/chromium.sh (it installs Debian's chromium and chromium-driver),"
            + " or set SANCTIONS_CHROMIUM and SANCTIONS_CHROMEDRIVER to their paths.";
    if ("true".equals(String.valueOf(System.getenv("CI")).toLowerCase(Locale.ROOT))) {
      Assertions.fail(hint + " Under CI this is a failure, never a skip.");
    }
    Assumptions.abort(hint);
  }

  /**
   * Loads the page afresh (a new query string, so never just a hash change) at {@code #hash}; the
   * key of the tab's session storage, if any, stays.
   */
  void open(String base, String hash) {
    driver.get(base + "/?load=" + (++loads) + "#" + hash);
  }

  /** Loads the page at {@code #hash} and signs in with {@code key}, signing out first if needed. */
  void openAs(String base, String hash, String key) {
    open(base, hash);
    wait.until(
        d ->
            d.findElement(By.id("sign-in")).isDisplayed()
                || d.findElement(By.id("switch-key")).isDisplayed());
    if (driver.findElement(By.id("switch-key")).isDisplayed()) {
      switchKey(key);
    } else {
      signIn(key);
    }
  }

  /** Goes to another view of the page already open (no reload, the key stays). */
  void go(String hash) {
    driver.executeScript("window.location.hash = arguments[0];", hash);
  }

  /** Signs in with {@code key} in the sign-in box, and waits until the app shows. */
  void signIn(String key) {
    WebElement input = visible(By.id("api-key"));
    input.clear();
    input.sendKeys(key);
    driver.findElement(By.id("sign-in-button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("switch-key")));
  }

  /**
   * Signs out with the "Switch key" button, which reloads the page, and signs in with {@code key}
   * on the new page.
   */
  void switchKey(String key) {
    WebElement button = visible(By.id("switch-key"));
    button.click();
    wait.until(ExpectedConditions.stalenessOf(button));
    signIn(key);
  }

  /** The element, once visible. */
  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** The element, once its text contains {@code text}. */
  WebElement withText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    return driver.findElement(locator);
  }

  /** Types into a field after clearing it. */
  void type(By locator, String text) {
    WebElement field = visible(locator);
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks the element once it is clickable. */
  void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  /** Runs a script in the page and returns what it returns. */
  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Waits until the script returns true. */
  void until(String script, Object... arguments) {
    wait.until(d -> Boolean.TRUE.equals(script(script, arguments)));
  }

  /**
   * Saves a PNG of the whole page (the window grows to the page's height, at most 6,000 pixels) as
   * {@code NAME.png} in {@code sanctions.screenshots.dir} (server/target/screenshots), and returns
   * its path.
   */
  Path screenshot(String name) {
    Path dir = Path.of(System.getProperty("sanctions.screenshots.dir", "target/screenshots"));
    Object height = script("return document.documentElement.scrollHeight;");
    int pageHeight = height instanceof Number n ? n.intValue() : HEIGHT;
    driver
        .manage()
        .window()
        .setSize(new Dimension(WIDTH, Math.clamp(pageHeight + 140, HEIGHT, 6000)));
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }
  }

  /**
   * The page's console messages since the last call that a test should never see: script errors and
   * Content-Security-Policy refusals. (A refused request is logged by Chromium too, as "Failed to
   * load resource"; the tests provoke some, so those are left out.)
   */
  List<String> scriptErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("Failed to load resource"))
        .filter(
            m ->
                m.contains("Uncaught")
                    || m.contains("Content Security Policy")
                    || m.contains("TypeError")
                    || m.contains("SyntaxError"))
        .toList();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      delete(profile);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A profile left in the temporary directory is harmless.
    }
  }
}
