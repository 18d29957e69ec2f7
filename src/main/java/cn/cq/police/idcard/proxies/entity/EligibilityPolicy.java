package cn.cq.police.idcard.proxies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which proxy applications a station accepts: data the administrator sets per station, not code.
 */
@Entity
@Table(name = "eligibility_policy")
@NamedQuery(name = EligibilityPolicy.ALL, query = "select p from EligibilityPolicy p order by p.id")
@NamedQuery(
    name = EligibilityPolicy.BY_CODE,
    query = "select p from EligibilityPolicy p where p.code = :code")
public class EligibilityPolicy implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "EligibilityPolicy.all";
  public static final String BY_CODE = "EligibilityPolicy.byCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 100)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(name = "allowed_relationships", nullable = false, length = 200)
  private String allowedRelationships;

  @Enumerated(EnumType.STRING)
  @Column(name = "policy_condition", nullable = false, length = 30)
  private PolicyCondition condition;

  @Column(name = "requires_undertaking", nullable = false)
  private boolean requiresUndertaking;

  @Column(name = "requires_video_call", nullable = false)
  private boolean requiresVideoCall;

  protected EligibilityPolicy() {}

  public Set<Relationship> allowedRelationships() {
    return Arrays.stream(allowedRelationships.split(","))
        .map(String::trim)
        .filter(name -> !name.isEmpty())
        .map(Relationship::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Relationship.class)));
  }

  public String name(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public PolicyCondition getCondition() {
    return condition;
  }

  public boolean isRequiresUndertaking() {
    return requiresUndertaking;
  }

  public boolean isRequiresVideoCall() {
    return requiresVideoCall;
  }
}
