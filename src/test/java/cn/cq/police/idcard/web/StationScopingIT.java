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
