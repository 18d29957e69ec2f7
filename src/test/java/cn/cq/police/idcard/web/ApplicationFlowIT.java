package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/**
 * The counter flow after the look-up, in a real browser: in person by keyboard, fees, proxy
 * applications under each seeded policy, a double click, and the hand-over.
 */
class ApplicationFlowIT {

  static final int YUZHONG = 0; // 2006 scheme: any family member
  static final int JIANGBEI = 1; // guardian only
  static final int SHAPINGBA = 2; // 2021 rule: near relative, applicant abroad

  static final String TODAY =
      DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneId.of("Asia/Shanghai")));

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  /** Usable receipts from the third on: CounterPageIT looks the first ones up. */
  static DemoReceipt usable(int station, int n) {
    return RunningApp.demoReceipts(station, DemoReceiptState.USABLE)
        .skip(2 + n)
        .findFirst()
        .orElseThrow();
  }

  static Browser clerkOf(String station) {
    Browser browser = Browser.open("zh-CN");
    browser.signIn(station + ".clerk");
    return browser;
  }

  static void lookUp(Browser browser, DemoReceipt receipt) {
    browser.get("counter/index.xhtml");
    browser.find("#lookup\\:receiptNumber").sendKeys(receipt.receiptNumber());
    browser.find("#lookup\\:idNumber").sendKeys(receipt.idNumber().value());
    browser.awaitAjaxAfter(() -> browser.find("#lookup\\:lookUp").click());
    assertEquals("USABLE", browser.find("#outcome").getAttribute("data-outcome"));
  }

  static void choose(Browser browser, String radioName, String value) {
    browser.awaitAjaxAfter(
        () ->
            browser
                .find("input[name='application:" + radioName + "'][value='" + value + "']")
                .click());
  }

  static void type(Browser browser, String id, String text) {
    WebElement field = browser.find("#application\\:" + id);
    field.clear();
    field.sendKeys(text);
  }

  static void tick(Browser browser, String id) {
    browser.find("#application\\:" + id).click();
  }

  static void submit(Browser browser) {
    browser.awaitAjaxAfter(() -> browser.find("#application\\:submit").click());
  }

  static void screenshot(Browser browser, String name) throws Exception {
    Path file = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
  }

  static void fillAgent(Browser browser, String relationship) {
    choose(browser, "mode", "true");
    type(browser, "agentName", "王芳");
    type(browser, "agentId", "11010519491231002X");
    browser.find("#application\\:relationship").sendKeys(Keys.HOME);
    new org.openqa.selenium.support.ui.Select(browser.find("#application\\:relationship"))
        .selectByValue(relationship);
    type(browser, "agentPhone", "13800138000");
    type(browser, "letterDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2).toString());
    tick(browser, "idCardSeen");
    tick(browser, "signaturesSeen");
    tick(browser, "evidenceSeen");
  }

  /**
   * Looks a receipt up, records an agent of the given relationship for a renewal, and checks the
   * authorisation against the station's policy.
   */
  static void proxyRenewal(Browser browser, DemoReceipt receipt, String relationship) {
    lookUp(browser, receipt);
    fillAgent(browser, relationship);
    choose(browser, "type", "RENEWAL_ON_EXPIRY");
    checkProxy(browser);
  }

  static String error(Browser browser) {
    return browser.text("#application\\:messages .ui-messages-error");
  }

  static void checkProxy(Browser browser) {
    browser.awaitAjaxAfter(() -> browser.find("#application\\:checkProxy").click());
  }

  @Test
  void anInPersonFirstApplicationTakesAHandfulOfKeys() throws Exception {
    try (Browser browser = clerkOf("yuzhong")) {
      DemoReceipt receipt = usable(YUZHONG, 0);
      browser.get("counter/index.xhtml");
      browser.find("#lookup\\:receiptNumber").sendKeys(receipt.receiptNumber() + Keys.ENTER);
      browser.awaitAjaxAfter(
          () ->
              browser
                  .driver
                  .switchTo()
                  .activeElement()
                  .sendKeys(receipt.idNumber().value() + Keys.ENTER));
      screenshot(browser, "flow-1-found");
      int keys = 0;
      // Focus is on "in person"; Enter moves on to the application type, Space picks the first.
      assertEquals("application:mode:0", active(browser));
      browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      keys++;
      browser.awaitAjaxAfter(() -> browser.driver.switchTo().activeElement().sendKeys(Keys.SPACE));
      keys++;
      assertEquals("0.00", browser.text("#fee-amount"));
      while (!"application:submit".equals(active(browser)) && keys < 12) {
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        keys++;
      }
      screenshot(browser, "flow-2-filled");
      browser.awaitAjaxAfter(() -> browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER));
      keys++;
      assertTrue(keys <= 10, "keys after the look-up: " + keys);
      assertTrue(
          browser.text("#acceptance-number").matches("500103510001" + TODAY + "\\d{4}"),
          browser.text("#acceptance-number"));
      assertEquals("已受理", browser.text("#application-status"));
      screenshot(browser, "flow-3-accepted");
      System.out.println("In-person first application: " + keys + " keys after the look-up");
    }
  }

  @Test
  void aLostCardCostsFortyYuanAndShowsOnTheTrackingPage() throws Exception {
    try (Browser browser = clerkOf("yuzhong")) {
      DemoReceipt receipt = usable(YUZHONG, 1);
      lookUp(browser, receipt);
      choose(browser, "type", "LOST");
      assertEquals("40.00", browser.text("#fee-amount"));
      submit(browser);
      assertEquals("请填写收费票据号。", browser.text("#application\\:messages .ui-messages-error"));
      type(browser, "feeReceipt", "LC-0001");
      submit(browser);
      String acceptanceNumber = browser.text("#acceptance-number");

      browser.get("counter/track.xhtml");
      browser.find("#track\\:term").sendKeys(acceptanceNumber);
      browser.awaitAjaxAfter(() -> browser.find("#track\\:search").click());
      assertEquals(receipt.name(), browser.text("#detail-name"));
      assertTrue(browser.text("#track\\:detail").contains("40.00"));
      screenshot(browser, "track-lost-card");
    }
  }

  @Test
  void aProxyApplicationUnderTheFamilyPolicyWaitsForTheSupervisor() throws Exception {
    try (Browser browser = clerkOf("yuzhong")) {
      lookUp(browser, usable(YUZHONG, 2));
      fillAgent(browser, "SPOUSE");
      // Any family member may act, but only with the documents seen.
      tick(browser, "evidenceSeen");
      // 核验委托 judges the agent section alone, before the type, and says what stops it.
      checkProxy(browser);
      assertEquals("尚不能代办：核验清单未完成：须查验受托人身份证、申请人签名和关系证明。", browser.text("#proxy-verdict"));
      assertEquals("false", browser.find("#proxy-verdict").getAttribute("data-accepted"));
      tick(browser, "evidenceSeen");
      checkProxy(browser);
      assertTrue(
          browser.text("#proxy-verdict").startsWith("可以代办（按本所“"), browser.text("#proxy-verdict"));
      assertEquals("true", browser.find("#proxy-verdict").getAttribute("data-accepted"));
      choose(browser, "type", "RENEWAL_ON_EXPIRY");
      type(browser, "feeReceipt", "PX-0001");
      screenshot(browser, "flow-proxy-filled");
      submit(browser);
      assertEquals("待审核", browser.text("#application-status"));
    }
  }

  @Test
  void theGuardianPolicyRefusesASpouseAndAcceptsAParentOfADisabledApplicant() throws Exception {
    try (Browser browser = clerkOf("jiangbei")) {
      proxyRenewal(browser, usable(JIANGBEI, 0), "SPOUSE");
      assertEquals("本所代办政策不允许该关系的人代办。", error(browser));
      browser.awaitAjaxAfter(() -> browser.find("#application\\:rejectProxy").click());
      assertTrue(browser.text("#application").contains("已拒绝代办"));
      screenshot(browser, "flow-proxy-refused");

      lookUp(browser, usable(JIANGBEI, 1));
      fillAgent(browser, "PARENT");
      tick(browser, "disabled");
      tick(browser, "undertaking");
      choose(browser, "type", "RENEWAL_ON_EXPIRY");
      checkProxy(browser);
      assertTrue(browser.text("#application\\:messages .ui-messages-info").contains("可以代办"));
      type(browser, "feeReceipt", "GD-0001");
      submit(browser);
      assertEquals("待审核", browser.text("#application-status"));
    }
  }

  @Test
  void theAbroadRuleNeedsAnApplicantAbroadAndAVideoCall() throws Exception {
    try (Browser browser = clerkOf("shapingba")) {
      proxyRenewal(browser, usable(SHAPINGBA, 0), "CHILD");
      assertEquals("本所代办政策只允许为身在境外的申请人代办。", error(browser));

      tick(browser, "abroad");
      tick(browser, "undertaking");
      tick(browser, "videoCall");
      checkProxy(browser);
      assertEquals("尚不能代办：本所代办政策要求与申请人视频核实并上传截图。", browser.text("#proxy-verdict"));
      type(browser, "feeReceipt", "AB-0001");
      submit(browser);
      assertEquals(
          "本所代办政策要求与申请人视频核实并上传截图。", browser.text("#application\\:messages .ui-messages-error"));

      // A web page passed off as the screenshot is refused and nothing is kept.
      Path page = Files.createTempFile("video-call", ".png");
      Files.writeString(page, "<!DOCTYPE html><script>alert(1)</script>");
      browser.awaitAjaxAfter(
          () ->
              browser
                  .find("input[type=file][id$='screenshot_input']")
                  .sendKeys(page.toAbsolutePath().toString()));
      assertEquals(
          "截图无效：只接受 JPEG 或 PNG 图片，未保存。",
          browser.text("#application\\:messages .ui-messages-error"));
      assertEquals("", browser.text("#application\\:screenshot-state"));

      Path screenshot = Files.createTempFile("video-call", ".png");
      ImageIO.write(
          new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", screenshot.toFile());
      browser.awaitAjaxAfter(
          () ->
              browser
                  .find("input[type=file][id$='screenshot_input']")
                  .sendKeys(screenshot.toAbsolutePath().toString()));
      assertEquals("视频通话截图已上传。", browser.text("#application\\:screenshot-state"));
      submit(browser);
      assertEquals("待审核", browser.text("#application-status"));
    }
  }

  @Test
  void aDoubleClickOnSubmitCreatesOneApplication() {
    try (Browser browser = clerkOf("yuzhong")) {
      DemoReceipt receipt = usable(YUZHONG, 3);
      lookUp(browser, receipt);
      choose(browser, "type", "RENEWAL_ON_EXPIRY");
      type(browser, "feeReceipt", "DC-0001");
      browser.awaitAjaxAfter(
          () ->
              ((JavascriptExecutor) browser.driver)
                  .executeScript(
                      "var b = document.getElementById('application:submit');"
                          + " b.click(); b.click();"
                          + " PrimeFaces.ab({s: 'application:submit', f: 'application',"
                          + " p: 'application', u: 'application'});"));
      browser.get("counter/track.xhtml");
      browser.find("#track\\:term").sendKeys(receipt.receiptNumber());
      browser.awaitAjaxAfter(() -> browser.find("#track\\:search").click());
      assertFalse(browser.exists("#track\\:results"), "one application, not a list");
      assertEquals(receipt.name(), browser.text("#detail-name"));
      // One submission; the rows after it are the production centre's (the IT app's simulator).
      assertEquals(
          1,
          browser.driver.findElements(By.cssSelector("#track\\:history_data tr")).stream()
              .filter(row -> row.getText().contains("已受理"))
              .count());
    }
  }

  @Test
  void aFinishedCardIsHandedOverToTheApplicant() throws Exception {
    DemoReceipt arrived =
        RunningApp.demoReceipts(YUZHONG, DemoReceiptState.USED)
            .filter(receipt -> receipt.index() % 4 == 2)
            .findFirst()
            .orElseThrow();
    try (Browser browser = clerkOf("yuzhong")) {
      browser.get("counter/track.xhtml");
      browser.find("#track\\:term").sendKeys(arrived.receiptNumber());
      browser.awaitAjaxAfter(() -> browser.find("#track\\:search").click());
      assertEquals("已到所待领", browser.text("#detail-status"));
      browser.find("#track\\:collectorId").sendKeys(arrived.idNumber().value());
      browser.awaitAjaxAfter(() -> browser.find("#track\\:handOver").click());
      assertEquals("已领取", browser.text("#detail-status"));
      assertTrue(browser.text("#track\\:messages .ui-messages-info").contains("已发放"));
      screenshot(browser, "track-handed-over");
    }
  }

  private static String active(Browser browser) {
    return browser.driver.switchTo().activeElement().getAttribute("id");
  }
}
