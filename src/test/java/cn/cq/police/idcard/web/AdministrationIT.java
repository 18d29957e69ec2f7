package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's screens in a real browser. Each test creates its own rows (accounts, tariffs
 * far in the future, days years ahead) or puts back what it changed, so the demo data other ITs
 * rely on stays as it was.
 */
class AdministrationIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  /** An administrator's browser, signed in; where an administrator lands, AccessIT checks. */
  static Browser admin(String name) {
    Browser browser = Browser.open("zh-CN");
    browser.signIn(name);
    return browser;
  }

  static void type(Browser browser, String css, String text) {
    WebElement field = browser.find(css);
    field.clear();
    field.sendKeys(text);
  }

  static String errors(Browser browser) {
    return browser.exists(".ui-messages-error") ? browser.text(".ui-messages-error") : "";
  }

  static String infos(Browser browser) {
    return browser.exists(".ui-messages-info") ? browser.text(".ui-messages-info") : "";
  }

  /** Opens an account's detail on the accounts page through its link in the list. */
  static void openAccount(Browser browser, String username) {
    browser.get("admin/accounts.xhtml");
    browser.clickAndAwaitNewPage(browser.driver.findElement(By.linkText(username)));
    assertTrue(browser.text("#accounts\\:selected-panel").contains(username));
  }

  static void changePassword(Browser browser, String current, String chosen, String repeated) {
    type(browser, "#password\\:current", current);
    type(browser, "#password\\:chosen", chosen);
    type(browser, "#password\\:repeated", repeated);
    submitPage(browser, "#password\\:change");
  }

  /** Clicks a button that submits the whole page and waits until the new page has replaced it. */
  static void submitPage(Browser browser, String css) {
    browser.clickAndAwaitNewPage(browser.find(css));
  }

  @Test
  void anAccountIsCreatedResetForcedToChangeItsPasswordAndLocked() throws Exception {
    String username = "it.clerk." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    try (Browser admin = admin("jiangbei.admin");
        Browser clerk = Browser.open("zh-CN")) {
      admin.get("admin/accounts.xhtml");
      // Bad input: a message, no account.
      type(admin, "#accounts\\:newUsername", "X");
      type(admin, "#accounts\\:newDisplayName", "测试民警");
      admin.awaitAjaxAfter(() -> admin.find("#accounts\\:create").click());
      assertTrue(errors(admin).contains("用户名"), errors(admin));
      assertFalse(admin.exists("#secret"));

      type(admin, "#accounts\\:newUsername", username);
      new Select(admin.find("#accounts\\:newStation")).selectByVisibleText("观音桥派出所");
      admin.awaitAjaxAfter(() -> admin.find("#accounts\\:create").click());
      assertTrue(infos(admin).contains(username), infos(admin));
      String firstTemporary = admin.text("#secret");
      assertEquals(14, firstTemporary.length());
      assertTrue(admin.text("#accounts\\:list").contains(username));
      ApplicationFlowIT.screenshot(admin, "accounts-with-reach");

      openAccount(admin, username);
      assertFalse(admin.exists("#secret"), "a temporary password is shown once only");
      admin.awaitAjaxAfter(() -> admin.find("#accounts\\:resetPassword").click());
      String temporary = admin.text("#secret");
      assertNotEquals(firstTemporary, temporary);
      admin.get(admin.driver.getCurrentUrl().replace(RunningApp.URL, ""));
      assertFalse(admin.exists("#secret"));
      assertFalse(admin.driver.getPageSource().contains(temporary));

      // The first temporary password no longer works; the new one leads to the password page.
      clerk.logIn(username, firstTemporary);
      assertTrue(clerk.driver.getCurrentUrl().contains("login.xhtml"));
      clerk.logIn(username, temporary);
      assertTrue(clerk.driver.getCurrentUrl().contains("account/password.xhtml"));
      assertTrue(clerk.exists("#required"));
      clerk.get("counter/index.xhtml");
      assertTrue(clerk.driver.getCurrentUrl().contains("account/password.xhtml"));
      clerk.get("counter/track.xhtml");
      assertTrue(clerk.driver.getCurrentUrl().contains("account/password.xhtml"));

      changePassword(clerk, temporary, "short1A", "short1A");
      assertTrue(errors(clerk).contains("太短"), errors(clerk));
      changePassword(clerk, temporary, "Ab1-" + username, "Ab1-" + username);
      assertTrue(errors(clerk).contains("用户名"), errors(clerk));
      changePassword(clerk, temporary, temporary, temporary);
      assertTrue(errors(clerk).contains("最近 5 次"), errors(clerk));
      changePassword(clerk, temporary, "Chongqing-2027a", "Chongqing-2027b");
      assertTrue(errors(clerk).contains("不一致"), errors(clerk));
      changePassword(clerk, "wrong", "Chongqing-2027a", "Chongqing-2027a");
      assertTrue(errors(clerk).contains("当前密码不正确"), errors(clerk));
      // A session of the same person opened elsewhere ends with the password change.
      try (Browser elsewhere = Browser.open("zh-CN")) {
        elsewhere.logIn(username, temporary);
        changePassword(clerk, temporary, "Chongqing-2027a", "Chongqing-2027a");
        assertTrue(clerk.driver.getCurrentUrl().endsWith("counter/index.xhtml"));
        elsewhere.get("account/password.xhtml");
        assertTrue(elsewhere.driver.getCurrentUrl().contains("login.xhtml"));
        assertTrue(elsewhere.exists("#session-ended"), elsewhere.driver.getPageSource());
      }
      assertEquals("观音桥派出所", clerk.text("#station-name"));
      // An Ajax button whose answer redirects: wait for the login page.
      clerk.clickAndAwaitNewPage(clerk.find("#header\\:logout"));
      clerk.logIn(username, "Chongqing-2027a");
      assertTrue(clerk.driver.getCurrentUrl().endsWith("counter/index.xhtml"));

      // Roles and lock; a role change reaches the open session at its next request.
      openAccount(admin, username);
      admin.find("#accounts\\:selectedRoles\\:1").click();
      admin.awaitAjaxAfter(() -> admin.find("#accounts\\:saveRoles").click());
      assertTrue(infos(admin).contains(username), infos(admin));
      clerk.get("counter/track.xhtml");
      assertTrue(clerk.driver.getCurrentUrl().contains("login.xhtml"));
      assertTrue(clerk.exists("#session-ended"));
      admin.awaitAjaxAfter(() -> admin.find("#accounts\\:lock").click());
      assertEquals("已锁定", admin.text("#selected-state"));
      clerk.logIn(username, "Chongqing-2027a");
      assertTrue(clerk.driver.getCurrentUrl().contains("login.xhtml"));
      assertEquals("账号或密码错误，或账号已停用。", clerk.text(".ui-messages-error"));

      openAccount(admin, username);
      String history = admin.text("#accounts\\:history");
      for (String action : new String[] {"创建账号", "管理员重置密码", "修改密码", "修改角色", "锁定账号"}) {
        assertTrue(history.contains(action), action + " in " + history);
      }
      assertTrue(history.contains("角色：窗口民警、审核民警"), history);
      assertFalse(history.contains(temporary) || history.contains("Chongqing-2027a"), history);

      admin.awaitAjaxAfter(() -> admin.find("#accounts\\:unlock").click());
      assertEquals("正常", admin.text("#selected-state"));
      // An administrator cannot lock themself out.
      openAccount(admin, "jiangbei.admin");
      admin.awaitAjaxAfter(() -> admin.find("#accounts\\:lock").click());
      assertTrue(errors(admin).contains("不能锁定自己的账号"), errors(admin));
      assertEquals("正常", admin.text("#selected-state"));
    }
  }

  @Test
  void aTariffIsAddedAfterTheOneInForceWhichItCloses() {
    LocalDate from = TODAY.plusYears(10).withDayOfYear(1);
    try (Browser admin = admin("city.admin")) {
      admin.get("admin/fees.xhtml");
      assertTrue(admin.text("#admin-nav").contains("收费标准"));
      new Select(admin.find("#fees\\:kind")).selectByVisibleText("临时居民身份证");
      type(admin, "#fees\\:amount", "abc");
      type(admin, "#fees\\:validFrom", from.toString());
      type(admin, "#fees\\:description", "IT 临时证工本费");
      admin.awaitAjaxAfter(() -> admin.find("#fees\\:add").click());
      assertTrue(errors(admin).contains("金额"), errors(admin));

      type(admin, "#fees\\:amount", "12.5");
      type(admin, "#fees\\:validFrom", TODAY.minusDays(1).toString());
      admin.awaitAjaxAfter(() -> admin.find("#fees\\:add").click());
      assertTrue(errors(admin).contains("过去"), errors(admin));

      type(admin, "#fees\\:validFrom", from.toString());
      admin.awaitAjaxAfter(() -> admin.find("#fees\\:add").click());
      assertTrue(infos(admin).contains("12.50"), infos(admin) + errors(admin));
      String table = admin.text("#fees\\:entries");
      assertTrue(table.contains("12.50 " + from + " （现行）"), table);
      assertTrue(table.contains(from.minusDays(1).toString()), table);

      // The same start again would overlap the tariff just added.
      new Select(admin.find("#fees\\:kind")).selectByVisibleText("临时居民身份证");
      type(admin, "#fees\\:amount", "13");
      type(admin, "#fees\\:validFrom", from.toString());
      type(admin, "#fees\\:description", "IT again");
      admin.awaitAjaxAfter(() -> admin.find("#fees\\:add").click());
      assertTrue(errors(admin).contains(from.toString()), errors(admin));
      assertFalse(admin.text("#fees\\:entries").contains("IT again"));

      openAccount(admin, "city.admin");
      assertTrue(admin.text("#accounts\\:history").contains("新增收费标准"));
    }
  }

  @Test
  void aHolidayIsAddedAndRemoved() {
    LocalDate day = TODAY.plusYears(9).withMonth(10).withDayOfMonth(8);
    try (Browser admin = admin("city.admin")) {
      admin.get("admin/calendar.xhtml");
      type(admin, "#calendar\\:date", "2027/10/01");
      type(admin, "#calendar\\:name", "国庆节");
      admin.awaitAjaxAfter(() -> admin.find("#calendar\\:add").click());
      assertTrue(errors(admin).contains("2027-01-01"), errors(admin));

      type(admin, "#calendar\\:date", day.toString());
      admin.awaitAjaxAfter(() -> admin.find("#calendar\\:add").click());
      assertTrue(infos(admin).contains(day.toString()), infos(admin));
      assertTrue(admin.text("#calendar\\:days").contains(day + " 节假日 国庆节"));

      type(admin, "#calendar\\:date", day.toString());
      type(admin, "#calendar\\:name", "国庆节");
      admin.awaitAjaxAfter(() -> admin.find("#calendar\\:add").click());
      assertTrue(errors(admin).contains("已在日历中"), errors(admin));

      int row = rowOf(admin, "#calendar\\:days tbody tr", day.toString());
      admin.awaitAjaxAfter(() -> admin.find("#calendar\\:days\\:" + row + "\\:remove").click());
      assertTrue(infos(admin).contains("已删除"), infos(admin));
      assertFalse(admin.text("#calendar\\:days").contains(day.toString()));

      openAccount(admin, "city.admin");
      String history = admin.text("#accounts\\:history");
      assertTrue(history.contains("新增节假日/调休工作日") && history.contains("删除节假日/调休工作日"));
    }
  }

  @Test
  void receiptValidityIsASettingOfTheCitysAdministrator() {
    try (Browser admin = admin("city.admin")) {
      admin.get("admin/settings.xhtml");
      assertEquals("90", admin.find("#settings\\:validityDays").getAttribute("value"));
      type(admin, "#settings\\:validityDays", "365");
      admin.awaitAjaxAfter(() -> admin.find("#settings\\:save").click());
      assertTrue(errors(admin).contains("60 至 180"), errors(admin));
      type(admin, "#settings\\:validityDays", "120");
      admin.awaitAjaxAfter(() -> admin.find("#settings\\:save").click());
      assertTrue(infos(admin).contains("120"), infos(admin));
      admin.get("admin/settings.xhtml");
      assertEquals("120", admin.find("#settings\\:validityDays").getAttribute("value"));
      // Back to the demo value: the counter ITs expect 90 days.
      type(admin, "#settings\\:validityDays", "90");
      admin.awaitAjaxAfter(() -> admin.find("#settings\\:save").click());
      assertTrue(infos(admin).contains("90"), infos(admin));

      openAccount(admin, "city.admin");
      String history = admin.text("#accounts\\:history");
      assertTrue(history.contains("修改系统设置") && history.contains("设定值：120"), history);
    }
  }

  @Test
  void aStationsParticularsAndJurisdictionAreEdited() {
    try (Browser admin = admin("qijiang.admin")) {
      admin.get("admin/stations.xhtml");
      int row = rowOf(admin, "#admin\\:stations tbody tr", "古南派出所");
      admin.awaitAjaxAfter(() -> admin.find("#admin\\:stations\\:" + row + "\\:edit").click());
      String hours = admin.find("#admin\\:editOfficeHours").getAttribute("value");
      assertEquals("500110, 500222", admin.find("#admin\\:editJurisdiction").getAttribute("value"));

      type(admin, "#admin\\:editJurisdiction", "500110, 999999");
      admin.awaitAjaxAfter(() -> admin.find("#admin\\:saveStation").click());
      assertTrue(errors(admin).contains("999999"), errors(admin));
      type(admin, "#admin\\:editPickupDays", "61");
      type(admin, "#admin\\:editJurisdiction", "500110, 500222");
      admin.awaitAjaxAfter(() -> admin.find("#admin\\:saveStation").click());
      assertTrue(errors(admin).contains("1 至 60"), errors(admin));

      type(admin, "#admin\\:editPickupDays", "40");
      type(admin, "#admin\\:editOfficeHours", hours + " IT");
      admin.awaitAjaxAfter(() -> admin.find("#admin\\:saveStation").click());
      assertTrue(infos(admin).contains("古南派出所"), infos(admin));
      assertTrue(admin.text("#admin\\:stations").contains(hours + " IT"));

      // Put the demo station back as it was.
      admin.awaitAjaxAfter(() -> admin.find("#admin\\:stations\\:" + row + "\\:edit").click());
      type(admin, "#admin\\:editOfficeHours", hours);
      admin.awaitAjaxAfter(() -> admin.find("#admin\\:saveStation").click());
      assertFalse(admin.text("#admin\\:stations").contains(hours + " IT"));

      openAccount(admin, "qijiang.admin");
      assertTrue(admin.text("#accounts\\:history").contains("修改派出所信息"));
    }
  }

  @Test
  void aCentreCredentialIsShownOnceAndCanBeRevoked() {
    try (Browser admin = admin("city.admin")) {
      admin.get("admin/credentials.xhtml");
      submitPage(admin, "#credentials\\:issueDetection");
      String apiKey = admin.text("#secret");
      String signingSecret = admin.text("#second-secret");
      assertTrue(apiKey.length() >= 43 && signingSecret.length() >= 43, apiKey);
      String keyId = infos(admin).replaceAll(".*(dc-[0-9a-f]{12}).*", "$1");
      assertTrue(keyId.matches("dc-[0-9a-f]{12}"), infos(admin));
      assertTrue(admin.text("#credentials\\:list").contains(keyId));

      admin.get("admin/credentials.xhtml");
      assertFalse(admin.exists("#secret"));
      String page = admin.driver.getPageSource();
      assertFalse(page.contains(apiKey) || page.contains(signingSecret));
      assertTrue(page.contains(keyId));

      int row = rowOf(admin, "#credentials\\:list tbody tr", keyId);
      submitPage(admin, "#credentials\\:list\\:" + row + "\\:revoke");
      assertTrue(infos(admin).contains(keyId), infos(admin));
      assertFalse(admin.exists("#credentials\\:list\\:" + row + "\\:revoke"));

      openAccount(admin, "city.admin");
      String history = admin.text("#accounts\\:history");
      assertTrue(history.contains("签发中心接口凭证") && history.contains("吊销中心接口凭证"));
      assertFalse(history.contains(apiKey) || history.contains(signingSecret));
    }
  }

  @Test
  void everyLoggedInPersonHasTheChangePasswordLinkButOnlyAdministratorsTheAdminPages() {
    try (Browser clerk = Browser.open("zh-CN")) {
      clerk.signIn("wanzhou.clerk");
      clerk.get("counter/index.xhtml");
      submitPage(clerk, "#header\\:change-password");
      assertTrue(clerk.driver.getCurrentUrl().contains("account/password.xhtml"));
      assertFalse(clerk.exists("#required"));
      for (String page : new String[] {"accounts", "fees", "calendar", "settings", "credentials"}) {
        clerk.get("admin/" + page + ".xhtml");
        assertTrue(clerk.driver.getPageSource().contains("页面不存在"), page);
      }
    }
  }

  /** The index of the first table row whose text contains {@code text}. */
  static int rowOf(Browser browser, String rowsCss, String text) {
    var rows = browser.driver.findElements(By.cssSelector(rowsCss));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(text)) {
        return i;
      }
    }
    throw new AssertionError("No row with " + text);
  }
}
