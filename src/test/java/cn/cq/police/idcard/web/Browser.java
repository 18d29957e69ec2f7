package cn.cq.police.idcard.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, as a clerk's browser, with waits for PrimeFaces ajax.
 *
 * <p>Starting Chromium costs a second or more, so closed browsers are kept per language and handed
 * to the next {@link #open} with a clean slate (no cookies, no storage, on a page that needs no
 * session): to the application a reopened browser is a new visitor. All of them quit when the test
 * JVM ends.
 */
public final class Browser implements AutoCloseable {

  private static final Map<String, Deque<Browser>> IDLE = new HashMap<>();

  static final String HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";

  /**
   * Debian's chromium-headless-shell (Chromium's old headless mode as its own program, same engine)
   * when installed: on two cores it spends about half the CPU per page of {@code chromium
   * --headless=new}, which carries the whole desktop browser along. The program itself, not the
   * script in /usr/bin: that one does not exec it, so quitting ended the script and left the
   * browser running.
   */
  static final String BINARY =
      System.getProperty(
          "it.chromium",
          Files.isExecutable(Path.of(HEADLESS_SHELL)) ? HEADLESS_SHELL : "/usr/bin/chromium");

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll));
  }

  public final ChromeDriver driver;

  private final String language;

  /** Whether {@link #forwardedFor} set a header that {@link #close} must take away again. */
  private boolean forwarding;

  private String signedInAs;

  private Browser(ChromeDriver driver, String language) {
    this.driver = driver;
    this.language = language;
  }

  public static Browser open(String language) {
    synchronized (IDLE) {
      Browser idle = IDLE.getOrDefault(language, new ArrayDeque<>()).poll();
      if (idle != null) {
        return idle;
      }
    }
    return start(language);
  }

  /**
   * A browser of its own whose camera films the given Y4M video (see FakeCamera) and is allowed
   * without asking; never pooled, since its camera is not a clean slate.
   */
  public static Browser withCamera(String language, java.nio.file.Path video) {
    return start(
        language,
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        "--use-file-for-fake-video-capture=" + video.toAbsolutePath());
  }

  private static Browser start(String language, String... extraArguments) {
    ChromeOptions options = new ChromeOptions();
    options.addArguments(extraArguments);
    // The fake camera is what full Chromium offers; the lighter shell serves every other test.
    String binary = extraArguments.length == 0 ? BINARY : "/usr/bin/chromium";
    options.setBinary(binary);
    if (!binary.endsWith("headless-shell")) {
      options.addArguments("--headless=new");
    }
    options.addArguments(
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    // The console, where Chromium reports what the Content-Security-Policy blocked.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    // How long awaitAjaxAfter waits for an answer, as await does for its conditions.
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    // A browser with a fake camera is not a clean slate for the next test: no language, no pool.
    return new Browser(driver, extraArguments.length == 0 ? language : null);
  }

  /**
   * Sends {@code X-Forwarded-For} with every request from now on: the IT application trusts the
   * loopback address as its proxy, so this browser is that client to it (its own throttling budget,
   * its own audit address).
   */
  public void forwardedFor(String clientAddress) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", clientAddress)));
    forwarding = true;
  }

  public void get(String path) {
    driver.get(RunningApp.URL + path);
  }

  public WebElement find(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector));
  }

  public boolean exists(String cssSelector) {
    return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
  }

  public String text(String cssSelector) {
    return find(cssSelector).getText();
  }

  /**
   * Logs in through the login form, gives the second factor as the person would (OneTimeCodes; an
   * account not enrolled yet enrols with the secret its page shows) and waits for the landing page.
   */
  public void logIn(String username, String password) {
    typePassword(username, password);
    secondStep(username);
    signedInAs = username;
  }

  /** Who logged in last in this browser (logIn, signIn), for a sign-off's code. */
  public String signedInAs() {
    return signedInAs;
  }

  /** The login form only, up to the second step's page or the form's refusal. */
  public void typePassword(String username, String password) {
    get("login.xhtml");
    find("#login\\:username").sendKeys(username);
    find("#login\\:password").sendKeys(password);
    find("#login\\:submit").click();
    await(d -> !d.getCurrentUrl().contains("login.xhtml") || exists(".ui-messages-error"));
  }

  /** On the code page or the enrolment page: the second factor, then the landing page. */
  public void secondStep(String username) {
    if (driver.getCurrentUrl().contains("login-code.xhtml")) {
      typeCode(OneTimeCodes.freshCode(username));
    } else if (driver.getCurrentUrl().contains("login-enrol.xhtml")) {
      OneTimeCodes.enrolled(username, text("#secret"));
      find("#enrol\\:code").sendKeys(OneTimeCodes.currentCode(username));
      clickAndAwaitNewPage(find("#enrol\\:confirm"));
      if (exists("#enrol\\:proceed")) {
        clickAndAwaitNewPage(find("#enrol\\:proceed"));
      }
    }
  }

  /** Types a code on the code page and waits for the next page or the refusal. */
  public void typeCode(String code) {
    find("#code\\:code").clear();
    find("#code\\:code").sendKeys(code);
    find("#code\\:verify").click();
    await(d -> !d.getCurrentUrl().contains("login-code.xhtml") || exists(".ui-messages-error"));
  }

  /**
   * Signs a person in whose login is not what the test is about: the real login form, posted over
   * HTTP ({@link StaffSession}) with this browser's language and name, and the session cookies it
   * got handed to this browser. The browser is left where it was; the test opens its first page
   * itself. This spares the browser the login page, the typing and the landing page, about a second
   * of Chromium's time a login; tests of logging in itself use {@link #logIn}.
   */
  public void signIn(String username) {
    StaffSession session;
    try {
      session =
          StaffSession.loggedIn(
              username,
              Map.of(
                  "Accept-Language",
                  language,
                  "User-Agent",
                  (String) driver.executeScript("return navigator.userAgent;")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    signedInAs = username;
    for (HttpCookie cookie : session.cookies.getCookieStore().getCookies()) {
      driver.executeCdpCommand(
          "Network.setCookie",
          Map.of(
              "name", cookie.getName(),
              "value", cookie.getValue(),
              "url", RunningApp.URL,
              "path", cookie.getPath() == null ? "/" : cookie.getPath(),
              "httpOnly", cookie.isHttpOnly(),
              "secure", cookie.getSecure()));
    }
  }

  /**
   * Runs an action that fires a PrimeFaces ajax request and waits until its response has been
   * applied (PrimeFaces triggers pfAjaxComplete on the document). The page itself watches for that
   * and answers one asynchronous script: asking from here every 20 ms cost two round trips through
   * chromedriver each time, CPU the two cores needed for the request being waited on.
   */
  public void awaitAjaxAfter(Runnable action) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(
        "window.__ajaxDone = false;"
            + " jQuery(document).one('pfAjaxComplete', function () { window.__ajaxDone = true; });");
    action.run();
    js.executeAsyncScript(
        "var answer = arguments[arguments.length - 1];"
            + " (function look() {"
            + "   if (window.__ajaxDone === true && PrimeFaces.ajax.Queue.isEmpty()) answer(true);"
            + "   else setTimeout(look, 10);"
            + " })();");
  }

  /**
   * Clicks an element that leads to a new page and waits until that page has replaced the old one.
   * Chromedriver answers a vanished node sometimes with "stale element" and sometimes with "node
   * does not belong to the document"; both mean the old page is gone.
   */
  public void clickAndAwaitNewPage(WebElement element) {
    element.click();
    await(
        d -> {
          try {
            element.isEnabled();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
          }
        });
  }

  /**
   * Waits up to 30 seconds for a condition, looking every 20 ms: Selenium's default of 500 ms added
   * about half a second to every click the tests wait on, most of the browser tests' time.
   */
  public <T> T await(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20))
        .until(condition);
  }

  /**
   * A page of the application's own origin that needs no session: a browser put aside on it opens
   * the next test's first page in the same renderer process. From about:blank, Chromium starts a
   * new one for that page, which cost about as much again as the page itself.
   */
  static final String SET_ASIDE = "jakarta.faces.resource/css/idcard.css.xhtml?ln=idcard";

  /** Forgets everything the application left in this browser and keeps it for the next test. */
  @Override
  public void close() {
    if (language == null) {
      driver.quit();
      return;
    }
    try {
      if (forwarding) {
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        forwarding = false;
      }
      // First away from the test's page, which ends whatever it was still sending, then forget.
      driver.get(RunningApp.URL + SET_ASIDE);
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of("origin", RunningApp.URL.replaceAll("/$", ""), "storageTypes", "all"));
      driver.manage().window().setSize(new Dimension(1280, 900));
      signedInAs = null;
    } catch (WebDriverException broken) {
      driver.quit();
      return;
    }
    synchronized (IDLE) {
      IDLE.computeIfAbsent(language, l -> new ArrayDeque<>()).push(this);
    }
  }

  private static void quitAll() {
    synchronized (IDLE) {
      IDLE.values().forEach(browsers -> browsers.forEach(browser -> browser.driver.quit()));
      IDLE.clear();
    }
  }
}
