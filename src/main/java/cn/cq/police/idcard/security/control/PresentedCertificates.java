package cn.cq.police.idcard.security.control;

import cn.cq.police.idcard.web.ForwardedRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
 * web.trusted-proxies}). Checked against the CAs of {@code security.client-certificate.trust-file},
 * read again whenever the file changes.
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

  private volatile ClientCertificates authorities = new ClientCertificates(List.of());

  /** When the trust file was read: a changed file (a new CA) is read again, no restart needed. */
  private volatile FileTime readAt;

  private void refresh() {
    if (trustFile.isBlank() || trustFile.equals("none")) {
      return;
    }
    Path file = Path.of(trustFile);
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      if (modified.equals(readAt)) {
        return;
      }
      authorities = ClientCertificates.trusting(Files.readString(file, StandardCharsets.US_ASCII));
      readAt = modified;
    } catch (IOException | IllegalArgumentException unreadable) {
      authorities = new ClientCertificates(List.of());
      LOG.warning(
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
    refresh();
    return authorities.check(presented, registered, now);
  }
}
