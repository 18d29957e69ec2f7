package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.forms.control.Pdfs;
import cn.cq.police.idcard.photos.control.TestPhotos;
import cn.cq.police.idcard.photos.control.TestPhotos.Placement;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * 现场照相 / 扫描相片 in a real browser whose camera films the astronaut's portrait in front of a white
 * wall (Chromium's fake camera): a greyscale scan is refused with its reason, the camera's shot is
 * framed and accepted, the crop can be adjusted, and the kept photo goes through the counter flow
 * to the production centre. At 观音桥 (jiangbei), for a person no demo receipt names.
 */
class StationPhotoIT {

  static final Path WORK = Path.of("target", "station-photo-it");

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  /** A webcam frame: the person, face 150 px wide, in the middle of a white 640 x 480 view. */
  static BufferedImage cameraView() {
    BufferedImage view = TestPhotos.backdrop(640, 480, Color.WHITE);
    TestPhotos.place(view, TestPhotos.person(), new Placement(150, 320, 50, 0));
    return view;
  }

  static void type(Browser browser, String id, String text) {
    WebElement field = browser.find("#applicant\\:" + id);
    field.clear();
    field.sendKeys(text);
  }

  static String verdict(Browser browser) {
    return browser.find("#verdict").getAttribute("data-accepted");
  }

  static List<String> problemCodes(Browser browser) {
    return browser
        .driver
        .findElements(org.openqa.selenium.By.cssSelector(".photo-problem"))
        .stream()
        .map(problem -> problem.getAttribute("data-code"))
        .toList();
  }

  /** The camera, the scan and the verdict side by side in the window, as the clerk sees them. */
  static void screenshot(Browser browser, String name) throws Exception {
    browser.driver.executeScript("document.getElementById('camera').scrollIntoView();");
    ApplicationFlowIT.screenshot(browser, name);
  }

  static void adjust(Browser browser, String step, int times) {
    for (int i = 0; i < times; i++) {
      browser.awaitAjaxAfter(() -> browser.find("button.adjust-" + step).click());
    }
  }

  @Test
  void aGreyScanIsExplainedThenTheCamerasShotIsKeptAndTheApplicationGoesToProduction()
      throws Exception {
    Path video = FakeCamera.y4m(cameraView(), WORK.resolve("applicant.y4m"));
    Path greyScan = WORK.resolve("grey-scan.png");
    ImageIO.write(
        TestPhotos.greyInColour(TestPhotos.photo(Placement.standard())), "png", greyScan.toFile());
    CitizenIdNumber person = CitizenIdNumber.of("500105", LocalDate.of(1979, 8, 21), 611);

    try (Browser browser = Browser.withCamera("zh-CN", video)) {
      browser.logIn("jiangbei.clerk", RunningApp.DEMO_PASSWORD);
      browser.get("counter/index.xhtml");
      browser.clickAndAwaitNewPage(browser.find("#station-photo-link"));

      // Hostile input first: a clear message, and no camera until the applicant is checked.
      type(browser, "idNumber", person.value());
      type(browser, "name", "<script>alert(1)</script>");
      type(browser, "address", "重庆市江北区建新北路1号");
      browser.awaitAjaxAfter(() -> browser.find("#applicant\\:check").click());
      assertEquals(
          "姓名只能包含文字、间隔号和空格，最多 50 个字。", browser.text("#applicant\\:messages .ui-messages-error"));
      assertFalse(browser.exists("#camera\\:cam"));

      type(browser, "name", "陈现场");
      browser.awaitAjaxAfter(() -> browser.find("#applicant\\:check").click());
      assertEquals("户籍核查通过，请现场照相或扫描相片。", browser.text("#applicant\\:messages .ui-messages-info"));
      assertEquals("true", browser.find("#applicant\\:idNumber").getAttribute("disabled"));

      // A scan in black and white: refused, with what is wrong and what to do.
      WebElement upload = browser.find("#scan\\:file_input");
      browser.awaitAjaxAfter(() -> upload.sendKeys(greyScan.toAbsolutePath().toString()));
      assertEquals("false", verdict(browser));
      assertTrue(problemCodes(browser).contains("GREYSCALE"), problemCodes(browser).toString());
      assertEquals(
          "相片是黑白（灰度）的，须为彩色相片。请用彩色模式重新拍摄或扫描。",
          browser.text(".photo-problem[data-code='GREYSCALE']"));
      assertEquals("true", browser.find("#result\\:keep").getAttribute("disabled"));
      screenshot(browser, "station-photo-grey-scan");

      // The camera: once its picture plays, a shot is framed around the face and passes.
      JavascriptExecutor js = browser.driver;
      browser.await(
          d ->
              Boolean.TRUE.equals(
                  js.executeScript(
                      "var v = document.querySelector('#camera\\\\:cam video');"
                          + " return v != null && v.readyState >= 2 && v.videoWidth > 0;")));
      assertTrue(browser.find("#camera-error").getAttribute("hidden") != null, "camera works");
      browser.awaitAjaxAfter(() -> browser.find("#camera\\:capture").click());
      assertEquals("true", verdict(browser), problemCodes(browser).toString());
      assertTrue(problemCodes(browser).isEmpty());
      screenshot(browser, "station-photo-accepted");

      // The clerk's crop: the head made too large is named, and made smaller again passes.
      adjust(browser, "ZOOM_IN", 6);
      assertEquals("false", verdict(browser));
      assertTrue(
          problemCodes(browser).contains("HEAD_TOO_LARGE"), problemCodes(browser).toString());
      adjust(browser, "ZOOM_OUT", 6);
      assertEquals("true", verdict(browser), problemCodes(browser).toString());

      // The camera, the upload and every Ajax answer ran under the nonce policy, nothing blocked.
      assertEquals(List.of(), ContentSecurityPolicyIT.blocked(browser));

      // Kept: the counter looks the station's receipt up and the application is made as usual.
      browser.clickAndAwaitNewPage(browser.find("#result\\:keep"));
      assertEquals("USABLE", browser.find("#outcome").getAttribute("data-outcome"));
      assertEquals("本所现场照相", browser.text("#receipt-photo-source"));
      assertEquals("陈现场", browser.text("#applicant-name"));
      String receiptNumber = browser.text("#receipt-number");
      assertTrue(receiptNumber.startsWith("ZC500105510001"), receiptNumber);
      ApplicationFlowIT.choose(browser, "type", "FIRST_APPLICATION");
      ApplicationFlowIT.submit(browser);
      String acceptanceNumber = browser.text("#acceptance-number");
      assertTrue(acceptanceNumber.startsWith("500105"), "not accepted: " + acceptanceNumber);
      ApplicationFlowIT.screenshot(browser, "station-photo-submitted");
      Pdfs.Read form = Pdfs.read(FormsIT.pdfOf(browser, "print-registration"));
      assertTrue(form.text().contains("陈现场") && form.text().contains(acceptanceNumber));
      String applicationId =
          browser.find("#print-registration").getAttribute("href").replaceAll(".*application=", "");

      // The supervisor's review says where the photo came from, who took it and what was checked.
      try (Browser supervisor = Browser.open("zh-CN")) {
        supervisor.logIn("jiangbei.supervisor", RunningApp.DEMO_PASSWORD);
        supervisor.get("supervisor/application.xhtml?id=" + applicationId);
        String source = supervisor.text("#case-photo-source");
        assertTrue(source.startsWith("本所现场照相 · 陈伟 · "), source);
        String checks = supervisor.text("#case-photo-checks");
        assertTrue(checks.startsWith("通过的检测：文件格式、完整解码、人脸、彩色、背景"), checks);
        assertTrue(checks.contains("脸部宽度（像素）："), checks);
      }

      // The production centre gets the station's photo, intact, and knows where it came from.
      ProductionOutboxIT.await(
          () -> ProductionSimulator.received(acceptanceNumber) == 1,
          40,
          acceptanceNumber + " delivered");
      String received = ProductionSimulator.receivedJson(acceptanceNumber);
      assertTrue(received.contains("\"source\":\"STATION_CAMERA\""), received);
      assertTrue(received.contains("\"intact\":true"), received);
    }
  }
}
