package cn.cq.police.idcard.proxies.control;

import cn.cq.police.idcard.proxies.entity.Relationship;
import java.util.Objects;

/**
 * The facts a clerk records when someone applies on another person's behalf.
 *
 * @param relationship of the person at the counter to the applicant
 * @param applicantAge the applicant's age in whole years on the application date
 * @param expiredCardRenewal whether the application renews a card that has expired (到期换领)
 */
public record ProxyCase(
    Relationship relationship,
    int applicantAge,
    boolean applicantDisabledOrBedridden,
    boolean applicantAbroad,
    boolean expiredCardRenewal) {

  public ProxyCase {
    Objects.requireNonNull(relationship, "relationship");
    if (applicantAge < 0) {
      throw new IllegalArgumentException("applicant age must not be negative: " + applicantAge);
    }
  }
}
