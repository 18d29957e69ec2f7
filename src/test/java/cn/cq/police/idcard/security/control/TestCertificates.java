package cn.cq.police.idcard.security.control;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** CAs and client certificates made in a test (BouncyCastle), for the certificate login factor. */
public final class TestCertificates {

  /** A CA: its name, its keys and its self-signed certificate. */
  public record Ca(X500Name name, KeyPair keys, X509Certificate certificate) {

    /** A certificate this CA issued for the subject, valid between the two moments. */
    public X509Certificate issue(String subject, long serial, Instant from, Instant until)
        throws Exception {
      return build(name, keys, x500(subject), serial, from, until, false);
    }

    /** Valid from yesterday for 30 days, a random serial. */
    public X509Certificate issue(String subject) throws Exception {
      Instant now = Instant.now();
      return issue(
          subject,
          ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
          now.minus(1, ChronoUnit.DAYS),
          now.plus(30, ChronoUnit.DAYS));
    }
  }

  private TestCertificates() {}

  /** A CA valid from 100 days before the moment to 1,000 days after. */
  public static Ca ca(String name, Instant around) throws Exception {
    KeyPair keys = keys();
    X500Name x500 = x500(name);
    return new Ca(
        x500,
        keys,
        build(
            x500,
            keys,
            x500,
            1,
            around.minus(100, ChronoUnit.DAYS),
            around.plus(1000, ChronoUnit.DAYS),
            true));
  }

  /**
   * A name as the JDK (and RFC 2253) reads the string: BouncyCastle's own string constructor writes
   * the RDNs in the opposite order.
   */
  static X500Name x500(String name) {
    return X500Name.getInstance(new X500Principal(name).getEncoded());
  }

  public static String pem(X509Certificate certificate) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  private static KeyPair keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  private static X509Certificate build(
      X500Name issuer,
      KeyPair signer,
      X500Name subject,
      long serial,
      Instant from,
      Instant until,
      boolean authority)
      throws Exception {
    KeyPair subjectKeys = authority ? signer : keys();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            BigInteger.valueOf(serial),
            Date.from(from),
            Date.from(until),
            subject,
            subjectKeys.getPublic());
    if (authority) {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    }
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
  }
}
