package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.forms.control.Pdfs;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IDOR matrix: staff of station A (解放碑, yuzhong) try every read and write entry point that
 * takes an id, a number or a date with station B's (观音桥, jiangbei) values. Each is first shown to
 * work for B's own staff, so a refusal for A means scoping, not a broken request.
 *
 * <p>Entry points tried: the four application forms by id; the tracking search by acceptance,
 * receipt and citizen ID number and by a genuine collection-voucher QR code; the daily reports by
 * date; the supervisor's case page by id (its decisions use the same id); the administrator's and
 * supervisor's folders. Selecting, revealing and handing over work only on an application the
 * server itself found for the caller's station (no client-supplied id).
 *
 * <p>Administrators and supervisors reach a station, a district (yuzhong.district.*) or the city
 * (city.admin): accounts by list, by id and by every action with an out-of-reach id; the city-wide
 * pages; stations, day closes and the audit trail; a district supervisor's case page.
 */
class StationScopingIT {

  static final int JIANGBEI = 1;

  /** Forms every demo application has (demo applications carry no payment or agent). */
  static final String[] APPLICATION_FORMS = {"registration-form", "collection-voucher"};

  static StaffSession stationA;
  static StaffSession supervisorA;
  static StaffSession stationB;
  static StaffSession supervisorB;
  static long applicationOfB;
  static String voucherQrOfB;
  static String acceptanceNumberOfB;
  static long applicationOfA;

  @BeforeAll
  static void findAnApplicationOfStationB() throws Exception {
    RunningApp.awaitReady();
    stationA = StaffSession.loggedIn("yuzhong.clerk2");
    supervisorA = StaffSession.loggedIn("yuzhong.supervisor");
    stationB = StaffSession.loggedIn("jiangbei.clerk2");
    supervisorB = StaffSession.loggedIn("jiangbei.supervisor");
    for (long id = 1; id <= 200 && voucherQrOfB == null; id++) {
      HttpResponse<byte[]> voucher =
          stationB.getBytes("counter/forms/collection-voucher?application=" + id);
      if (voucher.statusCode() == 200) {
        applicationOfB = id;
        voucherQrOfB = Pdfs.decodeQr(voucher.body());
        acceptanceNumberOfB = voucherQrOfB.split("\\|")[1];
      }
    }
    assertTrue(voucherQrOfB != null, "station B has a demo application");
    for (long id = 1; id <= 200 && applicationOfA == 0; id++) {
      if (stationA.getBytes("counter/forms/collection-voucher?application=" + id).statusCode()
          == 200) {
        applicationOfA = id;
      }
    }
    assertTrue(applicationOfA > 0, "station A has a demo application");
  }

  @Test
  void formsOfAnotherStationsApplicationAreNotFound() throws Exception {
    for (String form : APPLICATION_FORMS) {
      String path = "counter/forms/" + form + "?application=" + applicationOfB;
      assertEquals(200, stationB.getBytes(path).statusCode(), "B's own: " + path);
      HttpResponse<byte[]> asA = stationA.getBytes(path);
      assertEquals(404, asA.statusCode(), path);
      assertFalse(new String(asA.body()).startsWith("%PDF"), path);
    }
    for (String form : new String[] {"fee-receipt", "authorization-letter"}) {
      String path = "counter/forms/" + form + "?application=" + applicationOfB;
      assertEquals(404, stationA.getBytes(path).statusCode(), path);
    }
  }

  @Test
  void theTrackingSearchFindsNothingOfAnotherStation() throws Exception {
    DemoReceipt usedAtB =
        RunningApp.demoReceipts(JIANGBEI, DemoReceiptState.USED).findFirst().orElseThrow();
    List<String> terms =
        List.of(acceptanceNumberOfB, usedAtB.receiptNumber(), usedAtB.idNumber().value());
    for (String term : terms) {
      String asB = search(stationB, term);
      assertTrue(asB.contains("detail-name") || asB.contains("track:results"), "B finds " + term);
      String asA = search(stationA, term);
      assertTrue(asA.contains("本所没有符合条件的申请") || asA.contains("No application"), asA);
      assertFalse(asA.contains("detail-name"), term);
      assertFalse(asA.contains(usedAtB.name()), term);
    }
  }

  @Test
  void anotherStationsGenuineVoucherDoesNotVerify() throws Exception {
    assertTrue(search(stationB, voucherQrOfB).contains("detail-name"));
    String asA = search(stationA, voucherQrOfB);
    assertFalse(asA.contains("detail-name"), asA);
    assertTrue(asA.contains("ui-messages-error"), asA);
  }

  @Test
  void dailyReportsShowOnlyTheOwnStation() throws Exception {
    String day = acceptanceNumberOfB.substring(12, 20);
    String date = day.substring(0, 4) + "-" + day.substring(4, 6) + "-" + day.substring(6, 8);
    for (String report : new String[] {"daily-summary", "daily-close"}) {
      String path = "counter/forms/" + report + "?date=" + date;
      HttpResponse<byte[]> asB = supervisorB.getBytes(path);
      assertEquals(200, asB.statusCode(), path);
      assertTrue(Pdfs.read(asB.body()).text().contains("观音桥"), "B's own " + report);
      HttpResponse<byte[]> asA = supervisorA.getBytes(path);
      assertEquals(200, asA.statusCode(), path);
      String text = Pdfs.read(asA.body()).text();
      assertFalse(text.contains(acceptanceNumberOfB), report);
      assertFalse(text.contains("观音桥"), report);
      assertTrue(text.contains("解放碑"), report);
    }
  }

  @Test
  void theSupervisorsCasePageShowsNothingOfAnotherStation() throws Exception {
    String path = "supervisor/application.xhtml?id=" + applicationOfB;
    String asB = supervisorB.get(path).body();
    assertTrue(asB.contains(acceptanceNumberOfB), "B's supervisor sees B's case");
    HttpResponse<String> asA = supervisorA.get(path);
    assertTrue(asA.body().contains("id=\"not-found\""), asA.body());
    assertFalse(asA.body().contains(acceptanceNumberOfB));
    assertFalse(asA.body().contains("case:approve"), "no decision can be taken");
  }

  @Test
  void otherRolesFoldersAreNotFound() throws Exception {
    List<String> refused = new ArrayList<>();
    for (String path : new String[] {"admin/stations.xhtml", "admin/audit.xhtml"}) {
      for (StaffSession session : new StaffSession[] {stationA, supervisorA}) {
        HttpResponse<String> response = session.get(path);
        assertEquals(404, response.statusCode(), path);
        assertTrue(response.body().contains("页面不存在"), path);
        refused.add(path);
      }
    }
    for (String path : new String[] {"supervisor/review.xhtml", "supervisor/close.xhtml"}) {
      HttpResponse<String> response = stationA.get(path);
      assertEquals(404, response.statusCode(), "a clerk: " + path);
      refused.add(path);
    }
    assertEquals(6, refused.size());
  }

  // ---- Administrators and supervisors whose reach is a station, a district or the city ----

  /** Account ids by user name, as the city administrator's account list links them. */
  static Map<String, Long> accountIds() throws Exception {
    String list =
        StaffSession.loggedIn("city.admin", StaffSession.ZH).page("admin/accounts.xhtml").body();
    Map<String, Long> ids = new LinkedHashMap<>();
    Matcher links = Pattern.compile("account=(\\d+)\"[^>]*>([a-z0-9._-]+)<").matcher(list);
    while (links.find()) {
      ids.put(links.group(2), Long.valueOf(links.group(1)));
    }
    return ids;
  }

  @Test
  void anAdministratorListsAndOpensOnlyAccountsInTheirReach() throws Exception {
    Map<String, Long> ids = accountIds();
    assertTrue(ids.keySet().containsAll(List.of("jiangbei.clerk2", "yuzhong.district.supervisor")));
    StaffSession stationAdmin = StaffSession.loggedIn("yuzhong.admin", StaffSession.ZH);
    StaffSession districtAdmin = StaffSession.loggedIn("yuzhong.district.admin", StaffSession.ZH);

    String stationList = stationAdmin.page("admin/accounts.xhtml").body();
    assertTrue(stationList.contains(">yuzhong.clerk2<"), "the own station's accounts");
    for (String outOfReach :
        List.of(
            "jiangbei.clerk2",
            "city.admin",
            "yuzhong.district.admin",
            "yuzhong.district.supervisor")) {
      assertFalse(stationList.contains(">" + outOfReach + "<"), outOfReach);
    }
    String districtList = districtAdmin.page("admin/accounts.xhtml").body();
    assertTrue(districtList.contains(">yuzhong.district.supervisor<"), districtList);
    assertTrue(districtList.contains(">yuzhong.admin<"));
    assertFalse(districtList.contains(">jiangbei.clerk2<"));
    assertFalse(districtList.contains(">city.admin<"));

    // Opening an account by id: the view parameter finds nothing out of reach.
    Map<StaffSession, List<String>> refused =
        Map.of(
            stationAdmin,
            List.of("jiangbei.clerk2", "city.admin", "yuzhong.district.supervisor"),
            districtAdmin,
            List.of("jiangbei.clerk2", "city.admin"));
    int tried = 0;
    for (Map.Entry<StaffSession, List<String>> entry : refused.entrySet()) {
      for (String username : entry.getValue()) {
        String page =
            entry.getKey().page("admin/accounts.xhtml?account=" + ids.get(username)).body();
        assertTrue(page.contains("没有该账号"), username);
        assertFalse(page.contains("accounts:lock"), "no action offered on " + username);
        assertFalse(
            page.contains(">" + username + "<") || page.contains("账号 " + username), username);
        tried++;
      }
    }
    assertEquals(5, tried);
    assertTrue(
        districtAdmin
            .page("admin/accounts.xhtml?account=" + ids.get("yuzhong.district.supervisor"))
            .body()
            .contains("accounts:lock"),
        "the district's administrator manages the district supervisor");
  }

  /**
   * Every action on the accounts page, sent with an out-of-reach account id in the view parameter
   * of the postback: refused with the same message, and the account unchanged.
   */
  @Test
  void anAdministratorsActionsOnAnAccountOutOfReachChangeNothing() throws Exception {
    StaffSession stationAdmin = StaffSession.loggedIn("yuzhong.admin", StaffSession.ZH);
    // The page is opened on an account of the administrator's own, made for this test: were the
    // forged id ignored, the action would hit that account and no demo account.
    String throwaway = "it.own." + System.nanoTime() % 1_000_000;
    String page = stationAdmin.page("admin/accounts.xhtml").body();
    createAccount(stationAdmin, newAccount(page, throwaway, "CLERK", "STATION"));
    Map<String, Long> ids = accountIds();
    long own = ids.get(throwaway);
    long other = ids.get("jiangbei.clerk2");
    Map<String, Map<String, String>> actions = new LinkedHashMap<>();
    actions.put("accounts:lock", Map.of());
    actions.put("accounts:resetPassword", Map.of());
    actions.put(
        "accounts:saveRoles",
        Map.of("accounts:selectedRoles", "ADMINISTRATOR", "accounts:selectedReach", "STATION"));
    for (Map.Entry<String, Map<String, String>> action : actions.entrySet()) {
      stationAdmin.page("admin/accounts.xhtml?account=" + own);
      Map<String, String> fields = new LinkedHashMap<>(action.getValue());
      fields.put("account", String.valueOf(other));
      // Faces resolves "@this" in the browser only: the server needs the button's own id.
      String execute = action.getKey() + " " + String.join(" ", action.getValue().keySet());
      HttpResponse<String> response =
          stationAdmin.ajax("admin/accounts.xhtml", "accounts", action.getKey(), execute, fields);
      assertEquals(200, response.statusCode(), action.getKey());
      assertTrue(response.body().contains("没有该账号"), action.getKey() + ": " + response.body());
      assertFalse(response.body().contains("id=\"secret\""), "no temporary password");
    }
    // Still enabled, with its old password and only its clerk role.
    StaffSession clerk = StaffSession.loggedIn("jiangbei.clerk2");
    assertEquals(404, clerk.get("admin/stations.xhtml").statusCode());
    assertEquals(200, clerk.get("counter/index.xhtml").statusCode());
  }

  @Test
  void nobodyGrantsAReachWiderThanTheirOwn() throws Exception {
    StaffSession districtAdmin = StaffSession.loggedIn("yuzhong.district.admin", StaffSession.ZH);
    String page = districtAdmin.page("admin/accounts.xhtml").body();
    String reachMenu = page.substring(page.indexOf("id=\"accounts:newReach\""));
    reachMenu = reachMenu.substring(0, reachMenu.indexOf("</select>"));
    assertTrue(reachMenu.contains("value=\"DISTRICT\""), reachMenu);
    assertFalse(reachMenu.contains("value=\"CITY\""), reachMenu);

    String username = "it.wide." + System.nanoTime() % 1_000_000;
    Map<String, String> fields = newAccount(page, username, "ADMINISTRATOR", "CITY");
    HttpResponse<String> forged = createAccount(districtAdmin, fields);
    assertEquals(200, forged.statusCode());
    assertTrue(forged.body().contains("ui-messages-error"), forged.body());
    assertFalse(forged.body().contains("id=\"secret\""), forged.body());
    assertFalse(accountIds().containsKey(username), "no account was created");

    // The same request with the district's own reach does create one.
    fields.put("accounts:newUsername", username + "d");
    fields.put("accounts:newReach", "DISTRICT");
    HttpResponse<String> own = createAccount(districtAdmin, fields);
    assertTrue(own.body().contains("id=\"secret\""), own.body());
    assertTrue(accountIds().containsKey(username + "d"));
  }

  @Test
  void cityWideSettingsAreTheCitysAdministratorsOnly() throws Exception {
    String[] cityPages = {
      "admin/fees.xhtml",
      "admin/calendar.xhtml",
      "admin/settings.xhtml",
      "admin/credentials.xhtml",
      "admin/notice-templates.xhtml"
    };
    StaffSession city = StaffSession.loggedIn("city.admin", StaffSession.ZH);
    for (String username : List.of("yuzhong.admin", "yuzhong.district.admin")) {
      StaffSession admin = StaffSession.loggedIn(username, StaffSession.ZH);
      String stations = admin.page("admin/stations.xhtml").body();
      assertFalse(stations.contains("nav-fees"), "no link to the city's pages: " + username);
      for (String path : cityPages) {
        assertEquals(404, admin.get(path).statusCode(), username + " " + path);
        assertEquals(200, city.get(path).statusCode(), "city: " + path);
      }
    }
    assertTrue(city.page("admin/stations.xhtml").body().contains("nav-fees"));
  }

  @Test
  void stationsDayClosesAndTheAuditTrailStayWithinReach() throws Exception {
    StaffSession stationAdmin = StaffSession.loggedIn("yuzhong.admin", StaffSession.ZH);
    StaffSession city = StaffSession.loggedIn("city.admin", StaffSession.ZH);
    for (String path : List.of("admin/stations.xhtml", "admin/day-closes.xhtml")) {
      String own = stationAdmin.page(path).body();
      assertFalse(own.contains("观音桥派出所"), path);
      if (path.contains("stations")) {
        assertTrue(own.contains("解放碑派出所"), path);
        assertTrue(own.contains("yuzhong.clerk2"), "the station's staff");
        assertFalse(own.contains("city.admin") || own.contains("yuzhong.district"), own);
        assertTrue(city.page(path).body().contains("观音桥派出所"), "the city sees every station");
      }
    }
    // jiangbei.clerk2 has logged in (see the set-up): the city reads it, station A does not.
    assertTrue(auditByActor(city, "jiangbei.clerk2").contains("jiangbei.clerk2"));
    String asA = auditByActor(stationAdmin, "jiangbei.clerk2");
    assertFalse(asA.contains("login.succeeded") || asA.contains("登录成功"), asA);
    assertTrue(auditByActor(stationAdmin, "yuzhong.clerk2").contains("登录成功"));
  }

  @Test
  void aDistrictSupervisorSeesTheDistrictsCasesOnly() throws Exception {
    StaffSession district = StaffSession.loggedIn("yuzhong.district.supervisor", StaffSession.ZH);
    String path = "supervisor/application.xhtml?id=" + applicationOfB;
    String other = district.get(path).body();
    assertTrue(other.contains("id=\"not-found\""), "another district's case");
    assertFalse(other.contains(acceptanceNumberOfB));
    String own = district.get("supervisor/application.xhtml?id=" + applicationOfA).body();
    assertFalse(own.contains("id=\"not-found\""), "a case of the district's station");
    assertTrue(own.contains("case-number"), own);
  }

  /** The new-account form's fields for an account at 解放碑, as the accounts page posts them. */
  static Map<String, String> newAccount(String page, String username, String role, String reach) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("accounts:newUsername", username);
    fields.put("accounts:newDisplayName", "范围测试");
    fields.put("accounts:newStation", stationIdIn(page, "解放碑派出所"));
    fields.put("accounts:newRoles", role);
    fields.put("accounts:newReach", reach);
    return fields;
  }

  static HttpResponse<String> createAccount(StaffSession admin, Map<String, String> fields)
      throws Exception {
    return admin.ajax(
        "admin/accounts.xhtml", "accounts", "accounts:create", "accounts:create-panel", fields);
  }

  static String auditByActor(StaffSession admin, String actor) throws Exception {
    admin.page("admin/audit.xhtml");
    return admin
        .ajax(
            "admin/audit.xhtml",
            "audit",
            "audit:search",
            "audit:search audit:filter",
            Map.of("audit:actor", actor))
        .body();
  }

  static String stationIdIn(String page, String stationName) {
    Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + stationName + "<").matcher(page);
    assertTrue(option.find(), stationName);
    return option.group(1);
  }

  /** The tracking page's search, as its Search button sends it. */
  static String search(StaffSession session, String term) throws Exception {
    session.page("counter/track.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("track:term", term);
    HttpResponse<String> response =
        session.ajax(
            "counter/track.xhtml", "track", "track:search", "track:search track:term", fields);
    assertEquals(200, response.statusCode());
    return response.body();
  }
}
