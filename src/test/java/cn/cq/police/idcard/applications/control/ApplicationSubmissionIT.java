package cn.cq.police.idcard.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.FingerprintException;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.fees.control.FeeSchedules;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.FeeRelief;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.proxies.entity.ProxyDetails;
import cn.cq.police.idcard.proxies.entity.Relationship;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submitting applications on a real database: exactly once under 50 concurrent submits of one
 * receipt, idempotent retries, gap-free acceptance numbers, fees and refusals that store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class ApplicationSubmissionIT {

  static final int THREADS = 50;

  static final String APPLICATIONS =
      "select count(a) from Application a where a.receipt.receiptNumber = :n";
  static final String PAYMENTS =
      "select count(p) from Payment p, Application a where p.applicationId = a.id"
          + " and a.receipt.receiptNumber = :n";

  /** Receipts from this index on are left alone by ReceiptEligibilityIT, which may share the DB. */
  static final long FIRST_INDEX = 40;

  @Inject Submitter submitter;

  @Inject AcceptanceDays acceptanceDays;

  @Inject Clock clock;

  @Inject FeeSchedules fees;

  @Resource ManagedExecutorService executor;

  /** The n-th (0-based) usable demo receipt of 解放碑派出所 from FIRST_INDEX on. */
  private DemoReceipt usable(int n) {
    return demoReceipt(0, DemoReceiptState.USABLE, n);
  }

  /** The n-th demo receipt of a station (0 解放碑, 1 观音桥, 2 小龙坎) in a state. */
  private DemoReceipt demoReceipt(int station, DemoReceiptState state, int n) {
    long from = state == DemoReceiptState.USABLE ? FIRST_INDEX : 0;
    return demoReceipts(station, state)
        .filter(receipt -> receipt.index() >= from)
        .skip(n)
        .findFirst()
        .orElseThrow();
  }

  static SubmitRequest inPerson(DemoReceipt receipt, ApplicationType type, String feeReceipt) {
    return new SubmitRequest(
        receipt.receiptNumber(),
        receipt.idNumber().value(),
        UUID.randomUUID().toString(),
        type,
        Fingerprints.registered(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB),
        null,
        PaymentMethod.CASH,
        feeReceipt,
        null,
        null);
  }

  @Test
  void fiftyConcurrentSubmitsOfOneReceiptCreateOneApplicationAndOnePayment() throws Exception {
    DemoReceipt receipt = usable(0);
    submitter.openDay("yuzhong.clerk");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      // Different clerks' pages: each has its own token and fee receipt number.
      SubmitRequest request = inPerson(receipt, ApplicationType.LOST, "CC" + (1000 + i));
      outcomes.add(
          executor.submit(
              () -> {
                start.await();
                return attempt(request);
              }));
    }
    start.countDown();
    Map<String, Long> counted = new TreeMap<>();
    for (Future<String> outcome : outcomes) {
      counted.merge(outcome.get(), 1L, Long::sum);
    }
    System.out.printf("Concurrency: %d threads submitted one receipt: %s%n", THREADS, counted);
    assertEquals(1L, counted.getOrDefault("CREATED", 0L), counted.toString());
    assertEquals(THREADS - 1L, counted.getOrDefault("RECEIPT_NOT_USABLE", 0L), counted.toString());
    assertEquals(1L, submitter.ofReceipt(APPLICATIONS, receipt.receiptNumber()));
    assertEquals(1L, submitter.ofReceipt(PAYMENTS, receipt.receiptNumber()));
    assertEquals(Amount.ofFen(4000), submitter.feeOf(receipt.receiptNumber()));
  }

  @Test
  void aRetryWithTheSameTokenReturnsTheSameApplication() {
    DemoReceipt receipt = usable(1);
    submitter.openDay("yuzhong.clerk");
    SubmitRequest request = inPerson(receipt, ApplicationType.RENEWAL_ON_EXPIRY, "RT0001");
    ApplicationSubmission.Submitted first = submitter.submit("yuzhong.clerk", request);
    ApplicationSubmission.Submitted retry = submitter.submit("yuzhong.clerk", request);
    assertFalse(first.repeated());
    assertTrue(retry.repeated());
    assertEquals(first.application().getId(), retry.application().getId());
    assertEquals(1L, submitter.ofReceipt(PAYMENTS, receipt.receiptNumber()));
  }

  /**
   * Of two clerks opening the day's acceptance counter, the second fails alone, with the exception
   * {@code Applications.submit} expects of it, and the day is open for both.
   */
  @Test
  void openingADayTwiceFailsOnlyTheSecondAttempt() {
    long station = submitter.stationOf("yuzhong.clerk");
    // A day far ahead that no submit opens.
    LocalDate day = LocalDate.now(clock).plusYears(50);
    while (submitter.dayIsOpen("yuzhong.clerk", day)) {
      day = day.plusDays(1);
    }
    LocalDate first = day;
    acceptanceDays.open(station, first);
    assertThrows(PersistenceException.class, () -> acceptanceDays.open(station, first));
    assertTrue(submitter.dayIsOpen("yuzhong.clerk", first));
  }

  @Test
  void acceptanceNumbersFollowEachOtherAndARefusalLeavesNoGap() {
    submitter.openDay("yuzhong.clerk");
    AcceptanceNumber a =
        submitter
            .submit("yuzhong.clerk", inPerson(usable(2), ApplicationType.FIRST_APPLICATION, null))
            .application()
            .getAcceptanceNumber();
    assertEquals("FEE_RECEIPT_MISSING", attempt(inPerson(usable(3), ApplicationType.LOST, null)));
    AcceptanceNumber b =
        submitter
            .submit("yuzhong.clerk", inPerson(usable(3), ApplicationType.LOST, "GP0001"))
            .application()
            .getAcceptanceNumber();
    assertEquals("500103510001", a.stationCode());
    assertEquals(LocalDate.now(clock), a.day());
    assertTrue(
        a.value().startsWith("500103510001" + LocalDate.now(clock).toString().replace("-", "")),
        a.value());
    assertEquals(a.sequence() + 1, b.sequence(), a + " " + b);
    assertEquals(AcceptanceNumber.of("500103510001", a.day(), a.sequence() + 1), b);
  }

  @Test
  void aChongqingFirstApplicationIsFreeAndTheCardValidityFollowsAge() {
    submitter.openDay("yuzhong.clerk");
    DemoReceipt receipt = usable(4);
    Application application =
        submitter
            .submit("yuzhong.clerk", inPerson(receipt, ApplicationType.FIRST_APPLICATION, null))
            .application();
    assertEquals(Amount.ZERO, submitter.feeOf(receipt.receiptNumber()));
    assertEquals(ApplicationStatus.SUBMITTED, application.getStatus());
    CardValidity expected = CardValidity.of(receipt.birthDate(), LocalDate.now(clock));
    assertEquals(expected.end(), application.getValidityEnd());
    assertTrue(application.getPromisedPickupDate().isAfter(LocalDate.now(clock).plusDays(20)));
  }

  @Test
  void aProxyApplicationUnderTheStationPolicyWaitsForApproval() {
    submitter.openDay("yuzhong.clerk");
    DemoReceipt receipt = usable(5);
    ProxyDetails spouse = proxy(Relationship.SPOUSE, true);
    Application application =
        submitter.submit("yuzhong.clerk", proxied(receipt, spouse, "PX0001")).application();
    assertEquals(ApplicationStatus.AWAITING_APPROVAL, application.getStatus());
    assertTrue(application.isNeedsApproval());
    assertFalse(application.isInPerson());
  }

  @Test
  void refusalsStoreNothing() {
    submitter.openDay("yuzhong.clerk");
    DemoReceipt receipt = usable(6);
    long before = submitter.count("select count(a) from Application a");
    Map<String, SubmitRequest> refused =
        Map.of(
            "CHECKLIST_INCOMPLETE", proxied(receipt, proxy(Relationship.PARENT, false)),
            "FEE_RECEIPT_TAKEN", inPerson(receipt, ApplicationType.LOST, "GP0007"),
            "APPLICATION_TYPE_MISSING", inPerson(receipt, null, "ZZ0001"),
            "RECEIPT_NOT_USABLE",
                inPerson(
                    demoReceipt(0, DemoReceiptState.USED, 0),
                    ApplicationType.RENEWAL_ON_EXPIRY,
                    "ZZ0002"));
    submitter.submit("yuzhong.clerk", inPerson(usable(7), ApplicationType.LOST, "GP0007"));
    refused.forEach((problem, request) -> assertEquals(problem, attempt(request)));
    assertEquals(before + 1, submitter.count("select count(a) from Application a"));
    assertNull(submitter.applicationStatusOf(receipt.receiptNumber()));
  }

  @Test
  void eachMistakeInTheFormHasItsOwnRefusal() {
    submitter.openDay("yuzhong.clerk");
    DemoReceipt receipt = usable(8);
    ProxyDetails ok = proxy(Relationship.SPOUSE, true);
    CitizenIdNumber applicant = receipt.idNumber();
    Map<String, SubmitRequest> refused = new TreeMap<>();
    refused.put(
        "AGENT_NAME_MISSING",
        proxied(
            receipt,
            withAgent(
                ok,
                " ",
                ok.agentIdNumber(),
                ok.agentPhone(),
                ok.letterDate(),
                ok.delegatedMatter())));
    refused.put(
        "AGENT_ID_MISSING",
        proxied(
            receipt,
            withAgent(ok, "王芳", null, ok.agentPhone(), ok.letterDate(), ok.delegatedMatter())));
    refused.put(
        "AGENT_IS_APPLICANT",
        proxied(
            receipt,
            withAgent(
                ok, "王芳", applicant, ok.agentPhone(), ok.letterDate(), ok.delegatedMatter())));
    refused.put(
        "AGENT_PHONE_INVALID",
        proxied(
            receipt,
            withAgent(
                ok, "王芳", ok.agentIdNumber(), "12345", ok.letterDate(), ok.delegatedMatter())));
    refused.put(
        "LETTER_DATE_INVALID",
        proxied(
            receipt,
            withAgent(
                ok,
                "王芳",
                ok.agentIdNumber(),
                ok.agentPhone(),
                LocalDate.now(clock).plusDays(1),
                ok.delegatedMatter())));
    refused.put(
        "DELEGATED_MATTER_MISSING",
        proxied(
            receipt,
            withAgent(ok, "王芳", ok.agentIdNumber(), ok.agentPhone(), ok.letterDate(), "")));
    refused.put(
        "FINGERPRINTS_INVALID",
        new SubmitRequest(
            receipt.receiptNumber(),
            applicant.value(),
            UUID.randomUUID().toString(),
            ApplicationType.LOST,
            null,
            null,
            PaymentMethod.CASH,
            "FP0001",
            null,
            null));
    refused.put(
        "FEE_METHOD_MISSING",
        new SubmitRequest(
            receipt.receiptNumber(),
            applicant.value(),
            UUID.randomUUID().toString(),
            ApplicationType.LOST,
            Fingerprints.registrationFailed(),
            null,
            null,
            "FM0001",
            null,
            null));
    refused.put("FEE_RECEIPT_INVALID", inPerson(receipt, ApplicationType.LOST, "收费#1"));
    refused.put(
        "EXEMPTION_REASON_MISSING",
        new SubmitRequest(
            receipt.receiptNumber(),
            applicant.value(),
            UUID.randomUUID().toString(),
            ApplicationType.RENEWAL_ON_EXPIRY,
            Fingerprints.registrationFailed(),
            null,
            null,
            null,
            FeeRelief.RURAL_HARDSHIP,
            "  "));
    refused.forEach((problem, request) -> assertEquals(problem, attempt(request), problem));
    assertNull(submitter.applicationStatusOf(receipt.receiptNumber()));
  }

  @Test
  void restrictivePoliciesRefuseOrAskForMore() {
    submitter.openDay("jiangbei.clerk");
    submitter.openDay("shapingba.clerk");
    DemoReceipt adult = demoReceipt(1, DemoReceiptState.USABLE, 0);
    assertEquals(
        "PROXY_NOT_ELIGIBLE",
        attemptAs("jiangbei.clerk", proxied(adult, proxy(Relationship.SPOUSE, true))));
    ProxyDetails parentOfDisabled =
        new ProxyDetails(
            "李强",
            proxy(Relationship.PARENT, true).agentIdNumber(),
            Relationship.PARENT,
            "13800138000",
            LocalDate.now(clock),
            "代为申领居民身份证",
            true,
            false,
            new ProxyDetails.Checklist(true, true, true, false, false),
            null);
    assertEquals(
        "UNDERTAKING_MISSING", attemptAs("jiangbei.clerk", proxied(adult, parentOfDisabled)));
    DemoReceipt abroad = demoReceipt(2, DemoReceiptState.USABLE, 0);
    ProxyDetails childAbroad =
        new ProxyDetails(
            "李强",
            proxy(Relationship.CHILD, true).agentIdNumber(),
            Relationship.CHILD,
            "13800138000",
            LocalDate.now(clock),
            "代为申领居民身份证",
            false,
            true,
            new ProxyDetails.Checklist(true, true, true, true, true),
            null);
    assertEquals("VIDEO_CALL_MISSING", attemptAs("shapingba.clerk", proxied(abroad, childAbroad)));
    assertNull(submitter.applicationStatusOf(adult.receiptNumber()));
    assertNull(submitter.applicationStatusOf(abroad.receiptNumber()));
  }

  /**
   * 居民身份证法 art. 20: 低保 and rural hardship waive the fee, other hardship halves it, both only for a
   * first application or a renewal — never for a lost card.
   */
  @Test
  void feeReliefIsForFirstApplicationsAndRenewalsOnly() {
    submitter.openDay("yuzhong.clerk");
    long before = submitter.count("select count(a) from Application a");
    DemoReceipt lostCard = usable(9);
    for (FeeRelief relief : FeeRelief.values()) {
      assertEquals(
          "RELIEF_NOT_FOR_LOST_CARD",
          attempt(withRelief(lostCard, ApplicationType.LOST, relief, "LR" + relief.ordinal())),
          relief.name());
    }
    assertEquals(before, submitter.count("select count(a) from Application a"));
    assertNull(submitter.applicationStatusOf(lostCard.receiptNumber()));
    assertEquals(
        "EXEMPTION_REASON_MISSING",
        attempt(
            new SubmitRequest(
                lostCard.receiptNumber(),
                lostCard.idNumber().value(),
                UUID.randomUUID().toString(),
                ApplicationType.RENEWAL_ON_EXPIRY,
                Fingerprints.registered(FingerPosition.RIGHT_INDEX, FingerPosition.LEFT_INDEX),
                null,
                null,
                null,
                FeeRelief.MINIMUM_LIVING_ALLOWANCE,
                " ")));

    LocalDate today = LocalDate.now(clock);
    Amount renewalFee = fees.current().amount(FeeKind.RENEWAL, today);
    DemoReceipt waived = usable(14);
    Application exempted =
        submitter
            .submit(
                "yuzhong.clerk",
                withRelief(
                    waived,
                    ApplicationType.RENEWAL_ON_EXPIRY,
                    FeeRelief.MINIMUM_LIVING_ALLOWANCE,
                    null))
            .application();
    assertEquals(ApplicationStatus.AWAITING_APPROVAL, exempted.getStatus());
    assertEquals(Amount.ZERO, submitter.feeOf(waived.receiptNumber()));

    DemoReceipt damaged = usable(15);
    submitter.submit(
        "yuzhong.clerk",
        withRelief(damaged, ApplicationType.DAMAGED, FeeRelief.RURAL_HARDSHIP, null));
    assertEquals(Amount.ZERO, submitter.feeOf(damaged.receiptNumber()));

    DemoReceipt halved = usable(16);
    Application reduced =
        submitter
            .submit(
                "yuzhong.clerk",
                withRelief(
                    halved, ApplicationType.RENEWAL_ON_EXPIRY, FeeRelief.OTHER_HARDSHIP, "RH0001"))
            .application();
    assertEquals(ApplicationStatus.AWAITING_APPROVAL, reduced.getStatus());
    assertEquals(Amount.ofFen(renewalFee.fen() / 2), submitter.feeOf(halved.receiptNumber()));
    assertEquals(
        "FEE_METHOD_MISSING",
        attempt(
            withRelief(
                usable(17), ApplicationType.RENEWAL_ON_EXPIRY, FeeRelief.OTHER_HARDSHIP, null)));
  }

  private static SubmitRequest withRelief(
      DemoReceipt receipt, ApplicationType type, FeeRelief relief, String feeReceipt) {
    return new SubmitRequest(
        receipt.receiptNumber(),
        receipt.idNumber().value(),
        UUID.randomUUID().toString(),
        type,
        Fingerprints.registered(FingerPosition.RIGHT_INDEX, FingerPosition.LEFT_INDEX),
        null,
        feeReceipt == null ? null : PaymentMethod.CASH,
        feeReceipt,
        relief,
        "低保证 渝中 2026-0001");
  }

  @Test
  void handOverRefusalsAndStationScoping() {
    DemoReceipt elsewhere = demoReceipt(1, DemoReceiptState.USED, 0);
    long otherStationId = submitter.applicationIdOf(elsewhere.receiptNumber());
    CitizenIdNumber someoneElse = CitizenIdNumber.of("500103", LocalDate.of(1980, 1, 1), 11);
    assertEquals(
        "APPLICATION_NOT_FOUND",
        handOver(otherStationId, new HandOver(false, elsewhere.idNumber(), true, null)));
    // Demo applications cycle through the life cycle by index: only index % 4 == 2 has arrived.
    submitter.openDay("yuzhong.clerk");
    DemoReceipt justSubmitted = usable(10);
    long submittedId =
        submitter
            .submit(
                "yuzhong.clerk", inPerson(justSubmitted, ApplicationType.FIRST_APPLICATION, null))
            .application()
            .getId();
    assertEquals(
        "NOT_READY_FOR_HAND_OVER",
        handOver(submittedId, new HandOver(false, justSubmitted.idNumber(), true, null)));
    DemoReceipt arrived =
        demoReceipts(0, DemoReceiptState.USED)
            .filter(r -> r.index() % 4 == 2)
            .findFirst()
            .orElseThrow();
    long arrivedApplication = submitter.applicationIdOf(arrived.receiptNumber());
    assertEquals(
        "COLLECTOR_ID_MISMATCH",
        handOver(arrivedApplication, new HandOver(false, someoneElse, true, null)));
    assertEquals(
        "COLLECTOR_ID_MISMATCH",
        handOver(arrivedApplication, new HandOver(true, arrived.idNumber(), true, null)));
    assertEquals(
        "OLD_CARD_NOTE_MISSING",
        handOver(arrivedApplication, new HandOver(false, arrived.idNumber(), false, " ")));
    assertEquals(
        "COLLECTED", handOver(arrivedApplication, new HandOver(true, someoneElse, false, "旧证已丢失")));
  }

  private Stream<DemoReceipt> demoReceipts(int station, DemoReceiptState state) {
    DemoDataGenerator demo = new DemoDataGenerator(20261125L, LocalDate.now(clock), 90);
    return LongStream.range(0, ReceiptEligibilityIT.DEMO_RECEIPTS)
        .filter(i -> i % 5 == station && DemoDataGenerator.stateOf(i) == state)
        .mapToObj(demo::receipt);
  }

  private String handOver(long applicationId, HandOver handOver) {
    try {
      return submitter.handOver("yuzhong.clerk", applicationId, handOver).getStatus().name();
    } catch (RuntimeException failed) {
      return problemOf(failed);
    }
  }

  private static ProxyDetails withAgent(
      ProxyDetails base,
      String name,
      CitizenIdNumber id,
      String phone,
      LocalDate letterDate,
      String matter) {
    return new ProxyDetails(
        name,
        id,
        base.relationship(),
        phone,
        letterDate,
        matter,
        base.applicantDisabledOrBedridden(),
        base.applicantAbroad(),
        base.checklist(),
        base.videoCallScreenshot());
  }

  private String attempt(SubmitRequest request) {
    return attemptAs("yuzhong.clerk", request);
  }

  /** CREATED, REPEATED, or the problem that refused it; through the transactional proxy. */
  private String attemptAs(String username, SubmitRequest request) {
    try {
      return submitter.submit(username, request).repeated() ? "REPEATED" : "CREATED";
    } catch (RuntimeException failed) {
      return problemOf(failed);
    }
  }

  private static String problemOf(RuntimeException failed) {
    Throwable cause = failed;
    while (cause.getCause() != null && !(cause instanceof SubmissionRefused)) {
      cause = cause.getCause();
    }
    return cause instanceof SubmissionRefused refused
        ? refused.problem().name()
        : "FAILED:" + cause.getClass().getSimpleName() + " at " + cause.getStackTrace()[0];
  }

  private SubmitRequest proxied(DemoReceipt receipt, ProxyDetails proxy) {
    return proxied(receipt, proxy, "PX0099");
  }

  /** A renewal by an agent, paid in cash with the given fee receipt number. */
  private SubmitRequest proxied(DemoReceipt receipt, ProxyDetails proxy, String feeReceipt) {
    return new SubmitRequest(
        receipt.receiptNumber(),
        receipt.idNumber().value(),
        UUID.randomUUID().toString(),
        ApplicationType.RENEWAL_ON_EXPIRY,
        Fingerprints.notRegistered(FingerprintException.PROXY),
        proxy,
        PaymentMethod.CASH,
        feeReceipt,
        null,
        null);
  }

  private ProxyDetails proxy(Relationship relationship, boolean checked) {
    return new ProxyDetails(
        "王芳",
        CitizenIdNumber.of("500103", LocalDate.of(1988, 3, 8), 122),
        relationship,
        "13800138000",
        LocalDate.now(clock).minusDays(3),
        "代为申领居民身份证",
        false,
        false,
        new ProxyDetails.Checklist(checked, checked, checked, false, false),
        null);
  }

  /**
   * The tracking search tries a typed term as each of the application's numbers, forgiving the
   * spaces and dashes people type, and the rejected queue reads its typed acceptance numbers.
   */
  @Test
  void anApplicationIsFoundByEachOfItsNumbersAsPeopleTypeThem() {
    submitter.openDay("yuzhong.clerk");
    DemoReceipt receipt = usable(11);
    Application application =
        submitter
            .submit("yuzhong.clerk", inPerson(receipt, ApplicationType.FIRST_APPLICATION, null))
            .application();
    AcceptanceNumber number = application.getAcceptanceNumber();
    String dashed =
        number.stationCode()
            + "-"
            + number.day().toString().replace("-", "")
            + "-"
            + String.format("%04d", number.sequence());
    String spaced = receipt.receiptNumber().replaceAll("(.{4})", "$1 ");
    List<Long> found = List.of(application.getId());

    assertEquals(found, submitter.find("yuzhong.clerk", number.value()));
    assertEquals(found, submitter.find("yuzhong.clerk", dashed));
    assertEquals(found, submitter.find("yuzhong.clerk", spaced));
    assertEquals(found, submitter.find("yuzhong.clerk", receipt.idNumber().value()));
    assertEquals(List.of(), submitter.find("yuzhong.clerk", "no such number"));
    assertEquals(List.of(), submitter.find("jiangbei.clerk", number.value()));
    assertTrue(
        submitter.rejected("yuzhong.clerk").stream()
            .allMatch(rejected -> rejected.acceptanceNumber() != null));
  }

  /** Each call in a transaction of its own, as each clerk's request would be. */
  @Dependent
  public static class Submitter {

    @PersistenceContext EntityManager em;

    @Inject ApplicationSubmission submission;

    @Inject AcceptanceNumbers acceptanceNumbers;

    @Inject Clock clock;

    @Inject ApplicationRecords records;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Application handOver(String username, Long applicationId, HandOver handOver) {
      return records.handOver(clerk(username), applicationId, handOver);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> find(String username, String term) {
      return records.find(clerk(username).getStation(), term).stream()
          .map(Application::getId)
          .toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ApplicationRecords.Rejected> rejected(String username) {
      return records.rejectedByProduction(clerk(username).getStation(), 30);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long applicationIdOf(String receiptNumber) {
      return em.createQuery(
              "select a.id from Application a where a.receipt.receiptNumber = :n", Long.class)
          .setParameter("n", ReceiptNumber.parse(receiptNumber))
          .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void openDay(String username) {
      StaffAccount clerk = clerk(username);
      if (!acceptanceNumbers.dayIsOpen(clerk.getStation(), LocalDate.now(clock))) {
        acceptanceNumbers.openDay(clerk.getStation(), LocalDate.now(clock));
      }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ApplicationSubmission.Submitted submit(String username, SubmitRequest request) {
      return submission.submit(clerk(username), request);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long count(String jpql) {
      return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** A single number about the application of a receipt, from a JPQL query on :n. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long ofReceipt(String jpql, String receiptNumber) {
      return em.createQuery(jpql, Long.class)
          .setParameter("n", ReceiptNumber.parse(receiptNumber))
          .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Amount feeOf(String receiptNumber) {
      return em.createQuery(
              "select p from Payment p, Application a where p.applicationId = a.id"
                  + " and a.receipt.receiptNumber = :n",
              Payment.class)
          .setParameter("n", ReceiptNumber.parse(receiptNumber))
          .getSingleResult()
          .getAmount();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ApplicationStatus applicationStatusOf(String receiptNumber) {
      return em.createQuery(
              "select a.status from Application a where a.receipt.receiptNumber = :n",
              ApplicationStatus.class)
          .setParameter("n", ReceiptNumber.parse(receiptNumber))
          .getResultStream()
          .findFirst()
          .orElse(null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long stationOf(String username) {
      return clerk(username).getStation().getId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean dayIsOpen(String username, LocalDate day) {
      return acceptanceNumbers.dayIsOpen(clerk(username).getStation(), day);
    }

    private StaffAccount clerk(String username) {
      return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
          .setParameter("username", username)
          .getSingleResult();
    }
  }
}
