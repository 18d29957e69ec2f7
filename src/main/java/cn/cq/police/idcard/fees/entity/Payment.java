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
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The card production fee (工本费) recorded with an application or a temporary card: the amount, how
 * it was paid and the fee receipt number, or an exemption waiting for a supervisor. One per
 * application or temporary card, and exactly one of the two (a check constraint says so too), so
 * the day's takings read every payment of the day, whatever it was for.
 */
@Entity
@Table(name = "payment")
@NamedQuery(
    name = Payment.FOR_APPLICATION,
    query = "select p from Payment p where p.applicationId = :applicationId")
@NamedQuery(
    name = Payment.FOR_TEMPORARY_CARD,
    query = "select p from Payment p where p.temporaryCardId = :temporaryCardId")
@NamedQuery(
    name = Payment.BY_FEE_RECEIPT,
    query =
        "select count(p) from Payment p where p.stationId = :stationId"
            + " and p.feeReceiptNumber = :feeReceiptNumber")
public class Payment implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FOR_APPLICATION = "Payment.forApplication";
  public static final String FOR_TEMPORARY_CARD = "Payment.forTemporaryCard";
  public static final String BY_FEE_RECEIPT = "Payment.byFeeReceipt";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Null for a temporary card's fee. */
  @Column(name = "application_id", unique = true)
  private Long applicationId;

  /** Null for an application's fee. */
  @Column(name = "temporary_card_id", unique = true)
  private Long temporaryCardId;

  @Column(name = "station_id", nullable = false)
  private Long stationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "fee_kind", nullable = false, length = 20)
  private FeeKind kind;

  /** The whole charge on the fee receipt: the card fee and, for a card posted home, the postage. */
  @Convert(converter = AmountConverter.class)
  @Column(name = "amount_fen", nullable = false)
  private Amount amount;

  /** The part of {@link #amount} that is postage (邮寄送证); zero for a card collected here. */
  @Convert(converter = AmountConverter.class)
  @Column(name = "postage_fen", nullable = false)
  private Amount postage = Amount.ZERO;

  /** Null when nothing was charged. */
  @Enumerated(EnumType.STRING)
  @Column(length = 15)
  private PaymentMethod method;

  @Column(name = "fee_receipt_number", length = 30)
  private String feeReceiptNumber;

  @Column(name = "exemption_reason", length = 200)
  private String exemptionReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "exemption_status", length = 10)
  private ExemptionStatus exemptionStatus;

  /** Why the fee is waived or halved; null when the full fee applies. */
  @Enumerated(EnumType.STRING)
  @Column(name = "fee_relief", length = 25)
  private FeeRelief relief;

  @Column(nullable = false)
  private boolean voided;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "void_reason", length = 200)
  private String voidReason;

  @Column(name = "voided_at")
  private LocalDateTime voidedAt;

  @Column(name = "voided_by")
  private Long voidedBy;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  protected Payment() {}

  private Payment(
      Long applicationId,
      Long stationId,
      FeeKind kind,
      Amount amount,
      Long createdBy,
      LocalDateTime createdAt) {
    this.applicationId = applicationId;
    this.stationId = stationId;
    this.kind = kind;
    this.amount = amount;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** A fee paid, or a fee of zero (Chongqing first applications) with nothing to pay. */
  public static Payment charged(
      Long applicationId,
      Long stationId,
      FeeKind kind,
      Amount amount,
      PaymentMethod method,
      String feeReceiptNumber,
      Long createdBy,
      LocalDateTime createdAt) {
    Payment payment = new Payment(applicationId, stationId, kind, amount, createdBy, createdAt);
    if (!amount.isZero()) {
      payment.method = method;
      payment.feeReceiptNumber = feeReceiptNumber;
    }
    return payment;
  }

  /**
   * The fee of a temporary card (临时居民身份证, 10 yuan by the national tariff), paid at the counter. No
   * relief: 居民身份证法 art. 20 exempts only the fee of a first application or a renewal.
   */
  public static Payment forTemporaryCard(
      Long temporaryCardId,
      Long stationId,
      Amount amount,
      PaymentMethod method,
      String feeReceiptNumber,
      Long createdBy,
      LocalDateTime createdAt) {
    Payment payment =
        charged(
            null,
            stationId,
            FeeKind.TEMPORARY,
            amount,
            method,
            feeReceiptNumber,
            createdBy,
            createdAt);
    payment.temporaryCardId = Objects.requireNonNull(temporaryCardId, "temporaryCardId");
    return payment;
  }

  /** A fee that would be due but is waived (低保, 农村特困), pending a supervisor's approval. */
  public static Payment exempted(
      Long applicationId,
      Long stationId,
      FeeKind kind,
      FeeRelief relief,
      String reason,
      Long createdBy,
      LocalDateTime createdAt) {
    if (relief == null || relief.halves()) {
      throw new IllegalArgumentException("Only a waiving relief exempts the fee: " + relief);
    }
    Payment payment =
        new Payment(applicationId, stationId, kind, Amount.ZERO, createdBy, createdAt);
    payment.relief = relief;
    payment.exemptionReason = reason;
    payment.exemptionStatus = ExemptionStatus.PENDING;
    return payment;
  }

  /**
   * Half the fee, paid at the counter (其他生活确有困难). The application waits for a supervisor, who sees
   * the reason; there is no separate decision on the half, which was paid.
   */
  public static Payment reduced(
      Long applicationId,
      Long stationId,
      FeeKind kind,
      Amount fullFee,
      FeeRelief relief,
      String reason,
      PaymentMethod method,
      String feeReceiptNumber,
      Long createdBy,
      LocalDateTime createdAt) {
    if (relief == null || !relief.halves()) {
      throw new IllegalArgumentException("Only a halving relief reduces the fee: " + relief);
    }
    Payment payment =
        charged(
            applicationId,
            stationId,
            kind,
            relief.applyTo(fullFee),
            method,
            feeReceiptNumber,
            createdBy,
            createdAt);
    payment.relief = relief;
    payment.exemptionReason = reason;
    return payment;
  }

  /**
   * Adds the postage of a card delivered by post to this payment, before it is stored: one charge,
   * one fee receipt. When the card fee itself charged nothing (a free first application), the
   * postage is what is paid, by {@code method} under {@code feeReceiptNumber}. A waived fee takes
   * no postage: its payment has no method and no receipt of its own.
   */
  public void addPostage(Amount postage, PaymentMethod method, String feeReceiptNumber) {
    Objects.requireNonNull(postage, "postage");
    if (postage.isZero()) {
      // A card collected at the station: every payment passes here, waived ones too.
      return;
    }
    if (exemptionStatus != null && relief != null && !relief.halves()) {
      throw new IllegalStateException("A waived fee carries no postage");
    }
    if (!this.postage.isZero()) {
      throw new IllegalStateException("Postage already added");
    }
    if (this.amount.isZero()) {
      this.method = method;
      this.feeReceiptNumber = feeReceiptNumber;
    }
    this.amount = this.amount.plus(postage);
    this.postage = postage;
  }

  /** The card fee (工本费) alone: the charge without its postage. */
  public Amount getCardFee() {
    return amount.minus(postage);
  }

  public Amount getPostage() {
    return postage;
  }

  /** A supervisor cancels the payment; the fee receipt number stays taken, marked void. */
  public void voidBy(Long supervisorId, LocalDateTime at, String reason) {
    if (voided) {
      throw new IllegalStateException("Payment already void");
    }
    this.voided = true;
    this.voidedBy = supervisorId;
    this.voidedAt = at;
    this.voidReason = reason;
  }

  /** The supervisor's decision on a pending exemption. */
  public void decideExemption(boolean approved) {
    if (exemptionStatus != ExemptionStatus.PENDING) {
      throw new IllegalStateException("No pending exemption");
    }
    exemptionStatus = approved ? ExemptionStatus.APPROVED : ExemptionStatus.REFUSED;
  }

  /** A refused exemption leaves the fee to be paid; until then nothing was charged. */
  public boolean isFeeOwed() {
    return exemptionStatus == ExemptionStatus.REFUSED && amount.isZero() && !voided;
  }

  /** The fee collected after the supervisor refused the exemption; the refusal stays recorded. */
  public void collectOwedFee(Amount amount, PaymentMethod method, String feeReceiptNumber) {
    if (!isFeeOwed()) {
      throw new IllegalStateException("No fee is owed on this payment");
    }
    this.amount = amount;
    this.method = method;
    this.feeReceiptNumber = feeReceiptNumber;
  }

  /**
   * Whether a fee receipt (收费凭证) was issued: money was charged and its receipt number recorded.
   * Nothing charged (a free first application, an exemption, a fee still owed) means no receipt.
   */
  public boolean isFeeReceiptIssued() {
    return !amount.isZero() && feeReceiptNumber != null;
  }

  /**
   * A returned application's charge, corrected by the clerk: a mistyped fee receipt number, or a
   * new fee after the type was corrected ({@code amount} is the card fee; the postage stays). Only
   * a fee that was charged (not waived, not voided).
   */
  public void correctCharge(FeeKind kind, Amount amount, PaymentMethod method, String number) {
    if (voided || exemptionStatus != null) {
      throw new IllegalStateException("Only a charged fee can be corrected");
    }
    this.kind = kind;
    this.amount = amount.plus(postage);
    this.method = this.amount.isZero() ? null : method;
    this.feeReceiptNumber = this.amount.isZero() ? null : number;
  }

  /** A waived fee's kind after the type was corrected: still nothing charged. */
  public void correctWaivedKind(FeeKind kind) {
    if (exemptionStatus == null) {
      throw new IllegalStateException("Not a waived fee");
    }
    this.kind = kind;
  }

  public boolean isVoided() {
    return voided;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public Long getCreatedBy() {
    return createdBy;
  }

  public boolean isExempted() {
    return exemptionStatus != null;
  }

  public Long getId() {
    return id;
  }

  public Long getStationId() {
    return stationId;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Long getTemporaryCardId() {
    return temporaryCardId;
  }

  public FeeKind getKind() {
    return kind;
  }

  public Amount getAmount() {
    return amount;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public String getFeeReceiptNumber() {
    return feeReceiptNumber;
  }

  public String getExemptionReason() {
    return exemptionReason;
  }

  public FeeRelief getRelief() {
    return relief;
  }

  public ExemptionStatus getExemptionStatus() {
    return exemptionStatus;
  }
}
