package cn.cq.police.idcard.proxies.entity;

import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import java.io.Serializable;
import java.time.LocalDate;

/** What the clerk records from the authorisation letter and the agent, before it is accepted. */
public record ProxyDetails(
    String agentName,
    CitizenIdNumber agentIdNumber,
    Relationship relationship,
    String agentPhone,
    LocalDate letterDate,
    String delegatedMatter,
    boolean applicantDisabledOrBedridden,
    boolean applicantAbroad,
    Checklist checklist,
    byte[] videoCallScreenshot)
    implements Serializable {

  /** What the clerk has seen and ticked. */
  public record Checklist(
      boolean agentIdCardSeen,
      boolean principalSignaturesSeen,
      boolean relationshipEvidenceSeen,
      boolean undertakingSigned,
      boolean videoCallDone)
      implements Serializable {}
}
