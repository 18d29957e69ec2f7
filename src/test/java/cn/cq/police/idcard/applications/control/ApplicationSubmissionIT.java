package cn.cq.police.idcard.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.Deployments;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.FingerprintException;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.proxies.entity.ProxyDetails;
import cn.cq.police.idcard.proxies.entity.Relationship;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submitting applications on a real database: exactly once under 50 concurrent submits of one
 * receipt, idempotent retries, gap-free acceptance numbers, fees and refusals that store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
class ApplicationSubmissionIT {

  static final int THREADS = 50;

  static final String APPLICATIONS =
      "select count(a) from Application a where a.receipt.receiptNumber = :n";
  static final String PAYMENTS =
      "select count(p) from Payment p, Application a where p.applicationId = a.id"
          + " and a.receipt.receiptNumber = :n";
  static final String FEE =
      "select p.amountFen from Payment p, Application a where p.applicationId = a.id"
          + " and a.receipt.receiptNumber = :n";

  /** Receipts from this index on are left alone by ReceiptEligibilityIT, which may share the DB. */
  static final long FIRST_INDEX = 40;

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWar().addClass(Submitter.class);
  }

  @Inject Submitter submitter;

  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  /** The n-th (0-based) usable demo receipt of 解放碑派出所 from FIRST_INDEX on. */
  private DemoReceipt usable(int n) {
    DemoDataGenerator demo = new DemoDataGenerator(20261125L, LocalDate.now(clock), 90);
    return LongStream.range(FIRST_INDEX, ReceiptEligibilityIT.DEMO_RECEIPTS)
        .filter(i -> i % 5 == 0 && DemoDataGenerator.stateOf(i) == DemoReceiptState.USABLE)
        .skip(n)
        .mapToObj(demo::receipt)
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
        null);
  }

  @Test
  void fiftyConcurrentSubmitsOfOneReceiptCreateOneApplicationAndOnePayment() throws Exception {
    DemoReceipt receipt = usable(0);
    submitter.openToday();
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
    assertEquals(4000L, submitter.ofReceipt(FEE, receipt.receiptNumber()));
  }

  @Test
  void aRetryWithTheSameTokenReturnsTheSameApplication() {
    DemoReceipt receipt = usable(1);
    submitter.openToday();
    SubmitRequest request = inPerson(receipt, ApplicationType.RENEWAL_ON_EXPIRY, "RT0001");
    ApplicationSubmission.Submitted first = submitter.submit("yuzhong.clerk", request);
    ApplicationSubmission.Submitted retry = submitter.submit("yuzhong.clerk", request);
    assertFalse(first.repeated());
    assertTrue(retry.repeated());
    assertEquals(first.application().getId(), retry.application().getId());
    assertEquals(1L, submitter.ofReceipt(PAYMENTS, receipt.receiptNumber()));
  }

  @Test
  void acceptanceNumbersFollowEachOtherAndARefusalLeavesNoGap() {
    submitter.openToday();
    String a =
        submitter
            .submit("yuzhong.clerk", inPerson(usable(2), ApplicationType.FIRST_APPLICATION, null))
            .application()
            .getAcceptanceNumber();
    assertEquals("FEE_RECEIPT_MISSING", attempt(inPerson(usable(3), ApplicationType.LOST, null)));
    String b =
        submitter
            .submit("yuzhong.clerk", inPerson(usable(3), ApplicationType.LOST, "GP0001"))
            .application()
            .getAcceptanceNumber();
    assertTrue(a.startsWith("500103510001" + LocalDate.now(clock).toString().replace("-", "")), a);
    assertEquals(
        Integer.parseInt(a.substring(20)) + 1, Integer.parseInt(b.substring(20)), a + " " + b);
  }

  @Test
  void aChongqingFirstApplicationIsFreeAndTheCardValidityFollowsAge() {
    submitter.openToday();
    DemoReceipt receipt = usable(4);
    Application application =
        submitter
            .submit("yuzhong.clerk", inPerson(receipt, ApplicationType.FIRST_APPLICATION, null))
            .application();
    assertEquals(0L, submitter.ofReceipt(FEE, receipt.receiptNumber()));
    assertEquals(ApplicationStatus.SUBMITTED, application.getStatus());
    CardValidity expected = CardValidity.of(receipt.birthDate(), LocalDate.now(clock));
    assertEquals(expected.end(), application.getValidityEnd());
    assertTrue(application.getPromisedPickupDate().isAfter(LocalDate.now(clock).plusDays(20)));
  }

  @Test
  void aProxyApplicationUnderTheStationPolicyWaitsForApproval() {
    submitter.openToday();
    DemoReceipt receipt = usable(5);
    ProxyDetails spouse = proxy(Relationship.SPOUSE, true);
    SubmitRequest request =
        new SubmitRequest(
            receipt.receiptNumber(),
            receipt.idNumber().value(),
            UUID.randomUUID().toString(),
            ApplicationType.RENEWAL_ON_EXPIRY,
            Fingerprints.notRegistered(FingerprintException.PROXY),
            spouse,
            PaymentMethod.WECHAT_PAY,
            "PX0001",
            null);
    Application application = submitter.submit("yuzhong.clerk", request).application();
    assertEquals(ApplicationStatus.AWAITING_APPROVAL, application.getStatus());
    assertTrue(application.isNeedsApproval());
    assertFalse(application.isInPerson());
  }

  @Test
  void refusalsStoreNothing() {
    submitter.openToday();
    DemoReceipt receipt = usable(6);
    long before = submitter.count("select count(a) from Application a");
    Map<String, SubmitRequest> refused =
        Map.of(
            "CHECKLIST_INCOMPLETE", proxied(receipt, proxy(Relationship.PARENT, false)),
            "FEE_RECEIPT_TAKEN", inPerson(receipt, ApplicationType.LOST, "GP0007"),
            "APPLICATION_TYPE_MISSING", inPerson(receipt, null, "ZZ0001"),
            "RECEIPT_NOT_USABLE",
                inPerson(usedReceipt(), ApplicationType.RENEWAL_ON_EXPIRY, "ZZ0002"));
    submitter.submit("yuzhong.clerk", inPerson(usable(7), ApplicationType.LOST, "GP0007"));
    refused.forEach((problem, request) -> assertEquals(problem, attempt(request)));
    assertEquals(before + 1, submitter.count("select count(a) from Application a"));
    assertNull(submitter.applicationStatusOf(receipt.receiptNumber()));
  }

  /** CREATED, REPEATED, or the problem that refused it; through the transactional proxy. */
  private String attempt(SubmitRequest request) {
    try {
      return submitter.submit("yuzhong.clerk", request).repeated() ? "REPEATED" : "CREATED";
    } catch (RuntimeException failed) {
      Throwable cause = failed;
      while (cause.getCause() != null && !(cause instanceof SubmissionRefused)) {
        cause = cause.getCause();
      }
      return cause instanceof SubmissionRefused refused
          ? refused.problem().name()
          : "FAILED:" + cause.getClass().getSimpleName();
    }
  }

  private DemoReceipt usedReceipt() {
    DemoDataGenerator demo = new DemoDataGenerator(20261125L, LocalDate.now(clock), 90);
    return LongStream.range(0, ReceiptEligibilityIT.DEMO_RECEIPTS)
        .filter(i -> i % 5 == 0 && DemoDataGenerator.stateOf(i) == DemoReceiptState.USED)
        .mapToObj(demo::receipt)
        .findFirst()
        .orElseThrow();
  }

  private SubmitRequest proxied(DemoReceipt receipt, ProxyDetails proxy) {
    return new SubmitRequest(
        receipt.receiptNumber(),
        receipt.idNumber().value(),
        UUID.randomUUID().toString(),
        ApplicationType.RENEWAL_ON_EXPIRY,
        Fingerprints.notRegistered(FingerprintException.PROXY),
        proxy,
        PaymentMethod.CASH,
        "PX0099",
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

  /** Each call in a transaction of its own, as each clerk's request would be. */
  @Dependent
  public static class Submitter {

    @PersistenceContext EntityManager em;

    @Inject ApplicationSubmission submission;

    @Inject AcceptanceNumbers acceptanceNumbers;

    @Inject Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void openToday() {
      StaffAccount clerk = clerk("yuzhong.clerk");
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
      return em.createQuery(jpql, Long.class).setParameter("n", receiptNumber).getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ApplicationStatus applicationStatusOf(String receiptNumber) {
      return em.createQuery(
              "select a.status from Application a where a.receipt.receiptNumber = :n",
              ApplicationStatus.class)
          .setParameter("n", receiptNumber)
          .getResultStream()
          .findFirst()
          .orElse(null);
    }

    private StaffAccount clerk(String username) {
      return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
          .setParameter("username", username)
          .getSingleResult();
    }
  }
}
