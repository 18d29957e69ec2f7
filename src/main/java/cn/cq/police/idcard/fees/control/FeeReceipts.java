package cn.cq.police.idcard.fees.control;

import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for recording a fee: a payment method and a fee receipt number (from the station's
 * pre-numbered receipt book) that the station has not used before. Shared by the counter's submit
 * and the later collection of a fee whose exemption a supervisor refused.
 */
public final class FeeReceipts {

  private static final Pattern FORMAT = Pattern.compile("[0-9A-Z-]{4,30}");

  /** What can be wrong, named as the resource bundle keys of both callers end. */
  public enum Problem {
    FEE_METHOD_MISSING,
    FEE_RECEIPT_MISSING,
    FEE_RECEIPT_INVALID,
    FEE_RECEIPT_TAKEN
  }

  private FeeReceipts() {}

  /** Trimmed and upper-cased, as the number is stored; null when nothing was typed. */
  public static String normalized(String input) {
    return input == null || input.isBlank() ? null : input.trim().toUpperCase(Locale.ROOT);
  }

  /** The first problem with recording this method and (normalized) number at the station. */
  public static Optional<Problem> check(
      EntityManager em, Long stationId, PaymentMethod method, String feeReceiptNumber) {
    if (method == null) {
      return Optional.of(Problem.FEE_METHOD_MISSING);
    }
    if (feeReceiptNumber == null) {
      return Optional.of(Problem.FEE_RECEIPT_MISSING);
    }
    if (!FORMAT.matcher(feeReceiptNumber).matches()) {
      return Optional.of(Problem.FEE_RECEIPT_INVALID);
    }
    long taken =
        em.createNamedQuery(Payment.BY_FEE_RECEIPT, Long.class)
            .setParameter("stationId", stationId)
            .setParameter("feeReceiptNumber", feeReceiptNumber)
            .getSingleResult();
    return taken > 0 ? Optional.of(Problem.FEE_RECEIPT_TAKEN) : Optional.empty();
  }
}
