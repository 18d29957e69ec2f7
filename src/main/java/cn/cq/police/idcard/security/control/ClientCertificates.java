package cn.cq.police.idcard.security.control;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;

/**
 * The client certificate of the certificate login factor: whether it was issued by one of the
 * configured CAs and is valid now, and whether it is the one registered for the account (by
 * subject, or by serial number with issuer). Plain JDK certificate code; the request side is
 * PresentedCertificates.
 */
public final class ClientCertificates {

  /** Why a presented certificate does not do, or that it does. */
  public enum Verdict {
    ACCEPTED,
    MISSING,
    UNREADABLE,
    UNTRUSTED_ISSUER,
    NOT_VALID_NOW,
    NOT_REGISTERED
  }

  /** What the administrator registered for an account: a subject DN, or a serial and issuer. */
  public record Registered(String subject, String serial, String issuer) {

    /** The registration as typed, checked: a readable DN, a hexadecimal serial. */
    public static Registered of(String subject, String serial, String issuer) {
      String s = blankToNull(subject);
      String n = blankToNull(serial);
      String i = blankToNull(issuer);
      if (s != null) {
        return new Registered(new X500Principal(s).getName(X500Principal.RFC2253), null, null);
      }
      if (n == null || i == null) {
        throw new IllegalArgumentException("A subject, or a serial number with its issuer");
      }
      String hex = n.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT).replaceFirst("^0+(?=.)", "");
      if (!hex.matches("[0-9a-f]{1,64}")) {
        throw new IllegalArgumentException("The serial number is not hexadecimal");
      }
      return new Registered(null, hex, new X500Principal(i).getName(X500Principal.RFC2253));
    }

    public boolean matches(X509Certificate certificate) {
      if (subject != null) {
        return certificate.getSubjectX500Principal().equals(new X500Principal(subject));
      }
      return serial != null
          && certificate.getSerialNumber().toString(16).equals(serial)
          && certificate.getIssuerX500Principal().equals(new X500Principal(issuer));
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text.strip();
    }
  }

  private final List<X509Certificate> authorities;

  public ClientCertificates(List<X509Certificate> authorities) {
    this.authorities = List.copyOf(authorities);
  }

  /** The CAs of a PEM file's text (one or more certificates). */
  public static ClientCertificates trusting(String pem) {
    try {
      Collection<? extends java.security.cert.Certificate> read =
          factory()
              .generateCertificates(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      return new ClientCertificates(read.stream().map(X509Certificate.class::cast).toList());
    } catch (CertificateException e) {
      throw new IllegalArgumentException("Not a PEM file of CA certificates", e);
    }
  }

  public boolean hasAuthorities() {
    return !authorities.isEmpty();
  }

  /**
   * The certificate a TLS proxy forwarded in a header: PEM, URL-encoded as nginx's {@code
   * $ssl_client_escaped_cert} writes it (plain PEM is taken too); null if the header holds none.
   */
  public static X509Certificate fromForwarded(String header) {
    if (header == null || header.isBlank() || header.length() > 16_384) {
      return null;
    }
    try {
      // A "+" is Base64 in the body; only the armour lines have spaces, which a form-style
      // encoder may have written as "+".
      String pem =
          (header.contains("%")
                  ? URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.US_ASCII)
                  : header)
              .replace("BEGIN+CERTIFICATE", "BEGIN CERTIFICATE")
              .replace("END+CERTIFICATE", "END CERTIFICATE");
      return (X509Certificate)
          factory()
              .generateCertificate(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    } catch (CertificateException | ClassCastException | IllegalArgumentException unreadable) {
      return null;
    }
  }

  /** Issued by a configured CA (signature checked), both valid at the moment, registered. */
  public Verdict check(X509Certificate presented, Registered registered, Instant now) {
    if (presented == null) {
      return Verdict.MISSING;
    }
    Date at = Date.from(now);
    X509Certificate issuer = issuerOf(presented);
    if (issuer == null) {
      return Verdict.UNTRUSTED_ISSUER;
    }
    try {
      presented.checkValidity(at);
      issuer.checkValidity(at);
    } catch (CertificateException expiredOrNotYet) {
      return Verdict.NOT_VALID_NOW;
    }
    return registered != null && registered.matches(presented)
        ? Verdict.ACCEPTED
        : Verdict.NOT_REGISTERED;
  }

  private X509Certificate issuerOf(X509Certificate presented) {
    for (X509Certificate authority : authorities) {
      if (!authority.getSubjectX500Principal().equals(presented.getIssuerX500Principal())) {
        continue;
      }
      try {
        presented.verify(authority.getPublicKey());
        return authority;
      } catch (GeneralSecurityException notSignedByIt) {
        // another CA of the same name, perhaps
      }
    }
    return null;
  }

  private static CertificateFactory factory() throws CertificateException {
    return CertificateFactory.getInstance("X.509");
  }
}
