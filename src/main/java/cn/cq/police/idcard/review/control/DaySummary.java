package cn.cq.police.idcard.review.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.ExemptionStatus;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one station's day comes to: counts by type and status, fees, the fee receipts with their
 * number series, and what still waits for a decision. The one computation behind the close screen,
 * the 每日受理汇总表 and the 日结单, so they cannot disagree; pure, built by {@link #of}.
 *
 * <p>The rule, as a supervisor counts the till. A voided payment takes nothing: it is in no fee
 * line and not in the takings, but its fee receipt stays in the list, marked voided, and in its
 * number series (the number was issued). Every other payment of the day is in exactly one fee line:
 * a fee paid under its payment method; nothing charged under the reason why — an approved exemption
 * (免收), one still pending, a refused exemption whose fee is still owed, or no fee due at all
 * (Chongqing first applications) — with 0 yuan, so free and exempted applications are visible and
 * counted. The takings are the sum of the fee lines.
 *
 * <p>A card mailed home (邮寄送证) pays its postage on the same payment and fee receipt as its card
 * fee: the fee lines count the whole charge under its method, and by kind the payment counts twice
 * — its card fee under the application's kind and its postage under {@code POSTAGE} — so the kinds
 * still add up to the takings. {@code cardsPosted} is how many cards left the station by post that
 * day (tracking numbers recorded), whenever they were applied for.
 */
public record DaySummary(
    LocalDate day,
    List<Count> byType,
    List<Count> byStatus,
    List<Fee> fees,
    List<KindTotal> byKind,
    List<FeeReceipt> receipts,
    List<FeeReceiptReconciliation.Series> receiptSeries,
    List<Undecided> undecided,
    long cardsPosted) {

  /** Why a payment of the day charged nothing. */
  public enum NoCharge {
    /** An exemption (低保) the supervisor approved. */
    EXEMPTED,
    /** An exemption still waiting for the supervisor. */
    EXEMPTION_PENDING,
    /** The exemption was refused and the fee is not collected yet. */
    FEE_OWED,
    /** No fee was due for the application. */
    FREE
  }

  /** How many of the day's applications have one type or status (the enum constant's name). */
  public record Count(String key, long count) {}

  /** One fee line: a payment method with what it took, or a reason nothing was charged. */
  public record Fee(PaymentMethod method, NoCharge noCharge, long count, Amount amount) {

    public Fee {
      if ((method == null) == (noCharge == null)) {
        throw new IllegalArgumentException(
            "A fee line is a method or a reason, not " + method + "/" + noCharge);
      }
      Objects.requireNonNull(amount, "amount");
    }

    /** This line and another of the same method or reason, added up. */
    Fee plus(Fee other) {
      return new Fee(method, noCharge, count + other.count, amount.plus(other.amount));
    }

    /** The enum constant that names the line, for labels. */
    public Enum<?> line() {
      return method != null ? method : noCharge;
    }

    /** The resource bundle key of the line's label. */
    public String messageKey() {
      return method != null ? "payment." + method.name() : "close.noCharge." + noCharge.name();
    }
  }

  /**
   * What the day's payments of one fee kind (工本费 of an application type, a temporary card, or the
   * postage of cards mailed home) came to, voids excluded: the same payments as the fee lines,
   * grouped by what they were for.
   */
  public record KindTotal(FeeKind kind, long count, Amount amount) {

    KindTotal plus(KindTotal other) {
      return new KindTotal(kind, count + other.count, amount.plus(other.amount));
    }
  }

  /** A fee receipt issued that day: its number, the amount it was for, and whether it is void. */
  public record FeeReceipt(String number, Amount amount, boolean voided) {}

  public record Undecided(Long applicationId, AcceptanceNumber acceptanceNumber, String status) {}

  public DaySummary {
    byType = List.copyOf(byType);
    byStatus = List.copyOf(byStatus);
    fees = List.copyOf(fees);
    byKind = List.copyOf(byKind);
    receipts = List.copyOf(receipts);
    receiptSeries = List.copyOf(receiptSeries);
    undecided = List.copyOf(undecided);
  }

  /**
   * Applies the rule to the day's figures.
   *
   * @param byType the day's applications per type
   * @param byStatus the day's applications per current status
   * @param payments the payments recorded that day, voided ones included
   */
  public static DaySummary of(
      LocalDate day,
      Map<ApplicationType, Long> byType,
      Map<ApplicationStatus, Long> byStatus,
      List<Payment> payments,
      List<Undecided> undecided) {
    return of(day, byType, byStatus, payments, undecided, 0);
  }

  /**
   * As {@link #of(LocalDate, Map, Map, List, List)}, with the cards posted that day.
   *
   * @param cardsPosted cards that left the station by post that day
   */
  public static DaySummary of(
      LocalDate day,
      Map<ApplicationType, Long> byType,
      Map<ApplicationStatus, Long> byStatus,
      List<Payment> payments,
      List<Undecided> undecided,
      long cardsPosted) {
    Map<PaymentMethod, Fee> paid = new EnumMap<>(PaymentMethod.class);
    Map<NoCharge, Fee> unpaid = new EnumMap<>(NoCharge.class);
    Map<FeeKind, KindTotal> kinds = new EnumMap<>(FeeKind.class);
    List<FeeReceipt> receipts = new ArrayList<>();
    for (Payment payment : payments) {
      if (payment.getFeeReceiptNumber() != null) {
        receipts.add(
            new FeeReceipt(payment.getFeeReceiptNumber(), payment.getAmount(), payment.isVoided()));
      }
      if (payment.isVoided()) {
        continue;
      }
      kinds.merge(
          payment.getKind(),
          new KindTotal(payment.getKind(), 1, payment.getCardFee()),
          KindTotal::plus);
      if (!payment.getPostage().isZero()) {
        kinds.merge(
            FeeKind.POSTAGE,
            new KindTotal(FeeKind.POSTAGE, 1, payment.getPostage()),
            KindTotal::plus);
      }
      if (payment.getAmount().isZero()) {
        NoCharge reason = noCharge(payment);
        unpaid.merge(reason, new Fee(null, reason, 1, Amount.ZERO), Fee::plus);
      } else {
        PaymentMethod method =
            Objects.requireNonNull(payment.getMethod(), "a paid fee has a method");
        paid.merge(method, new Fee(method, null, 1, payment.getAmount()), Fee::plus);
      }
    }
    List<Fee> fees = new ArrayList<>(paid.values());
    fees.addAll(unpaid.values());
    receipts.sort(Comparator.comparing(FeeReceipt::number));
    return new DaySummary(
        day,
        counts(byType),
        counts(byStatus),
        fees,
        List.copyOf(kinds.values()),
        receipts,
        FeeReceiptReconciliation.of(receipts.stream().map(FeeReceipt::number).toList()),
        undecided,
        cardsPosted);
  }

  private static NoCharge noCharge(Payment payment) {
    if (payment.isFeeOwed()) {
      return NoCharge.FEE_OWED;
    }
    if (payment.getExemptionStatus() == ExemptionStatus.PENDING) {
      return NoCharge.EXEMPTION_PENDING;
    }
    return payment.isExempted() ? NoCharge.EXEMPTED : NoCharge.FREE;
  }

  /** In the enum's order, which is the order the screen and the forms print. */
  private static <E extends Enum<E>> List<Count> counts(Map<E, Long> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new Count(e.getKey().name(), e.getValue()))
        .toList();
  }

  /** The takings: what the day's fee lines took, voids excluded. */
  public Amount total() {
    return fees.stream().map(Fee::amount).reduce(Amount.ZERO, Amount::plus);
  }

  /** How many payments the fee lines hold, those that charged nothing included. */
  public long paymentCount() {
    return fees.stream().mapToLong(Fee::count).sum();
  }

  /** The fee line of a method or reason, or a line of none when there was none that day. */
  public Fee fee(Enum<?> line) {
    return fees.stream()
        .filter(fee -> fee.line() == line)
        .findFirst()
        .orElseGet(
            () ->
                line instanceof PaymentMethod method
                    ? new Fee(method, null, 0, Amount.ZERO)
                    : new Fee(null, (NoCharge) line, 0, Amount.ZERO));
  }

  public long applicationCount() {
    return byType.stream().mapToLong(Count::count).sum();
  }

  public List<FeeReceipt> voidedReceipts() {
    return receipts.stream().filter(FeeReceipt::voided).toList();
  }

  /** What the voided receipts were for; not part of the takings. */
  public Amount voidedAmount() {
    return voidedReceipts().stream().map(FeeReceipt::amount).reduce(Amount.ZERO, Amount::plus);
  }

  /** The summary as stored with the close: short, readable, no personal data. */
  public String asText() {
    return ("day=%s; byType=%s; byStatus=%s; fees=%s; byKind=%s; totalFen=%d; receiptSeries=%s;"
                + " voided=%s;")
            .formatted(
                day,
                byType.stream().map(c -> c.key() + ":" + c.count()).toList(),
                byStatus.stream().map(c -> c.key() + ":" + c.count()).toList(),
                fees.stream()
                    .map(f -> f.line().name() + ":" + f.count() + "/" + f.amount().fen())
                    .toList(),
                byKind.stream()
                    .map(k -> k.kind().name() + ":" + k.count() + "/" + k.amount().fen())
                    .toList(),
                total().fen(),
                receiptSeries.stream()
                    .map(s -> s.from() + "-" + s.to() + " missing " + s.missingCount())
                    .toList(),
                voidedReceipts().stream().map(r -> r.number() + "/" + r.amount().fen()).toList())
        + " carriedOver="
        + undecided.stream().map(Undecided::acceptanceNumber).toList()
        + (cardsPosted == 0 ? "" : "; cardsPosted=" + cardsPosted);
  }
}
