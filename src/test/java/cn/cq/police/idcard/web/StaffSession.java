package cn.cq.police.idcard.web;

import cn.cq.police.idcard.demo.benchmark.FormPosts;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's HTTP session without a browser: logs in through the real login form and sends
 * the same GETs and JSF (Ajax) POSTs a browser would, or forged ones.
 */
final class StaffSession {

  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** The page's CSP nonce, which PrimeFaces' script puts into every form of the page. */
  static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  final CookieManager cookies = new CookieManager();
  final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new AsBrowsersSendThem(cookies))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The view state of the page fetched last, as a browser would send it back. */
  String viewState;

  /** The CSP nonce of the page fetched last, sent back with its own view state. */
  String nonce;

  /** Chinese pages, whatever the server's default. */
  static final Map<String, String> ZH = Map.of("Accept-Language", "zh-CN");

  /** Sent with every request, such as the headers a load balancer adds. */
  final Map<String, String> headers = new LinkedHashMap<>();

  /** Where the application is reached. */
  final String base;

  StaffSession() {
    this(URI.create(RunningApp.URL));
  }

  StaffSession(URI base) {
    this.base = base.toString();
  }

  static StaffSession loggedIn(String username) throws IOException, InterruptedException {
    return loggedIn(username, Map.of());
  }

  /** Logged in through a load balancer that adds the given headers to every request. */
  static StaffSession loggedIn(String username, Map<String, String> headers)
      throws IOException, InterruptedException {
    StaffSession session = new StaffSession();
    session.headers.putAll(headers);
    HttpResponse<String> afterLogin = session.logIn(username, RunningApp.DEMO_PASSWORD);
    if (afterLogin.statusCode() != 302) {
      throw new IllegalStateException(username + " could not log in: " + afterLogin.statusCode());
    }
    return session;
  }

  HttpResponse<String> logIn(String username, String password)
      throws IOException, InterruptedException {
    return secondStep(username, passwordOnly(username, password));
  }

  /** Only the password: the answer that leads to the second step (or refuses). */
  HttpResponse<String> passwordOnly(String username, String password)
      throws IOException, InterruptedException {
    page("login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:submit", "");
    return post("login.xhtml", form, viewState);
  }

  /**
   * After a right password, the second factor as the person gives it: the current one-time code
   * (OneTimeCodes), or, for an account not enrolled yet, the enrolment with the secret the page
   * shows. Any other answer is returned as it is.
   */
  HttpResponse<String> secondStep(String username, HttpResponse<String> afterPassword)
      throws IOException, InterruptedException {
    String location = afterPassword.headers().firstValue("Location").orElse("");
    if (location.contains("login-code.xhtml")) {
      return code(username, OneTimeCodes.freshCode(username));
    }
    if (location.contains("login-enrol.xhtml")) {
      Matcher secret = ENROLMENT_SECRET.matcher(page("login-enrol.xhtml").body());
      if (!secret.find()) {
        throw new IllegalStateException("No secret on the enrolment page of " + username);
      }
      OneTimeCodes.enrolled(username, secret.group(1));
      Map<String, String> form = new LinkedHashMap<>();
      form.put("enrol", "enrol");
      form.put("enrol:code", OneTimeCodes.currentCode(username));
      form.put("enrol:confirm", "");
      HttpResponse<String> codes = post("login-enrol.xhtml", form, viewState);
      keepViewStateOf(codes.body());
      Map<String, String> proceed = new LinkedHashMap<>();
      proceed.put("enrol", "enrol");
      proceed.put("enrol:proceed", "");
      return post("login-enrol.xhtml", proceed, viewState);
    }
    return afterPassword;
  }

  /** Posts a code on the code page (fetched first). */
  HttpResponse<String> code(String username, String code) throws IOException, InterruptedException {
    page("login-code.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("code", "code");
    form.put("code:code", code);
    form.put("code:verify", "");
    return post("login-code.xhtml", form, viewState);
  }

  static final Pattern ENROLMENT_SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");

  /** GETs a page and keeps its view state for the next post. */
  HttpResponse<String> page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    keepViewStateOf(response.body());
    return response;
  }

  /** Keeps the view state and nonce of a page's text for the next post. */
  void keepViewStateOf(String body) {
    Matcher matcher = VIEW_STATE.matcher(body);
    viewState = matcher.find() ? matcher.group(1) : null;
    Matcher pageNonce = NONCE.matcher(body);
    // Written into a script string, where "/" is escaped.
    nonce = pageNonce.find() ? pageNonce.group(1).replace("\\/", "/") : null;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    headers.forEach(request::header);
    return request;
  }

  /** A form post with the given view state (null: none at all, as a forged request would). */
  HttpResponse<String> post(String path, Map<String, String> fields, String withViewState)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (withViewState != null) {
      all.put("jakarta.faces.ViewState", withViewState);
    }
    // A forged post (not the page's own view state) does not know the page's nonce either.
    if (withViewState != null && withViewState.equals(viewState) && nonce != null) {
      all.put("primefaces.nonce", nonce);
    }
    return http.send(
        FormPosts.post(request(path), all).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What PrimeFaces sends when a command button is pressed with Ajax. */
  HttpResponse<String> ajax(
      String path, String form, String source, String execute, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("jakarta.faces.partial.ajax", "true");
    all.put("jakarta.faces.source", source);
    all.put("jakarta.faces.partial.execute", execute);
    all.put("jakarta.faces.partial.render", form);
    all.put(source, source);
    all.put(form, form);
    all.putAll(fields);
    return post(path, all, viewState);
  }

  /**
   * The counter's Ajax receipt look-up, as the look-up button sends it from the page last fetched.
   */
  HttpResponse<String> lookUp(DemoReceipt receipt) throws IOException, InterruptedException {
    return ajax(
        "counter/index.xhtml",
        "lookup",
        "lookup:lookUp",
        "lookup",
        Map.of(
            "lookup:receiptNumber", receipt.receiptNumber(),
            "lookup:idNumber", receipt.idNumber().value()));
  }

  Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /**
   * Sends cookies as browsers do, {@code name=value; …}. The JDK's CookieManager sends a value with
   * a colon in RFC 2965 style ({@code JSESSIONIDVERSION="2f:0";$Path="/"}), and Payara 7 fails to
   * parse that quoted session version cookie: it answers an empty 200 and logs "Odd number of
   * hexadecimal digits" instead of running the request.
   */
  static final class AsBrowsersSendThem extends CookieHandler {

    private final CookieManager cookies;

    AsBrowsersSendThem(CookieManager cookies) {
      this.cookies = cookies;
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
      // Secure cookies too (the session cookie is Secure when the application trusts a proxy,
      // web.trusted-proxies): these tests play the TLS-terminating proxy themselves.
      URI asSecure = URI.create(uri.toString().replaceFirst("^http:", "https:"));
      String header =
          cookies.getCookieStore().get(asSecure).stream()
              .map(cookie -> cookie.getName() + "=" + cookie.getValue())
              .collect(Collectors.joining("; "));
      return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
      cookies.put(uri, responseHeaders);
    }
  }
}
