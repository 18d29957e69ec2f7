package cn.cq.police.idcard.notices.entity;

/** Who gave the mobile number and the consent at the counter. */
public enum ConsentGiver {
  APPLICANT,
  AGENT
}
