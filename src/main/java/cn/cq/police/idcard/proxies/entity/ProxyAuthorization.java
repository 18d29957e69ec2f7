package cn.cq.police.idcard.proxies.entity;

import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.entity.CitizenIdIndexConverter;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The authorisation letter (委托书) behind a proxy application: the agent, the relationship, the
 * policy it was accepted under and the clerk's checklist. Keyed by the application's id so the
 * proxies component does not depend on applications.
 */
@Entity
@Table(name = "proxy_authorization")
public class ProxyAuthorization implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "policy_code", nullable = false, length = 40)
  private String policyCode;

  @Convert(converter = SealedColumns.Name.class)
  @Column(name = "agent_name", nullable = false, length = 400)
  private String agentName;

  @Convert(converter = CitizenIdNumberConverter.class)
  @Column(name = "agent_id_number", nullable = false, length = 120)
  private CitizenIdNumber agentIdNumber;

  /** The blind index of {@link #agentIdNumber}: what the insight signals group by. */
  @Convert(converter = CitizenIdIndexConverter.class)
  @Column(name = "agent_id_index", length = 32)
  private CitizenIdNumber agentIdIndex;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Relationship relationship;

  @Convert(converter = SealedColumns.Phone.class)
  @Column(name = "agent_phone", nullable = false, length = 120)
  private String agentPhone;

  @Column(name = "letter_date", nullable = false)
  private LocalDate letterDate;

  @Column(name = "delegated_matter", nullable = false, length = 200)
  private String delegatedMatter;

  @Column(name = "applicant_disabled_or_bedridden", nullable = false)
  private boolean applicantDisabledOrBedridden;

  @Column(name = "applicant_abroad", nullable = false)
  private boolean applicantAbroad;

  @Column(name = "agent_id_card_seen", nullable = false)
  private boolean agentIdCardSeen;

  @Column(name = "principal_signatures_seen", nullable = false)
  private boolean principalSignaturesSeen;

  @Column(name = "relationship_evidence_seen", nullable = false)
  private boolean relationshipEvidenceSeen;

  @Column(name = "undertaking_signed", nullable = false)
  private boolean undertakingSigned;

  @Column(name = "video_call_done", nullable = false)
  private boolean videoCallDone;

  @Basic(fetch = FetchType.LAZY)
  @Convert(converter = SealedColumns.Jpeg.class)
  @Column(name = "video_call_screenshot")
  private byte[] videoCallScreenshot;

  protected ProxyAuthorization() {}

  public ProxyAuthorization(Long applicationId, String policyCode, ProxyDetails details) {
    this.applicationId = applicationId;
    this.policyCode = policyCode;
    this.agentName = details.agentName();
    this.agentIdNumber = details.agentIdNumber();
    this.agentIdIndex = agentIdNumber;
    this.relationship = details.relationship();
    this.agentPhone = details.agentPhone();
    this.letterDate = details.letterDate();
    this.delegatedMatter = details.delegatedMatter();
    this.applicantDisabledOrBedridden = details.applicantDisabledOrBedridden();
    this.applicantAbroad = details.applicantAbroad();
    this.agentIdCardSeen = details.checklist().agentIdCardSeen();
    this.principalSignaturesSeen = details.checklist().principalSignaturesSeen();
    this.relationshipEvidenceSeen = details.checklist().relationshipEvidenceSeen();
    this.undertakingSigned = details.checklist().undertakingSigned();
    this.videoCallDone = details.checklist().videoCallDone();
    this.videoCallScreenshot =
        details.videoCallScreenshot() == null ? null : details.videoCallScreenshot().clone();
  }

  /** The agent's phone, corrected by the clerk on a returned application. */
  public void correctAgentPhone(String corrected) {
    this.agentPhone = corrected;
  }

  /** The authorization letter's date, corrected by the clerk on a returned application. */
  public void correctLetterDate(LocalDate corrected) {
    this.letterDate = corrected;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getPolicyCode() {
    return policyCode;
  }

  public String getAgentName() {
    return agentName;
  }

  public CitizenIdNumber getAgentIdNumber() {
    return agentIdNumber;
  }

  public Relationship getRelationship() {
    return relationship;
  }

  public String getAgentPhone() {
    return agentPhone;
  }

  public LocalDate getLetterDate() {
    return letterDate;
  }

  public String getDelegatedMatter() {
    return delegatedMatter;
  }

  public boolean isUndertakingSigned() {
    return undertakingSigned;
  }

  public boolean isVideoCallDone() {
    return videoCallDone;
  }

  public boolean isApplicantDisabledOrBedridden() {
    return applicantDisabledOrBedridden;
  }

  public boolean isApplicantAbroad() {
    return applicantAbroad;
  }

  public boolean isAgentIdCardSeen() {
    return agentIdCardSeen;
  }

  public boolean isPrincipalSignaturesSeen() {
    return principalSignaturesSeen;
  }

  public boolean isRelationshipEvidenceSeen() {
    return relationshipEvidenceSeen;
  }

  /** The video call's screenshot as uploaded (PNG or JPEG), or null. */
  public byte[] getVideoCallScreenshot() {
    return videoCallScreenshot == null ? null : videoCallScreenshot.clone();
  }

  public boolean hasVideoCallScreenshot() {
    return videoCallScreenshot != null;
  }
}
