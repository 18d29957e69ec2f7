package cn.cq.police.idcard.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's choice of algorithms ({@code security.crypto-suite}), read once: a wrong word
 * stops the deployment rather than falling back to the other suite silently.
 */
@ApplicationScoped
public class Cryptography {

  @Inject
  @ConfigProperty(name = "security.crypto-suite", defaultValue = "international")
  String suiteSetting;

  private CryptoSuite suite;

  @PostConstruct
  void init() {
    suite = CryptoSuite.named(suiteSetting);
  }

  public CryptoSuite suite() {
    return suite;
  }
}
