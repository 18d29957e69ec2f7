package cn.cq.police.idcard.temporary.boundary;

import cn.cq.police.idcard.applications.boundary.AcceptanceDayOpening;
import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import cn.cq.police.idcard.temporary.control.TemporaryCardIssue;
import cn.cq.police.idcard.temporary.control.TemporaryCardRequest;
import cn.cq.police.idcard.temporary.entity.TemporaryCard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Step 8 of the counter flow for the caller's own station: what a temporary card for a looked-up
 * receipt would be, issuing it (exactly once), finding the station's cards and handing one over.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
public class TemporaryCards {

  /** Longer than any number a card can be found by: refused before it reaches a query. */
  static final int MAX_TERM = 40;

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory staff;

  @Inject TemporaryCardIssue issue;

  @Inject AcceptanceDayOpening acceptanceDay;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  /** Reads only: the look-up is logged by the counter's own look-up, not again here. */
  public TemporaryCardIssue.Prospect prospect(String receiptNumber, String idNumber) {
    return issue.prospect(staff.current().getStation(), receiptNumber, idNumber);
  }

  public TemporaryCardIssue.Issued issue(TemporaryCardRequest request) {
    StaffAccount clerk = staff.current();
    acceptanceDay.openIfClosed(clerk.getStation(), LocalDate.now(clock));
    return issue.issue(clerk, request);
  }

  public TemporaryCard handOver(Long cardId) {
    return issue.handOver(staff.current(), cardId);
  }

  /**
   * The station's temporary cards for a typed term: a card number or a citizen ID number, as people
   * type them (spaces and dashes forgiven). Anything else finds nothing.
   */
  public List<TemporaryCard> find(String term) {
    Station station = staff.current().getStation();
    String typed = term == null ? "" : term.replaceAll("[\\s-]", "");
    if (typed.length() > MAX_TERM) {
      return List.of();
    }
    Optional<AcceptanceNumber> number = AcceptanceNumber.tryParse(typed);
    if (number.isPresent()) {
      return em.createNamedQuery(TemporaryCard.BY_NUMBER_AT_STATION, TemporaryCard.class)
          .setParameter("station", station)
          .setParameter("cardNumber", number.get())
          .getResultList();
    }
    return CitizenIdNumber.tryParse(typed)
        .map(id -> issue.ofCitizen(station, id))
        .orElse(List.of());
  }

  public Optional<TemporaryCard> card(Long cardId) {
    return issue.at(staff.current().getStation(), cardId);
  }

  public Optional<Payment> paymentOf(TemporaryCard card) {
    return card(card.getId()).flatMap(issue::paymentOf);
  }

  /** The audit entries of one of the station's cards, oldest first. */
  public List<AuditEntry> auditHistory(Long cardId) {
    return card(cardId)
        .map(card -> audit.ofSubject(TemporaryCard.AUDIT_SUBJECT, card.getId()))
        .orElse(List.of());
  }
}
