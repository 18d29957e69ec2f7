package cn.cq.police.idcard.demo.benchmark;

import cn.cq.police.idcard.demo.boundary.DetectionCentreSimulator;
import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.boundary.DetectionCentreSimulator;
import cn.cq.police.idcard.demo.control.DemoSubmissions;
import cn.cq.police.idcard.feeds.control.FeedClient;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.control.ReceiptRows;
import cn.cq.police.idcard.receipts.control.ReceiptSubmission;
import cn.cq.police.idcard.receipts.control.ValidatedReceipt;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.receipts.entity.PhotoCheck;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import cn.cq.police.idcard.security.control.PersonalDataKeyring;
import java.util.stream.LongStream;

/**
 * Command line (see bin/benchmark-intake): ingests generated receipts with photos through the
 * running application's intake API in batches, then inserts the same rows (other receipt numbers)
 * into the same database with a raw JDBC batch, and prints receipts/s of both and their ratio.
 * Generating and painting the receipts, and building each request body, happen outside the timings:
 * that is the centre's work. Removes both sets of rows afterwards.
 */
public final class IntakeBenchmark {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  // The raw rows differ from the API's only in the receipt number's series digit (position 2).
  private static final char RAW_SERIES = '7';

  // Painting 10,000 portraits would take longer than ingesting them; 200 distinct photos, each
  // signed per receipt, are as much work for the intake.
  private static final int PHOTO_POOL = 200;

  private IntakeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Properties defaults = DetectionCentreSimulator.defaults();
    PersonalDataKeyring keyring =
        PersonalDataKeyring.fromSettings(PersonalDataKeyring.settings(defaults));
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (!options.containsKey("app") || !options.containsKey("jdbc")) {
      System.err.println(
          "usage: IntakeBenchmark --app http://localhost:28180/ --jdbc JDBC_URL [--user U]"
              + " [--password P] [--count 10000] [--batch 500] [--warm-up 2000]");
      System.exit(2);
    }
    int count = Integer.parseInt(options.getOrDefault("count", "10000"));
    int batchSize = Integer.parseInt(options.getOrDefault("batch", "500"));
    // Both paths first run untimed, so that neither is timed while its code is still being
    // compiled: the application's first batch takes three times as long as its later ones.
    int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "2000"));
    String prefix = "demo.feeds.detection-centre.";
    FeedClient client =
        FeedClient.of(
            options.get("app"),
            defaults.getProperty(prefix + "key-id"),
            defaults.getProperty(prefix + "api-key"),
            Base64.getDecoder().decode(defaults.getProperty(prefix + "signing-secret")));
    LocalDate today = LocalDate.now(CHINA);
    long seed = System.currentTimeMillis();
    DemoDataGenerator generator =
        new DemoDataGenerator(
            seed, today, Integer.parseInt(defaults.getProperty("receipts.validity-days")));
    DemoSubmissions submissions =
        new DemoSubmissions(
            CentreSignature.privateKey(defaults.getProperty("demo.detection-centre.private-key")),
            today,
            PHOTO_POOL);
    long first = DetectionCentreSimulator.firstIndex(seed);

    List<String> apiNumbers = new ArrayList<>();
    List<String> rawNumbers = new ArrayList<>();
    long apiNanos = 0;
    long rawNanos = 0;
    try (Connection connection =
        DriverManager.getConnection(
            options.get("jdbc"),
            options.getOrDefault("user", "idcard"),
            options.getOrDefault("password", "idcard"))) {
      connection.setAutoCommit(false);
      String database = connection.getMetaData().getDatabaseProductName();
      System.out.printf(
          "%d receipts with photos in batches of %d into %s (%s), after %d untimed warm-up"
              + " receipts each way%n",
          count,
          batchSize,
          database,
          options.get("jdbc").replaceAll("password=[^;&]*", ""),
          warmUp);
      try {
        long end = first + warmUp + count;
        for (long from = first; from < end; from += batchSize) {
          long to = Math.min(from + batchSize, end);
          boolean timed = from >= first + warmUp;
          List<ReceiptSubmission> batch =
              LongStream.range(from, to)
                  .parallel()
                  .mapToObj(i -> submissions.submission(generator.receipt(i)))
                  .toList();
          byte[] body = DemoSubmissions.batchJson(batch).getBytes(StandardCharsets.UTF_8);
          long started = System.nanoTime();
          HttpResponse<String> answer = client.post("api/receipts/batch", body);
          apiNanos += timed ? System.nanoTime() - started : 0;
          batch.forEach(s -> apiNumbers.add(s.receiptNumber()));
          if (answer.statusCode() != 200 || !answer.body().contains("\"stored\":" + batch.size())) {
            throw new IllegalStateException(
                "The API did not store the batch: "
                    + answer.statusCode()
                    + " "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
          }

          List<ValidatedReceipt> rows = batch.stream().map(IntakeBenchmark::rawRow).toList();
          rows.forEach(r -> rawNumbers.add(r.receiptNumber().value()));
          started = System.nanoTime();
          ReceiptRows.insert(connection, rows, LocalDateTime.now(CHINA), keyring);
          connection.commit();
          rawNanos += timed ? System.nanoTime() - started : 0;
          System.out.printf("  %d receipts each way%s%n", to - first, timed ? "" : " (warm-up)");
        }
      } finally {
        long removed = delete(connection, apiNumbers) + delete(connection, rawNumbers);
        System.out.printf("(removed the %d benchmark receipts again)%n", removed);
      }
    }
    double apiRate = count / (apiNanos / 1e9);
    double rawRate = count / (rawNanos / 1e9);
    System.out.printf(
        "intake API (HTTP, JSON, validation incl. JPEG structure and Ed25519, dedupe, store):"
            + " %,.0f receipts/s (%.1f s)%n",
        apiRate, apiNanos / 1e9);
    System.out.printf(
        "raw JDBC batch insert of the same rows:                     %,.0f receipts/s (%.1f s)%n",
        rawRate, rawNanos / 1e9);
    System.out.printf("ratio API / raw: %.2f (goal >= 0.5)%n", apiRate / rawRate);
  }

  // The submission as a row, without any checking, under another receipt number.
  private static ValidatedReceipt rawRow(ReceiptSubmission s) {
    String number =
        s.receiptNumber().charAt(0) + String.valueOf(RAW_SERIES) + s.receiptNumber().substring(2);
    return new ValidatedReceipt(
        ReceiptNumber.parse(number),
        CitizenIdNumber.parse(s.citizenIdNumber()),
        s.name(),
        s.ethnicityCode(),
        s.householdRegionCode(),
        s.householdAddress(),
        LocalDate.parse(s.issueDate()),
        PhotoCheck.valueOf(s.photoCheck()),
        s.photoSha256(),
        s.centreSignature(),
        Base64.getDecoder().decode(s.photo()));
  }

  private static long delete(Connection connection, List<String> numbers) throws SQLException {
    long removed = 0;
    for (int from = 0; from < numbers.size(); from += 500) {
      List<String> chunk = numbers.subList(from, Math.min(from + 500, numbers.size()));
      String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement photos =
              connection.prepareStatement(
                  "delete from receipt_photo where receipt_id in"
                      + " (select id from receipt where receipt_number in ("
                      + in
                      + "))");
          PreparedStatement receipts =
              connection.prepareStatement(
                  "delete from receipt where receipt_number in (" + in + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          photos.setString(i + 1, chunk.get(i));
          receipts.setString(i + 1, chunk.get(i));
        }
        photos.executeUpdate();
        removed += receipts.executeUpdate();
      }
      connection.commit();
    }
    return removed;
  }
}
