package cn.cq.police.idcard.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long audit entries stay in the live table ({@code audit.retention-months}, default 36): never
 * less than six months (Cybersecurity Law art. 21: network logs kept at least six months). A
 * shorter setting stops the deployment at start-up, and {@code bin/audit-archive} refuses it too.
 */
@ApplicationScoped
public class AuditRetention {

  public static final int MINIMUM_MONTHS = 6;

  @Inject
  @ConfigProperty(name = "audit.retention-months", defaultValue = "36")
  int months;

  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    check(months);
  }

  /**
   * @throws IllegalStateException below the legal minimum
   */
  public static int check(int months) {
    if (months < MINIMUM_MONTHS) {
      throw new IllegalStateException(
          "audit.retention-months is "
              + months
              + ": audit entries must be kept at least "
              + MINIMUM_MONTHS
              + " months");
    }
    return months;
  }

  /** Entries that occurred before this may be archived. */
  public static LocalDateTime cutoff(LocalDateTime now, int months) {
    return now.minusMonths(check(months));
  }
}
