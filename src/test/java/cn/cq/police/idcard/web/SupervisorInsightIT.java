package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The supervisor's dashboard with its charts and numbers, and the anomaly page, in a browser: three
 * look-ups of an expired receipt of 高笋塘派出所 show in today's figures and, after "check now", as a
 * receipt looked up repeatedly but never used. Clerks do not reach these pages.
 */
class SupervisorInsightIT {

  static final int WANZHOU = 3;

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  static long number(Browser browser, String css) {
    return Long.parseLong(browser.text(css).trim());
  }

  static void lookUp(Browser browser, DemoReceipt receipt) {
    browser.get("counter/index.xhtml");
    browser.find("#lookup\\:receiptNumber").sendKeys(receipt.receiptNumber());
    browser.find("#lookup\\:idNumber").sendKeys(receipt.idNumber().value());
    browser.awaitAjaxAfter(() -> browser.find("#lookup\\:lookUp").click());
  }

  static void screenshot(Browser browser, String name) throws Exception {
    Path file = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(file.getParent());
    // Tall enough for the whole page, charts included.
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2600));
    Files.write(file, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
  }

  @Test
  void theDashboardShowsChartsAndNumbersAndTheAnomalyPageTheUnusedReceipt() throws Exception {
    DemoReceipt expired = RunningApp.demoReceipt(WANZHOU, DemoReceiptState.EXPIRED);
    try (Browser browser = Browser.open("zh-CN")) {
      browser.signIn("wanzhou.supervisor");
      browser.get("counter/index.xhtml");
      browser.find("#dashboard-link").click();
      assertTrue(browser.driver.getCurrentUrl().contains("supervisor/dashboard"));
      long lookupsBefore = number(browser, "#today-lookups");

      for (int i = 0; i < 3; i++) {
        lookUp(browser, expired);
      }

      browser.get("supervisor/dashboard.xhtml");
      assertEquals("本所统计看板", browser.find("h2").getText());
      assertTrue(number(browser, "#today-lookups") >= lookupsBefore + 3);
      assertTrue(number(browser, "#month-lookups") >= number(browser, "#today-lookups"));
      assertTrue(number(browser, "#month-submitted") >= number(browser, "#today-submitted"));
      assertTrue(browser.text("#month-lookup-submit").contains("n="));
      for (String chart :
          List.of("per-day-chart", "clerk-chart", "refusal-chart", "return-chart")) {
        String empty = "#dashboard\\:" + chart.replace("-chart", "-empty");
        if (browser.exists(empty)) {
          // Nothing to draw: a sentence says so instead of an empty frame.
          assertEquals("这段时间没有可显示的数据。", browser.text(empty), chart);
          assertFalse(browser.exists("#dashboard\\:" + chart + " canvas"), chart);
          continue;
        }
        WebElement canvas = browser.find("#dashboard\\:" + chart + " canvas");
        Object drawn =
            ((JavascriptExecutor) browser.driver)
                .executeScript(
                    "return window.Chart && Chart.getChart(arguments[0]) != null;", canvas);
        assertEquals(Boolean.TRUE, drawn, chart + " was not drawn");
        assertTrue(canvas.getSize().getWidth() > 100, chart);
      }
      assertTrue(
          browser.exists("#dashboard\\:per-day-chart canvas")
              && browser.exists("#dashboard\\:clerk-chart canvas"),
          "the station has submissions this month: those charts are drawn");
      // Every clerk of the station has a row with numbers beside the chart.
      assertTrue(browser.exists("#clerk-wanzhou\\.clerk"));
      assertTrue(browser.exists("#clerk-wanzhou\\.clerk2"));
      assertEquals(
          6, browser.driver.findElements(By.cssSelector("#clerk-wanzhou\\.clerk td")).size());
      screenshot(browser, "supervisor-dashboard");

      browser.find("#nav-anomalies").click();
      assertTrue(browser.driver.getCurrentUrl().contains("supervisor/anomalies"));
      browser.awaitAjaxAfter(() -> browser.find("#anomalies\\:check-now").click());
      for (String signal :
          List.of(
              "AGENT_FOR_MANY",
              "VOIDS_BY_CLERK",
              "UNUSED_LOOKUPS",
              "STUCK",
              "OUTSIDE_JURISDICTION")) {
        assertTrue(browser.exists("#signal-" + signal), signal);
      }
      String unused = browser.text("#signal-UNUSED_LOOKUPS");
      assertTrue(unused.contains(expired.receiptNumber()), unused);
      assertTrue(browser.exists("#signal-UNUSED_LOOKUPS.firing"));
      assertFalse(browser.driver.getPageSource().contains(expired.idNumber().value()));
      screenshot(browser, "supervisor-anomalies");

      // The report is kept (in the database, for every cluster member): opening the page again
      // shows the same report, computed at the same moment, with the same cases.
      String computedAt = browser.text("#computed-at");
      browser.get("supervisor/anomalies.xhtml");
      assertEquals(computedAt, browser.text("#computed-at"));
      assertTrue(browser.text("#signal-UNUSED_LOOKUPS").contains(expired.receiptNumber()));

      assertTrue(browser.exists("#nav-review"));
      browser.find("#nav-dashboard").click();
      assertTrue(browser.driver.getCurrentUrl().contains("supervisor/dashboard"));
    }
  }

  @Test
  void aStuckApplicationLinksToItsTrackingPage() throws Exception {
    try (Browser browser = Browser.open("en")) {
      browser.signIn("wanzhou.supervisor");
      browser.get("supervisor/anomalies.xhtml");
      browser.awaitAjaxAfter(() -> browser.find("#anomalies\\:check-now").click());
      // Demo applications submitted long ago are still "submitted": they are stuck.
      List<WebElement> links =
          browser.driver.findElements(By.cssSelector("#signal-STUCK a.case-link"));
      // The demo data holds applications submitted weeks ago that never left (no outbox row).
      assertFalse(links.isEmpty(), "no stuck demo application listed");
      String acceptanceNumber = links.get(0).getText();
      links.get(0).click();
      assertTrue(browser.driver.getCurrentUrl().contains("counter/track"));
      assertTrue(browser.text("#track\\:detail").contains(acceptanceNumber));
    }
  }

  @Test
  void clerksDoNotReachTheSupervisorPages() {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.signIn("wanzhou.clerk");
      browser.get("counter/index.xhtml");
      assertFalse(browser.exists("#dashboard-link"));
      browser.get("supervisor/dashboard.xhtml");
      assertTrue(browser.driver.getPageSource().contains("页面不存在"));
      assertFalse(browser.exists("#figures"));
    }
  }

  /**
   * Chart labels are written into a script block: a display name that closes it stays text. Before
   * ScriptJson the name below ran as script on the dashboard.
   */
  @Test
  void aDisplayNameThatClosesTheScriptBlockStaysAChartLabel() {
    String hostile = "</script><script>window.pwned=1</script>";
    String username = "it.script." + System.nanoTime() % 1_000_000;
    try (Browser admin = AdministrationIT.admin("jiangbei.admin")) {
      admin.get("admin/accounts.xhtml");
      AdministrationIT.type(admin, "#accounts\\:newUsername", username);
      AdministrationIT.type(admin, "#accounts\\:newDisplayName", hostile);
      new Select(admin.find("#accounts\\:newStation")).selectByVisibleText("观音桥派出所");
      admin.awaitAjaxAfter(() -> admin.find("#accounts\\:create").click());
      assertTrue(AdministrationIT.infos(admin).contains(username), AdministrationIT.errors(admin));
    }
    try (Browser supervisor = Browser.open("zh-CN")) {
      supervisor.signIn("jiangbei.supervisor");
      supervisor.get("supervisor/dashboard.xhtml");
      JavascriptExecutor js = supervisor.driver;
      assertEquals(null, js.executeScript("return window.pwned === undefined ? null : 'ran';"));
      Object labels =
          js.executeScript(
              "return Chart.getChart(document.querySelector(\"[id$='clerk-chart'] canvas\"))"
                  + ".data.labels;");
      assertTrue(((List<?>) labels).contains(hostile), String.valueOf(labels));
      assertFalse(supervisor.driver.getPageSource().contains(hostile));
    }
  }
}
