package cn.cq.police.idcard.web;

import static cn.cq.police.idcard.web.ApplicationFlowIT.clerkOf;
import static cn.cq.police.idcard.web.ApplicationFlowIT.lookUp;
import static cn.cq.police.idcard.web.ApplicationFlowIT.screenshot;
import static cn.cq.police.idcard.web.ApplicationFlowIT.usable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.forms.control.Pdfs;
import cn.cq.police.idcard.temporary.control.TemporaryCardValidity;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A temporary card at the counter, in a real browser: from the looked-up receipt to the card, its
 * validity, its form and fee receipt as PDF, tracking, and the refusal of a second card. At 小龙坎,
 * with a usable receipt no other browser test submits.
 */
class TemporaryCardIT {

  static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  static void open(Browser browser) {
    browser.awaitAjaxAfter(() -> browser.find("#temporary\\:open").click());
  }

  @Test
  void aClerkIssuesATemporaryCardAndPrintsItsForm() throws Exception {
    try (Browser browser = clerkOf("shapingba")) {
      DemoReceipt receipt = usable(ApplicationFlowIT.SHAPINGBA, 6);
      lookUp(browser, receipt);
      open(browser);
      TemporaryCardValidity validity =
          TemporaryCardValidity.issuedOn(LocalDate.now(ZoneId.of("Asia/Shanghai")));
      assertTrue(
          browser.text("#temporary-validity").contains(validity.until().toString()),
          browser.text("#temporary-validity"));
      assertEquals("10.00", browser.text("#temporary-fee"));

      browser.awaitAjaxAfter(
          () -> browser.find("input[name='temporary:reason'][value='URGENT_USE']").click());
      WebElement feeReceipt = browser.find("#temporary\\:feeReceipt");
      feeReceipt.clear();
      feeReceipt.sendKeys("LS-SPB-0001");
      browser.awaitAjaxAfter(() -> browser.find("#temporary\\:issue").click());
      screenshot(browser, "temporary-card-issued");

      String number = browser.text("#temporary-number");
      assertFalse(number.isBlank());
      assertEquals(validity.from().toString(), browser.text("#temporary-valid-from"));
      assertEquals(validity.until().toString(), browser.text("#temporary-valid-until"));
      assertFalse(browser.text("#temporary-handed-over").isBlank());

      Pdfs.Read form = Pdfs.read(FormsIT.pdfOf(browser, "print-temporary-form"));
      assertEquals(1, form.pages());
      for (String expected :
          new String[] {
            "临时居民身份证申领登记表",
            number,
            receipt.name(),
            receipt.idNumber().value(),
            "急需使用",
            "¥10.00",
            CARD_DATE.format(validity.from()) + " 至 " + CARD_DATE.format(validity.until()),
            "申请人签名"
          }) {
        assertTrue(form.text().contains(expected), expected + " in " + form.text());
      }
      Pdfs.Read fee = Pdfs.read(FormsIT.pdfOf(browser, "print-temporary-fee-receipt"));
      assertTrue(fee.text().contains("壹拾元整") && fee.text().contains("LS-SPB-0001"), fee.text());
      assertTrue(fee.text().contains("临时居民身份证"), fee.text());

      // Tracking finds the card by its number, with its validity and the hand-over.
      browser.get("counter/track.xhtml");
      browser.find("#track\\:term").sendKeys(number);
      browser.awaitAjaxAfter(() -> browser.find("#track\\:search").click());
      assertEquals(number, browser.text("#temporary-number"));
      assertEquals(validity.until().toString(), browser.text("#temporary-valid-until"));

      // A second card for the same person is refused before anything is typed.
      lookUp(browser, receipt);
      open(browser);
      assertTrue(
          browser
              .text("#temporary\\:messages .ui-messages-error")
              .contains(validity.until().toString()),
          browser.text("#temporary\\:messages"));
      assertTrue(browser.driver.findElements(By.id("temporary:issue")).isEmpty());
    }
  }
}
