package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * No inline script runs without the page's nonce: every page of every role is opened (and its main
 * Ajax action used) in Chromium, and anything the Content-Security-Policy blocked fails the walk. A
 * blocked script would also mean a widget that does nothing.
 */
class ContentSecurityPolicyIT {

  /** Each role's pages, in the order a person would meet them. */
  static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

  static {
    PAGES.put(
        "yuzhong.clerk",
        List.of("counter/index.xhtml", "counter/track.xhtml", "counter/station-photo.xhtml"));
    PAGES.put(
        "yuzhong.supervisor",
        List.of(
            "supervisor/review.xhtml",
            "supervisor/dashboard.xhtml",
            "supervisor/anomalies.xhtml",
            "supervisor/close.xhtml",
            "supervisor/notices.xhtml",
            "account/password.xhtml",
            "account/sessions.xhtml"));
    PAGES.put(
        "city.admin",
        List.of(
            "admin/stations.xhtml",
            "admin/accounts.xhtml",
            "admin/fees.xhtml",
            "admin/calendar.xhtml",
            "admin/settings.xhtml",
            "admin/credentials.xhtml",
            "admin/notice-templates.xhtml",
            "admin/day-closes.xhtml",
            "admin/audit.xhtml"));
  }

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  /** What the console says the policy blocked since the last call. */
  static List<String> blocked(Browser browser) {
    List<String> blocked = new ArrayList<>();
    for (LogEntry entry : browser.driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getMessage().contains("Content Security Policy")) {
        blocked.add(entry.getMessage());
      }
    }
    return blocked;
  }

  @Test
  void noPageOfAnyRoleNeedsAnInlineScriptWithoutItsNonce() {
    List<String> violations = new ArrayList<>();
    int pages = 0;
    try (Browser anonymous = Browser.open("zh-CN")) {
      for (String path :
          List.of(
              "login.xhtml",
              "login-code.xhtml",
              "login-enrol.xhtml",
              "progress.xhtml",
              "no-such-page.xhtml")) {
        anonymous.get(path);
        blocked(anonymous).forEach(v -> violations.add(path + ": " + v));
        pages++;
      }
    }
    for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
      try (Browser browser = Browser.open("zh-CN")) {
        browser.signIn(role.getKey());
        for (String path : role.getValue()) {
          browser.get(path);
          browser.await(d -> browser.exists("main"));
          pages++;
          blocked(browser).forEach(v -> violations.add(path + ": " + v));
        }
        useTheMainAjaxActions(browser, role.getKey());
        blocked(browser).forEach(v -> violations.add(role.getKey() + " Ajax: " + v));
      }
    }
    assertEquals(24, pages);
    assertTrue(violations.isEmpty(), String.join("\n", violations));
  }

  /** Ajax answers carry scripts too (widgets of the updated part): they need the nonce as well. */
  static void useTheMainAjaxActions(Browser browser, String username) {
    switch (username) {
      case "yuzhong.clerk" -> {
        ApplicationFlowIT.lookUp(browser, ApplicationFlowIT.usable(ApplicationFlowIT.YUZHONG, 21));
        assertTrue(browser.exists("#application\\:submit"), "the form appeared");
      }
      case "yuzhong.supervisor" -> {
        SupervisorIT.needingDecision(browser);
        browser.get("supervisor/review.xhtml");
        List<org.openqa.selenium.WebElement> cases =
            browser.driver.findElements(By.cssSelector("#review\\:applications a"));
        if (!cases.isEmpty()) {
          browser.clickAndAwaitNewPage(cases.get(0));
        }
      }
      default -> {
        browser.get("admin/audit.xhtml");
        browser.awaitAjaxAfter(() -> browser.find("#audit\\:verify").click());
        assertTrue(browser.text("#verdict").startsWith("哈希链完整"), browser.text("#verdict"));
      }
    }
  }

  /** The walk can fail: a script without the nonce is blocked and reported. */
  @Test
  void aScriptWithoutTheNonceIsBlockedAndSeen() {
    try (Browser browser = Browser.open("zh-CN")) {
      browser.get("login.xhtml");
      blocked(browser);
      browser.driver.executeScript(
          "var s = document.createElement('script');"
              + " s.textContent = 'window.injected = 1;'; document.body.appendChild(s);");
      assertEquals(null, browser.driver.executeScript("return window.injected || null;"));
      List<String> seen = blocked(browser);
      assertFalse(seen.isEmpty(), "the violation is in the console");
    }
  }

  @Test
  void pagesSendNoUnsafeInlineForScriptsButTheirNonce() throws Exception {
    StaffSession session = new StaffSession();
    String csp =
        session.get("login.xhtml").headers().allValues("Content-Security-Policy").toString();
    assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), csp);
    assertFalse(csp.contains("script-src 'self' 'unsafe-inline'"), csp);
    assertEquals(
        1, session.get("login.xhtml").headers().allValues("Content-Security-Policy").size());
  }
}
