package cn.cq.police.idcard.notices.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.control.NoticeRequest;
import cn.cq.police.idcard.applications.control.SubmissionRefused;
import cn.cq.police.idcard.applications.control.SubmitRequest;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.feeds.control.StatusReports;
import cn.cq.police.idcard.feeds.entity.StatusReport;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.notices.control.NoticeOutbox.OutgoingText;
import cn.cq.police.idcard.notices.entity.ConsentGiver;
import cn.cq.police.idcard.notices.entity.NoticeContact;
import cn.cq.police.idcard.notices.entity.NoticeKind;
import cn.cq.police.idcard.notices.entity.TextMessage;
import cn.cq.police.idcard.photos.control.StationPhotoNumbers;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.PhotoSource;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.review.control.ReviewFixture;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Arrival notices on a real database: the number and consent are kept sealed with the application,
 * or the submission does not happen; the card's arrival writes one message from the city's
 * template; the sender's steps settle it, erase the number once it is sent, and give up after a
 * final refusal.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class NoticeOutboxIT {

  /** 观音桥派出所 (江北区): the second clerk, on receipts of the station's own camera. */
  public static final String CLERK = "jiangbei.clerk2";

  static final String MOBILE = "13912345678";

  /** Each test's people get their own sequence numbers: the suite's database is shared. */
  private static final AtomicInteger PEOPLE = new AtomicInteger(850);

  @Inject Notes notes;

  @Inject ReviewFixture fixture;

  public static SubmitRequest inPerson(
      Receipt receipt, CitizenIdNumber person, NoticeRequest notice) {
    return new SubmitRequest(
        receipt.getReceiptNumber().value(),
        person.value(),
        UUID.randomUUID().toString(),
        ApplicationType.FIRST_APPLICATION,
        Fingerprints.registered(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB),
        null,
        PaymentMethod.CASH,
        null,
        null,
        null,
        notice,
        null);
  }

  /** A person of the station's jurisdiction with a usable receipt of the station's own. */
  Application submitted(NoticeRequest notice) {
    CitizenIdNumber person =
        CitizenIdNumber.of("500105", LocalDate.of(1991, 6, 2), PEOPLE.incrementAndGet());
    Receipt receipt = notes.stationReceipt(person);
    return fixture.submit(CLERK, inPerson(receipt, person, notice));
  }

  @Test
  void theNumberIsKeptSealedWithTheConsentAndOneMessageFollowsTheCardsArrival() {
    Application application = submitted(new NoticeRequest("139 1234 5678", true));

    NoticeContact contact = notes.contact(application.getId());
    assertEquals("139****5678", contact.getMobileMasked());
    assertEquals(ConsentGiver.APPLICANT, contact.getConsentBy());
    assertEquals(NoticeContact.CONSENT_TEXT, contact.getConsentText());
    String stored = notes.storedNumber(application.getId());
    assertTrue(stored.startsWith("k1:"), stored);
    assertFalse(stored.contains(MOBILE), "the number is not in the database in clear");
    assertTrue(notes.auditOf(application.getId()).contains("notice.consented"));
    assertTrue(notes.message(application.getId()).isEmpty(), "nothing is sent before the card");

    notes.report(application, StatusReport.Kind.PRODUCED);
    notes.report(application, StatusReport.Kind.DISPATCHED);
    // A repeated report changes nothing: still one message.
    notes.report(application, StatusReport.Kind.DISPATCHED);

    TextMessage message = notes.message(application.getId()).orElseThrow();
    assertEquals(NoticeKind.CARD_ARRIVED, message.getKind());
    assertEquals(TextMessage.State.PENDING, message.getState());
    assertTrue(message.getBody().startsWith("【重庆公安】"), message.getBody());
    assertTrue(
        message.getBody().contains(application.getAcceptanceNumber().value()), message.getBody());
    assertTrue(message.getBody().contains("观音桥派出所"), message.getBody());
    assertFalse(message.getBody().contains("{"), "every placeholder filled: " + message.getBody());
    assertEquals(
        1L,
        notes.count(
            "select count(m) from TextMessage m where m.applicationId = ?1", application.getId()));

    // The sender's steps: claimed once (a second member finds it taken), sent, number erased.
    OutgoingText outgoing = notes.claim(message.getId()).orElseThrow();
    assertEquals(MOBILE, outgoing.to());
    assertEquals(message.getBody(), outgoing.text());
    assertTrue(notes.claim(message.getId()).isEmpty(), "a claim is exclusive for its lease");
    notes.sent(message.getId(), "GW-1");
    TextMessage sent = notes.message(application.getId()).orElseThrow();
    assertEquals(TextMessage.State.SENT, sent.getState());
    assertEquals("GW-1", sent.getGatewayId());
    assertEquals(1, sent.getAttempts());
    NoticeContact erased = notes.contact(application.getId());
    assertTrue(erased.isErased());
    assertNull(notes.storedNumber(application.getId()));
    assertEquals("139****5678", erased.getMobileMasked(), "the masked form stays as the record");
    List<String> audit = notes.auditOf(application.getId());
    assertTrue(audit.containsAll(List.of("notice.queued", "notice.sent")), audit.toString());
  }

  @Test
  void aFinalRefusalGivesTheMessageUpAndTransientFailuresOnlyAfterTheLastAttempt() {
    Application application = submitted(new NoticeRequest(MOBILE, true));
    notes.report(application, StatusReport.Kind.PRODUCED);
    notes.report(application, StatusReport.Kind.DISPATCHED);
    Long id = notes.message(application.getId()).orElseThrow().getId();

    notes.claim(id).orElseThrow();
    notes.failed(id, "HTTP 503", false, 2);
    assertEquals(
        TextMessage.State.PENDING, notes.message(application.getId()).orElseThrow().getState());
    notes.forceDue(id);
    notes.claim(id).orElseThrow();
    notes.failed(id, "HTTP 503", false, 2);
    TextMessage givenUp = notes.message(application.getId()).orElseThrow();
    assertEquals(TextMessage.State.FAILED, givenUp.getState());
    assertEquals("HTTP 503", givenUp.getLastError());
    assertTrue(notes.claim(id).isEmpty(), "a given-up message is not sent");
    assertFalse(notes.contact(application.getId()).isErased(), "kept for a resend");
    assertTrue(notes.auditOf(application.getId()).contains("notice.failed"));

    Application refused = submitted(new NoticeRequest("13712345678", true));
    notes.report(refused, StatusReport.Kind.PRODUCED);
    notes.report(refused, StatusReport.Kind.DISPATCHED);
    Long other = notes.message(refused.getId()).orElseThrow().getId();
    notes.claim(other).orElseThrow();
    notes.failed(other, "HTTP 400: NUMBER_REFUSED", true, 8);
    assertEquals(TextMessage.State.FAILED, notes.message(refused.getId()).orElseThrow().getState());
  }

  @Test
  void withoutANumberNoMessageAndABadNumberOrMissingConsentStoresNothing() {
    Application quiet = submitted(new NoticeRequest("  ", false));
    notes.report(quiet, StatusReport.Kind.PRODUCED);
    notes.report(quiet, StatusReport.Kind.DISPATCHED);
    assertEquals(ApplicationStatus.ARRIVED_AT_STATION, notes.status(quiet.getId()));
    assertTrue(notes.message(quiet.getId()).isEmpty());
    assertNull(notes.contact(quiet.getId()));

    for (NoticeRequest bad :
        List.of(new NoticeRequest("1391234567", true), new NoticeRequest(MOBILE, false))) {
      CitizenIdNumber person =
          CitizenIdNumber.of("500105", LocalDate.of(1991, 6, 2), PEOPLE.incrementAndGet());
      Receipt receipt = notes.stationReceipt(person);
      SubmissionRefused refused =
          assertThrows(
              SubmissionRefused.class, () -> fixture.submit(CLERK, inPerson(receipt, person, bad)));
      assertEquals(
          bad.consented()
              ? SubmissionRefused.Problem.NOTICE_MOBILE_INVALID
              : SubmissionRefused.Problem.NOTICE_CONSENT_MISSING,
          refused.problem());
      assertEquals(
          0L,
          notes.count(
              "select count(a) from Application a where a.receipt.id = ?1", receipt.getId()),
          "no application was stored");
    }
  }

  /** The steps as the sender and the centre's reports take them, each in its own transaction. */
  @Dependent
  public static class Notes {

    @PersistenceContext EntityManager em;

    @Inject NoticeOutbox outbox;

    @Inject StatusReports reports;

    @Inject StationPhotoNumbers numbers;

    @Inject Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Receipt stationReceipt(CitizenIdNumber person) {
      StaffAccount clerk =
          em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
              .setParameter("username", CLERK)
              .getSingleResult();
      byte[] jpeg = ("notice test photo " + person.value()).getBytes();
      Receipt receipt =
          Receipt.takenAtStation(
              numbers.next(clerk.getStation()),
              person,
              "林通知",
              "01",
              "500105",
              "重庆市江北区观音桥步行街2号",
              PhotoSource.STATION_SCAN,
              CentreSignature.sha256Hex(jpeg),
              LocalDateTime.now(clock));
      em.persist(receipt);
      em.flush();
      em.persist(new ReceiptPhoto(receipt.getId(), jpeg));
      return receipt;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void report(Application application, StatusReport.Kind kind) {
      reports.apply(application.getAcceptanceNumber(), kind, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ApplicationStatus status(Long applicationId) {
      return em.find(Application.class, applicationId).getStatus();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public NoticeContact contact(Long applicationId) {
      return em.find(NoticeContact.class, applicationId);
    }

    /** Read past JPA, as anyone with the database would. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String storedNumber(Long applicationId) {
      return (String)
          em.createNativeQuery("select mobile_sealed from notice_contact where application_id = ?1")
              .setParameter(1, applicationId)
              .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<TextMessage> message(Long applicationId) {
      return outbox.forApplication(applicationId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutgoingText> claim(Long messageId) {
      return outbox.claim(messageId, "notice-it", Duration.ofMinutes(1));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Long messageId, String gatewayId) {
      outbox.sent(messageId, gatewayId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Long messageId, String error, boolean permanent, int maxAttempts) {
      outbox.failed(messageId, error, permanent, maxAttempts, Duration.ZERO, Duration.ZERO);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forceDue(Long messageId) {
      em.createQuery("update TextMessage m set m.nextAttemptAt = ?1 where m.id = ?2")
          .setParameter(1, LocalDateTime.now(clock).minusSeconds(1))
          .setParameter(2, messageId)
          .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> auditOf(Long applicationId) {
      return em.createQuery(
              "select e.action from AuditEntry e where e.subjectType = 'application'"
                  + " and e.subjectId = :id order by e.sequence",
              String.class)
          .setParameter("id", String.valueOf(applicationId))
          .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long count(String jpql, Long id) {
      return em.createQuery(jpql, Long.class).setParameter(1, id).getSingleResult();
    }
  }
}
