package cn.cq.police.idcard.web;

import static cn.cq.police.idcard.web.ApplicationFlowIT.checkProxy;
import static cn.cq.police.idcard.web.ApplicationFlowIT.choose;
import static cn.cq.police.idcard.web.ApplicationFlowIT.clerkOf;
import static cn.cq.police.idcard.web.ApplicationFlowIT.fillAgent;
import static cn.cq.police.idcard.web.ApplicationFlowIT.lookUp;
import static cn.cq.police.idcard.web.ApplicationFlowIT.submit;
import static cn.cq.police.idcard.web.ApplicationFlowIT.type;
import static cn.cq.police.idcard.web.ApplicationFlowIT.usable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.forms.control.Pdfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The official forms as a clerk opens them from the flow: real application data, real PDFs checked
 * for text, embedded fonts and page count, the voucher's QR code read back and verified at the
 * hand-over search, and station scoping of the download.
 */
class FormsIT {

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  /** What the browser's own fetch of a link returned: status, headers and body. */
  record Download(int status, String contentType, String cacheControl, byte[] body) {}

  /**
   * Downloads in the browser itself (its session, its cookies), as a click on the link would; the
   * PDF comes back Base64-encoded.
   */
  static Download download(Browser browser, String href) {
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    String result =
        (String)
            ((JavascriptExecutor) browser.driver)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(function (r) { return r.arrayBuffer().then(function (buffer) {"
                        + "  var bytes = new Uint8Array(buffer), text = '';"
                        + "  for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }"
                        + "  done(r.status + '|' + r.headers.get('Content-Type') + '|'"
                        + "    + r.headers.get('Cache-Control') + '|' + btoa(text)); }); })"
                        + ".catch(function (e) { done('0|||'); });",
                    href);
    String[] parts = result.split("\\|", 4);
    return new Download(
        Integer.parseInt(parts[0]), parts[1], parts[2], Base64.getDecoder().decode(parts[3]));
  }

  static byte[] pdfOf(Browser browser, String linkId) throws Exception {
    Download response = download(browser, browser.find("#" + linkId).getAttribute("href"));
    assertEquals(200, response.status(), linkId);
    assertEquals("application/pdf", response.contentType());
    assertEquals("no-store", response.cacheControl());
    Path file = Path.of("target", "forms", linkId + ".pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, response.body());
    return response.body();
  }

  @Test
  void theFormsOfAProxyApplicationCarryItsDataAndTheVoucherVerifiesAtHandOver() throws Exception {
    try (Browser browser = clerkOf("yuzhong")) {
      DemoReceipt receipt = usable(ApplicationFlowIT.YUZHONG, 6);
      lookUp(browser, receipt);
      fillAgent(browser, "PARENT");
      choose(browser, "type", "LOST");
      checkProxy(browser);
      type(browser, "feeReceipt", "FM-0001");
      submit(browser);
      String acceptanceNumber = browser.text("#acceptance-number");

      Pdfs.Read registration = Pdfs.read(pdfOf(browser, "print-registration"));
      assertEquals(1, registration.pages());
      for (String expected :
          new String[] {
            "居民身份证申领登记表",
            acceptanceNumber,
            receipt.name(),
            receipt.idNumber().value(),
            "申请补领",
            "王芳",
            "11010519491231002X",
            "13800138000",
            "王建国"
          }) {
        assertTrue(registration.text().contains(expected), expected + " in " + registration.text());
      }

      Pdfs.Read fee = Pdfs.read(pdfOf(browser, "print-fee-receipt"));
      assertEquals(1, fee.pages());
      assertTrue(fee.text().contains("肆拾元整") && fee.text().contains("FM-0001"), fee.text());

      Pdfs.Read letter = Pdfs.read(pdfOf(browser, "print-letter"));
      assertTrue(letter.text().contains("委托书") && letter.text().contains("王芳"), letter.text());

      byte[] voucher = pdfOf(browser, "print-voucher");
      assertEquals(1, Pdfs.read(voucher).pages());
      String qr = Pdfs.decodeQr(voucher);
      assertTrue(qr.startsWith("IDCARD-PICKUP|" + acceptanceNumber + "|"), qr);

      browser.get("counter/track.xhtml");
      browser.find("#track\\:term").sendKeys(qr);
      browser.awaitAjaxAfter(() -> browser.find("#track\\:search").click());
      assertEquals("领取凭证校验通过。", browser.text("#track\\:messages .ui-messages-info"));
      assertEquals(receipt.name(), browser.text("#detail-name"));

      browser.find("#track\\:term").clear();
      browser.find("#track\\:term").sendKeys(qr.substring(0, qr.length() - 1) + "Z");
      browser.awaitAjaxAfter(() -> browser.find("#track\\:search").click());
      assertEquals(
          "领取凭证校验失败：该二维码不是本所开具的有效凭证。", browser.text("#track\\:messages .ui-messages-error"));

      // Another station's clerk gets nothing for this application.
      browser.get("counter/track.xhtml");
      browser.find("#track\\:term").sendKeys(acceptanceNumber);
      browser.awaitAjaxAfter(() -> browser.find("#track\\:search").click());
      String registrationHref = browser.find("#print-registration").getAttribute("href");
      try (Browser other = clerkOf("jiangbei")) {
        other.get("counter/index.xhtml");
        Download refused = download(other, registrationHref);
        assertEquals(404, refused.status());
        assertFalse(new String(refused.body(), StandardCharsets.UTF_8).contains(receipt.name()));
      }
    }
  }

  @Test
  void aBlankLetterForFamiliesAndTheSupervisorsDailyReports() throws Exception {
    try (Browser clerk = clerkOf("yuzhong")) {
      clerk.get("counter/index.xhtml");
      Pdfs.Read blank = Pdfs.read(pdfOf(clerk, "blank-letter"));
      assertEquals(1, blank.pages());
      assertTrue(blank.text().contains("委托书"));
      assertFalse(clerk.exists("#daily-summary"), "daily reports are for supervisors");
    }
    try (Browser supervisor = Browser.open("zh-CN")) {
      supervisor.signIn("yuzhong.supervisor");
      supervisor.get("counter/index.xhtml");
      Pdfs.Read summary = Pdfs.read(pdfOf(supervisor, "daily-summary"));
      assertTrue(summary.text().contains("每日受理汇总表"), summary.text());
      assertTrue(summary.text().contains("解放碑派出所"), summary.text());
      Pdfs.Read close = Pdfs.read(pdfOf(supervisor, "daily-close"));
      assertTrue(close.text().replaceAll("[\\s\u3000]", "").contains("日结单"), close.text());
    }
  }
}
