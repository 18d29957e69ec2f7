package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.HandOver;
import cn.cq.police.idcard.applications.control.SubmissionRefused;
import cn.cq.police.idcard.applications.control.VoucherCode;
import cn.cq.police.idcard.applications.control.VoucherCodes;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.proxies.entity.ProxyAuthorization;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.InvalidCitizenIdNumberException;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Step 7: find an application by receipt number, citizen ID number or acceptance number, see its
 * status history, and hand the card over against the collection voucher.
 */
@Named
@ViewScoped
public class TrackingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Applications applications;

  @Inject VoucherCodes voucherCodes;

  private String term;
  private List<Application> found;
  private Application selected;
  private Payment payment;
  private ProxyAuthorization proxy;

  private boolean byAgent;
  private String collectorIdNumber;
  private boolean oldCardSurrendered = true;
  private String oldCardNote;

  private String revealReason;
  private String revealCode;
  private String revealedIdNumber;
  private List<AuditEntry> auditHistory = List.of();

  /** Searches for the term a link brought ({@code ?q=}), if any. */
  public void searchFromLink() {
    if (term != null && !term.isBlank()) {
      search();
    }
  }

  public void search() {
    selected = null;
    Optional<VoucherCode.Scan> scan =
        term == null ? Optional.empty() : VoucherCode.parse(term.trim());
    if (scan.isPresent()) {
      searchByVoucher(scan.get());
      return;
    }
    found = applications.find(term);
    if (found.isEmpty()) {
      FacesText.error("track.nothingFound");
    } else if (found.size() == 1) {
      select(found.get(0).getId());
    }
  }

  /** A scanned collection voucher: its code must verify before the application is shown. */
  private void searchByVoucher(VoucherCode.Scan scan) {
    found = List.of();
    if (!voucherCodes.current().verifies(scan.acceptanceNumber(), scan.code())) {
      FacesText.error("track.voucherInvalid");
      return;
    }
    found = applications.find(scan.acceptanceNumber().value());
    if (found.size() == 1) {
      select(found.get(0).getId());
      FacesText.info("track.voucherValid");
    } else {
      FacesText.error("track.voucherInvalid");
    }
  }

  public void select(Long id) {
    selected = applications.application(id).orElse(null);
    payment = selected == null ? null : applications.paymentOf(selected).orElse(null);
    proxy = selected == null ? null : applications.proxyOf(selected).orElse(null);
    revealedIdNumber = null;
    revealReason = null;
    revealCode = null;
    auditHistory = selected == null ? List.of() : applications.auditHistory(selected.getId());
  }

  /** Shows the full ID number for this page only, once a reason is given; audited. */
  public void reveal() {
    if (selected == null) {
      return;
    }
    try {
      revealedIdNumber = applications.revealIdNumber(selected.getId(), revealReason, revealCode);
      auditHistory = applications.auditHistory(selected.getId());
    } catch (SubmissionRefused refused) {
      FacesText.error("submit." + refused.problem().name());
    }
  }

  /** The ID number as the page shows it: masked unless revealed. */
  public String getShownIdNumber() {
    if (selected == null) {
      return null;
    }
    return revealedIdNumber != null ? revealedIdNumber : selected.getCitizenIdNumber().masked();
  }

  public boolean isRevealed() {
    return revealedIdNumber != null;
  }

  public String getRevealReason() {
    return revealReason;
  }

  public void setRevealReason(String revealReason) {
    this.revealReason = revealReason;
  }

  public String getRevealCode() {
    return revealCode;
  }

  public void setRevealCode(String revealCode) {
    this.revealCode = revealCode;
  }

  /** Whether the reveal asks for a one-time code (a certificate account needs none). */
  public boolean isRevealCodeAsked() {
    return applications.revealAsksForCode();
  }

  public List<AuditEntry> getAuditHistory() {
    return auditHistory;
  }

  public void handOver() {
    CitizenIdNumber collector;
    try {
      collector = CitizenIdNumber.parse(collectorIdNumber);
    } catch (InvalidCitizenIdNumberException invalid) {
      FacesText.error("lookup.INVALID_ID_NUMBER." + invalid.reason().name());
      return;
    }
    try {
      selected =
          applications.handOver(
              selected.getId(), new HandOver(byAgent, collector, oldCardSurrendered, oldCardNote));
      auditHistory = applications.auditHistory(selected.getId());
      FacesText.info("track.handedOver", selected.getAcceptanceNumber());
    } catch (SubmissionRefused refused) {
      // An application exception: the container passes it through unwrapped.
      FacesText.error("submit." + refused.problem().name());
    }
  }

  public String getFee() {
    return payment == null ? null : payment.getAmount().yuan();
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public List<Application> getFound() {
    return found;
  }

  public Application getSelected() {
    return selected;
  }

  public Payment getPayment() {
    return payment;
  }

  public ProxyAuthorization getProxy() {
    return proxy;
  }

  public boolean isByAgent() {
    return byAgent;
  }

  public void setByAgent(boolean byAgent) {
    this.byAgent = byAgent;
  }

  public String getCollectorIdNumber() {
    return collectorIdNumber;
  }

  public void setCollectorIdNumber(String collectorIdNumber) {
    this.collectorIdNumber = collectorIdNumber;
  }

  public boolean isOldCardSurrendered() {
    return oldCardSurrendered;
  }

  public void setOldCardSurrendered(boolean oldCardSurrendered) {
    this.oldCardSurrendered = oldCardSurrendered;
  }

  public String getOldCardNote() {
    return oldCardNote;
  }

  public void setOldCardNote(String oldCardNote) {
    this.oldCardNote = oldCardNote;
  }
}
