package cn.cq.police.idcard.security.control;

import cn.cq.police.idcard.web.ForwardedRequests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client certificate of the current request, from either path: Payara's own HTTPS listener with
 * client authentication (the servlet attribute {@code jakarta.servlet.request.X509Certificate}) or
 * a TLS proxy that forwards it in a header ({@code security.client-certificate.header}, nginx's
 * {@code $ssl_client_escaped_cert}), believed only from the trusted proxies ({@code
 * web.trusted-proxies}). Checked against the CAs of {@code security.client-certificate.trust-file}.
 */
@ApplicationScoped
public class PresentedCertificates {

  private static final Logger LOG = Logger.getLogger(PresentedCertificates.class.getName());

  static final String SERVLET_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

  @Inject HttpServletRequest request;

  @Inject ForwardedRequests forwarded;

  @Inject
  @ConfigProperty(name = "security.client-certificate.header", defaultValue = "X-SSL-Client-Cert")
  String header;

  @Inject
  @ConfigProperty(name = "security.client-certificate.trust-file", defaultValue = "none")
  String trustFile;

  private ClientCertificates authorities;

  @PostConstruct
  void init() {
    authorities = new ClientCertificates(List.of());
    if (trustFile.isBlank() || trustFile.equals("none")) {
      return;
    }
    try {
      authorities =
          ClientCertificates.trusting(
              Files.readString(Path.of(trustFile), StandardCharsets.US_ASCII));
    } catch (IOException | IllegalArgumentException unreadable) {
      LOG.severe(
          () ->
              "security.client-certificate.trust-file "
                  + trustFile
                  + " is not a readable PEM file of CA certificates: no client certificate is"
                  + " accepted ("
                  + unreadable.getMessage()
                  + ")");
    }
  }

  /** The certificate the TLS connection or the trusted proxy presented; null if none. */
  public X509Certificate presented() {
    Object fromListener = request.getAttribute(SERVLET_ATTRIBUTE);
    if (fromListener instanceof X509Certificate[] chain && chain.length > 0) {
      return chain[0];
    }
    return ClientCertificates.fromForwarded(forwarded.fromTrustedProxy(request, header));
  }

  public ClientCertificates.Verdict check(
      X509Certificate presented, ClientCertificates.Registered registered, Instant now) {
    return authorities.check(presented, registered, now);
  }
}
