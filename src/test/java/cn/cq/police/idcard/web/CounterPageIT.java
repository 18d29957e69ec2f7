package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;

/** A demo clerk of 解放碑派出所 logs in and looks up receipts at the counter, in a real browser. */
class CounterPageIT {

  static final int YUZHONG = 0;

  static Browser browser;

  @BeforeAll
  static void logInAsClerk() {
    RunningApp.awaitReady();
    browser = Browser.open("zh-CN");
    browser.logIn("yuzhong.clerk", RunningApp.DEMO_PASSWORD);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void freshCounterPage() {
    browser.get("counter/index.xhtml");
  }

  private void lookUp(String receiptNumber, String idNumber) {
    browser.find("#lookup\\:receiptNumber").clear();
    browser.find("#lookup\\:idNumber").clear();
    browser.find("#lookup\\:receiptNumber").sendKeys(receiptNumber);
    browser.find("#lookup\\:idNumber").sendKeys(idNumber);
    browser.awaitAjaxAfter(() -> browser.find("#lookup\\:lookUp").click());
  }

  @Test
  void aClerkLandsOnTheCounterOfTheirStation() {
    assertTrue(browser.driver.getCurrentUrl().endsWith("counter/index.xhtml"));
    assertEquals("解放碑派出所", browser.text("#station-name"));
    assertTrue(browser.text("#user-name").contains("yuzhong.clerk"));
    assertEquals("查询数码照相回执", browser.text("#lookup\\:query_header"));
  }

  @Test
  void aScannedReceiptAndTypedIdNumberShowThePhotoAndTheApplicant() throws Exception {
    DemoReceipt receipt = RunningApp.demoReceipt(YUZHONG, DemoReceiptState.USABLE);
    // The scanner types the number and presses Enter: focus moves on to the ID number field.
    browser.find("#lookup\\:receiptNumber").sendKeys(receipt.receiptNumber() + Keys.ENTER);
    assertEquals("lookup:idNumber", browser.driver.switchTo().activeElement().getAttribute("id"));
    browser.awaitAjaxAfter(
        () ->
            browser
                .driver
                .switchTo()
                .activeElement()
                .sendKeys(receipt.idNumber().value() + Keys.ENTER));

    assertEquals(receipt.name(), browser.text("#applicant-name"));
    assertEquals(receipt.idNumber().masked(), browser.text("#applicant-id"));
    assertEquals(receipt.householdAddress(), browser.text("#applicant-address"));
    assertEquals("USABLE", browser.find("#outcome").getAttribute("data-outcome"));
    assertTrue(browser.text(".ui-messages-info").contains("可以受理"));
    Number photoWidth =
        (Number)
            ((JavascriptExecutor) browser.driver)
                .executeScript("return document.getElementById('photo').naturalWidth;");
    assertEquals(358, photoWidth.intValue());
    assertFalse(browser.text("#applicant").contains(receipt.idNumber().value()));

    Path screenshot = Path.of("target", "screenshots", "counter-found-receipt.png");
    Files.createDirectories(screenshot.getParent());
    Files.write(screenshot, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void anExpiredReceiptSaysWhenItExpired() {
    DemoReceipt receipt = RunningApp.demoReceipt(YUZHONG, DemoReceiptState.EXPIRED);
    lookUp(receipt.receiptNumber(), receipt.idNumber().value());
    String message = browser.text(".ui-messages-error");
    assertTrue(message.contains("已于 " + receipt.issueDate().plusDays(90) + " 过期"), message);
    assertEquals("EXPIRED", browser.find("#outcome").getAttribute("data-outcome"));
  }

  @Test
  void numbersThatDoNotBelongTogetherRevealNothing() {
    DemoReceipt receipt = RunningApp.demoReceipt(YUZHONG, DemoReceiptState.USABLE);
    DemoReceipt someoneElse = RunningApp.demoReceipt(YUZHONG, DemoReceiptState.EXPIRED);
    lookUp(receipt.receiptNumber(), someoneElse.idNumber().value());
    assertEquals("回执号与公民身份号码不对应。", browser.text(".ui-messages-error"));
    assertFalse(browser.exists("#applicant"));
    assertFalse(browser.driver.getPageSource().contains(receipt.name()));
  }

  @Test
  void aMistypedIdNumberIsCaughtByItsCheckCharacter() {
    DemoReceipt receipt = RunningApp.demoReceipt(YUZHONG, DemoReceiptState.USABLE);
    String id = receipt.idNumber().value();
    lookUp(receipt.receiptNumber(), id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
    assertEquals("公民身份号码校验码错误，请核对是否输错。", browser.text(".ui-messages-error"));
  }

  @Test
  void hostileInputGetsAClearMessageAndThePageKeepsWorking() {
    DemoReceipt receipt = RunningApp.demoReceipt(YUZHONG, DemoReceiptState.USABLE);
    lookUp("<img src=x onerror=alert(1)>", receipt.idNumber().value());
    assertEquals("回执号格式不正确：应为10至20位数字或大写字母。", browser.text(".ui-messages-error"));
    assertFalse(browser.exists("img[src='x']"));

    lookUp("' OR '1'='1' --", receipt.idNumber().value());
    assertEquals("回执号格式不正确：应为10至20位数字或大写字母。", browser.text(".ui-messages-error"));

    // Past the field's maxlength, as a forged request would; set by script, because typing 5,000
    // keys costs ten seconds.
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "var field = document.getElementById('lookup:receiptNumber');"
                + " field.removeAttribute('maxlength'); field.value = '9'.repeat(5000);");
    browser.find("#lookup\\:idNumber").clear();
    browser.find("#lookup\\:idNumber").sendKeys(receipt.idNumber().value());
    browser.awaitAjaxAfter(() -> browser.find("#lookup\\:lookUp").click());
    assertTrue(browser.text(".ui-messages-error").startsWith("输入内容过长"));

    lookUp(receipt.receiptNumber(), receipt.idNumber().value());
    assertEquals(receipt.name(), browser.text("#applicant-name"));
  }

  @Test
  void theServerLogNeverCarriesAFullIdNumber() throws IOException {
    DemoReceipt usable = RunningApp.demoReceipt(YUZHONG, DemoReceiptState.USABLE);
    DemoReceipt used = RunningApp.demoReceipt(YUZHONG, DemoReceiptState.USED);
    lookUp(usable.receiptNumber(), usable.idNumber().value());
    lookUp(used.receiptNumber(), used.idNumber().value());
    lookUp(usable.receiptNumber(), used.idNumber().value());

    Path logs = Path.of(System.getProperty("it.log", "target/payara-it.log")).getParent();
    List<String> unmasked;
    try (Stream<Path> files = Files.list(logs)) {
      unmasked =
          files
              .filter(file -> file.getFileName().toString().startsWith("payara-it.log"))
              .flatMap(RunningApp::linesOf)
              .flatMap(line -> ID_NUMBER_SHAPE.matcher(line).results().map(MatchResult::group))
              .filter(candidate -> CitizenIdNumber.tryParse(candidate).isPresent())
              .toList();
    }
    assertTrue(RunningApp.logFileExists(), "the IT application writes its log to a file");
    assertEquals(List.of(), unmasked);
  }

  static final Pattern ID_NUMBER_SHAPE = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

  @Test
  void theInterfaceSwitchesToEnglish() {
    browser.find("#header\\:english").click();
    awaitHeader("Look up a digital photo receipt");
    DemoReceipt receipt = RunningApp.demoReceipt(YUZHONG, DemoReceiptState.REVOKED);
    lookUp(receipt.receiptNumber(), receipt.idNumber().value());
    assertTrue(browser.text(".ui-messages-error").startsWith("The detection centre has revoked"));
    browser.find("#header\\:chinese").click();
    awaitHeader("查询数码照相回执");
  }

  /**
   * The language switch reloads the whole page: wait for the new one, not the old one. The old
   * header can vanish between finding it and reading it; that is the reload, not a failure.
   */
  private void awaitHeader(String text) {
    browser.await(
        d -> {
          try {
            return browser.exists("#lookup\\:query_header")
                && text.equals(browser.text("#lookup\\:query_header"));
          } catch (StaleElementReferenceException reloading) {
            return false;
          }
        });
    assertEquals(text, browser.text("#lookup\\:query_header"));
  }
}
