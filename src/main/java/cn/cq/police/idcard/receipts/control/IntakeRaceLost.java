package cn.cq.police.idcard.receipts.control;

import jakarta.ejb.ApplicationException;

/**
 * Another request stored one of the batch's receipt numbers between the duplicate check and the
 * insert. The whole transaction rolls back; re-sending the batch then sorts it out.
 */
@ApplicationException(rollback = true)
public class IntakeRaceLost extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IntakeRaceLost(Throwable cause) {
    super("A receipt number of this request was stored concurrently", cause);
  }
}
