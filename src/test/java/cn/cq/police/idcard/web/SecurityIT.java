package cn.cq.police.idcard.web;

import static cn.cq.police.idcard.web.ApplicationFlowIT.YUZHONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Authentication, sessions, privacy and hostile input as a person (or an attacker) meets them:
 * lockout, a new session id at login, the expired-session page, revealing an ID number with an
 * audited reason, script in free text, security headers and forged posts.
 */
class SecurityIT {

  /** Text that would run script or break SQL if anything interpreted it. */
  static final String HOSTILE =
      "<script>window.__xss=1</script><img src=x onerror=window.__xss=2>'; drop table"
          + " application; --";

  static final String LOCKED = "该账号连续登录失败次数过多";

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  static String loginError(Browser browser) {
    return browser.text("#login\\:messages .ui-messages-error");
  }

  static Object xss(Browser browser) {
    return ((JavascriptExecutor) browser.driver).executeScript("return window.__xss;");
  }

  @Test
  void fiveFailedLoginsLockAnAccountEvenAgainstTheRightPassword() {
    try (Browser browser = Browser.open("zh-CN")) {
      for (int attempt = 1; attempt <= 4; attempt++) {
        browser.logIn("qijiang.clerk2", "wrong-" + attempt);
        assertEquals("账号或密码错误，或账号已停用。", loginError(browser));
      }
      browser.logIn("qijiang.clerk2", "wrong-5");
      assertTrue(loginError(browser).startsWith(LOCKED), loginError(browser));
      browser.logIn("qijiang.clerk2", RunningApp.DEMO_PASSWORD);
      assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
      assertTrue(loginError(browser).startsWith(LOCKED), loginError(browser));
    }
  }

  @Test
  void aNameWithoutAnAccountLocksTheSameWay() {
    try (Browser browser = Browser.open("zh-CN")) {
      for (int attempt = 1; attempt <= 4; attempt++) {
        browser.logIn("no.such.person", "wrong-" + attempt);
        assertEquals("账号或密码错误，或账号已停用。", loginError(browser));
      }
      browser.logIn("no.such.person", "wrong-5");
      assertTrue(loginError(browser).startsWith(LOCKED), loginError(browser));
    }
  }

  /** An empty field is asked for, not called wrong, and counts as no attempt. */
  @Test
  void anEmptyFieldOnTheLoginFormIsAskedFor() throws Exception {
    StaffSession session = new StaffSession();
    session.headers.putAll(StaffSession.ZH);
    String noPassword = session.logIn("qijiang.supervisor", "").body();
    assertTrue(noPassword.contains("请输入密码"), noPassword);
    assertFalse(noPassword.contains("账号或密码错误"));
    String noName = session.logIn("", "something").body();
    assertTrue(noName.contains("请输入用户名"), noName);
    assertEquals(302, session.logIn("qijiang.supervisor", RunningApp.DEMO_PASSWORD).statusCode());
  }

  @Test
  void loggingInGivesANewSessionIdAndLoggingOutEndsTheSession() throws Exception {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.get("login.xhtml");
      String before = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
      browser.logIn("shapingba.clerk2", RunningApp.DEMO_PASSWORD);
      String after = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
      assertNotEquals(before, after);
      // An Ajax button whose answer redirects: wait for the login page.
      browser.clickAndAwaitNewPage(browser.find("#header\\:logout"));
      assertTrue(browser.exists("#logged-out"));
      assertFalse(browser.exists("#session-expired"), "a logout is not an expiry");
      browser.get("counter/index.xhtml");
      assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
    }
  }

  /**
   * ASVS 3.3.4: a person sees where they are signed in and ends a session from another one; the
   * ended session's next click lands on the login page. A hostile browser name stays text.
   */
  @Test
  void aPersonSeesTheirOwnSessionsAndEndsAnother() throws Exception {
    try (Browser office = Browser.open("zh-CN");
        Browser elsewhere = Browser.open("zh-CN")) {
      elsewhere.logIn("shapingba.admin", RunningApp.DEMO_PASSWORD);
      office.logIn("shapingba.admin", RunningApp.DEMO_PASSWORD);
      office.find("#header\\:my-sessions").click();
      office.await(d -> office.exists("#sessions\\:open"));
      String table = office.text("#sessions\\:open");
      assertEquals(
          2, office.driver.findElements(By.cssSelector("#sessions\\:open tbody tr")).size(), table);
      assertTrue(table.contains("本会话"), table);
      ApplicationFlowIT.screenshot(office, "own-sessions");
      int other = office.exists("#sessions\\:open\\:0\\:current") ? 1 : 0;
      office.awaitAjaxAfter(() -> office.find("#sessions\\:open\\:" + other + "\\:end").click());
      assertTrue(
          office.text("#sessions\\:messages").contains("已结束"), office.text("#sessions\\:messages"));
      assertEquals(
          1, office.driver.findElements(By.cssSelector("#sessions\\:open tbody tr")).size());

      elsewhere.get("admin/stations.xhtml");
      assertTrue(elsewhere.driver.getCurrentUrl().contains("login.xhtml"), "the ended session");
      assertTrue(elsewhere.exists("#session-ended"));
      office.get("admin/stations.xhtml");
      assertTrue(
          office.driver.getCurrentUrl().endsWith("admin/stations.xhtml"), "this one goes on");
    }
  }

  @Test
  void anExpiredSessionTakesTheNextClickToTheLoginPageWhichSaysWhy() {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.logIn("shapingba.clerk2", RunningApp.DEMO_PASSWORD);
      browser.get("counter/track.xhtml");
      // What the server sees after the idle timeout: a session id it no longer knows.
      expireSession(browser);
      browser.find("#track\\:term").sendKeys("500106");
      browser.find("#track\\:search").click();
      browser.await(
          d -> d.getCurrentUrl().contains("login.xhtml") && browser.exists("#session-expired"));
      assertEquals("长时间未操作，会话已超时，请重新登录。", browser.text("#session-expired"));

      // A page opened after the timeout goes to the login page too.
      browser.logIn("shapingba.clerk2", RunningApp.DEMO_PASSWORD);
      expireSession(browser);
      browser.get("counter/track.xhtml");
      assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
      assertTrue(browser.exists("#session-expired"));
    }
  }

  @Test
  void aFormPostedAfterItsViewExpiredShowsTheExpiredPageButTheLoginPageNeverExpires() {
    try (Browser browser = Browser.open("zh-CN")) {
      // The login page keeps no state: left open past the session's end, it still logs in.
      browser.get("login.xhtml");
      expireSession(browser);
      browser.find("#login\\:username").sendKeys("shapingba.clerk2");
      browser.find("#login\\:password").sendKeys(RunningApp.DEMO_PASSWORD);
      browser.clickAndAwaitNewPage(browser.find("#login\\:submit"));
      browser.secondStep("shapingba.clerk2");
      assertTrue(browser.driver.getCurrentUrl().endsWith("counter/index.xhtml"));

      // A page that keeps state (the public progress query) shows the expired page instead.
      browser.get("progress.xhtml");
      expireSession(browser);
      browser.find("#progress\\:acceptanceNumber").sendKeys("500106510001202612070001");
      browser.find("#progress\\:idSuffix").sendKeys("123456");
      browser.find("#progress\\:query").click();
      browser.await(d -> browser.exists("#error-page"));
      assertTrue(browser.text("#error-page").contains("会话已过期"), browser.text("#error-page"));
      AccessIT.assertNoInternals(browser.driver.getPageSource());
    }
  }

  static void expireSession(Browser browser) {
    browser.driver.manage().deleteCookieNamed("JSESSIONID");
    browser.driver.manage().addCookie(new Cookie("JSESSIONID", "expired0000000000"));
  }

  @Test
  void revealingAnIdNumberNeedsAReasonAndIsAudited() throws Exception {
    DemoReceipt used =
        RunningApp.demoReceipts(YUZHONG, cn.cq.police.idcard.demo.control.DemoReceiptState.USED)
            .skip(1)
            .findFirst()
            .orElseThrow();
    try (Browser browser = Browser.open("zh-CN")) {
      browser.signIn("yuzhong.supervisor");
      browser.get("counter/track.xhtml");
      browser.find("#track\\:term").sendKeys(used.receiptNumber());
      browser.awaitAjaxAfter(() -> browser.find("#track\\:search").click());
      assertEquals(used.idNumber().masked(), browser.text("#detail-id"));
      assertNotEquals(used.idNumber().value(), browser.text("#detail-id"));

      browser.awaitAjaxAfter(() -> browser.find("#track\\:reveal").click());
      assertEquals(
          "请先填写显示完整身份证号码的原因（不超过200字）。", browser.text("#track\\:messages .ui-messages-error"));
      assertEquals(used.idNumber().masked(), browser.text("#detail-id"));

      browser.find("#track\\:revealReason").sendKeys("核对证件 " + HOSTILE);
      // The second factor again: without the code, or with a wrong one, nothing is shown.
      browser.awaitAjaxAfter(() -> browser.find("#track\\:reveal").click());
      assertEquals("请输入动态口令后再显示完整身份证号码。", browser.text("#track\\:messages .ui-messages-error"));
      browser.find("#track\\:revealCode").sendKeys("12345x");
      browser.awaitAjaxAfter(() -> browser.find("#track\\:reveal").click());
      assertTrue(
          browser.text("#track\\:messages .ui-messages-error").startsWith("动态口令不正确"),
          browser.text("#track\\:messages"));
      assertEquals(used.idNumber().masked(), browser.text("#detail-id"));
      browser.find("#track\\:revealCode").clear();
      browser.find("#track\\:revealCode").sendKeys(OneTimeCodes.freshCode("yuzhong.supervisor"));
      browser.awaitAjaxAfter(() -> browser.find("#track\\:reveal").click());
      assertEquals(used.idNumber().value(), browser.text("#detail-id"));
      WebElement revealed =
          browser.driver.findElements(By.cssSelector("#track\\:audit_data tr")).stream()
              .filter(row -> row.getText().contains("显示完整身份证号码"))
              .findFirst()
              .orElseThrow();
      // Stored and shown as the text typed, never run.
      assertTrue(revealed.getText().contains("理由：核对证件 " + HOSTILE), revealed.getText());
      assertTrue(revealed.getText().contains("yuzhong.supervisor"));
      assertNull(xss(browser));
      ApplicationFlowIT.screenshot(browser, "security-reveal");
    }
  }

  @Test
  void scriptAndSqlInTheFlowsFreeTextAreStoredAsTextAndNeverRun() throws Exception {
    String agentName = "<b>王</b><script>window.__xss=3</script>'--";
    String matter = "代为申请换领 " + HOSTILE;
    try (Browser browser = ApplicationFlowIT.clerkOf("yuzhong")) {
      ApplicationFlowIT.lookUp(browser, ApplicationFlowIT.usable(YUZHONG, 12));
      ApplicationFlowIT.fillAgent(browser, "SPOUSE");
      ApplicationFlowIT.type(browser, "agentName", agentName);
      ApplicationFlowIT.type(browser, "matter", matter);
      ApplicationFlowIT.choose(browser, "type", "RENEWAL_ON_EXPIRY");
      ApplicationFlowIT.checkProxy(browser);
      ApplicationFlowIT.type(browser, "feeReceipt", "XSS-0001");
      ApplicationFlowIT.submit(browser);
      assertNull(xss(browser));
      String acceptanceNumber = browser.text("#acceptance-number");
      assertTrue(acceptanceNumber.matches("\\d{24}"), acceptanceNumber);

      browser.get("counter/track.xhtml");
      browser.find("#track\\:term").sendKeys(acceptanceNumber);
      browser.awaitAjaxAfter(() -> browser.find("#track\\:search").click());
      assertTrue(
          browser.text("#track\\:detail").contains(agentName), browser.text("#track\\:detail"));
      assertNull(xss(browser));
      assertFalse(browser.exists("#track\\:detail b"), "markup typed by a clerk is not markup");
    }
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    // The redirect to the login page, sent by the login mechanism before any filter runs.
    HttpResponse<String> redirect = new StaffSession().get("counter/index.xhtml");
    assertEquals(302, redirect.statusCode());
    assertTrue(redirect.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    assertTrue(
        redirect.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src"),
        redirect.headers().map().toString());
    assertEquals("DENY", redirect.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals("nosniff", redirect.headers().firstValue("X-Content-Type-Options").orElse(""));
    StaffSession session = StaffSession.loggedIn("wanzhou.clerk2");
    for (String path : List.of("login.xhtml", "counter/index.xhtml", "no-such-page.xhtml")) {
      HttpResponse<String> page = session.get(path);
      Map<String, List<String>> headers = page.headers().map();
      String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), path);
      assertTrue(csp.contains("object-src 'none'"), path);
      assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""), path);
      assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""), path);
      assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""), path);
      assertFalse(headers.containsKey("X-Powered-By"), path);
    }
    HttpResponse<String> login = new StaffSession().get("login.xhtml");
    String sessionCookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertTrue(sessionCookie.contains("HttpOnly"), sessionCookie);
    assertTrue(sessionCookie.toLowerCase().contains("samesite=strict"), sessionCookie);
  }

  @Test
  void aForgedPostWithoutTheViewStateChangesNothing() throws Exception {
    StaffSession admin = StaffSession.loggedIn("qijiang.admin");
    HttpResponse<String> page = admin.page("admin/stations.xhtml");
    int row = rowOf(page.body(), "古南派出所");
    String policy = "admin:stations:" + row + ":policy";
    String current = selectedOption(page.body(), policy);
    String other = otherOption(page.body(), policy, current);
    String button = "admin:stations:" + row + ":savePolicy";
    Map<String, String> change = new LinkedHashMap<>();
    change.put(policy, other);

    for (String forgedViewState : new String[] {null, "-1234567890:987654321", ""}) {
      Map<String, String> all = new LinkedHashMap<>();
      all.put("jakarta.faces.partial.ajax", "true");
      all.put("jakarta.faces.source", button);
      all.put("jakarta.faces.partial.execute", button + " " + policy);
      all.put("jakarta.faces.partial.render", "admin");
      all.put(button, button);
      all.put("admin", "admin");
      all.putAll(change);
      HttpResponse<String> forged = admin.post("admin/stations.xhtml", all, forgedViewState);
      assertTrue(forged.statusCode() < 500, "never a server error");
      assertFalse(forged.body().contains("\tat "), "never a stack trace");
      assertEquals(current, selectedOption(admin.page("admin/stations.xhtml").body(), policy));
    }

    // The same request with the page's own view state does change it: the refusal above is the
    // missing token, not a malformed request. Then put the policy back.
    admin.page("admin/stations.xhtml");
    admin.ajax("admin/stations.xhtml", "admin", button, button + " " + policy, change);
    assertEquals(other, selectedOption(admin.page("admin/stations.xhtml").body(), policy));
    admin.ajax(
        "admin/stations.xhtml", "admin", button, button + " " + policy, Map.of(policy, current));
    assertEquals(current, selectedOption(admin.page("admin/stations.xhtml").body(), policy));
  }

  @Test
  void theAdministratorVerifiesTheAuditChain() throws Exception {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.signIn("yuzhong.admin");
      browser.get("admin/audit.xhtml");
      assertTrue(browser.text("#audit\\:entries").contains("登录成功"));
      browser.awaitAjaxAfter(() -> browser.find("#audit\\:verify").click());
      assertTrue(browser.text("#verdict").startsWith("哈希链完整"), browser.text("#verdict"));
      ApplicationFlowIT.screenshot(browser, "security-audit");
    }
  }

  static int rowOf(String page, String stationName) {
    Matcher rows =
        Pattern.compile("data-ri=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page);
    while (rows.find()) {
      if (rows.group(2).contains(stationName)) {
        return Integer.parseInt(rows.group(1));
      }
    }
    throw new AssertionError(stationName + " not listed");
  }

  static String selectBlock(String page, String name) {
    int start = page.indexOf("name=\"" + name + "\"");
    return page.substring(start, page.indexOf("</select>", start));
  }

  static String selectedOption(String page, String name) {
    Matcher selected =
        Pattern.compile("<option value=\"(\\d+)\" selected").matcher(selectBlock(page, name));
    assertTrue(selected.find(), "a policy is selected");
    return selected.group(1);
  }

  static String otherOption(String page, String name, String current) {
    Matcher options = Pattern.compile("<option value=\"(\\d+)\"").matcher(selectBlock(page, name));
    while (options.find()) {
      if (!options.group(1).equals(current)) {
        return options.group(1);
      }
    }
    throw new AssertionError("only one policy");
  }
}
