package cn.cq.police.idcard.feeds.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Sends one application to the production centre's REST endpoint, signed with the station's
 * production-centre credential and carrying the Idempotency-Key header, so a resend after a lost
 * answer creates no second card order. Fault tolerance: a timeout per call, one quick retry, and a
 * circuit breaker that stops hammering a centre that keeps failing (MicroProfile config can tune
 * each, e.g. {@code
 * cn.cq.police.idcard.feeds.control.ProductionCentreClient/send/CircuitBreaker/delay}).
 */
@ApplicationScoped
public class ProductionCentreClient {

  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  /** {@code feeds.production.url}, {@code .key-id}, {@code .api-key}, {@code .signing-secret}. */
  @Inject Config config;

  private SignedPost post;

  @PostConstruct
  void init() {
    post = SignedPost.configured(config, "feeds.production.");
  }

  /** Returns normally only when the centre answered 2xx; anything else throws. */
  @Timeout(5000)
  @Retry(
      maxRetries = 1,
      delay = 200,
      abortOn = {CircuitBreakerOpenException.class})
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.75,
      delay = 30000,
      successThreshold = 1)
  public void send(String idempotencyKey, byte[] body) {
    post.send(Map.of(IDEMPOTENCY_KEY_HEADER, idempotencyKey), body);
  }

  /** The centre did not take the application; the message says why (never applicant data). */
  public static class DeliveryFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeliveryFailed(String message) {
      super(message);
    }
  }
}
