package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.ApplicationSubmission;
import cn.cq.police.idcard.applications.control.CardValidity;
import cn.cq.police.idcard.applications.control.SubmissionRefused;
import cn.cq.police.idcard.applications.control.SubmitRequest;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.FingerprintException;
import cn.cq.police.idcard.applications.entity.FingerprintStatus;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeRelief;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.proxies.control.ProxyDecision;
import cn.cq.police.idcard.proxies.control.VideoCallScreenshot;
import cn.cq.police.idcard.proxies.entity.EligibilityPolicy;
import cn.cq.police.idcard.proxies.entity.ProxyDetails;
import cn.cq.police.idcard.proxies.entity.RefusalReason;
import cn.cq.police.idcard.proxies.entity.Relationship;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.InvalidCitizenIdNumberException;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.security.boundary.SessionBacking;
import cn.cq.police.idcard.web.FacesText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;

/**
 * Steps 2 to 5 of the counter flow on the counter page, after a usable receipt was found: in person
 * or by proxy, application type and fingerprints, fee, submit. The page keeps one submission token
 * for its life, so a double click or a retried request submits once.
 */
@Named
@ViewScoped
public class ApplicationFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Applications applications;

  @Inject ReceiptLookupBacking lookup;

  @Inject SessionBacking session;

  @Inject Clock clock;

  private String submissionToken;

  private boolean byProxy;
  private String agentName;
  private String agentIdNumber;
  private Relationship relationship;
  private String agentPhone;
  private LocalDate letterDate;
  private String delegatedMatter;
  private boolean applicantDisabledOrBedridden;
  private boolean applicantAbroad;
  private boolean agentIdCardSeen;
  private boolean principalSignaturesSeen;
  private boolean relationshipEvidenceSeen;
  private boolean undertakingSigned;
  private boolean videoCallDone;
  private byte[] videoCallScreenshot;
  private ProxyDecision proxyDecision;
  private String proxyVerdict;
  private boolean proxyMayGoAhead;
  private RefusalReason rejection;
  private boolean proxyRejected;

  private ApplicationType type;
  private final FingerprintChoice fingerprint = FingerprintChoice.thumbs();
  private final NoticeChoice notice = new NoticeChoice();
  private final PostalChoice postal = new PostalChoice();
  private Amount postage;

  private FeeRelief relief;
  private String reliefReason;
  private PaymentMethod paymentMethod = PaymentMethod.CASH;
  private String feeReceiptNumber;

  private Application submitted;
  private boolean feeReceiptIssued;

  private ApplicationType feeType;
  private Amount feeOfType;

  @PostConstruct
  void newForm() {
    submissionToken = UUID.randomUUID().toString();
    delegatedMatter = FacesText.text("proxy.defaultMatter");
  }

  public boolean isShown() {
    return lookup.getResult() != null
        && lookup.getResult().outcome().isUsable()
        && !lookup.isDayClosed();
  }

  private Receipt receipt() {
    return lookup.getResult().receipt();
  }

  public EligibilityPolicy getPolicy() {
    return session.getAccount().getStation().getEligibilityPolicy();
  }

  /** Switching to a proxy application: the applicant is absent, so no fingerprints. */
  public void modeChanged() {
    proxyDecision = null;
    proxyVerdict = null;
    if (byProxy) {
      fingerprint.setStatus(FingerprintStatus.NOT_REGISTERED);
      fingerprint.setException(FingerprintException.PROXY);
    } else {
      fingerprint.setStatus(FingerprintStatus.REGISTERED);
      fingerprint.setException(null);
    }
  }

  public void checkProxy() {
    ProxyDetails details = proxyDetails();
    if (details == null) {
      return;
    }
    // The agent section alone: a type not chosen yet is judged at submission.
    proxyDecision = applications.decideProxy(receipt(), type, details);
    proxyMayGoAhead = false;
    if (!proxyDecision.accepted()) {
      rejection = proxyDecision.reason();
      proxyVerdict = FacesText.text("proxy.refused." + proxyDecision.reason().name());
      FacesText.error("proxy.refused." + proxyDecision.reason().name());
      return;
    }
    Optional<SubmissionRefused> problem =
        applications.agentSectionProblem(receipt(), type, details);
    if (problem.isPresent()) {
      proxyVerdict = FacesText.text("proxy.notYet", refusalText(problem.get()));
      showRefusal(problem.get());
    } else {
      proxyMayGoAhead = true;
      proxyVerdict = FacesText.text("proxy.accepted", getPolicy().name(FacesText.locale()));
      FacesText.info("proxy.accepted", getPolicy().name(FacesText.locale()));
    }
  }

  public void rejectProxy() {
    ProxyDetails details = proxyDetails();
    if (details == null || rejection == null) {
      FacesText.error("proxy.rejectionReasonMissing");
      return;
    }
    applications.refuseProxy(receipt(), details, rejection);
    proxyRejected = true;
    FacesText.info("proxy.rejected", FacesText.text("proxy.rejection." + rejection.name()));
  }

  /** Keeps the screenshot decoded and encoded anew; a refused upload replaces nothing. */
  public void uploadScreenshot(FileUploadEvent event) throws IOException {
    try {
      videoCallScreenshot = VideoCallScreenshot.reencoded(event.getFile().getContent());
      FacesText.info("proxy.screenshotReceived");
    } catch (VideoCallScreenshot.Refused refused) {
      FacesText.error(
          "proxy.screenshot." + refused.refusal().name(),
          VideoCallScreenshot.MAX_BYTES / (1024 * 1024),
          VideoCallScreenshot.MAX_SIDE);
    }
  }

  /** Null (and a message) when the agent's ID number is not a valid one. */
  private ProxyDetails proxyDetails() {
    CitizenIdNumber agentId;
    try {
      agentId = CitizenIdNumber.parse(agentIdNumber);
    } catch (InvalidCitizenIdNumberException invalid) {
      FacesText.error("lookup.INVALID_ID_NUMBER." + invalid.reason().name());
      return null;
    }
    if (relationship == null) {
      FacesText.error("proxy.relationshipMissing");
      return null;
    }
    return new ProxyDetails(
        agentName,
        agentId,
        relationship,
        agentPhone,
        letterDate,
        delegatedMatter,
        applicantDisabledOrBedridden,
        applicantAbroad,
        new ProxyDetails.Checklist(
            agentIdCardSeen,
            principalSignaturesSeen,
            relationshipEvidenceSeen,
            undertakingSigned,
            videoCallDone),
        videoCallScreenshot);
  }

  public void submit() {
    ProxyDetails details = null;
    if (byProxy) {
      details = proxyDetails();
      if (details == null) {
        return;
      }
    }
    Fingerprints fingerprints = fingerprint.fingerprints();
    if (fingerprints == null) {
      FacesText.error("submit.FINGERPRINTS_INVALID");
      return;
    }
    try {
      ApplicationSubmission.Submitted result =
          applications.submit(
              new SubmitRequest(
                  lookup.getReceiptNumber(),
                  lookup.getIdNumber(),
                  submissionToken,
                  type,
                  fingerprints,
                  details,
                  paymentMethod,
                  feeReceiptNumber,
                  relief,
                  relief == null ? null : Objects.toString(reliefReason, ""),
                  notice.request(),
                  postal.request()));
      submitted = result.application();
      feeReceiptIssued = result.feeReceiptIssued();
      FacesText.info("submit.done", submitted.getAcceptanceNumber());
    } catch (SubmissionRefused refused) {
      // An application exception: the container passes it through unwrapped.
      showRefusal(refused);
    }
  }

  private static void showRefusal(SubmissionRefused refused) {
    FacesText.error(refusalKey(refused), refusalArguments(refused));
  }

  private static String refusalText(SubmissionRefused refused) {
    return FacesText.text(refusalKey(refused), refusalArguments(refused));
  }

  private static String refusalKey(SubmissionRefused refused) {
    return switch (refused.problem()) {
      case RECEIPT_NOT_USABLE -> "lookup." + refused.details().get(0);
      case PROXY_NOT_ELIGIBLE -> "proxy.refused." + refused.details().get(0);
      default -> "submit." + refused.problem().name();
    };
  }

  private static Object[] refusalArguments(SubmissionRefused refused) {
    return switch (refused.problem()) {
      case RECEIPT_NOT_USABLE -> new Object[] {"", ""};
      case PROXY_NOT_ELIGIBLE -> new Object[0];
      default -> refused.details().toArray();
    };
  }

  public NoticeChoice getNotice() {
    return notice;
  }

  public CardValidity getValidity() {
    return isShown() ? CardValidity.of(receipt().getBirthDate(), LocalDate.now(clock)) : null;
  }

  public String getFee() {
    return type == null ? null : fee().yuan();
  }

  public boolean isFeeDue() {
    return type != null && !due().isZero();
  }

  /** Whether the chosen type may have its fee waived or halved (never a lost card's). */
  public boolean isReliefAllowed() {
    return type != null && type.allowsFeeRelief();
  }

  /** What remains to be paid after the chosen relief, when it halves the fee. */
  public String getReducedFee() {
    return type != null && relief != null && relief.halves() ? relief.applyTo(fee()).yuan() : null;
  }

  private Amount due() {
    Amount fee = relief == null ? fee() : relief.applyTo(fee());
    return postal.isByPost() ? fee.plus(postage()) : fee;
  }

  /** 邮寄送证: the delivery section's inputs. */
  public PostalChoice getPostal() {
    return postal;
  }

  /** The postage from today's tariff, paid with the fee when the card is posted. */
  public String getPostage() {
    return postage().yuan();
  }

  /** What the clerk collects: the fee after any relief, with the postage when posted. */
  public String getTotalDue() {
    return type == null ? null : due().yuan();
  }

  private Amount postage() {
    if (postage == null) {
      postage = applications.postage();
    }
    return postage;
  }

  /** The fee of the chosen type, looked up once per type rather than on every render. */
  private Amount fee() {
    if (feeType != type) {
      feeOfType = applications.feeFor(type);
      feeType = type;
    }
    return feeOfType;
  }

  public ApplicationType[] getTypes() {
    return ApplicationType.values();
  }

  public Relationship[] getRelationships() {
    return Relationship.values();
  }

  public FingerprintStatus[] getFingerprintStatuses() {
    return FingerprintStatus.values();
  }

  public FingerPosition[] getFingerPositions() {
    return FingerPosition.values();
  }

  public FingerprintException[] getFingerprintExceptions() {
    return FingerprintException.values();
  }

  public PaymentMethod[] getPaymentMethods() {
    return PaymentMethod.values();
  }

  public List<RefusalReason> getRejections() {
    return proxyDecision == null ? RefusalReason.clerkFindings() : proxyDecision.refusalChoices();
  }

  public Application getSubmitted() {
    return submitted;
  }

  /** Whether the submitted application was charged a fee, so that there is a receipt to print. */
  public boolean isFeeReceiptIssued() {
    return feeReceiptIssued;
  }

  public ProxyDecision getProxyDecision() {
    return proxyDecision;
  }

  /** 核验委托's answer in a sentence: "可以代办" or what stops the agent. */
  public String getProxyVerdict() {
    return proxyVerdict;
  }

  /** Whether 核验委托's answer was "可以代办": the policy and every check of the agent section. */
  public boolean isProxyMayGoAhead() {
    return proxyMayGoAhead;
  }

  public boolean isProxyRejected() {
    return proxyRejected;
  }

  public boolean isByProxy() {
    return byProxy;
  }

  public void setByProxy(boolean byProxy) {
    this.byProxy = byProxy;
  }

  public String getAgentName() {
    return agentName;
  }

  public void setAgentName(String agentName) {
    this.agentName = agentName;
  }

  public String getAgentIdNumber() {
    return agentIdNumber;
  }

  public void setAgentIdNumber(String agentIdNumber) {
    this.agentIdNumber = agentIdNumber;
  }

  public Relationship getRelationship() {
    return relationship;
  }

  public void setRelationship(Relationship relationship) {
    this.relationship = relationship;
  }

  public String getAgentPhone() {
    return agentPhone;
  }

  public void setAgentPhone(String agentPhone) {
    this.agentPhone = agentPhone;
  }

  public LocalDate getLetterDate() {
    return letterDate;
  }

  public void setLetterDate(LocalDate letterDate) {
    this.letterDate = letterDate;
  }

  public String getDelegatedMatter() {
    return delegatedMatter;
  }

  public void setDelegatedMatter(String delegatedMatter) {
    this.delegatedMatter = delegatedMatter;
  }

  public boolean isApplicantDisabledOrBedridden() {
    return applicantDisabledOrBedridden;
  }

  public void setApplicantDisabledOrBedridden(boolean value) {
    this.applicantDisabledOrBedridden = value;
  }

  public boolean isApplicantAbroad() {
    return applicantAbroad;
  }

  public void setApplicantAbroad(boolean applicantAbroad) {
    this.applicantAbroad = applicantAbroad;
  }

  public boolean isAgentIdCardSeen() {
    return agentIdCardSeen;
  }

  public void setAgentIdCardSeen(boolean agentIdCardSeen) {
    this.agentIdCardSeen = agentIdCardSeen;
  }

  public boolean isPrincipalSignaturesSeen() {
    return principalSignaturesSeen;
  }

  public void setPrincipalSignaturesSeen(boolean principalSignaturesSeen) {
    this.principalSignaturesSeen = principalSignaturesSeen;
  }

  public boolean isRelationshipEvidenceSeen() {
    return relationshipEvidenceSeen;
  }

  public void setRelationshipEvidenceSeen(boolean relationshipEvidenceSeen) {
    this.relationshipEvidenceSeen = relationshipEvidenceSeen;
  }

  public boolean isUndertakingSigned() {
    return undertakingSigned;
  }

  public void setUndertakingSigned(boolean undertakingSigned) {
    this.undertakingSigned = undertakingSigned;
  }

  public boolean isVideoCallDone() {
    return videoCallDone;
  }

  public void setVideoCallDone(boolean videoCallDone) {
    this.videoCallDone = videoCallDone;
  }

  public boolean isScreenshotUploaded() {
    return videoCallScreenshot != null;
  }

  public RefusalReason getRejection() {
    return rejection;
  }

  public void setRejection(RefusalReason rejection) {
    this.rejection = rejection;
  }

  public ApplicationType getType() {
    return type;
  }

  public void setType(ApplicationType type) {
    this.type = type;
  }

  public FingerprintChoice getFingerprint() {
    return fingerprint;
  }

  public FeeRelief getRelief() {
    return relief;
  }

  public void setRelief(FeeRelief relief) {
    this.relief = relief;
  }

  public FeeRelief[] getReliefs() {
    return FeeRelief.values();
  }

  public String getReliefReason() {
    return reliefReason;
  }

  public void setReliefReason(String reliefReason) {
    this.reliefReason = reliefReason;
  }

  public PaymentMethod getPaymentMethod() {
    return paymentMethod;
  }

  public void setPaymentMethod(PaymentMethod paymentMethod) {
    this.paymentMethod = paymentMethod;
  }

  public String getFeeReceiptNumber() {
    return feeReceiptNumber;
  }

  public void setFeeReceiptNumber(String feeReceiptNumber) {
    this.feeReceiptNumber = feeReceiptNumber;
  }
}
