package cn.cq.police.idcard.web;

import static cn.cq.police.idcard.web.ApplicationFlowIT.SHAPINGBA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.forms.control.Pdfs;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 19's 邮寄送证 in the browser, end to end: the clerk applies with delivery by post (the postage
 * from the tariff is shown and paid with the fee), the production simulator brings the card to the
 * station, the public page says so, the clerk prints the mailing slip and records the tracking
 * number, the public page shows 已邮寄 with it, the courier simulator reports the parcel delivered,
 * and the page shows 已签收. Each step is a helper, so further steps (the arrival notice) fit in
 * between.
 */
class PostalDeliveryIT {

  /** V30's postage tariff and the renewal fee, in yuan as the counter shows them. */
  static final String POSTAGE = "15.00";

  static final String RENEWAL_PLUS_POSTAGE = "35.00";

  /** Typed as a clerk might paste it: markup must print as text everywhere. */
  static final String RECIPIENT = "刘<b>小</b>芳";

  static final String ADDRESS_DETAIL = "观音桥步行街8号 \"金源\" 2-1";

  /** The arrival notice's number, as a clerk types it. */
  static final String MOBILE = "138 0000 5555";

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  @Test
  void aCardIsMailedHomeAndThePublicPageFollowsItToDelivery() throws Exception {
    DemoReceipt receipt = ApplicationFlowIT.usable(SHAPINGBA, 18);
    String suffix = ProgressQueryIT.suffixOf(receipt);
    String number;
    try (Browser clerk = ApplicationFlowIT.clerkOf("shapingba")) {
      number = applyWithPost(clerk, receipt, MOBILE);
    }

    awaitStage(number, suffix, "READY_FOR_POSTING");
    assertEquals("已到所待邮寄", publicStage(number, suffix, "postal-1-arrived"));
    assertTrue(SmsSimulator.messageOf(number).isEmpty(), "no notice before the card is posted");

    String trackingNumber =
        "EK" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) + "CN";
    try (Browser clerk = ApplicationFlowIT.clerkOf("shapingba")) {
      open(clerk, number);
      printSlip(clerk, receipt);
      recordTracking(clerk, trackingNumber);
    }
    assertPostedNotice(number, trackingNumber);
    assertEquals("已邮寄", publicStage(number, suffix, "postal-2-mailed"));
    assertTrackingShown(number, suffix, trackingNumber, "MAILED");

    // The courier took the parcel after the posting committed, and now delivers it.
    assertTrue(CourierSim.shipments().contains(trackingNumber), CourierSim.shipments());
    assertEquals(200, CourierSim.deliver(trackingNumber));
    awaitStage(number, suffix, "DELIVERED");
    assertEquals("已签收", publicStage(number, suffix, "postal-3-delivered"));
    assertTrackingShown(number, suffix, trackingNumber, "DELIVERED");
    try (Browser clerk = ApplicationFlowIT.clerkOf("shapingba")) {
      open(clerk, number);
      assertEquals("DELIVERED", clerk.find("#detail-status").getAttribute("data-status"));
      assertFalse(clerk.exists("#track\\:handOver"), "a delivered card is not handed over again");
      assertTrue(clerk.exists("#postal-delivered"));
    }
  }

  @Test
  void badPostalInputIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
    DemoReceipt receipt = ApplicationFlowIT.usable(SHAPINGBA, 19);
    try (Browser clerk = ApplicationFlowIT.clerkOf("shapingba")) {
      ApplicationFlowIT.lookUp(clerk, receipt);
      ApplicationFlowIT.choose(clerk, "mode", "false");
      ApplicationFlowIT.choose(clerk, "type", "RENEWAL_ON_EXPIRY");
      ApplicationFlowIT.choose(clerk, "delivery", "true");
      ApplicationFlowIT.type(clerk, "recipientName", RECIPIENT);
      ApplicationFlowIT.type(clerk, "recipientPhone", "12345");
      ApplicationFlowIT.type(clerk, "addressDetail", ADDRESS_DETAIL);
      ApplicationFlowIT.type(clerk, "feeReceipt", "PD-" + System.nanoTime() % 1_000_000);
      ApplicationFlowIT.submit(clerk);
      assertEquals("收件人电话须为手机号码或带区号的固定电话。", ApplicationFlowIT.error(clerk));
      ApplicationFlowIT.type(clerk, "recipientPhone", "13900001234");
      ApplicationFlowIT.submit(clerk);
      assertEquals("请选择邮寄地址所在的区县。", ApplicationFlowIT.error(clerk));
      assertFalse(clerk.exists("#acceptance-number"), "nothing was accepted");
      assertFalse(clerk.driver.getPageSource().contains("at cn.cq.police"), "no stack trace");
    }
  }

  @Test
  void onlyTheCourierMayReportADelivery() throws Exception {
    HttpResponse<String> unsigned =
        ProgressQueryIT.HTTP.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(RunningApp.URL + "api/courier/reports"))
                .header("Content-Type", "application/json")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"trackingNumber\":\"EK000000000CN\",\"status\":\"DELIVERED\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, unsigned.statusCode(), unsigned.body());
    assertTrue(unsigned.body().contains("UNAUTHENTICATED"), unsigned.body());
  }

  /**
   * At the counter: in person, a renewal (20 yuan), delivered by post to a recipient in 江北区; the
   * postage is shown with the fee and paid on one fee receipt. Answers the acceptance number.
   */
  static String applyWithPost(Browser clerk, DemoReceipt receipt, String mobile) throws Exception {
    ApplicationFlowIT.lookUp(clerk, receipt);
    ApplicationFlowIT.choose(clerk, "mode", "false");
    ApplicationFlowIT.choose(clerk, "type", "RENEWAL_ON_EXPIRY");
    ApplicationFlowIT.choose(clerk, "delivery", "true");
    assertEquals(POSTAGE, clerk.text("#postage-amount"));
    assertEquals(POSTAGE, clerk.text("#fee-postage"));
    assertEquals(RENEWAL_PLUS_POSTAGE, clerk.text("#fee-total"));
    ApplicationFlowIT.type(clerk, "recipientName", RECIPIENT);
    ApplicationFlowIT.type(clerk, "recipientPhone", "13900001234");
    new Select(clerk.find("#application\\:region")).selectByValue("500105"); // 江北区
    ApplicationFlowIT.type(clerk, "addressDetail", ADDRESS_DETAIL);
    ApplicationFlowIT.type(clerk, "feeReceipt", "PD-" + System.nanoTime() % 1_000_000);
    ApplicationFlowIT.type(clerk, "noticeMobile", mobile);
    ApplicationFlowIT.tick(clerk, "noticeConsent");
    ApplicationFlowIT.screenshot(clerk, "postal-0-counter");
    ApplicationFlowIT.submit(clerk);
    String number = clerk.text("#acceptance-number");
    String feeReceipt = Pdfs.read(FormsIT.pdfOf(clerk, "print-fee-receipt")).text();
    assertTrue(feeReceipt.contains("35.00"), feeReceipt);
    assertTrue(feeReceipt.replaceAll("\\s", "").contains("邮寄送证邮费15.00元"), feeReceipt);
    return number;
  }

  /** One message, sent once when the card was posted, naming the tracking number. */
  static void assertPostedNotice(String number, String trackingNumber) throws Exception {
    jakarta.json.JsonObject message =
        SmsSimulator.awaitMessage(number, ArrivalNoticeIT.SENT_WITHIN)
            .orElseThrow(() -> new AssertionError("no message for " + number));
    assertEquals(MOBILE.replace(" ", ""), message.getString("to"));
    String text = message.getString("text");
    assertTrue(text.contains("邮寄") && text.contains(trackingNumber), text);
    assertEquals(1, message.getInt("times"), "sent once");
    assertEquals(
        1,
        SmsSimulator.messages().stream()
            .filter(m -> m.getString("reference").equals("notice-" + number))
            .count(),
        "one message for the application");
  }

  /** Waits (through the JSON endpoint) until the application reaches the stage. */
  static void awaitStage(String number, String suffix, String stage) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<byte[]> answer =
          ProgressQueryIT.ask(ProgressQueryIT.freshClient(), number, suffix);
      body = ProgressQueryIT.text(answer);
      if (body.contains("\"stage\":\"" + stage + "\"")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("never reached " + stage + ": " + body);
  }

  /** What the public page says, screenshot taken. */
  static String publicStage(String number, String suffix, String screenshot) throws Exception {
    try (Browser resident = Browser.open("zh-CN")) {
      resident.forwardedFor(ProgressQueryIT.someClient());
      resident.get("progress.xhtml");
      ProgressQueryIT.query(resident, number, suffix);
      ApplicationFlowIT.screenshot(resident, screenshot);
      String page = resident.driver.getPageSource();
      assertFalse(page.contains("刘"), "no recipient on the public page");
      assertFalse(page.contains("观音桥"), "no address on the public page");
      return resident.text("#stage");
    }
  }

  static void assertTrackingShown(String number, String suffix, String tracking, String stage)
      throws Exception {
    try (Browser resident = Browser.open("zh-CN")) {
      resident.forwardedFor(ProgressQueryIT.someClient());
      resident.get("progress.xhtml");
      ProgressQueryIT.query(resident, number, suffix);
      assertEquals(tracking, resident.text("#tracking-number"));
      assertTrue(resident.text("#explanation").contains(tracking));
    }
    String json =
        ProgressQueryIT.text(ProgressQueryIT.ask(ProgressQueryIT.freshClient(), number, suffix));
    assertTrue(json.contains("\"stage\":\"" + stage + "\""), json);
    assertTrue(json.contains("\"trackingNumber\":\"" + tracking + "\""), json);
  }

  /** The tracking page with the application open. */
  static void open(Browser clerk, String number) {
    clerk.get("counter/track.xhtml");
    clerk.find("#track\\:term").sendKeys(number);
    clerk.awaitAjaxAfter(() -> clerk.find("#track\\:search").click());
  }

  /** The slip names the recipient as typed and the contents, never the ID number. */
  static void printSlip(Browser clerk, DemoReceipt receipt) throws Exception {
    assertEquals(RECIPIENT, clerk.text("#postal-recipient"), "markup shown as text");
    assertTrue(clerk.text("#postal-address").startsWith("重庆市江北区"));
    String slip = Pdfs.read(FormsIT.pdfOf(clerk, "print-mailing-slip")).text();
    String flat = slip.replaceAll("\\s", "");
    assertTrue(flat.contains("居民身份证邮寄单"), slip);
    assertTrue(flat.contains(RECIPIENT), slip);
    assertTrue(flat.contains("13900001234"), slip);
    assertTrue(flat.contains("重庆市江北区" + ADDRESS_DETAIL.replaceAll("\\s", "")), slip);
    assertTrue(flat.contains("居民身份证1张"), slip);
    assertTrue(flat.contains("小龙坎派出所"), slip);
    assertFalse(flat.contains(receipt.idNumber().value()), "no ID number on a parcel");
  }

  /** 登记寄出: a malformed number is refused, then the real one makes the card 已邮寄. */
  static void recordTracking(Browser clerk, String trackingNumber) throws Exception {
    clerk.find("#track\\:trackingNumber").sendKeys("12");
    clerk.awaitAjaxAfter(() -> clerk.find("#track\\:post").click());
    assertEquals("快递单号须为 8 至 30 位字母或数字。", clerk.text("#track\\:messages .ui-messages-error"));
    clerk.find("#track\\:trackingNumber").clear();
    clerk.find("#track\\:trackingNumber").sendKeys(trackingNumber);
    clerk.awaitAjaxAfter(() -> clerk.find("#track\\:post").click());
    assertEquals("MAILED", clerk.find("#detail-status").getAttribute("data-status"));
    assertEquals(trackingNumber, clerk.text("#postal-tracking").split("\\s")[0]);
    ApplicationFlowIT.screenshot(clerk, "postal-4-track-mailed");
  }
}
