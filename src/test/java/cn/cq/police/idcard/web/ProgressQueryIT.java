package cn.cq.police.idcard.web;

import static cn.cq.police.idcard.web.ApplicationFlowIT.SHAPINGBA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.forms.control.Pdfs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The public progress query (issue 19), without a login, in Chromium and as JSON: a real
 * application's status, a wrong ID suffix answered exactly like an unknown number, the throttle per
 * client address and per acceptance number, hostile input, and the staff pages still closed. The IT
 * application trusts the loopback address as its proxy, so each test is its own client through
 * {@code X-Forwarded-For} (documentation addresses, RFC 5737) and has its own budget.
 */
class ProgressQueryIT {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The application's default limits (see ProgressThrottle and the pom: not overridden). */
  static final int ADDRESS_MAX = 10;

  static final int NUMBER_MAX_WRONG = 5;

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  /** A documentation address (RFC 3849) of its own: its own throttling budget. */
  static String someClient() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return String.format(
        "2001:db8:%x:%x::%x",
        random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(1, 0x10000));
  }

  /** An address for one call only: whatever a test sends, it never hits the address limit. */
  static String freshClient() {
    return someClient();
  }

  /** A well-formed acceptance number no station gave out (station code 999…). */
  static String unknownNumber() {
    return "999999999999"
        + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now().minusDays(3))
        + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 9999));
  }

  static String suffixOf(DemoReceipt receipt) {
    String id = receipt.idNumber().value();
    return id.substring(id.length() - 6);
  }

  /** A suffix of the right shape that is not this one. */
  static String wrong(String suffix) {
    char first = suffix.charAt(0) == '9' ? '0' : (char) (suffix.charAt(0) + 1);
    return first + suffix.substring(1);
  }

  static HttpResponse<byte[]> post(String client, String body, String language) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RunningApp.URL + "api/progress"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", client)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static HttpResponse<byte[]> ask(String client, String number, String suffix) throws Exception {
    return post(
        client,
        "{\"acceptanceNumber\":\"" + number + "\",\"idSuffix\":\"" + suffix + "\"}",
        "zh-CN");
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** The demo stations in the order of the demo data's station index. */
  static final List<String> STATIONS =
      List.of("yuzhong", "jiangbei", "shapingba", "wanzhou", "qijiang");

  /**
   * A demo application of a station (receipts in state USED; their place in the life cycle is the
   * index mod 4: submitted, sent to production, arrived, collected), and its acceptance number as
   * the station's clerk finds it by receipt number, once the tracking page shows the expected
   * status.
   */
  record DemoApplication(DemoReceipt receipt, String acceptanceNumber) {

    static DemoApplication of(int station, int skip, String expectedStatus) {
      DemoReceipt receipt =
          RunningApp.demoReceipts(station, DemoReceiptState.USED)
              .skip(skip)
              .findFirst()
              .orElseThrow();
      try (Browser clerk = ApplicationFlowIT.clerkOf(STATIONS.get(station))) {
        clerk.get("counter/track.xhtml");
        clerk.find("#track\\:term").sendKeys(receipt.receiptNumber());
        clerk.awaitAjaxAfter(() -> clerk.find("#track\\:search").click());
        assertEquals(expectedStatus, clerk.find("#detail-status").getAttribute("data-status"));
        return new DemoApplication(
            receipt, clerk.text("#track\\:detail_header .ui-panel-title").trim());
      }
    }

    String suffix() {
      return suffixOf(receipt);
    }
  }

  static void query(Browser resident, String number, String suffix) {
    resident.find("#progress\\:acceptanceNumber").clear();
    resident.find("#progress\\:acceptanceNumber").sendKeys(number);
    resident.find("#progress\\:idSuffix").clear();
    resident.find("#progress\\:idSuffix").sendKeys(suffix);
    resident.awaitAjaxAfter(() -> resident.find("#progress\\:query").click());
  }

  @Test
  void aResidentSeesTheStatusOfAnApplicationJustAcceptedAtTheCounter() throws Exception {
    DemoReceipt receipt = ApplicationFlowIT.usable(SHAPINGBA, 10);
    String acceptanceNumber;
    String pickupDate;
    try (Browser clerk = ApplicationFlowIT.clerkOf("shapingba")) {
      ApplicationFlowIT.lookUp(clerk, receipt);
      ApplicationFlowIT.choose(clerk, "mode", "false");
      ApplicationFlowIT.choose(clerk, "type", "FIRST_APPLICATION");
      ApplicationFlowIT.submit(clerk);
      acceptanceNumber = clerk.text("#acceptance-number");
      pickupDate = clerk.text("#pickup-date");
      // The counter tells the resident where to ask, and the voucher prints it.
      assertEquals(RunningApp.URL + "progress.xhtml", clerk.text("#progress-address"));
      ApplicationFlowIT.screenshot(clerk, "progress-0-counter-accepted");
      String voucher = Pdfs.read(FormsIT.pdfOf(clerk, "print-voucher")).text();
      assertTrue(
          voucher.replaceAll("\\s", "").contains("办理进度查询：" + RunningApp.URL + "progress.xhtml"),
          voucher);
    }
    try (Browser resident = Browser.open("zh-CN")) {
      resident.forwardedFor(someClient());
      resident.get("progress.xhtml");
      assertEquals("办理进度查询", resident.text("h1"));
      // As a resident types it: with spaces, and a lower-case x.
      query(
          resident,
          acceptanceNumber.substring(0, 12) + " " + acceptanceNumber.substring(12),
          suffixOf(receipt).toLowerCase(Locale.ROOT));
      String stage = resident.find("#stage").getAttribute("data-stage");
      // The production simulator takes it on at once and reports back within a second or two.
      assertTrue(Set.of("ACCEPTED", "IN_PRODUCTION", "READY_FOR_PICKUP").contains(stage), stage);
      assertTrue(Set.of("受理中", "制证中", "已到所待领").contains(resident.text("#stage")));
      assertEquals(
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
              .withLocale(Locale.SIMPLIFIED_CHINESE)
              .format(LocalDate.parse(pickupDate)),
          resident.text("#pickup-date"));
      assertEquals("小龙坎派出所", resident.text("#station-name"));
      assertFalse(resident.text("#station-address").isBlank());
      assertFalse(resident.text("#office-hours").isBlank());
      String page = resident.driver.getPageSource();
      String id = receipt.idNumber().value();
      assertFalse(page.contains(receipt.name()), "no name");
      assertFalse(page.contains(id) || page.contains(id.substring(0, 6) + "****"), "no ID number");
      assertFalse(page.contains("<img"), "no photo");
      assertEquals("", resident.find("#progress\\:idSuffix").getAttribute("value"), "not kept");
      ApplicationFlowIT.screenshot(resident, "progress-1-desktop");
      resident.driver.manage().window().setSize(new Dimension(390, 844));
      resident.get("progress.xhtml");
      query(resident, acceptanceNumber, suffixOf(receipt));
      assertTrue(resident.exists("#stage"));
      long overflow =
          (Long)
              resident.driver.executeScript(
                  "return document.documentElement.scrollWidth - window.innerWidth;");
      assertTrue(overflow <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
      ApplicationFlowIT.screenshot(resident, "progress-2-phone");
      assertTrue(ContentSecurityPolicyIT.blocked(resident).isEmpty());
    }
  }

  @Test
  void aCardAtTheStationReadsReadyForCollectionInBothLanguages() throws Exception {
    DemoApplication demo = DemoApplication.of(4, 0, "ARRIVED_AT_STATION"); // 古南派出所
    DemoReceipt arrived = demo.receipt();
    String number = demo.acceptanceNumber();
    try (Browser resident = Browser.open("en-US")) {
      resident.forwardedFor(someClient());
      resident.get("progress.xhtml");
      query(resident, number, suffixOf(arrived));
      assertEquals("已到所待领", resident.text("#stage"));
      assertTrue(resident.text("#explanation").contains("领取凭证"));
      resident.clickAndAwaitNewPage(resident.find("#header\\:english"));
      assertEquals("Check your ID card application", resident.text("h1"));
      query(resident, number, suffixOf(arrived));
      assertEquals("Ready for collection at the station", resident.text("#stage"));
      assertTrue(resident.text("#progress\\:result").contains("Police station"));
      resident.driver.manage().window().setSize(new Dimension(390, 844));
      ApplicationFlowIT.screenshot(resident, "progress-3-phone-en");
    }
    HttpResponse<byte[]> json = ask(someClient(), number, suffixOf(arrived));
    assertEquals(200, json.statusCode(), text(json));
    String body = text(json);
    assertTrue(body.contains("\"stage\":\"READY_FOR_PICKUP\""), body);
    assertTrue(body.contains("\"stageText\":\"已到所待领\""), body);
    assertTrue(body.contains("古南派出所"), body);
    assertFalse(body.contains(arrived.name()), body);
    assertFalse(body.contains(arrived.idNumber().value()), body);
  }

  /**
   * A wrong suffix for a real number and any suffix for an unknown number: the same status, the
   * same bytes, the same headers that matter, on the API and on the page, and about the same time.
   */
  @Test
  void aWrongIdSuffixIsAnsweredExactlyLikeAnUnknownNumber() throws Exception {
    DemoApplication inProduction = DemoApplication.of(3, 0, "SENT_TO_PRODUCTION"); // 万州
    String number = inProduction.acceptanceNumber();
    String wrongSuffix = wrong(inProduction.suffix());
    List<Long> wrongMillis = new ArrayList<>();
    List<Long> unknownMillis = new ArrayList<>();
    HttpResponse<byte[]> first = null;
    for (int i = 0; i < NUMBER_MAX_WRONG - 1; i++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> wrongPair = ask(freshClient(), number, wrongSuffix);
      wrongMillis.add((System.nanoTime() - start) / 1_000_000);
      start = System.nanoTime();
      HttpResponse<byte[]> unknown = ask(freshClient(), unknownNumber(), wrongSuffix);
      unknownMillis.add((System.nanoTime() - start) / 1_000_000);
      assertEquals(404, wrongPair.statusCode(), text(wrongPair));
      assertEquals(unknown.statusCode(), wrongPair.statusCode());
      assertArrayEquals(unknown.body(), wrongPair.body(), text(wrongPair) + " / " + text(unknown));
      assertEquals(relevantHeaders(unknown), relevantHeaders(wrongPair));
      first = first == null ? wrongPair : first;
      assertArrayEquals(first.body(), wrongPair.body());
    }
    assertEquals(
        "{\"message\":\"没有查到该申请。请核对受理号和身份证号码后六位后再试。\",\"reason\":\"NOT_FOUND\"}", text(first));
    System.out.println(
        "Progress query, wrong suffix vs unknown number (ms): "
            + wrongMillis
            + " / "
            + unknownMillis);

    try (Browser resident = Browser.open("zh-CN")) {
      resident.forwardedFor(someClient());
      resident.get("progress.xhtml");
      query(resident, number, wrongSuffix);
      String wrongPage = resident.find("#progress\\:refusal").getAttribute("outerHTML");
      query(resident, unknownNumber(), wrongSuffix);
      String unknownPage = resident.find("#progress\\:refusal").getAttribute("outerHTML");
      assertEquals(unknownPage, wrongPage);
      assertEquals("NotFound", resident.find("#progress\\:refusal").getAttribute("data-kind"));
      assertFalse(resident.exists("#progress\\:result"));
      ApplicationFlowIT.screenshot(resident, "progress-4-not-found");
    }
  }

  static Map<String, String> relevantHeaders(HttpResponse<?> response) {
    Map<String, String> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("date") && !name.equalsIgnoreCase("set-cookie")) {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
              }
            });
    return headers;
  }

  /**
   * One address may ask {@value #ADDRESS_MAX} times a minute; then it waits, with Retry-After,
   * while other addresses are still answered. On the page the next query says to wait.
   */
  @Test
  void aBurstFromOneAddressIsThrottledAndOthersAreStillAnswered() throws Exception {
    String burster = someClient();
    int burst = 15;
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> retryAfter = new ArrayList<>();
    for (int i = 0; i < burst; i++) {
      HttpResponse<byte[]> response = ask(burster, unknownNumber(), "00000X");
      statuses.merge(response.statusCode(), 1, Integer::sum);
      if (response.statusCode() == 429) {
        retryAfter.add(response.headers().firstValue("Retry-After").orElse("none"));
        assertTrue(text(response).contains("\"reason\":\"TOO_MANY_QUERIES\""), text(response));
        assertTrue(text(response).contains("查询过于频繁"), text(response));
      }
    }
    System.out.println(
        "Progress query burst of "
            + burst
            + " from one address: "
            + statuses
            + ", Retry-After "
            + retryAfter);
    assertEquals(Map.of(404, ADDRESS_MAX, 429, burst - ADDRESS_MAX), statuses);
    for (String seconds : retryAfter) {
      int wait = Integer.parseInt(seconds);
      assertTrue(wait >= 1 && wait <= 60, seconds);
    }
    assertEquals(404, ask(someClient(), unknownNumber(), "00000X").statusCode(), "another address");

    try (Browser resident = Browser.open("zh-CN")) {
      resident.forwardedFor(someClient());
      resident.get("progress.xhtml");
      for (int i = 0; i < ADDRESS_MAX; i++) {
        query(resident, unknownNumber(), "12345X");
        assertEquals("NotFound", resident.find("#progress\\:refusal").getAttribute("data-kind"));
      }
      query(resident, unknownNumber(), "12345X");
      assertEquals("Throttled", resident.find("#progress\\:refusal").getAttribute("data-kind"));
      assertEquals("查询过于频繁，请1分钟后再试。", resident.text("#progress\\:refusal"));
      ApplicationFlowIT.screenshot(resident, "progress-5-throttled");
    }
  }

  /**
   * Five wrong suffixes for one number, from five addresses, pause that number for a day — the
   * right suffix included — and an unknown number the same way.
   */
  @Test
  void wrongSuffixesPauseTheNumberEvenForTheRightSuffix() throws Exception {
    // 观音桥's second: StationScopingIT reads the first.
    DemoApplication collected = DemoApplication.of(1, 1, "COLLECTED");
    String number = collected.acceptanceNumber();
    String right = collected.suffix();
    HttpResponse<byte[]> before = ask(freshClient(), number, right);
    assertEquals(200, before.statusCode(), text(before));
    assertTrue(text(before).contains("\"stage\":\"COLLECTED\""), text(before));
    String unknown = unknownNumber();
    for (int i = 0; i < NUMBER_MAX_WRONG; i++) {
      assertEquals(404, ask(freshClient(), number, wrong(right)).statusCode());
      assertEquals(404, ask(freshClient(), unknown, wrong(right)).statusCode());
    }
    HttpResponse<byte[]> paused = ask(freshClient(), number, right);
    HttpResponse<byte[]> pausedUnknown = ask(freshClient(), unknown, right);
    assertEquals(429, paused.statusCode(), text(paused));
    assertEquals(429, pausedUnknown.statusCode(), text(pausedUnknown));
    // The same answer, but for the seconds left, which differ by the moments of the last tries.
    assertEquals(
        text(pausedUnknown).replaceAll("\\d+}$", "}"), text(paused).replaceAll("\\d+}$", "}"));
    assertTrue(text(paused).contains("该受理号输错次数过多"), text(paused));
    long wait = Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(wait > 23 * 3600 && wait <= 24 * 3600, "a day: " + wait);
    System.out.println(
        "Progress query: after "
            + NUMBER_MAX_WRONG
            + " wrong suffixes the right one is refused, Retry-After "
            + wait
            + " s");
    HttpResponse<byte[]> english =
        post(
            freshClient(),
            "{\"acceptanceNumber\":\"" + number + "\",\"idSuffix\":\"" + right + "\"}",
            "en-GB,en;q=0.9");
    assertEquals(429, english.statusCode());
    assertTrue(text(english).contains("Try again in 24 hours"), text(english));
  }

  /**
   * Script, SQL, huge and odd Unicode input: a clear refusal, nothing looked up, no stack trace.
   */
  @Test
  void hostileInputGetsAClearMessageAndNeverAStackTrace() throws Exception {
    String client = freshClient();
    Map<String, String> bodies = new TreeMap<>();
    bodies.put(
        "script", "{\"acceptanceNumber\":\"<script>alert(1)</script>\",\"idSuffix\":\"12345X\"}");
    bodies.put("sql", "{\"acceptanceNumber\":\"' or '1'='1\",\"idSuffix\":\"1' --\"}");
    bodies.put(
        "unicode", "{\"acceptanceNumber\":\"５００１０３\u202e\uD83D\uDE00\",\"idSuffix\":\"\u0000\"}");
    bodies.put(
        "huge", "{\"acceptanceNumber\":\"" + "9".repeat(30_000) + "\",\"idSuffix\":\"12345X\"}");
    bodies.put("number", "{\"acceptanceNumber\":500103510001202601010001,\"idSuffix\":12345}");
    bodies.put("array", "[\"500103510001202601010001\",\"12345X\"]");
    bodies.put("not json", "acceptanceNumber=1&idSuffix=2");
    bodies.put("empty", "");
    for (Map.Entry<String, String> body : bodies.entrySet()) {
      HttpResponse<byte[]> response = post(freshClient(), body.getValue(), null);
      String answer = text(response);
      assertEquals(400, response.statusCode(), body.getKey() + ": " + answer);
      assertTrue(answer.contains("\"reason\":\"INVALID_QUERY\""), body.getKey() + ": " + answer);
      assertFalse(isStackTrace(answer), answer);
      assertFalse(
          answer.contains("<script>") || answer.contains("' or"), "never echoed: " + answer);
    }
    HttpResponse<byte[]> tooLarge =
        post(client, "{\"acceptanceNumber\":\"" + "9".repeat(70_000) + "\"}", null);
    assertEquals(413, tooLarge.statusCode());
    HttpResponse<String> get =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(RunningApp.URL + "api/progress")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, get.statusCode());
    assertFalse(isStackTrace(get.body()), get.body());

    try (Browser resident = Browser.open("zh-CN")) {
      resident.forwardedFor(someClient());
      resident.get("progress.xhtml");
      query(resident, "<script>window.hacked=1</script>", "<img src=x onerror=alert(1)>");
      assertEquals("受理号应为领取凭证上的24位编号，请核对后再试。", resident.text("#progress\\:refusal"));
      assertEquals(null, resident.driver.executeScript("return window.hacked;"));
      query(resident, "500103510001202601010001", "' or 1=1 --");
      assertEquals("身份证号码后六位应为5位数字加1位数字或X。", resident.text("#progress\\:refusal"));
      query(resident, "", "");
      assertEquals("请输入受理号。", resident.text("#progress\\:refusal"));
      assertTrue(ContentSecurityPolicyIT.blocked(resident).isEmpty());
    }
  }

  static boolean isStackTrace(String answer) {
    return answer.contains("\tat ") || answer.contains(".java:") || answer.contains("Caused by");
  }

  /** The public page and endpoint open nothing else: staff pages and forms still need a login. */
  @Test
  void theQueryIsPublicAndTheStaffPagesStillNeedALogin() throws Exception {
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(RunningApp.URL + "progress.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    String scripts = csp.substring(csp.indexOf("script-src"));
    assertTrue(scripts.contains("'nonce-") && !scripts.contains("unsafe-inline"), csp);
    assertTrue(page.body().contains("name=\"viewport\""));
    for (String staffPage :
        List.of(
            "index.xhtml",
            "counter/index.xhtml",
            "counter/track.xhtml",
            "counter/forms/collection-voucher?application=1",
            "supervisor/review.xhtml",
            "admin/accounts.xhtml",
            "account/sessions.xhtml")) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(RunningApp.URL + staffPage)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(302, response.statusCode(), staffPage);
      assertTrue(
          response.headers().firstValue("Location").orElse("").contains("login.xhtml"), staffPage);
    }
    HttpResponse<String> openapi =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(RunningApp.URL + "openapi")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(openapi.body().contains("/api/progress"), openapi.body());
    assertTrue(openapi.body().contains("TOO_MANY_QUERIES"));
    assertNotEquals(-1, openapi.body().indexOf("ProgressQuery"));
  }
}
