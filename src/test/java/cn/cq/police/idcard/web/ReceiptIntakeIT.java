package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.demo.control.DemoSubmissions;
import cn.cq.police.idcard.demo.control.DemoSubmissions.Defect;
import cn.cq.police.idcard.feeds.boundary.SignedRequests;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.control.ReceiptIntake;
import cn.cq.police.idcard.receipts.control.ReceiptSubmission;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The detection centre's intake API against the running application: every refusal is a clear 4xx
 * with a reason code and stores nothing (checked by looking the receipt number up afterwards),
 * re-sends are idempotent, batches are atomic unless accept-valid, revocation reaches the counter.
 */
class ReceiptIntakeIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  // Receipt indices of this run: far from the demo data's and different on every run, because the
  // running application keeps what earlier runs stored.
  private static final AtomicLong NEXT_INDEX =
      new AtomicLong(20_000_000L + (System.currentTimeMillis() / 1000) % 20_000_000L * 2);

  private static final DemoDataGenerator GENERATOR = new DemoDataGenerator(77L, TODAY, 90);

  private static Properties config;
  private static SignedRequests centre;
  private static DemoSubmissions submissions;

  @BeforeAll
  static void connect() throws Exception {
    RunningApp.awaitReady();
    config = new Properties();
    try (InputStream in =
        ReceiptIntakeIT.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      config.load(in);
    }
    centre = SignedRequests.detectionCentre(RunningApp.URL);
    submissions =
        new DemoSubmissions(
            CentreSignature.privateKey(config.getProperty("demo.detection-centre.private-key")),
            TODAY);
  }

  private static DemoReceipt fresh() {
    // A receipt whose photo passed, so the counter look-up gets as far as its status.
    while (true) {
      DemoReceipt receipt = GENERATOR.receipt(NEXT_INDEX.getAndIncrement());
      if (receipt.photoPassed() && receipt.state() != DemoReceiptState.EXPIRED) {
        return receipt;
      }
    }
  }

  private static byte[] json(ReceiptSubmission s) {
    return DemoSubmissions.json(s).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] batch(List<ReceiptSubmission> items) {
    return DemoSubmissions.batchJson(items).getBytes(StandardCharsets.UTF_8);
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private static int statusOf(String receiptNumber) throws Exception {
    return centre.get("api/receipts/" + receiptNumber).statusCode();
  }

  private static void assertNotStored(String receiptNumber) throws Exception {
    assertEquals(404, statusOf(receiptNumber), receiptNumber + " must not be stored");
  }

  @Test
  void aReSentReceiptIsStoredOnceAndAnsweredAsAlreadyPresent() throws Exception {
    ReceiptSubmission receipt = submissions.submission(fresh());
    HttpResponse<String> first = centre.post("api/receipts", json(receipt));
    assertEquals(201, first.statusCode(), first.body());
    assertEquals("STORED", field(first.body(), "outcome"));
    HttpResponse<String> stored = centre.get("api/receipts/" + receipt.receiptNumber());
    assertEquals(200, stored.statusCode());
    assertEquals("AVAILABLE", field(stored.body(), "status"));

    HttpResponse<String> again = centre.post("api/receipts", json(receipt));
    assertEquals(200, again.statusCode(), again.body());
    assertEquals("ALREADY_PRESENT", field(again.body(), "outcome"));
    // Same row: neither the content hash nor the arrival time moved.
    assertEquals(stored.body(), centre.get("api/receipts/" + receipt.receiptNumber()).body());
  }

  @Test
  void theSameNumberWithOtherContentIsAConflictAndOverwritesNothing() throws Exception {
    ReceiptSubmission original = submissions.submission(fresh());
    assertEquals(201, centre.post("api/receipts", json(original)).statusCode());
    String before = centre.get("api/receipts/" + original.receiptNumber()).body();

    ReceiptSubmission changed =
        new ReceiptSubmission(
            original.receiptNumber(),
            original.citizenIdNumber(),
            original.name() + "改",
            original.sex(),
            original.birthDate(),
            original.ethnicityCode(),
            original.householdRegionCode(),
            original.householdAddress(),
            original.issueDate(),
            original.photoCheck(),
            original.photoSha256(),
            original.centreSignature(),
            original.photo());
    HttpResponse<String> conflict = centre.post("api/receipts", json(changed));
    assertEquals(409, conflict.statusCode(), conflict.body());
    assertEquals("CONFLICT", field(conflict.body(), "reason"));
    assertEquals(before, centre.get("api/receipts/" + original.receiptNumber()).body());
  }

  @Test
  void unsignedExpiredAndWronglySignedRequestsAre401AndStoreNothing() throws Exception {
    ReceiptSubmission receipt = submissions.submission(fresh());
    byte[] body = json(receipt);

    HttpResponse<String> unsigned =
        SignedRequests.unsigned(
            HttpRequest.newBuilder(URI.create(RunningApp.URL + "api/receipts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    assertEquals(401, unsigned.statusCode());
    assertEquals("UNAUTHENTICATED", field(unsigned.body(), "reason"));

    long sixMinutesAgo = System.currentTimeMillis() - 6 * 60 * 1000;
    assertEquals(401, centre.send("POST", "api/receipts", body, sixMinutesAgo).statusCode());

    SignedRequests.Credential demo = SignedRequests.DETECTION_CENTRE;
    byte[] wrongSecret = demo.secret().clone();
    wrongSecret[0] ^= 1;
    SignedRequests wrongKey =
        SignedRequests.as(
            RunningApp.URL,
            new SignedRequests.Credential(demo.keyId(), demo.apiKey(), wrongSecret));
    assertEquals(401, wrongKey.post("api/receipts", body).statusCode());
    // The production centre's valid credential is not the detection centre's.
    assertEquals(
        401,
        SignedRequests.productionCentre(RunningApp.URL).post("api/receipts", body).statusCode());

    assertNotStored(receipt.receiptNumber());
  }

  /**
   * A signed request sent twice within the window is refused the second time (REPLAYED), and a
   * timestamp more than the allowed skew ahead is refused. Before, both were accepted.
   */
  @Test
  void aSignedRequestSentAgainIsAReplayAndTimestampsAheadAreRefused() throws Exception {
    DemoReceipt receipt = fresh();
    byte[] body = json(submissions.submission(receipt));
    long now = System.currentTimeMillis();
    assertEquals(201, centre.send("POST", "api/receipts", body, now).statusCode());
    HttpResponse<String> replay = centre.send("POST", "api/receipts", body, now);
    assertEquals(401, replay.statusCode(), replay.body());
    assertEquals("REPLAYED", field(replay.body(), "reason"));
    // Signed anew, the same receipt is an ordinary repeat.
    assertEquals(200, centre.post("api/receipts", body).statusCode());

    byte[] revocation = "{\"reason\":\"photo retaken\"}".getBytes(StandardCharsets.UTF_8);
    String revoke = "api/receipts/" + receipt.receiptNumber() + "/revocation";
    long revokedAt = System.currentTimeMillis();
    assertEquals(200, centre.send("POST", revoke, revocation, revokedAt).statusCode());
    HttpResponse<String> revokedAgain = centre.send("POST", revoke, revocation, revokedAt);
    assertEquals("REPLAYED", field(revokedAgain.body(), "reason"), revokedAgain.body());

    DemoReceipt ahead = fresh();
    long twoMinutesAhead = System.currentTimeMillis() + 2 * 60 * 1000;
    HttpResponse<String> early =
        centre.send("POST", "api/receipts", json(submissions.submission(ahead)), twoMinutesAhead);
    assertEquals(401, early.statusCode(), early.body());
    assertEquals("UNAUTHENTICATED", field(early.body(), "reason"));
    assertNotStored(ahead.receiptNumber());
    long slightlyAhead = System.currentTimeMillis() + 10 * 1000;
    assertEquals(
        201,
        centre
            .send("POST", "api/receipts", json(submissions.submission(ahead)), slightlyAhead)
            .statusCode());
  }

  @Test
  void garbledJsonIs400() throws Exception {
    HttpResponse<String> garbled =
        centre.post("api/receipts", "{\"receiptNumber\": \"5012".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, garbled.statusCode(), garbled.body());
    assertEquals("MALFORMED_JSON", field(garbled.body(), "reason"));
    HttpResponse<String> garbledBatch =
        centre.post("api/receipts/batch", "[1,2".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, garbledBatch.statusCode(), garbledBatch.body());
  }

  @Test
  void brokenPhotosAndDataAre422WithTheirReasonAndStoreNothing() throws Exception {
    Map<Defect, String> expected =
        Map.of(
            Defect.WRONG_PHOTO_SIZE, "PHOTO_WRONG_DIMENSIONS",
            Defect.NOT_JPEG, "PHOTO_NOT_JPEG",
            Defect.BAD_HASH, "PHOTO_HASH_MISMATCH",
            Defect.BAD_SIGNATURE, "SIGNATURE_INVALID",
            Defect.BAD_ID_NUMBER, "INVALID_ID_NUMBER",
            Defect.FUTURE_ISSUE_DATE, "ISSUE_DATE_IN_FUTURE");
    for (Map.Entry<Defect, String> defect : expected.entrySet()) {
      ReceiptSubmission broken = submissions.submission(fresh(), defect.getKey());
      HttpResponse<String> answer = centre.post("api/receipts", json(broken));
      assertEquals(422, answer.statusCode(), defect.getKey() + ": " + answer.body());
      assertEquals(defect.getValue(), field(answer.body(), "reason"), defect.getKey().name());
      assertFalse(field(answer.body(), "message").isBlank());
      assertNotStored(broken.receiptNumber());
    }
  }

  @Test
  void aBatchOfMoreThan1000IsRefusedWithItsReason() throws Exception {
    List<ReceiptSubmission> items = new ArrayList<>();
    ReceiptSubmission valid = submissions.submission(fresh());
    items.add(valid);
    for (int i = 0; i < 1000; i++) {
      // Only the count matters: the limit is checked before any item.
      items.add(
          new ReceiptSubmission(
              "5X" + i, null, null, null, null, null, null, null, null, null, null, null, null));
    }
    HttpResponse<String> answer = centre.post("api/receipts/batch", batch(items));
    assertEquals(413, answer.statusCode(), answer.body());
    assertEquals("BATCH_TOO_LARGE", field(answer.body(), "reason"));
    assertNotStored(valid.receiptNumber());
  }

  @Test
  void anOversizedBodyIsACleanRefusal() throws Exception {
    long limit = Long.parseLong(config.getProperty("intake.max-request-bytes"));
    byte[] body = new byte[(int) limit + 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';
    HttpResponse<String> answer = centre.post("api/receipts/batch", body);
    assertEquals(413, answer.statusCode(), answer.body());
    assertEquals("PAYLOAD_TOO_LARGE", field(answer.body(), "reason"));
  }

  @Test
  void oneBadItemRefusesTheWholeBatchUnlessAcceptValid() throws Exception {
    List<ReceiptSubmission> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      items.add(submissions.submission(fresh()));
    }
    items.add(submissions.submission(fresh(), Defect.BAD_HASH));

    HttpResponse<String> refused = centre.post("api/receipts/batch", batch(items));
    assertEquals(422, refused.statusCode(), refused.body());
    assertEquals("true", field(refused.body(), "refused"));
    assertEquals("0", field(refused.body(), "stored"));
    assertTrue(refused.body().contains("\"outcome\":\"NOT_STORED\""), refused.body());
    assertTrue(refused.body().contains("\"reason\":\"PHOTO_HASH_MISMATCH\""), refused.body());
    for (ReceiptSubmission item : items) {
      assertNotStored(item.receiptNumber());
    }

    HttpResponse<String> partial =
        centre.post("api/receipts/batch?mode=accept-valid", batch(items));
    assertEquals(200, partial.statusCode(), partial.body());
    assertEquals("3", field(partial.body(), "stored"));
    assertEquals("1", field(partial.body(), "rejected"));
    for (int i = 0; i < 3; i++) {
      assertEquals(200, statusOf(items.get(i).receiptNumber()));
    }
    assertNotStored(items.get(3).receiptNumber());

    // Re-sending the same batch changes nothing: three already present, the bad one still refused.
    HttpResponse<String> again = centre.post("api/receipts/batch?mode=accept-valid", batch(items));
    assertEquals("0", field(again.body(), "stored"), again.body());
    assertEquals("3", field(again.body(), "alreadyPresent"));
  }

  /**
   * The intake stores a batch chunk by chunk while it checks the next chunk: a bad item found after
   * the first chunk was stored must still leave nothing of the batch behind.
   */
  @Test
  void aBadItemAfterTheFirstStoredChunkStillRefusesTheWholeBatch() throws Exception {
    List<ReceiptSubmission> items = new ArrayList<>();
    for (int i = 0; i < ReceiptIntake.CHUNK + 5; i++) {
      items.add(submissions.submission(fresh()));
    }
    items.add(submissions.submission(fresh(), Defect.BAD_HASH));

    HttpResponse<String> refused = centre.post("api/receipts/batch", batch(items));
    assertEquals(422, refused.statusCode(), refused.body());
    assertEquals("0", field(refused.body(), "stored"));
    assertNotStored(items.get(0).receiptNumber());
    assertNotStored(items.get(ReceiptIntake.CHUNK - 1).receiptNumber());
    assertNotStored(items.get(ReceiptIntake.CHUNK).receiptNumber());

    // The same receipts without the bad one: all stored, the first chunk's included.
    HttpResponse<String> stored =
        centre.post("api/receipts/batch", batch(items.subList(0, items.size() - 1)));
    assertEquals(200, stored.statusCode(), stored.body());
    assertEquals(String.valueOf(ReceiptIntake.CHUNK + 5), field(stored.body(), "stored"));
    assertEquals(200, statusOf(items.get(0).receiptNumber()));
    assertEquals(200, statusOf(items.get(ReceiptIntake.CHUNK + 4).receiptNumber()));
  }

  @Test
  void aRevokedReceiptIsRefusedAtTheCounter() throws Exception {
    DemoReceipt receipt = fresh();
    assertEquals(
        201, centre.post("api/receipts", json(submissions.submission(receipt))).statusCode());

    HttpResponse<String> revoked =
        centre.post(
            "api/receipts/" + receipt.receiptNumber() + "/revocation",
            "{\"reason\":\"photo retaken\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, revoked.statusCode(), revoked.body());
    assertEquals("REVOKED", field(revoked.body(), "status"));
    String state = centre.get("api/receipts/" + receipt.receiptNumber()).body();
    assertEquals("REVOKED", field(state, "status"));
    assertTrue(String.valueOf(field(state, "revokedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*"), state);
    HttpResponse<String> twice =
        centre.post(
            "api/receipts/" + receipt.receiptNumber() + "/revocation",
            "{\"reason\":\"again\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, twice.statusCode());

    StaffSession clerk = StaffSession.loggedIn("yuzhong.clerk2");
    clerk.page("counter/index.xhtml");
    HttpResponse<String> lookUp = clerk.lookUp(receipt);
    assertTrue(lookUp.body().contains("该回执已被相片检测中心撤销"), lookUp.body());
  }

  @Test
  void aUsedOrUnknownReceiptCannotBeRevoked() throws Exception {
    DemoReceipt used = RunningApp.demoReceipt(0, DemoReceiptState.USED);
    HttpResponse<String> refused =
        centre.post(
            "api/receipts/" + used.receiptNumber() + "/revocation",
            "{\"reason\":\"mistake\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals("RECEIPT_USED", field(refused.body(), "reason"));
    assertEquals(
        "USED", field(centre.get("api/receipts/" + used.receiptNumber()).body(), "status"));

    HttpResponse<String> unknown =
        centre.post(
            "api/receipts/5099999999999999/revocation",
            "{\"reason\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(404, unknown.statusCode());
    HttpResponse<String> noReason =
        centre.post(
            "api/receipts/" + used.receiptNumber() + "/revocation",
            "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, noReason.statusCode());
    assertEquals("MISSING_REASON", field(noReason.body(), "reason"));
  }

  /**
   * Every field of every feed request has a JSON type: a wrong one is a 422 naming the field, and
   * nothing changes. Before, {"reason": 5} revoked a receipt with the reason "5".
   */
  @Test
  void aFieldOfTheWrongJsonTypeIsRefusedAndChangesNothing() throws Exception {
    DemoReceipt receipt = fresh();
    assertEquals(
        201, centre.post("api/receipts", json(submissions.submission(receipt))).statusCode());
    HttpResponse<String> numericReason =
        centre.post(
            "api/receipts/" + receipt.receiptNumber() + "/revocation",
            "{\"reason\":5}".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, numericReason.statusCode(), numericReason.body());
    assertEquals("WRONG_TYPE", field(numericReason.body(), "reason"));
    assertEquals(
        "AVAILABLE", field(centre.get("api/receipts/" + receipt.receiptNumber()).body(), "status"));

    DemoReceipt single = fresh();
    String numericName =
        new String(json(submissions.submission(single)), StandardCharsets.UTF_8)
            .replaceFirst("\"name\":\"[^\"]*\"", "\"name\":123");
    HttpResponse<String> one =
        centre.post("api/receipts", numericName.getBytes(StandardCharsets.UTF_8));
    assertEquals(422, one.statusCode(), one.body());
    assertEquals("WRONG_TYPE", field(one.body(), "reason"));
    assertTrue(one.body().contains("name"), one.body());
    assertNotStored(single.receiptNumber());

    DemoReceipt first = fresh();
    DemoReceipt second = fresh();
    String mixed =
        new String(
                batch(List.of(submissions.submission(first), submissions.submission(second))),
                StandardCharsets.UTF_8)
            .replaceFirst(
                "\"receiptNumber\":\"" + second.receiptNumber() + "\"",
                "\"receiptNumber\":" + second.receiptNumber());
    HttpResponse<String> batchResponse =
        centre.post("api/receipts/batch?mode=accept-valid", mixed.getBytes(StandardCharsets.UTF_8));
    assertEquals(422, batchResponse.statusCode(), batchResponse.body());
    assertTrue(batchResponse.body().contains("receipts[1].receiptNumber"), batchResponse.body());
    assertNotStored(first.receiptNumber());

    SignedRequests production = SignedRequests.productionCentre(RunningApp.URL);
    HttpResponse<String> report =
        production.post(
            "api/production/status-reports",
            "{\"acceptanceNumber\":500101,\"status\":\"ACCEPTED\"}");
    assertEquals(422, report.statusCode(), report.body());
    assertEquals("WRONG_TYPE", field(report.body(), "reason"));
  }

  @Test
  void theOpenApiDocumentDescribesTheIntake() throws Exception {
    HttpResponse<String> openapi =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(RunningApp.URL + "openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, openapi.statusCode());
    String document = openapi.body();
    assertTrue(document.contains("/api/receipts/batch"), document);
    assertTrue(document.contains("/api/receipts/{number}/revocation"));
    assertTrue(document.contains("accept-valid"));
    assertTrue(document.contains("BATCH_TOO_LARGE"));
    assertNotEquals(-1, document.indexOf("ReceiptSubmission"));
  }
}
