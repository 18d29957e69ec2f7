package cn.cq.police.idcard.web;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for {@code X-Forwarded-For}, each handed out once per test run. The application
 * counts failed logins per address, so a test that picked a random address could share one with
 * another test's failures and see its lockout come early (it did: 23 tries instead of 30).
 */
final class ClientAddresses {

  /**
   * Within 198.18.0.0/15 (RFC 2544, for tests); a random start, so a second run against the same
   * application does not start on the first run's addresses.
   */
  private static final AtomicInteger NEXT =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 100_000));

  private ClientAddresses() {}

  /** An IPv4 address no other test in this run has been given. */
  static String unused() {
    int n = NEXT.getAndIncrement() % (2 * 256 * 250);
    return "198." + (18 + n / (256 * 250)) + "." + (n / 250 % 256) + "." + (n % 250 + 1);
  }
}
