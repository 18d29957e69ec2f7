package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who the client is, and what its failures cost. The IT application trusts the loopback address as
 * a TLS-terminating proxy ({@code web.trusted-proxies} in the pom), so these tests play the load
 * balancer: {@code X-Forwarded-For} names a client, {@code X-Forwarded-Proto} says HTTPS. A
 * connection from the machine's own network address is not a trusted proxy.
 */
class ClientAddressIT {

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  /** An address of its own, with a failure budget no other test touches. */
  static String someClient() {
    return ClientAddresses.unused();
  }

  static HttpResponse<String> logIn(String client, String username, String password)
      throws Exception {
    StaffSession session = new StaffSession();
    session.headers.putAll(StaffSession.ZH);
    session.headers.put("X-Forwarded-For", client);
    return session.logIn(username, password);
  }

  /**
   * Password spraying: one address tries many names, each once. No name locks, but the address
   * does; then even a right password from there is refused, while other addresses log in.
   */
  @Test
  void manyNamesFromOneAddressLockTheAddressNotTheNames() throws Exception {
    String sprayer = someClient();
    int tries = 0;
    String refusal = "";
    while (tries < 40 && !refusal.contains("本地址登录失败次数过多")) {
      HttpResponse<String> response =
          logIn(sprayer, "spray." + tries + "." + sprayer, "Summer2026!");
      assertEquals(200, response.statusCode(), "a failed login stays on the page");
      refusal = response.body();
      tries++;
    }
    assertEquals(30, tries, "the configured 30 failures within 10 minutes lock the address");
    String fromThere = logIn(sprayer, "jiangbei.clerk", RunningApp.DEMO_PASSWORD).body();
    assertTrue(fromThere.contains("本地址登录失败次数过多"), "refused from the sprayer's address");
    assertEquals(
        302,
        logIn(someClient(), "jiangbei.clerk", RunningApp.DEMO_PASSWORD).statusCode(),
        "the same account logs in from another address");
  }

  @Test
  void theAuditRecordsTheAddressTheTrustedProxyForwardedFor() throws Exception {
    String client = someClient();
    String name = "audit.addr." + ThreadLocalRandom.current().nextInt(100_000);
    logIn(client, name, "wrong");
    StaffSession city = StaffSession.loggedIn("city.admin", StaffSession.ZH);
    String entries = StationScopingIT.auditByActor(city, name);
    assertTrue(entries.contains(client), entries);
  }

  @Test
  void httpsAsATrustedProxyReportsItTurnsOnHsts() throws Exception {
    StaffSession viaProxy = new StaffSession();
    viaProxy.headers.put("X-Forwarded-Proto", "https");
    HttpResponse<String> secure = viaProxy.get("login.xhtml");
    assertEquals(
        "max-age=31536000", secure.headers().firstValue("Strict-Transport-Security").orElse(""));
    assertTrue(
        new StaffSession()
            .get("login.xhtml")
            .headers()
            .firstValue("Strict-Transport-Security")
            .isEmpty(),
        "plain HTTP without the header");
    // Behind trusted proxies the session cookie is for HTTPS only.
    String cookie =
        secure.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("Secure"), cookie);
  }

  /** The same headers from an address that is not a trusted proxy are ignored. */
  @Test
  void forwardedHeadersFromAnyoneElseAreIgnored() throws Exception {
    InetAddress own = ownNetworkAddress();
    String response =
        rawGet(own, "login.xhtml", "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\n");
    assertTrue(response.startsWith("HTTP/1.1 200"), response.lines().findFirst().orElse(""));
    assertFalse(response.contains("Strict-Transport-Security"), "no HSTS on its word");

    // A failed login from there is audited with the connection's address, not the claimed one.
    String name = "direct.addr." + ThreadLocalRandom.current().nextInt(100_000);
    StaffSession direct =
        new StaffSession(URI.create("http://" + own.getHostAddress() + ":" + port() + "/"));
    direct.headers.putAll(StaffSession.ZH);
    direct.headers.put("X-Forwarded-For", "203.0.113.9");
    direct.logIn(name, "wrong");
    String entries =
        StationScopingIT.auditByActor(StaffSession.loggedIn("city.admin", StaffSession.ZH), name);
    assertTrue(entries.contains(own.getHostAddress()), entries);
    assertFalse(entries.contains("203.0.113.9"), entries);
  }

  /** A wrong current password on the password page counts like a failed login. */
  @Test
  void wrongCurrentPasswordsLockTheNameLikeFailedLogins() throws Exception {
    StaffSession admin =
        StaffSession.loggedIn(
            "wanzhou.admin", Map.of("X-Forwarded-For", someClient(), "Accept-Language", "zh-CN"));
    String last = "";
    for (int attempt = 1; attempt <= 6; attempt++) {
      admin.page("account/password.xhtml");
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("password:current", "wrong-" + attempt);
      fields.put("password:chosen", "Chongqing-2027a");
      fields.put("password:repeated", "Chongqing-2027a");
      last =
          admin
              .ajax("account/password.xhtml", "password", "password:change", "password", fields)
              .body();
    }
    assertTrue(last.contains("密码错误次数过多"), last);
    assertTrue(
        logIn(someClient(), "wanzhou.admin", RunningApp.DEMO_PASSWORD)
            .body()
            .contains("该账号连续登录失败次数过多"),
        "the name is locked for logins too");
  }

  static int port() {
    return URI.create(RunningApp.URL).getPort();
  }

  static InetAddress ownNetworkAddress() throws Exception {
    List<InetAddress> found = new ArrayList<>();
    for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
      if (network.isUp() && !network.isLoopback()) {
        network.inetAddresses().filter(Inet4Address.class::isInstance).forEach(found::add);
      }
    }
    assertFalse(found.isEmpty(), "this machine has a non-loopback IPv4 address");
    return found.get(0);
  }

  /** One GET over a plain socket to the machine's own network address, headers included. */
  static String rawGet(InetAddress address, String path, String extraHeaders) throws Exception {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port()), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /"
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                  + extraHeaders
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder response = new StringBuilder();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        response.append(line).append('\n');
      }
      return response.toString();
    }
  }
}
