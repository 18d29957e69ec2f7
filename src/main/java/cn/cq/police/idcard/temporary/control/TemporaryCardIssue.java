package cn.cq.police.idcard.temporary.control;

import cn.cq.police.idcard.applications.control.AcceptanceNumbers;
import cn.cq.police.idcard.applications.control.LookupOutcome;
import cn.cq.police.idcard.applications.control.ReceiptEligibility;
import cn.cq.police.idcard.applications.control.ReceiptLookup;
import cn.cq.police.idcard.applications.control.SubmissionRefused;
import cn.cq.police.idcard.applications.control.Submitting;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.control.FeeReceipts;
import cn.cq.police.idcard.fees.control.FeeSchedules;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import cn.cq.police.idcard.temporary.control.TemporaryCardRefused.Problem;
import cn.cq.police.idcard.temporary.entity.TemporaryCard;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Issues a temporary card exactly once, in the caller's transaction: locks the receipt, judges it
 * and the person again, and then stores the card, its payment and the audit entries — all or
 * nothing. A retry with the same submission token gets the card the first attempt created.
 *
 * <p>The card number is drawn from the station's acceptance counter ({@code AcceptanceNumbers}),
 * the one series every acceptance at the counter of that day numbers from: it is an {@code
 * AcceptanceNumber} the forms, the fee receipt and the tracking search already understand, and one
 * counter row per station and day serialises every acceptance, so no second series has to be kept
 * gap-free and unique beside it.
 */
@Dependent
public class TemporaryCardIssue {

  @PersistenceContext EntityManager em;

  @Inject ReceiptEligibility eligibility;

  @Inject AcceptanceNumbers acceptanceNumbers;

  @Inject FeeSchedules feeSchedules;

  @Inject Clock clock;

  @Inject AuditTrail audit;

  @Inject Event<Submitting> submitting;

  /**
   * The outcome: the card, its payment, and whether this call created them or a retry found them.
   */
  public record Issued(TemporaryCard card, Payment payment, boolean repeated) {}

  /**
   * What the counter shows before the clerk fills in the temporary card form: the look-up, whether
   * a card may be issued (empty when it may), the person's application in progress here, the fee
   * and the validity a card issued today would have.
   */
  public record Prospect(
      ReceiptLookup lookup,
      Optional<TemporaryCardRefused> refusal,
      Application applicationInProgress,
      Amount fee,
      TemporaryCardValidity validity) {}

  public Prospect prospect(Station station, String receiptNumber, String idNumber) {
    LocalDate today = LocalDate.now(clock);
    ReceiptLookup lookup = eligibility.lookUp(station, receiptNumber, idNumber);
    Application inProgress =
        lookup.receipt() == null
            ? null
            : applicationInProgressHere(station, lookup.receipt()).orElse(null);
    Optional<TemporaryCardRefused> refusal;
    try {
      checkPerson(station, lookup, today);
      refusal = Optional.empty();
    } catch (TemporaryCardRefused refused) {
      refusal = Optional.of(refused);
    }
    return new Prospect(
        lookup, refusal, inProgress, fee(today), TemporaryCardValidity.issuedOn(today));
  }

  public Issued issue(StaffAccount clerk, TemporaryCardRequest request) {
    Optional<Issued> earlier = byToken(request.submissionToken());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Station station = clerk.getStation();
    eligibility.lockReceipt(request.receiptNumber());
    earlier = byToken(request.submissionToken());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    ReceiptLookup lookup = eligibility.lookUp(station, request.receiptNumber(), request.idNumber());
    checkPerson(station, lookup, today);
    TemporaryCardRules.reasonProblem(request.reason(), request.reasonNote())
        .ifPresent(
            problem -> {
              throw new TemporaryCardRefused(problem);
            });
    // A closed day takes no new acceptance; its owner, the daily close, refuses it here.
    try {
      submitting.fire(new Submitting(station, today));
    } catch (SubmissionRefused refused) {
      throw refused.problem() == SubmissionRefused.Problem.DAY_CLOSED
          ? new TemporaryCardRefused(Problem.DAY_CLOSED)
          : refused;
    }
    Amount fee = fee(today);
    String feeReceipt = FeeReceipts.normalized(request.feeReceiptNumber());
    if (!fee.isZero()) {
      checkPayment(station, request, feeReceipt);
    }

    Receipt receipt = lookup.receipt();
    Application inProgress = applicationInProgressHere(station, receipt).orElse(null);
    TemporaryCardValidity validity = TemporaryCardValidity.issuedOn(today);
    TemporaryCard card =
        new TemporaryCard(
            receipt,
            station,
            acceptanceNumbers.next(station, today),
            clerk,
            now,
            new TemporaryCard.Terms(
                request.reason(),
                TemporaryCardRules.storedNote(request.reason(), request.reasonNote()),
                inProgress == null ? null : inProgress.getId(),
                validity.from(),
                validity.until(),
                request.submissionToken()));
    em.persist(card);
    em.flush();
    Payment payment =
        Payment.forTemporaryCard(
            card.getId(),
            station.getId(),
            fee,
            request.paymentMethod(),
            feeReceipt,
            clerk.getId(),
            now);
    em.persist(payment);
    em.flush();
    audit.record(
        clerk.actor(),
        AuditEvent.of("temporaryCard.issued", TemporaryCard.AUDIT_SUBJECT, card.getId())
            .withAfter(
                "cardNumber=%s; reason=%s; validFrom=%s; validUntil=%s; application=%s; fee=%d"
                    .formatted(
                        card.getCardNumber(),
                        card.getReason(),
                        card.getValidFrom(),
                        card.getValidUntil(),
                        inProgress == null ? "-" : inProgress.getAcceptanceNumber(),
                        fee.fen())));
    audit.record(
        clerk.actor(),
        AuditEvent.of("payment.recorded", "payment", payment.getId())
            .withAfter(
                "temporaryCard=%s; amountFen=%d; method=%s"
                    .formatted(
                        card.getCardNumber(), payment.getAmount().fen(), payment.getMethod())));
    if (request.handedOverAtOnce()) {
      handOver(clerk, card, now);
    }
    return new Issued(card, payment, false);
  }

  /** The applicant signs for the card and takes it, at the counter or later from tracking. */
  public TemporaryCard handOver(StaffAccount clerk, Long cardId) {
    TemporaryCard card =
        at(clerk.getStation(), cardId)
            .orElseThrow(() -> new TemporaryCardRefused(Problem.CARD_NOT_FOUND));
    if (card.isHandedOver()) {
      throw new TemporaryCardRefused(Problem.ALREADY_HANDED_OVER);
    }
    handOver(clerk, card, LocalDateTime.now(clock));
    return card;
  }

  private void handOver(StaffAccount clerk, TemporaryCard card, LocalDateTime at) {
    card.handOver(clerk, at);
    audit.record(
        clerk.actor(),
        AuditEvent.of("temporaryCard.handedOver", TemporaryCard.AUDIT_SUBJECT, card.getId())
            .withBefore("handedOver=false")
            .withAfter("handedOver=true; cardNumber=" + card.getCardNumber()));
  }

  /** A card of the station; nothing for another station's. */
  public Optional<TemporaryCard> at(Station station, Long cardId) {
    return Optional.ofNullable(cardId == null ? null : em.find(TemporaryCard.class, cardId))
        .filter(card -> card.getStation().getId().equals(station.getId()));
  }

  /** The station's cards of the person, newest first. */
  public List<TemporaryCard> ofCitizen(Station station, CitizenIdNumber idNumber) {
    return em.createNamedQuery(TemporaryCard.OF_CITIZEN_AT_STATION, TemporaryCard.class)
        .setParameter("station", station)
        .setParameter("citizenIdNumber", idNumber)
        .getResultList();
  }

  public Optional<Payment> paymentOf(TemporaryCard card) {
    return em.createNamedQuery(Payment.FOR_TEMPORARY_CARD, Payment.class)
        .setParameter("temporaryCardId", card.getId())
        .getResultStream()
        .findFirst();
  }

  /** The receipt gives the card its photo, and the person holds no valid card anywhere. */
  private void checkPerson(Station station, ReceiptLookup lookup, LocalDate today) {
    boolean usedForApplicationHere =
        lookup.outcome() == LookupOutcome.ALREADY_USED
            && lookup.receipt() != null
            && station.serves(lookup.receipt().getHouseholdRegionCode())
            && applicationFor(lookup.receipt())
                .filter(a -> a.getStation().getId().equals(station.getId()))
                .filter(a -> a.getStatus().isInProgress())
                .isPresent();
    if (TemporaryCardRules.receiptProblem(lookup.outcome(), usedForApplicationHere).isPresent()) {
      throw new TemporaryCardRefused(Problem.RECEIPT_NOT_USABLE, lookup.outcome().name());
    }
    // One valid temporary card per person, whichever station issued it.
    em.createNamedQuery(TemporaryCard.VALID_FOR_CITIZEN, TemporaryCard.class)
        .setParameter("citizenIdNumber", lookup.receipt().getCitizenIdNumber())
        .setParameter("day", today)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(
            valid -> {
              throw new TemporaryCardRefused(
                  Problem.ALREADY_VALID, valid.getValidUntil().toString());
            });
  }

  private void checkPayment(Station station, TemporaryCardRequest request, String feeReceipt) {
    FeeReceipts.check(em, station.getId(), request.paymentMethod(), feeReceipt)
        .ifPresent(
            problem -> {
              Problem refused = Problem.valueOf(problem.name());
              throw refused == Problem.FEE_RECEIPT_TAKEN
                  ? new TemporaryCardRefused(refused, feeReceipt)
                  : new TemporaryCardRefused(refused);
            });
  }

  private Amount fee(LocalDate day) {
    return feeSchedules.current().amount(FeeKind.TEMPORARY, day);
  }

  /** The person's application in progress at this station: the one the card bridges. */
  private Optional<Application> applicationInProgressHere(Station station, Receipt receipt) {
    return em.createNamedQuery(Application.IN_PROGRESS_FOR_CITIZEN, Application.class)
        .setParameter("citizenIdNumber", receipt.getCitizenIdNumber())
        .setParameter("statuses", ApplicationStatus.IN_PROGRESS)
        .getResultStream()
        .filter(a -> a.getStation().getId().equals(station.getId()))
        .findFirst();
  }

  private Optional<Application> applicationFor(Receipt receipt) {
    return em.createNamedQuery(Application.FOR_RECEIPT, Application.class)
        .setParameter("receipt", receipt)
        .getResultStream()
        .findFirst();
  }

  private Optional<Issued> byToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(TemporaryCard.BY_TOKEN, TemporaryCard.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst()
        .map(card -> new Issued(card, paymentOf(card).orElse(null), true));
  }
}
