package cn.cq.police.idcard.security.control;

import cn.cq.police.idcard.security.control.LockoutPolicy.State;
import cn.cq.police.idcard.security.entity.LoginThrottleEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored failure counts, in the database so every cluster member shares them: per typed name (a
 * lockout), per client address (password spraying from one place: many names, few tries each) and
 * for the whole city (spraying from many places, which slows every failed answer down).
 *
 * <p>A typed name's key is always lower case ({@link LockoutPolicy#key}); the address and city keys
 * are upper case, so no typed name can count against them.
 */
@Dependent
public class LoginThrottle {

  static final String ADDRESS_KEY = "ADDRESS ";
  static final String CITY_KEY = "CITY";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "security.lockout.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "security.lockout.minutes", defaultValue = "30")
  int lockMinutes;

  /** A station's counter shares one address: room for many people's typos. */
  @Inject
  @ConfigProperty(name = "security.throttle.address.max-failures", defaultValue = "30")
  int addressMaxFailures;

  @Inject
  @ConfigProperty(name = "security.throttle.address.window-minutes", defaultValue = "10")
  int addressWindowMinutes;

  @Inject
  @ConfigProperty(name = "security.throttle.address.lock-minutes", defaultValue = "15")
  int addressLockMinutes;

  @Inject
  @ConfigProperty(name = "security.throttle.city.max-failures", defaultValue = "500")
  int cityMaxFailures;

  @Inject
  @ConfigProperty(name = "security.throttle.city.window-minutes", defaultValue = "10")
  int cityWindowMinutes;

  @Inject
  @ConfigProperty(name = "security.throttle.city.slow-minutes", defaultValue = "15")
  int citySlowMinutes;

  public boolean isLocked(String typedUsername) {
    return isLockedKey(LockoutPolicy.key(typedUsername));
  }

  public boolean isAddressLocked(String clientAddress) {
    return isLockedKey(addressKey(clientAddress));
  }

  /** Whether failed answers are slowed down city-wide: many failures from many places. */
  public boolean isCitySlowed() {
    return isLockedKey(CITY_KEY);
  }

  /** Counts a failure of the name; returns true when this failure locked the name. */
  public boolean failed(String typedUsername) {
    return count(LockoutPolicy.key(typedUsername), policy());
  }

  /** Counts a failure from the address; returns true when this failure locked the address. */
  public boolean failedFrom(String clientAddress) {
    return count(addressKey(clientAddress), addressPolicy());
  }

  /** Counts a failure city-wide; returns true when this failure started the slow-down. */
  public boolean failedInCity() {
    return count(CITY_KEY, cityPolicy());
  }

  public void succeeded(String typedUsername) {
    LoginThrottleEntry entry = em.find(LoginThrottleEntry.class, LockoutPolicy.key(typedUsername));
    if (entry != null) {
      em.remove(entry);
    }
  }

  /** Lifts a lock at once, e.g. when an administrator unlocks the account. */
  public void clear(String username) {
    succeeded(username);
  }

  public int lockMinutes() {
    return lockMinutes;
  }

  public int addressLockMinutes() {
    return addressLockMinutes;
  }

  LockoutPolicy policy() {
    return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
  }

  LockoutPolicy addressPolicy() {
    return new LockoutPolicy(
        addressMaxFailures,
        Duration.ofMinutes(addressLockMinutes),
        Duration.ofMinutes(addressWindowMinutes));
  }

  LockoutPolicy cityPolicy() {
    return new LockoutPolicy(
        cityMaxFailures,
        Duration.ofMinutes(citySlowMinutes),
        Duration.ofMinutes(cityWindowMinutes));
  }

  static String addressKey(String clientAddress) {
    String address = clientAddress == null ? "-" : clientAddress;
    return ADDRESS_KEY + (address.length() > 90 ? address.substring(0, 90) : address);
  }

  private boolean isLockedKey(String key) {
    LoginThrottleEntry entry = em.find(LoginThrottleEntry.class, key);
    return entry != null && state(entry).isLockedAt(now());
  }

  private boolean count(String key, LockoutPolicy policy) {
    LoginThrottleEntry entry =
        em.find(LoginThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null) {
      entry = new LoginThrottleEntry(key);
      em.persist(entry);
    }
    LocalDateTime now = now();
    State before = state(entry);
    State after = policy.afterFailure(before, now);
    entry.record(after.failures(), after.lockedUntil(), after.windowStarted());
    return !before.isLockedAt(now) && after.isLockedAt(now);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static State state(LoginThrottleEntry entry) {
    return new State(entry.getFailures(), entry.getLockedUntil(), entry.getWindowStarted());
  }
}
