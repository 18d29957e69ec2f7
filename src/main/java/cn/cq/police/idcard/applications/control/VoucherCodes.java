package cn.cq.police.idcard.applications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The secret behind collection-voucher codes (at least 16 bytes), from configuration. */
@ApplicationScoped
public class VoucherCodes {

  @Inject
  @ConfigProperty(name = "applications.voucher-secret")
  String secret;

  public VoucherCode current() {
    return new VoucherCode(secret.getBytes(StandardCharsets.UTF_8));
  }
}
