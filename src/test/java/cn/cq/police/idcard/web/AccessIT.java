package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** Login, landing pages by role, logout, and error pages that never show a stack trace. */
class AccessIT {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(RunningApp.URL + path))
            .header("Accept-Language", "zh-CN")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theCounterAsksAnonymousVisitorsToLogIn() throws Exception {
    HttpResponse<String> response = get("counter/index.xhtml");
    assertEquals(302, response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElse("").contains("login.xhtml"));
  }

  @Test
  void anUnknownPageIsAFriendlyNotFound() throws Exception {
    HttpResponse<String> response = get("no-such-page.xhtml");
    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("页面不存在"), response.body());
    assertNoInternals(response.body());
  }

  /**
   * An Ajax click refused in front of its page (here a clerk's post to an administrator's page, as
   * from a tab left open after a role change; the same way as a click while the database is down,
   * ClusterFailoverIT) gets the refusal page as the whole document, with a status the browser's
   * Ajax code applies. It used to get a partial answer with nothing in it, which the browser drops.
   */
  @Test
  void anAjaxClickRefusedInFrontOfItsPageShowsTheRefusalPage() throws Exception {
    StaffSession clerk = StaffSession.loggedIn("wanzhou.clerk", StaffSession.ZH);
    clerk.page("counter/index.xhtml");
    HttpResponse<String> refused =
        clerk.ajax("admin/stations.xhtml", "admin", "admin:save", "admin", Map.of());
    assertEquals(200, refused.statusCode(), refused.body());
    assertTrue(refused.body().startsWith("<?xml"), refused.body());
    assertTrue(refused.body().contains("<update id=\"jakarta.faces.ViewRoot\">"), refused.body());
    assertTrue(refused.body().contains("页面不存在"), refused.body());
    assertNoInternals(refused.body());
  }

  @Test
  void pageSourcesAndConfigurationAreNeverServed() throws Exception {
    for (String path :
        new String[] {
          "WEB-INF/web.xml", "WEB-INF/templates/layout.xhtml", "META-INF/MANIFEST.MF"
        }) {
      HttpResponse<String> response = get(path);
      assertTrue(response.statusCode() == 404 || response.statusCode() == 403, path);
      assertFalse(response.body().contains("<web-app"), path);
      assertNoInternals(response.body());
    }
  }

  @Test
  void aWrongPasswordSaysOnlyThatAndStaysOnTheLoginPage() {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.logIn("yuzhong.clerk", "wrong-password");
      assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
      assertEquals("账号或密码错误，或账号已停用。", browser.text(".ui-messages-error"));
      browser.logIn("no.such.account", "whatever");
      assertEquals("账号或密码错误，或账号已停用。", browser.text(".ui-messages-error"));
      browser.logIn("' or '1'='1' --", "' or '1'='1' --");
      assertEquals("账号或密码错误，或账号已停用。", browser.text(".ui-messages-error"));
      browser.logIn("<script>document.title='x'</script>", "a".repeat(99));
      assertEquals("账号或密码错误，或账号已停用。", browser.text(".ui-messages-error"));
      assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
    }
  }

  @Test
  void anAdministratorLandsOnTheStationsAndClerksCannotSeeThem() {
    try (Browser browser = Browser.open("zh-CN")) {
      // The city's administrator: a station's sees its own station only (StationScopingIT).
      browser.logIn("city.admin", RunningApp.DEMO_PASSWORD);
      assertTrue(browser.driver.getCurrentUrl().endsWith("admin/stations.xhtml"));
      String table = browser.text("#admin\\:stations");
      assertTrue(table.contains("解放碑派出所") && table.contains("古南派出所"), table);
      assertTrue(table.contains("500110, 500222"), table);
      // 高笋塘 (first by station code) gets the guardian-only policy.
      new Select(browser.find("#admin\\:stations\\:0\\:policy"))
          .selectByVisibleText("仅限监护人：残疾/卧床申请人或未满16周岁儿童");
      browser.awaitAjaxAfter(() -> browser.find("#admin\\:stations\\:0\\:savePolicy").click());
      assertEquals(
          "高笋塘派出所 的代办政策已改为“仅限监护人：残疾/卧床申请人或未满16周岁儿童”。",
          browser.text("#admin\\:messages .ui-messages-info"));
      browser.get("admin/stations.xhtml");
      assertEquals(
          "仅限监护人：残疾/卧床申请人或未满16周岁儿童",
          new Select(browser.find("#admin\\:stations\\:0\\:policy"))
              .getFirstSelectedOption()
              .getText());
      // An Ajax button whose answer redirects: wait for the login page.
      browser.clickAndAwaitNewPage(browser.find("#header\\:logout"));
      assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
      assertEquals("您已退出登录。", browser.text("#logged-out"));

      browser.logIn("yuzhong.clerk", RunningApp.DEMO_PASSWORD);
      browser.get("admin/stations.xhtml");
      assertTrue(browser.driver.getPageSource().contains("页面不存在"));
      assertFalse(browser.driver.getPageSource().contains("古南派出所"));
    }
  }

  @Test
  void aSupervisorMayWorkAtTheCounter() {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.logIn("jiangbei.supervisor", RunningApp.DEMO_PASSWORD);
      assertTrue(browser.driver.getCurrentUrl().endsWith("counter/index.xhtml"));
      assertEquals("观音桥派出所", browser.text("#station-name"));
    }
  }

  /** No stack trace, exception message or server banner reaches the browser. */
  /**
   * The demo may run on the published secrets; its readiness includes the check that refuses them
   * outside demo mode (ShippedSecretsTest covers that side).
   */
  @Test
  void theDemoIsReadyWithItsPublishedSecrets() throws Exception {
    HttpResponse<String> ready = get("health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject secrets =
        Json.createReader(new StringReader(ready.body()))
            .readObject()
            .getJsonArray("checks")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(check -> check.getString("name").equals("secrets"))
            .findFirst()
            .orElseThrow();
    assertEquals("UP", secrets.getString("status"), ready.body());
  }

  static void assertNoInternals(String body) {
    assertFalse(STACK_FRAME.matcher(body).find(), body);
    assertFalse(body.contains("Caused by"), body);
    assertFalse(body.contains("Payara"), body);
  }

  static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)");
}
