package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cq.police.idcard.security.control.ClientCertificates.Registered;
import cn.cq.police.idcard.security.control.ClientCertificates.Verdict;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class ClientCertificatesTest {

  static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  static final String SUBJECT = "CN=张三,OU=解放碑派出所,O=重庆市公安局";

  record Ca(X500Name name, KeyPair keys, X509Certificate certificate) {}

  /**
   * A name as the JDK (and RFC 2253) reads the string: BouncyCastle's own string constructor writes
   * the RDNs in the opposite order.
   */
  static X500Name x500(String name) {
    return X500Name.getInstance(new javax.security.auth.x500.X500Principal(name).getEncoded());
  }

  static KeyPair keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  static X509Certificate certificate(
      X500Name issuer, KeyPair signer, String subject, long serial, Instant from, Instant until)
      throws Exception {
    return new JcaX509CertificateConverter()
        .getCertificate(
            new JcaX509v3CertificateBuilder(
                    issuer,
                    BigInteger.valueOf(serial),
                    Date.from(from),
                    Date.from(until),
                    x500(subject),
                    keys().getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
  }

  static Ca ca(String name) throws Exception {
    KeyPair keys = keys();
    X500Name x500 = x500(name);
    return new Ca(
        x500,
        keys,
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        x500,
                        BigInteger.ONE,
                        Date.from(NOW.minus(100, ChronoUnit.DAYS)),
                        Date.from(NOW.plus(1000, ChronoUnit.DAYS)),
                        x500,
                        keys.getPublic())
                    .build(
                        new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))));
  }

  static X509Certificate issued(Ca ca, String subject, long serial) throws Exception {
    return certificate(
        ca.name(),
        ca.keys(),
        subject,
        serial,
        NOW.minus(1, ChronoUnit.DAYS),
        NOW.plus(30, ChronoUnit.DAYS));
  }

  static String pem(X509Certificate certificate) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  @Test
  void theRegisteredCertificateOfATrustedCaIsAcceptedBySubjectOrBySerialAndIssuer()
      throws Exception {
    Ca ca = ca("CN=Station CA,O=重庆市公安局");
    ClientCertificates trusted = ClientCertificates.trusting(pem(ca.certificate()));
    X509Certificate mine = issued(ca, SUBJECT, 0x1F2EL);
    assertEquals(Verdict.ACCEPTED, trusted.check(mine, Registered.of(SUBJECT, null, null), NOW));
    // The DN typed with other spacing and case of attribute names is the same name.
    assertEquals(
        Verdict.ACCEPTED,
        trusted.check(mine, Registered.of("cn=张三, ou=解放碑派出所, o=重庆市公安局", "", ""), NOW));
    assertEquals(
        Verdict.ACCEPTED,
        trusted.check(mine, Registered.of(null, "00:1F:2E", "CN=Station CA,O=重庆市公安局"), NOW));
    assertEquals(
        Verdict.NOT_REGISTERED,
        trusted.check(mine, Registered.of(null, "1F2F", "CN=Station CA,O=重庆市公安局"), NOW));
    assertEquals(
        Verdict.NOT_REGISTERED,
        trusted.check(
            issued(ca, "CN=李四,OU=解放碑派出所,O=重庆市公安局", 7), Registered.of(SUBJECT, null, null), NOW));
  }

  @Test
  void anUntrustedExpiredOrMissingCertificateIsRefused() throws Exception {
    Ca ca = ca("CN=Station CA,O=重庆市公安局");
    Ca impostor = ca("CN=Station CA,O=重庆市公安局");
    ClientCertificates trusted = new ClientCertificates(List.of(ca.certificate()));
    Registered registered = Registered.of(SUBJECT, null, null);
    assertEquals(
        Verdict.UNTRUSTED_ISSUER, trusted.check(issued(impostor, SUBJECT, 2), registered, NOW));
    X509Certificate expired =
        certificate(
            ca.name(),
            ca.keys(),
            SUBJECT,
            3,
            NOW.minus(60, ChronoUnit.DAYS),
            NOW.minus(1, ChronoUnit.DAYS));
    assertEquals(Verdict.NOT_VALID_NOW, trusted.check(expired, registered, NOW));
    assertEquals(Verdict.MISSING, trusted.check(null, registered, NOW));
    assertEquals(
        Verdict.UNTRUSTED_ISSUER,
        new ClientCertificates(List.of()).check(issued(ca, SUBJECT, 4), registered, NOW));
  }

  @Test
  void theProxysHeaderIsReadAsNginxWritesItAndGarbageIsNoCertificate() throws Exception {
    Ca ca = ca("CN=Station CA,O=重庆市公安局");
    X509Certificate mine = issued(ca, SUBJECT, 5);
    String escaped = URLEncoder.encode(pem(mine), StandardCharsets.UTF_8).replace("+", "%20");
    assertEquals(mine, ClientCertificates.fromForwarded(escaped));
    assertEquals(mine, ClientCertificates.fromForwarded(pem(mine)));
    assertNull(ClientCertificates.fromForwarded(null));
    assertNull(ClientCertificates.fromForwarded(""));
    assertNull(ClientCertificates.fromForwarded("-----BEGIN CERTIFICATE-----%0Agarbage"));
    assertNull(ClientCertificates.fromForwarded("%zz%"));
    assertNull(ClientCertificates.fromForwarded("x".repeat(20_000)));
  }

  @Test
  void aRegistrationThatIsNoDnOrSerialIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Registered.of("not a DN", null, null));
    assertThrows(IllegalArgumentException.class, () -> Registered.of(null, "12", null));
    assertThrows(IllegalArgumentException.class, () -> Registered.of(null, "xyz", "CN=CA"));
    assertThrows(IllegalArgumentException.class, () -> Registered.of(" ", " ", " "));
  }
}
