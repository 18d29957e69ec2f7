package cn.cq.police.idcard.notices.control;

import cn.cq.police.idcard.notices.control.NoticeOutbox.OutgoingText;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The notice sender's transactions: each step on a message commits on its own, so the call to the
 * gateway happens outside any transaction and a claim is visible to other members at once.
 *
 * <p>Control, although each method opens a transaction: inner units of work of {@code
 * NoticeSender}, the timer that is the entry point (as {@code ProductionDeliveries} is).
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class NoticeDeliveries {

  @Inject NoticeOutbox outbox;

  public List<Long> due(int max) {
    return outbox.due(max);
  }

  public Optional<OutgoingText> claim(Long messageId, String instance, Duration lease) {
    return outbox.claim(messageId, instance, lease);
  }

  public void sent(Long messageId, String gatewayId) {
    outbox.sent(messageId, gatewayId);
  }

  public void failed(
      Long messageId,
      String error,
      boolean permanent,
      int maxAttempts,
      Duration backoffBase,
      Duration backoffMax) {
    outbox.failed(messageId, error, permanent, maxAttempts, backoffBase, backoffMax);
  }
}
