package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cq.police.idcard.security.control.ClientCertificates.Registered;
import cn.cq.police.idcard.security.control.ClientCertificates.Verdict;
import cn.cq.police.idcard.security.control.TestCertificates.Ca;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientCertificatesTest {

  static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  static final String SUBJECT = "CN=张三,OU=解放碑派出所,O=重庆市公安局";

  static final String CA_NAME = "CN=Station CA,O=重庆市公安局";

  static X509Certificate issued(Ca ca, String subject, long serial) throws Exception {
    return ca.issue(subject, serial, NOW.minus(1, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS));
  }

  @Test
  void theRegisteredCertificateOfATrustedCaIsAcceptedBySubjectOrBySerialAndIssuer()
      throws Exception {
    Ca ca = TestCertificates.ca(CA_NAME, NOW);
    ClientCertificates trusted =
        ClientCertificates.trusting(TestCertificates.pem(ca.certificate()));
    X509Certificate mine = issued(ca, SUBJECT, 0x1F2EL);
    assertEquals(Verdict.ACCEPTED, trusted.check(mine, Registered.of(SUBJECT, null, null), NOW));
    // The DN typed with other spacing and case of attribute names is the same name.
    assertEquals(
        Verdict.ACCEPTED,
        trusted.check(mine, Registered.of("cn=张三, ou=解放碑派出所, o=重庆市公安局", "", ""), NOW));
    assertEquals(
        Verdict.ACCEPTED, trusted.check(mine, Registered.of(null, "00:1F:2E", CA_NAME), NOW));
    assertEquals(
        Verdict.NOT_REGISTERED, trusted.check(mine, Registered.of(null, "1F2F", CA_NAME), NOW));
    assertEquals(
        Verdict.NOT_REGISTERED,
        trusted.check(
            issued(ca, "CN=李四,OU=解放碑派出所,O=重庆市公安局", 7), Registered.of(SUBJECT, null, null), NOW));
  }

  @Test
  void anUntrustedExpiredOrMissingCertificateIsRefused() throws Exception {
    Ca ca = TestCertificates.ca(CA_NAME, NOW);
    Ca impostor = TestCertificates.ca(CA_NAME, NOW);
    ClientCertificates trusted = new ClientCertificates(List.of(ca.certificate()));
    Registered registered = Registered.of(SUBJECT, null, null);
    assertEquals(
        Verdict.UNTRUSTED_ISSUER, trusted.check(issued(impostor, SUBJECT, 2), registered, NOW));
    X509Certificate expired =
        ca.issue(SUBJECT, 3, NOW.minus(60, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS));
    assertEquals(Verdict.NOT_VALID_NOW, trusted.check(expired, registered, NOW));
    assertEquals(Verdict.MISSING, trusted.check(null, registered, NOW));
    assertEquals(
        Verdict.UNTRUSTED_ISSUER,
        new ClientCertificates(List.of()).check(issued(ca, SUBJECT, 4), registered, NOW));
  }

  @Test
  void theProxysHeaderIsReadAsNginxWritesItAndGarbageIsNoCertificate() throws Exception {
    X509Certificate mine = issued(TestCertificates.ca(CA_NAME, NOW), SUBJECT, 5);
    String pem = TestCertificates.pem(mine);
    String escaped = URLEncoder.encode(pem, StandardCharsets.UTF_8).replace("+", "%20");
    assertEquals(mine, ClientCertificates.fromForwarded(escaped));
    assertEquals(mine, ClientCertificates.fromForwarded(pem));
    // A form-style encoder writes the armour's spaces as "+".
    assertEquals(
        mine, ClientCertificates.fromForwarded(URLEncoder.encode(pem, StandardCharsets.UTF_8)));
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
