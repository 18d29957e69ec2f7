package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsTokenTest {

  static final String TOKEN = "scraper-token";

  static final String HASH = HexFormat.of().formatHex(MetricsToken.digest(TOKEN));

  @Test
  void withoutAUsableHashNobodyReadsTheMetrics() {
    for (Optional<String> configured :
        java.util.List.of(
            Optional.<String>empty(),
            Optional.of(""),
            Optional.of("not-hex"),
            Optional.of(HASH.substring(2)),
            Optional.of(TOKEN))) {
      MetricsToken token = MetricsToken.parse(configured);
      assertFalse(token.configured(), configured.toString());
      assertFalse(token.admits("Bearer " + TOKEN), configured.toString());
    }
  }

  @Test
  void onlyTheBearerOfTheHashedTokenIsAdmitted() {
    MetricsToken token = MetricsToken.parse(Optional.of(" " + HASH.toUpperCase() + " "));
    assertTrue(token.configured());
    assertTrue(token.admits("Bearer " + TOKEN));
    assertTrue(token.admits("bearer   " + TOKEN + " "));
    assertFalse(token.admits(null));
    assertFalse(token.admits(""));
    assertFalse(token.admits("Bearer"));
    assertFalse(token.admits("Bearer " + TOKEN + "x"));
    assertFalse(token.admits("Basic " + TOKEN));
    assertFalse(token.admits(TOKEN));
    assertFalse(token.admits("Bearer " + HASH), "the hash itself is no token");
  }
}
