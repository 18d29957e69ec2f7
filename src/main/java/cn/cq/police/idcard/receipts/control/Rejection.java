package cn.cq.police.idcard.receipts.control;

import java.util.List;

/**
 * Why one receipt (or a request) was refused: the code, plus the arguments its message pattern
 * needs (a field name, the dimensions found...). The boundary turns both into text.
 */
public record Rejection(IntakeReason reason, List<Object> arguments) {

  public static Rejection of(IntakeReason reason, Object... arguments) {
    return new Rejection(reason, List.of(arguments));
  }
}
