package cn.cq.police.idcard.review.control;

import cn.cq.police.idcard.applications.control.AcceptanceNumbers;
import cn.cq.police.idcard.applications.control.ApplicationRecords;
import cn.cq.police.idcard.applications.control.ApplicationSubmission;
import cn.cq.police.idcard.applications.control.SubmitRequest;
import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import cn.cq.police.idcard.review.entity.ApplicationDecision;
import cn.cq.police.idcard.review.entity.DayClose;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** Each call in a transaction of its own, as each person's request would be. Test only. */
@Dependent
public class ReviewFixture {

  @PersistenceContext EntityManager em;

  @Inject ApplicationSubmission submission;

  @Inject AcceptanceNumbers acceptanceNumbers;

  @Inject ApplicationRecords records;

  @Inject Decisions decisions;

  @Inject DailyClose dailyClose;

  @Inject DaySummaries daySummaries;

  @Inject Clock clock;

  @Inject cn.cq.police.idcard.security.control.Reauthentication reauthentication;

  StaffAccount account(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  Application application(Long id) {
    return em.find(Application.class, id);
  }

  /** A sign-off's credentials checked in a transaction of its own, as Review does. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public cn.cq.police.idcard.security.control.Reauthentication.Outcome reauthenticate(
      String username, String password, String code) {
    return reauthentication.confirms(username, password, code);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Application submit(String username, SubmitRequest request) {
    StaffAccount clerk = account(username);
    LocalDate today = LocalDate.now(clock);
    if (!acceptanceNumbers.dayIsOpen(clerk.getStation(), today)) {
      acceptanceNumbers.openDay(clerk.getStation(), today);
    }
    return submission.submit(clerk, request).application();
  }

  /** Runs one decision by the named person on the application, in its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void decide(
      String username, Long applicationId, BiConsumer<StaffAccount, Application> how) {
    how.accept(account(username), application(applicationId));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Payment payment(Long applicationId) {
    return records.paymentOf(application(applicationId)).orElseThrow();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Application reload(Long applicationId) {
    Application application = application(applicationId);
    application.getHistory().size();
    return application;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ApplicationDecision> decisionsOf(Long applicationId) {
    return decisions.of(application(applicationId));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public DayClose close(String username, LocalDate day, Set<Long> carriedOver) {
    return dailyClose.close(account(username), day, carriedOver);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void reopen(String administrator, String stationOf, LocalDate day) {
    dailyClose.reopen(account(administrator), account(stationOf).getStation(), day, "IT reopens");
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public DaySummary summary(String username, LocalDate day) {
    return daySummaries.of(account(username).getStation(), day);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void requireApprovalForAll(String stationOf, boolean required) {
    Station station = em.find(Station.class, account(stationOf).getStation().getId());
    station.requireApprovalForAll(required);
  }

  /**
   * A used receipt and its application, submitted by the clerk at their station at a past time,
   * straight in the database (no acceptance-number day, no payment). Returns the application's id.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long pastApplication(
      String clerk,
      String receiptNumber,
      CitizenIdNumber idNumber,
      AcceptanceNumber acceptanceNumber,
      ApplicationType type,
      ApplicationStatus status,
      LocalDateTime at) {
    StaffAccount by = account(clerk);
    String region = idNumber.value().substring(0, 6);
    nativeQuery(
            "insert into receipt (receipt_number, citizen_id_number, name, sex, ethnicity_code, birth_date,"
                + " household_region_code, household_address, issue_date, photo_check, photo_sha256,"
                + " centre_signature, status, received_at, version, citizen_id_index)"
                + " values (?, ?, ?, 'MALE', '01', date '1990-01-01', ?, ?, ?, 'PASSED', ?, 'x',"
                + " 'USED', ?, 0, ?)",
            receiptNumber,
            SealedColumns.cipher().seal(idNumber.value(), CitizenIdNumberConverter.COLUMN),
            SealedColumns.cipher().seal("测试", SealedColumns.Name.COLUMN),
            region,
            SealedColumns.cipher().seal("重庆市", SealedColumns.Address.COLUMN),
            at.toLocalDate().minusDays(3),
            "0".repeat(64),
            at,
            SealedColumns.cipher().index(idNumber.value()))
        .executeUpdate();
    long receiptId =
        ((Number)
                nativeQuery("select id from receipt where receipt_number = ?", receiptNumber)
                    .getSingleResult())
            .longValue();
    nativeQuery(
            "insert into application (receipt_id, station_id, citizen_id_number, acceptance_number,"
                + " status, submitted_at, submitted_by, version, application_type, citizen_id_index)"
                + " values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            receiptId,
            by.getStation().getId(),
            SealedColumns.cipher().seal(idNumber.value(), CitizenIdNumberConverter.COLUMN),
            acceptanceNumber.value(),
            status.name(),
            at,
            by.getId(),
            type.name(),
            SealedColumns.cipher().index(idNumber.value()))
        .executeUpdate();
    return ((Number)
            nativeQuery("select id from application where receipt_id = ?", receiptId)
                .getSingleResult())
        .longValue();
  }

  /** Stores a new entity, e.g. a payment built and decided through its own methods. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void persist(Object entity) {
    em.persist(entity);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Object single(String sql, Object... parameters) {
    return nativeQuery(sql, parameters).getSingleResult();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int execute(String sql, Object... parameters) {
    return nativeQuery(sql, parameters).executeUpdate();
  }

  private Query nativeQuery(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
