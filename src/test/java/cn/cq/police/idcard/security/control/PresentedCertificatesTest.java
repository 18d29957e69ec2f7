package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.cq.police.idcard.web.ForwardedRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the certificate of a request comes from: Payara's HTTPS listener (the servlet attribute)
 * first; else the proxy's header, only from a trusted proxy.
 */
class PresentedCertificatesTest {

  static HttpServletRequest request(String remote, Object attribute, Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            PresentedCertificatesTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> remote;
                  case "getAttribute" ->
                      PresentedCertificates.SERVLET_ATTRIBUTE.equals(args[0]) ? attribute : null;
                  case "getHeader" -> headers.get((String) args[0]);
                  default -> null;
                });
  }

  static PresentedCertificates presentedBy(HttpServletRequest request) throws Exception {
    ForwardedRequests forwarded = new ForwardedRequests();
    Field configured = ForwardedRequests.class.getDeclaredField("configured");
    configured.setAccessible(true);
    configured.set(forwarded, "127.0.0.1");
    Method init = ForwardedRequests.class.getDeclaredMethod("init");
    init.setAccessible(true);
    init.invoke(forwarded);
    PresentedCertificates certificates = new PresentedCertificates();
    certificates.request = request;
    certificates.forwarded = forwarded;
    certificates.header = "X-SSL-Client-Cert";
    return certificates;
  }

  @Test
  void theListenersChainComesFirstAndTheHeaderCountsOnlyFromATrustedProxy() throws Exception {
    TestCertificates.Ca ca = TestCertificates.ca("CN=Station CA,O=重庆市公安局", Instant.now());
    X509Certificate fromListener = ca.issue("CN=张三,O=重庆市公安局");
    X509Certificate fromHeader = ca.issue("CN=李四,O=重庆市公安局");
    Map<String, String> header =
        Map.of(
            "X-SSL-Client-Cert",
            URLEncoder.encode(TestCertificates.pem(fromHeader), StandardCharsets.UTF_8)
                .replace("+", "%20"));
    assertEquals(
        fromListener,
        presentedBy(request("127.0.0.1", new X509Certificate[] {fromListener}, header))
            .presented());
    assertEquals(fromHeader, presentedBy(request("127.0.0.1", null, header)).presented());
    assertNull(presentedBy(request("203.0.113.9", null, header)).presented());
    assertNull(presentedBy(request("127.0.0.1", new X509Certificate[0], Map.of())).presented());
  }
}
