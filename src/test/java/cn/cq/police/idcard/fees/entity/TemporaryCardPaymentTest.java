package cn.cq.police.idcard.fees.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TemporaryCardPaymentTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 12, 10, 0);

  @Test
  void aTemporaryCardsFeeIsForTheCardNotAnApplication() {
    Payment paid =
        Payment.forTemporaryCard(
            7L, 1L, Amount.ofFen(1000), PaymentMethod.WECHAT_PAY, "LS-0001", 3L, AT);
    assertEquals(FeeKind.TEMPORARY, paid.getKind());
    assertEquals(7L, paid.getTemporaryCardId());
    assertNull(paid.getApplicationId());
    assertTrue(paid.isFeeReceiptIssued());
    assertFalse(paid.isExempted());
  }

  @Test
  void aFreeTemporaryCardKeepsNoMethodOrReceipt() {
    Payment free =
        Payment.forTemporaryCard(7L, 1L, Amount.ZERO, PaymentMethod.CASH, "LS-0002", 3L, AT);
    assertNull(free.getMethod());
    assertNull(free.getFeeReceiptNumber());
    assertFalse(free.isFeeReceiptIssued());
  }

  @Test
  void theCardIsNamed() {
    assertThrows(
        NullPointerException.class,
        () ->
            Payment.forTemporaryCard(
                null, 1L, Amount.ofFen(1000), PaymentMethod.CASH, "LS-0003", 3L, AT));
  }
}
