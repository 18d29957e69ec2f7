package cn.cq.police.idcard.feeds.control;

import cn.cq.police.idcard.feeds.control.ProductionOutbox.Backlog;
import cn.cq.police.idcard.feeds.control.ProductionOutbox.Outgoing;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The sender's transactions: each step on an outbox row commits on its own, so the HTTP call to the
 * centre happens outside any transaction and a claim is visible to other instances at once.
 *
 * <p>Control, although each method opens a transaction: inner units of work of {@code
 * OutboxSender}, the timer that is the entry point. Nothing else calls them, so they have no access
 * rule of their own (see {@code LayeringTest}).
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ProductionDeliveries {

  @Inject ProductionOutbox outbox;

  public List<Long> due(int max) {
    return outbox.due(max);
  }

  public Optional<Outgoing> claim(Long messageId, String instance, Duration lease) {
    return outbox.claim(messageId, instance, lease);
  }

  public void delivered(Long messageId) {
    outbox.delivered(messageId);
  }

  public void failed(Long messageId, String error, Duration backoffBase, Duration backoffMax) {
    outbox.failed(messageId, error, backoffBase, backoffMax);
  }

  public void release(Long messageId) {
    outbox.release(messageId);
  }

  public Backlog backlog() {
    return outbox.backlog();
  }
}
