package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  static final TrustedProxies PROXIES = TrustedProxies.parse(" 10.0.0.5, 10.0.0.6 ,");

  @Test
  void aTrustedProxyNamesTheClient() {
    assertEquals("203.0.113.7", PROXIES.clientAddress("10.0.0.5", "203.0.113.7"));
    assertTrue(PROXIES.viaHttps("10.0.0.5", false, "https"));
  }

  @Test
  void anyoneElsesHeadersAreIgnored() {
    assertEquals("198.51.100.2", PROXIES.clientAddress("198.51.100.2", "203.0.113.7"));
    assertFalse(PROXIES.viaHttps("198.51.100.2", false, "https"));
    assertTrue(PROXIES.viaHttps("198.51.100.2", true, null), "a TLS connection of its own");
  }

  @Test
  void whatTheClientWroteLeftOfTheProxiesProvesNothing() {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxies appended the real address and their
    // own.
    assertEquals(
        "203.0.113.7", PROXIES.clientAddress("10.0.0.5", "1.2.3.4, 203.0.113.7, 10.0.0.6"));
  }

  @Test
  void noProxiesConfiguredTrustsNobody() {
    TrustedProxies none = TrustedProxies.parse("none");
    assertFalse(none.any());
    assertEquals("10.0.0.5", none.clientAddress("10.0.0.5", "203.0.113.7"));
    assertFalse(none.viaHttps("10.0.0.5", false, "https"));
    assertFalse(TrustedProxies.parse(null).any());
  }
}
