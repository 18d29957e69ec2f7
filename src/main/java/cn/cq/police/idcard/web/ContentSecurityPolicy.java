package cn.cq.police.idcard.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured {@code Content-Security-Policy}: sent by SecurityHeaders with every answer, and
 * completed by PrimeFaces with each page's nonce ({@code primefaces.CSP_POLICY} in web.xml names
 * this bean), which then replaces it on that page.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

  @Inject
  @ConfigProperty(name = "security.content-security-policy")
  String policy;

  public String getPolicy() {
    return policy;
  }
}
