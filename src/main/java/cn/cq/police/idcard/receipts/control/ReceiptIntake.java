package cn.cq.police.idcard.receipts.control;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.platform.PersonalDataCipher;
import cn.cq.police.idcard.platform.SchemaMigration;
import cn.cq.police.idcard.receipts.control.IntakeReport.Item;
import cn.cq.police.idcard.receipts.control.IntakeReport.Outcome;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Takes receipts in from the detection centre: validates each, recognises re-deliveries by their
 * content hash (one query per request), stores the new ones with their photos in bulk, and revokes
 * receipts on the centre's request. Runs in the caller's transaction, so a batch is stored whole or
 * not at all.
 */
@Dependent
public class ReceiptIntake {

  /** The most receipts one request may carry. */
  public static final int MAX_BATCH = 1000;

  /** How many receipts are checked ahead while the ones before are stored. */
  public static final int CHUNK = 250;

  static final int MAX_REVOCATION_REASON = 200;

  private static final Logger LOG = Logger.getLogger(ReceiptIntake.class.getName());

  // Issue dates are judged by the calendar in China, like birth dates in CitizenIdNumber.
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext EntityManager em;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject AuditTrail audit;

  @Inject PersonalDataCipher cipher;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Clock clock;

  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "receipts.detection-centre.public-key")
  String centrePublicKey;

  @Inject
  @ConfigProperty(name = "intake.photo.min-bytes", defaultValue = "1024")
  int photoMinBytes;

  @Inject
  @ConfigProperty(name = "intake.photo.max-bytes", defaultValue = "40960")
  int photoMaxBytes;

  ReceiptValidation validation;

  /** The centre's view of one receipt it delivered. */
  public record ReceiptState(
      ReceiptNumber receiptNumber,
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
    LocalDateTime now = LocalDateTime.now(clock);
    int size = submissions.size();
    ReceiptValidation.Verdict[] verdicts = new ReceiptValidation.Verdict[size];
    Item[] items = new Item[size];
    Map<ReceiptNumber, Integer> firstIndexByNumber = new LinkedHashMap<>();
    Map<Integer, Integer> repeats = new HashMap<>();
    List<ValidatedReceipt> stored = new ArrayList<>();
    boolean refused = false;
    // Photo and signature checks are CPU work, the inserts wait on the database: the next chunk
    // is checked while the current one is stored, so that both keep a core busy. The first chunk
    // is checked with every core, as nothing else is running yet.
    validate(submissions, verdicts, 0, Math.min(CHUNK, size), today);
    CompletableFuture<Void> checked = CompletableFuture.completedFuture(null);
    try (Connection connection = dataSource.getConnection()) {
      // Earlier deliveries of the request's numbers, in one query for the whole request: a query
      // per chunk would be planned once for a small table and kept (PostgreSQL's generic plan).
      Map<ReceiptNumber, String> storedHashes =
          ReceiptRows.contentHashes(
              connection,
              submissions.stream()
                  .map(submission -> submission == null ? null : submission.receiptNumber())
                  .map(ReceiptNumber::tryParse)
                  .flatMap(Optional::stream)
                  .distinct()
                  .toList(),
              cipher);
      for (int from = 0; from < size; from += CHUNK) {
        int to = Math.min(from + CHUNK, size);
        checked.join();
        int nextTo = Math.min(to + CHUNK, size);
        checked =
            to < size
                ? CompletableFuture.runAsync(
                    () -> validate(submissions, verdicts, to, nextTo, today))
                : CompletableFuture.completedFuture(null);
        List<ValidatedReceipt> toStore =
            judge(
                storedHashes, submissions, verdicts, items, from, to, firstIndexByNumber, repeats);
        refused |= !acceptValid && rejectedAny(items, from, to);
        if (!refused && !toStore.isEmpty()) {
          ReceiptRows.insert(connection, toStore, now, cipher);
          stored.addAll(toStore);
        }
      }
    } catch (SQLException e) {
      checked.join();
      if (ReceiptRows.isUniqueViolation(e)) {
        throw new IntakeRaceLost(e);
      }
      throw new IllegalStateException("Storing received receipts failed", e);
    }
    // A repeat within the request is judged against the first occurrence.
    repeats.forEach(
        (i, first) -> {
          ValidatedReceipt receipt = verdicts[i].receipt();
          boolean same = receipt.contentSha256().equals(verdicts[first].receipt().contentSha256());
          items[i] =
              same && items[first].outcome() != Outcome.REJECTED
                  ? new Item(i, receipt.receiptNumber().value(), Outcome.ALREADY_PRESENT, null)
                  : conflict(i, receipt.receiptNumber());
        });
    IntakeReport report = new IntakeReport(acceptValid, List.of(items));
    if (!acceptValid && report.count(Outcome.REJECTED) > 0) {
      if (!stored.isEmpty()) {
        // Chunks stored before the refusing item was found go with the transaction.
        transactions.setRollbackOnly();
      }
      report = withheld(report);
    } else {
      audit(stored, report, keyId);
    }
    count(report);
    return report;
  }

  private void validate(
      List<ReceiptSubmission> submissions,
      ReceiptValidation.Verdict[] verdicts,
      int from,
      int to,
      LocalDate today) {
    IntStream.range(from, to)
        .parallel()
        .forEach(i -> verdicts[i] = validation.validate(submissions.get(i), today));
  }

  /**
   * Decides the items [from, to) that are not repeats of an earlier item of the request: rejected,
   * to store, or already stored (with the same content, or a conflict), given the content hashes of
   * the numbers stored before the request. Answers those to store.
   */
  private static List<ValidatedReceipt> judge(
      Map<ReceiptNumber, String> storedHashes,
      List<ReceiptSubmission> submissions,
      ReceiptValidation.Verdict[] verdicts,
      Item[] items,
      int from,
      int to,
      Map<ReceiptNumber, Integer> firstIndexByNumber,
      Map<Integer, Integer> repeats) {
    List<Integer> firsts = new ArrayList<>();
    for (int i = from; i < to; i++) {
      ReceiptValidation.Verdict verdict = verdicts[i];
      if (!verdict.valid()) {
        items[i] =
            new Item(i, numberAsSent(submissions.get(i)), Outcome.REJECTED, verdict.rejection());
        continue;
      }
      Integer first = firstIndexByNumber.putIfAbsent(verdict.receipt().receiptNumber(), i);
      if (first != null) {
        repeats.put(i, first);
      } else {
        firsts.add(i);
      }
    }
    List<ValidatedReceipt> toStore = new ArrayList<>();
    for (int i : firsts) {
      ValidatedReceipt receipt = verdicts[i].receipt();
      String storedHash = storedHashes.get(receipt.receiptNumber());
      if (storedHash == null) {
        toStore.add(receipt);
        items[i] = new Item(i, receipt.receiptNumber().value(), Outcome.STORED, null);
      } else if (storedHash.equals(receipt.contentSha256())) {
        items[i] = new Item(i, receipt.receiptNumber().value(), Outcome.ALREADY_PRESENT, null);
      } else {
        items[i] = conflict(i, receipt.receiptNumber());
      }
    }
    return toStore;
  }

  private static boolean rejectedAny(Item[] items, int from, int to) {
    for (int i = from; i < to; i++) {
      if (items[i] != null && items[i].outcome() == Outcome.REJECTED) {
        return true;
      }
    }
    return false;
  }

  /** The receipt as the centre may see it: status and content hash, no personal data. */
  public Optional<ReceiptState> state(ReceiptNumber receiptNumber) {
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
  public Revocation revoke(ReceiptNumber receiptNumber, String reason, String keyId) {
    Optional<Receipt> found = find(receiptNumber, LockModeType.PESSIMISTIC_WRITE);
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
        AuditEvent.of("receipt.revoked", Receipt.AUDIT_SUBJECT, receipt.getReceiptNumber().value())
            .withBefore("status=" + before)
            .withAfter("status=" + receipt.getStatus() + "; reason=" + why));
    metrics.counter("receipts.intake.revoked").inc();
    return Revocation.REVOKED;
  }

  private void audit(List<ValidatedReceipt> receipts, IntakeReport report, String keyId) {
    if (receipts.isEmpty()) {
      return;
    }
    // One audit entry per request, not per receipt: a full batch would otherwise append 1,000
    // entries to the hash chain, each under the chain head's lock, which would dominate the
    // intake's time. The receipt rows themselves carry received_at and their content hash.
    audit.record(
        centre(keyId),
        AuditEvent.of("receipts.received", "receipt-batch", receipts.get(0).receiptNumber().value())
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

  private Optional<Receipt> find(ReceiptNumber receiptNumber, LockModeType lock) {
    return em.createNamedQuery(Receipt.BY_NUMBER, Receipt.class)
        .setParameter("receiptNumber", receiptNumber)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  private static Item conflict(int index, ReceiptNumber receiptNumber) {
    return new Item(
        index, receiptNumber.value(), Outcome.REJECTED, Rejection.of(IntakeReason.CONFLICT));
  }

  private static String numberAsSent(ReceiptSubmission submission) {
    if (submission == null || submission.receiptNumber() == null) {
      return null;
    }
    String number = submission.receiptNumber();
    // Echo only what could be a receipt number; never arbitrary input of unbounded length.
    return number.length() <= ReceiptNumber.MAX_LENGTH + 10 ? number : null;
  }

  private static Actor centre(String keyId) {
    return new Actor(keyId == null ? "detection-centre" : keyId, "DETECTION_CENTRE", "");
  }
}
