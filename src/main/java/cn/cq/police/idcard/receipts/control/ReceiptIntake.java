package cn.cq.police.idcard.receipts.control;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.platform.SchemaMigration;
import cn.cq.police.idcard.receipts.control.IntakeReport.Item;
import cn.cq.police.idcard.receipts.control.IntakeReport.Outcome;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Takes receipts in from the detection centre: validates each, recognises re-deliveries by their
 * content hash (one query per batch), stores the new ones with their photos in bulk, and revokes
 * receipts on the centre's request. Runs in the caller's transaction, so a batch is stored whole or
 * not at all.
 */
@Dependent
public class ReceiptIntake {

  /** The most receipts one request may carry. */
  public static final int MAX_BATCH = 1000;

  static final int MAX_REVOCATION_REASON = 200;

  private static final Logger LOG = Logger.getLogger(ReceiptIntake.class.getName());

  // Issue dates are judged by the calendar in China, like birth dates in CitizenIdNumber.
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext EntityManager em;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "receipts.detection-centre.public-key")
  String centrePublicKey;

  @Inject
  @ConfigProperty(name = "intake.photo.min-bytes", defaultValue = "8192")
  int photoMinBytes;

  @Inject
  @ConfigProperty(name = "intake.photo.max-bytes", defaultValue = "40960")
  int photoMaxBytes;

  ReceiptValidation validation;

  /** The centre's view of one receipt it delivered. */
  public record ReceiptState(
      String receiptNumber,
      ReceiptStatus status,
      String contentSha256,
      LocalDateTime receivedAt,
      LocalDateTime revokedAt) {}

  /** How a revocation request ended. */
  public enum Revocation {
    REVOKED,
    ALREADY_REVOKED,
    UNKNOWN_RECEIPT,
    RECEIPT_USED
  }

  @PostConstruct
  void init() {
    validation =
        new ReceiptValidation(
            new PhotoInspection(photoMinBytes, photoMaxBytes),
            new CentreSignature(CentreSignature.publicKey(centrePublicKey)));
  }

  /**
   * @param acceptValid store the valid items even if others are refused; otherwise any refused item
   *     refuses the batch
   * @param keyId the centre credential that sent the request, for the audit trail
   */
  public IntakeReport ingest(
      List<ReceiptSubmission> submissions, boolean acceptValid, String keyId) {
    LocalDate today = LocalDate.now(clock.withZone(CHINA));
    // Photo and signature checks are pure CPU work without container context: spread
    // them over the cores, it is most of a batch's time.
    List<ReceiptValidation.Verdict> verdicts =
        IntStream.range(0, submissions.size())
            .parallel()
            .mapToObj(i -> validation.validate(submissions.get(i), today))
            .toList();
    Item[] items = new Item[verdicts.size()];
    Map<String, Integer> firstIndexByNumber = new LinkedHashMap<>();
    Map<Integer, Integer> repeats = new HashMap<>();
    for (int i = 0; i < verdicts.size(); i++) {
      ReceiptValidation.Verdict verdict = verdicts.get(i);
      if (!verdict.valid()) {
        items[i] =
            new Item(i, numberAsSent(submissions.get(i)), Outcome.REJECTED, verdict.rejection());
        continue;
      }
      ValidatedReceipt receipt = verdict.receipt();
      Integer first = firstIndexByNumber.putIfAbsent(receipt.receiptNumber(), i);
      if (first != null) {
        repeats.put(i, first);
      }
    }
    Map<String, String> stored = storedHashes(firstIndexByNumber.keySet());
    List<ValidatedReceipt> toStore = new ArrayList<>();
    for (int i : firstIndexByNumber.values()) {
      ValidatedReceipt receipt = verdicts.get(i).receipt();
      String storedHash = stored.get(receipt.receiptNumber());
      if (storedHash == null) {
        toStore.add(receipt);
        items[i] = new Item(i, receipt.receiptNumber(), Outcome.STORED, null);
      } else if (storedHash.equals(receipt.contentSha256())) {
        items[i] = new Item(i, receipt.receiptNumber(), Outcome.ALREADY_PRESENT, null);
      } else {
        items[i] = conflict(i, receipt.receiptNumber());
      }
    }
    // A repeat within the request is judged against the first occurrence.
    repeats.forEach(
        (i, first) -> {
          ValidatedReceipt receipt = verdicts.get(i).receipt();
          boolean same =
              receipt.contentSha256().equals(verdicts.get(first).receipt().contentSha256());
          items[i] =
              same && items[first].outcome() != Outcome.REJECTED
                  ? new Item(i, receipt.receiptNumber(), Outcome.ALREADY_PRESENT, null)
                  : conflict(i, receipt.receiptNumber());
        });
    IntakeReport report = new IntakeReport(acceptValid, List.of(items));
    if (!acceptValid && report.count(Outcome.REJECTED) > 0) {
      report = withheld(report);
    } else {
      store(toStore, report, keyId);
    }
    count(report);
    return report;
  }

  /** The receipt as the centre may see it: status and content hash, no personal data. */
  public Optional<ReceiptState> state(String receiptNumber) {
    return find(receiptNumber, LockModeType.NONE)
        .map(
            r ->
                new ReceiptState(
                    r.getReceiptNumber(),
                    r.getStatus(),
                    r.getContentSha256(),
                    r.getReceivedAt(),
                    r.getRevokedAt()));
  }

  /** Withdraws a receipt so that no counter accepts it any more; audited with the reason. */
  public Revocation revoke(String receiptNumberInput, String reason, String keyId) {
    Optional<Receipt> found =
        ReceiptNumbers.normalize(receiptNumberInput)
            .flatMap(number -> find(number, LockModeType.PESSIMISTIC_WRITE));
    if (found.isEmpty()) {
      return Revocation.UNKNOWN_RECEIPT;
    }
    Receipt receipt = found.get();
    if (receipt.getStatus() == ReceiptStatus.REVOKED) {
      return Revocation.ALREADY_REVOKED;
    }
    if (receipt.getStatus() == ReceiptStatus.USED) {
      return Revocation.RECEIPT_USED;
    }
    String why = reason.strip();
    why = why.length() > MAX_REVOCATION_REASON ? why.substring(0, MAX_REVOCATION_REASON) : why;
    ReceiptStatus before = receipt.getStatus();
    receipt.revoke(why, LocalDateTime.now(clock));
    audit.record(
        centre(keyId),
        AuditEvent.of("receipt.revoked", "receipt", receipt.getReceiptNumber())
            .withBefore("status=" + before)
            .withAfter("status=" + receipt.getStatus() + "; reason=" + why));
    metrics.counter("receipts.intake.revoked").inc();
    return Revocation.REVOKED;
  }

  private void store(List<ValidatedReceipt> receipts, IntakeReport report, String keyId) {
    if (receipts.isEmpty()) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    try (Connection connection = dataSource.getConnection()) {
      ReceiptRows.insert(connection, receipts, now);
    } catch (SQLException e) {
      if (ReceiptRows.isUniqueViolation(e)) {
        throw new IntakeRaceLost(e);
      }
      throw new IllegalStateException("Storing received receipts failed", e);
    }
    // One audit entry per request, not per receipt: a full batch would otherwise append 1,000
    // entries to the hash chain, each under the chain head's lock, which would dominate the
    // intake's time. The receipt rows themselves carry received_at and their content hash.
    audit.record(
        centre(keyId),
        AuditEvent.of("receipts.received", "receipt-batch", receipts.get(0).receiptNumber())
            .withAfter(
                "stored="
                    + receipts.size()
                    + "; alreadyPresent="
                    + report.count(Outcome.ALREADY_PRESENT)
                    + "; rejected="
                    + report.count(Outcome.REJECTED)
                    + "; first="
                    + receipts.get(0).receiptNumber()
                    + "; last="
                    + receipts.get(receipts.size() - 1).receiptNumber()));
    LOG.fine(() -> "Stored " + receipts.size() + " receipts from " + keyId);
  }

  private Map<String, String> storedHashes(java.util.Set<String> numbers) {
    try (Connection connection = dataSource.getConnection()) {
      return ReceiptRows.contentHashes(connection, numbers);
    } catch (SQLException e) {
      throw new IllegalStateException("Looking up received receipts failed", e);
    }
  }

  private static IntakeReport withheld(IntakeReport report) {
    List<Item> items =
        report.items().stream()
            .map(
                item ->
                    item.outcome() == Outcome.STORED
                        ? new Item(
                            item.index(),
                            item.receiptNumber(),
                            Outcome.NOT_STORED,
                            Rejection.of(IntakeReason.BATCH_REFUSED))
                        : item)
            .toList();
    return new IntakeReport(false, items);
  }

  private void count(IntakeReport report) {
    long stored = report.count(Outcome.STORED);
    long present = report.count(Outcome.ALREADY_PRESENT);
    if (stored > 0) {
      metrics.counter("receipts.intake", new Tag("outcome", "accepted")).inc(stored);
    }
    if (present > 0) {
      metrics.counter("receipts.intake", new Tag("outcome", "already_present")).inc(present);
    }
    report.items().stream()
        .filter(item -> item.outcome() == Outcome.REJECTED)
        .forEach(
            item ->
                metrics
                    .counter(
                        "receipts.intake.rejected",
                        new Tag("reason", item.rejection().reason().name()))
                    .inc());
  }

  private Optional<Receipt> find(String receiptNumber, LockModeType lock) {
    return em.createNamedQuery(Receipt.BY_NUMBER, Receipt.class)
        .setParameter("receiptNumber", receiptNumber)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  private static Item conflict(int index, String receiptNumber) {
    return new Item(index, receiptNumber, Outcome.REJECTED, Rejection.of(IntakeReason.CONFLICT));
  }

  private static String numberAsSent(ReceiptSubmission submission) {
    if (submission == null || submission.receiptNumber() == null) {
      return null;
    }
    String number = submission.receiptNumber();
    // Echo only what could be a receipt number; never arbitrary input of unbounded length.
    return number.length() <= ReceiptNumbers.MAX_LENGTH + 10 ? number : null;
  }

  private static Actor centre(String keyId) {
    return new Actor(keyId == null ? "detection-centre" : keyId, "DETECTION_CENTRE", "");
  }
}
