package cn.cq.police.idcard.review.control;

import cn.cq.police.idcard.applications.control.AcceptanceNumbers;
import cn.cq.police.idcard.applications.control.ApplicationRecords;
import cn.cq.police.idcard.applications.control.ApplicationSubmission;
import cn.cq.police.idcard.applications.control.SubmitRequest;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.review.entity.ApplicationDecision;
import cn.cq.police.idcard.review.entity.DayClose;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
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

  StaffAccount account(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  Application application(Long id) {
    return em.find(Application.class, id);
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

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Object single(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getSingleResult();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int execute(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }
}
