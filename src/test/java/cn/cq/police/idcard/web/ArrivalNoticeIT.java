package cn.cq.police.idcard.web;

import static cn.cq.police.idcard.web.ApplicationFlowIT.SHAPINGBA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Arrival notices through the real pages: the clerk takes a mobile number with consent, the
 * production simulator sends the card back, and exactly one text message reaches the SMS gateway
 * simulator; the supervisor sees it (number masked), and a given-up message sent again; the city
 * administrator reviews and revises the wording, hostile text staying text.
 */
class ArrivalNoticeIT {

  static final Duration SENT_WITHIN = Duration.ofSeconds(40);

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  /** Looks the receipt up and fills an in-person first application with this notice number. */
  static void applyWithNotice(Browser clerk, DemoReceipt receipt, String mobile) {
    ApplicationFlowIT.lookUp(clerk, receipt);
    ApplicationFlowIT.choose(clerk, "mode", "false");
    ApplicationFlowIT.choose(clerk, "type", "FIRST_APPLICATION");
    ApplicationFlowIT.type(clerk, "noticeMobile", mobile);
  }

  static String submitted(Browser clerk) {
    ApplicationFlowIT.submit(clerk);
    return clerk.text("#acceptance-number");
  }

  @Test
  void aNumberGivenWithConsentGetsOneMessageWhenTheCardArrives() throws Exception {
    String acceptanceNumber;
    try (Browser clerk = ApplicationFlowIT.clerkOf("shapingba")) {
      applyWithNotice(clerk, ApplicationFlowIT.usable(SHAPINGBA, 14), "136 0000 1111");
      // Without the consent box nothing is stored: the clerk is told why.
      ApplicationFlowIT.submit(clerk);
      assertFalse(clerk.exists("#acceptance-number"));
      assertTrue(clerk.text("#application\\:messages").contains("未勾选同意"));
      assertTrue(clerk.text("#consent-wording").contains("只发送一条短信"));
      ApplicationFlowIT.tick(clerk, "noticeConsent");
      ApplicationFlowIT.screenshot(clerk, "notice-0-counter");
      acceptanceNumber = submitted(clerk);
    }

    // The simulator takes the application and reports the card dispatched within a second or so.
    JsonObject message =
        SmsSimulator.awaitMessage(acceptanceNumber, SENT_WITHIN)
            .orElseThrow(() -> new AssertionError("no message for " + acceptanceNumber));
    assertEquals("13600001111", message.getString("to"));
    String text = message.getString("text");
    assertTrue(text.startsWith("【重庆公安】"), text);
    assertTrue(text.contains(acceptanceNumber) && text.contains("小龙坎派出所"), text);
    assertTrue(text.contains(RunningApp.URL + "progress.xhtml"), text);
    assertEquals(1, message.getInt("times"), "sent once, not resent");

    try (Browser supervisor = Browser.open("zh-CN")) {
      supervisor.signIn("shapingba.supervisor");
      supervisor.get("supervisor/notices.xhtml");
      WebElement row = rowOf(supervisor, acceptanceNumber);
      assertEquals("136****1111", row.findElement(By.cssSelector(".mobile")).getText());
      assertEquals("已发送", row.findElement(By.cssSelector(".state")).getText());
      assertFalse(supervisor.driver.getPageSource().contains("13600001111"), "number masked");
      ApplicationFlowIT.screenshot(supervisor, "notice-1-supervisor");
    }
    try (Browser otherStation = Browser.open("zh-CN")) {
      otherStation.signIn("yuzhong.supervisor");
      otherStation.get("supervisor/notices.xhtml");
      assertTrue(rows(otherStation, acceptanceNumber).isEmpty(), "another station's message");
    }
  }

  @Test
  void aMessageTheGatewayRefusesShowsToTheSupervisorWhoSendsItAgain() throws Exception {
    String acceptanceNumber;
    SmsSimulator.mode("refuse");
    try {
      try (Browser clerk = ApplicationFlowIT.clerkOf("shapingba")) {
        applyWithNotice(clerk, ApplicationFlowIT.usable(SHAPINGBA, 15), "13700002222");
        ApplicationFlowIT.tick(clerk, "noticeConsent");
        acceptanceNumber = submitted(clerk);
      }
      try (Browser supervisor = Browser.open("zh-CN")) {
        supervisor.signIn("shapingba.supervisor");
        String number = acceptanceNumber;
        // The gateway refuses at the first attempt, a second or two after the card came back.
        for (int look = 0; look < 60 && !failedShown(supervisor, number); look++) {
          Thread.sleep(500);
        }
        WebElement row = rowOf(supervisor, acceptanceNumber);
        assertTrue(row.getText().contains("NUMBER_REFUSED"), row.getText());
        assertTrue(SmsSimulator.messageOf(acceptanceNumber).isEmpty(), "nothing was taken");
        ApplicationFlowIT.screenshot(supervisor, "notice-2-failed");

        SmsSimulator.mode("normal");
        supervisor.awaitAjaxAfter(
            () ->
                rowOf(supervisor, number)
                    .findElement(By.cssSelector("button[id$='resend']"))
                    .click());
        assertTrue(supervisor.text("#notices\\:messages").contains("已安排重新发送"));
      }
      JsonObject message =
          SmsSimulator.awaitMessage(acceptanceNumber, SENT_WITHIN)
              .orElseThrow(() -> new AssertionError("not sent again"));
      assertEquals("13700002222", message.getString("to"));
      assertEquals(1, message.getInt("times"));
    } finally {
      SmsSimulator.mode("normal");
    }
  }

  @Test
  void theCityAdministratorRevisesTheWordingAndHostileTextStaysText() throws Exception {
    try (Browser admin = Browser.open("zh-CN")) {
      admin.signIn("city.admin");
      admin.get("admin/notice-templates.xhtml");
      admin.awaitAjaxAfter(() -> admin.find("#templates\\:list\\:1\\:edit").click());
      assertEquals(
          "{acceptanceNumber} {station} {trackingNumber} {queryUrl}", admin.text("#placeholders"));
      String original = admin.find("#templates\\:body").getAttribute("value");
      assertTrue(admin.text("#preview").contains("EMS1234567890"), "preview with example values");

      setBody(admin, "您的证件已寄出{trackingNumber}");
      admin.awaitAjaxAfter(() -> admin.find("#templates\\:save").click());
      assertTrue(admin.text("#templates\\:messages").contains("短信签名"));
      setBody(admin, "【重庆公安】证件已寄出，单号{address}");
      admin.awaitAjaxAfter(() -> admin.find("#templates\\:save").click());
      assertTrue(admin.text("#templates\\:messages").contains("{address}"));

      String hostile = "【重庆公安】<img src=x onerror=alert(1)>单号{trackingNumber}";
      setBody(admin, hostile);
      admin.awaitAjaxAfter(() -> admin.find("#templates\\:save").click());
      assertTrue(admin.text("#templates\\:messages").contains("已保存"));
      assertEquals(hostile, admin.text("#templates\\:list\\:1\\:body"));
      assertTrue(admin.driver.findElements(By.cssSelector("#templates img")).isEmpty());
      ApplicationFlowIT.screenshot(admin, "notice-3-templates");

      // Back to the shipped wording, so the other tests' messages read as before.
      admin.awaitAjaxAfter(() -> admin.find("#templates\\:list\\:1\\:edit").click());
      setBody(admin, original);
      admin.awaitAjaxAfter(() -> admin.find("#templates\\:save").click());
      assertEquals(original, admin.text("#templates\\:list\\:1\\:body"));
    }
  }

  static boolean failedShown(Browser supervisor, String acceptanceNumber) {
    supervisor.get("supervisor/notices.xhtml");
    return rows(supervisor, acceptanceNumber).stream()
        .anyMatch(row -> row.getText().contains("发送失败"));
  }

  static void setBody(Browser browser, String body) {
    WebElement field = browser.find("#templates\\:body");
    field.clear();
    field.sendKeys(body);
  }

  static java.util.List<WebElement> rows(Browser browser, String acceptanceNumber) {
    return browser.driver.findElements(By.cssSelector("#notices\\:list tbody tr")).stream()
        .filter(row -> row.getText().contains(acceptanceNumber))
        .toList();
  }

  static WebElement rowOf(Browser browser, String acceptanceNumber) {
    java.util.List<WebElement> found = rows(browser, acceptanceNumber);
    assertEquals(1, found.size(), "one row for " + acceptanceNumber);
    return found.get(0);
  }
}
