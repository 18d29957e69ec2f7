package cn.cq.police.idcard.fees.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** One line of the fee schedule as the administrator keeps it. */
@Entity
@Table(name = "fee_rule")
@NamedQuery(name = FeeRuleEntry.ALL, query = "select f from FeeRuleEntry f order by f.id")
@NamedQuery(
    name = FeeRuleEntry.OF_KIND,
    query = "select f from FeeRuleEntry f where f.kind = :kind order by f.validFrom")
public class FeeRuleEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "FeeRuleEntry.all";
  public static final String OF_KIND = "FeeRuleEntry.ofKind";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "fee_kind", nullable = false, length = 20)
  private FeeKind kind;

  @Convert(converter = AmountConverter.class)
  @Column(name = "amount_fen", nullable = false)
  private Amount amount;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(nullable = false, length = 200)
  private String description;

  protected FeeRuleEntry() {}

  public FeeRuleEntry(FeeKind kind, Amount amount, LocalDate validFrom, String description) {
    this.kind = kind;
    this.amount = amount;
    this.validFrom = validFrom;
    this.description = description;
  }

  /** Ends this tariff on {@code lastDay} because a new one for the same kind follows it. */
  public void closeOn(LocalDate lastDay) {
    this.validTo = lastDay;
  }

  public boolean isOpen() {
    return validTo == null;
  }

  public Long getId() {
    return id;
  }

  public FeeKind getKind() {
    return kind;
  }

  public Amount getAmount() {
    return amount;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public String getDescription() {
    return description;
  }
}
