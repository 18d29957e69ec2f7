package cn.cq.police.idcard.temporary.boundary;

import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.temporary.control.TemporaryCardRefused;
import cn.cq.police.idcard.temporary.entity.TemporaryCard;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The tracking page's part for temporary cards: the station's cards for the term the clerk searched
 * (a card number or a citizen ID number), each with its print links, audit entries and, until the
 * applicant has signed for it, the hand-over.
 */
@Named
@ViewScoped
public class TemporaryCardTrackingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TemporaryCards temporaryCards;

  private List<TemporaryCard> found = List.of();
  private TemporaryCard selected;
  private Payment payment;
  private List<AuditEntry> auditHistory = List.of();

  /** Searched together with the applications, for the same term. */
  public void search(String term) {
    found = term == null || term.isBlank() ? List.of() : temporaryCards.find(term);
    select(found.isEmpty() ? null : found.get(0).getId());
  }

  public void select(Long id) {
    selected = id == null ? null : temporaryCards.card(id).orElse(null);
    payment = selected == null ? null : temporaryCards.paymentOf(selected).orElse(null);
    auditHistory = selected == null ? List.of() : temporaryCards.auditHistory(selected.getId());
  }

  public void handOver() {
    if (selected == null) {
      return;
    }
    try {
      temporaryCards.handOver(selected.getId());
      FacesText.info("temporary.handedOver");
    } catch (TemporaryCardRefused refused) {
      TemporaryCardMessages.show(refused);
    }
    select(selected.getId());
  }

  public List<TemporaryCard> getFound() {
    return found;
  }

  public TemporaryCard getSelected() {
    return selected;
  }

  public boolean isFeeReceiptIssued() {
    return payment != null && payment.isFeeReceiptIssued();
  }

  public String getFee() {
    return payment == null ? null : payment.getAmount().yuan();
  }

  public List<AuditEntry> getAuditHistory() {
    return auditHistory;
  }
}
