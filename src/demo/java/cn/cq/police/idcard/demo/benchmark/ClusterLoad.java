package cn.cq.police.idcard.demo.benchmark;

import cn.cq.police.idcard.demo.control.DemoDataWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Virtual clerks on the cluster of {@code bin/cluster} (issue 17): each logs in through the login
 * form and submits applications through the real counter page — the page, the JSF Ajax look-up with
 * its view state, choosing the type, the Ajax submit — while faults are injected at given seconds
 * (a member killed and restarted, PostgreSQL stopped and started). A submit whose answer is lost is
 * sent again with the same view state, so with the same submission token. Afterwards it reconciles
 * what the clients saw with the database and the audit trail and prints PASS or FAIL.
 *
 * <p>Bounded: at most {@code --submits} submits per clerk and {@code --seconds} in all; only
 * loopback addresses. Run by {@code bin/cluster-load}.
 */
public final class ClusterLoad {

  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
  static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  static final Pattern ACCEPTANCE = Pattern.compile("id=\"acceptance-number\"[^>]*>\\s*([0-9]+)");
  static final Pattern ERROR_MESSAGE =
      Pattern.compile("ui-messages-error-summary\">([^<]*)<|id=\"error-page\"[^>]*>\\s*<h2>([^<]*)<");
  static final Pattern STACK_TRACE =
      Pattern.compile("\\tat [\\w$.]+\\(|[\\w$.]+(Exception|Error): |\\.java:\\d+\\)");

  /** One lock per shared account around its second step (Clerk.logIn). */
  static final Map<String, Object> SECOND_STEPS = new ConcurrentHashMap<>();

  /** What a clerk saw of one answer. */
  enum Seen {
    OK,
    REFUSED,
    ERROR_PAGE,
    VIEW_EXPIRED,
    SESSION_LOST,
    GATEWAY,
    NO_ANSWER,
    UNEXPECTED
  }

  record Answer(Seen seen, String detail, String member, long atMillis) {}

  /** One submit as the client saw it: the first answer, and the retries after a lost one. */
  record Submit(
      String clerk,
      String receipt,
      Answer first,
      List<Answer> retries,
      String acceptanceNumber,
      long sentAt,
      long millis) {

    Answer last() {
      return retries.isEmpty() ? first : retries.get(retries.size() - 1);
    }
  }

  /** An answer that was not the expected page, kept for the report (any stack trace fails). */
  record Trouble(String step, Answer answer, boolean stackTrace) {}

  final String base;
  final String jdbc;
  final String password;
  final int submitsPerClerk;
  final long deadline;
  final long started = System.currentTimeMillis();
  final ConcurrentLinkedQueue<Submit> submits = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<Trouble> troubles = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<String> faultLog = new ConcurrentLinkedQueue<>();
  final Map<String, Long> faultDone = Collections.synchronizedMap(new LinkedHashMap<>());
  volatile int relogins;

  ClusterLoad(String base, String jdbc, String password, int submitsPerClerk, int seconds) {
    this.base = base;
    this.jdbc = jdbc;
    this.password = password;
    this.submitsPerClerk = submitsPerClerk;
    this.deadline = started + seconds * 1000L;
  }

  long now() {
    return System.currentTimeMillis() - started;
  }

  /** One virtual clerk: its own session (cookies kept by hand, as a browser sends them). */
  final class Clerk implements Runnable {
    final String username;
    final List<String[]> receipts;
    final HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    final Map<String, String> cookies = new LinkedHashMap<>();
    String viewState;
    String nonce;

    Clerk(String username, List<String[]> receipts) {
      this.username = username;
      this.receipts = receipts;
    }

    @Override
    public void run() {
      int done = 0;
      int next = 0;
      boolean loggedIn = false;
      // A failure before the submit (login, page, look-up, type) tries the same receipt again, as
      // a clerk would; only a look-up that finds it unusable, or a submit, moves on.
      for (int step = 0;
          step < 10_000
              && next < receipts.size()
              && done < submitsPerClerk
              && System.currentTimeMillis() < deadline;
          step++) {
        String[] receipt = receipts.get(next);
        try {
          if (!loggedIn) {
            loggedIn = logIn();
            if (!loggedIn) {
              pause(1000);
              continue;
            }
          }
          Answer page = page("counter/index.xhtml");
          if (page.seen() == Seen.SESSION_LOST) {
            relogins++;
            loggedIn = false;
            continue;
          }
          if (page.seen() != Seen.OK) {
            troubles.add(new Trouble("counter page", shortened(page), false));
            pause(500);
            continue;
          }
          Map<String, String> lookUp = new LinkedHashMap<>();
          lookUp.put("lookup:receiptNumber", receipt[0]);
          lookUp.put("lookup:idNumber", receipt[1]);
          Answer found = ajax("lookup:lookUp", "lookup", "lookup flow temporary-card", lookUp);
          if (found.seen() != Seen.OK || !found.detail().contains("data-outcome=\"USABLE\"")) {
            troubles.add(new Trouble("look-up", shortened(found), false));
            if (found.seen() == Seen.SESSION_LOST) {
              relogins++;
              loggedIn = false;
            } else if (found.seen() == Seen.OK) {
              next++;
            }
            pause(500);
            continue;
          }
          Map<String, String> form = formFields(found.detail(), "application");
          form.put("application:type", "FIRST_APPLICATION");
          Answer typed =
              ajax(
                  "application:type",
                  "application:type",
                  "application:fee application:validity",
                  Map.of(
                      "application:type",
                      "FIRST_APPLICATION",
                      "jakarta.faces.behavior.event",
                      "valueChange"));
          if (typed.seen() != Seen.OK) {
            troubles.add(new Trouble("type", shortened(typed), false));
            pause(500);
            continue;
          }
          submit(receipt[0], form);
          next++;
          done++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    /** The submit, and while its answer is lost the same post again (same view, same token). */
    void submit(String receipt, Map<String, String> form) throws InterruptedException {
      long sent = now();
      String postedViewState = viewState;
      String postedNonce = nonce;
      Answer first = ajax("application:submit", "application", "application", form);
      List<Answer> retries = new ArrayList<>();
      Answer last = first;
      for (int attempt = 0;
          attempt < 20 && lost(last.seen()) && System.currentTimeMillis() < deadline + 60_000;
          attempt++) {
        pause(1000);
        viewState = postedViewState;
        nonce = postedNonce;
        last = ajax("application:submit", "application", "application", form);
        retries.add(shortened(last));
      }
      Matcher number = ACCEPTANCE.matcher(last.detail());
      submits.add(
          new Submit(
              username,
              receipt,
              shortened(first),
              retries,
              last.seen() == Seen.OK && number.find() ? number.group(1) : null,
              sent,
              now() - sent));
    }

    boolean logIn() throws InterruptedException {
      cookies.clear();
      Answer login = page("login.xhtml");
      if (login.seen() != Seen.OK && login.seen() != Seen.SESSION_LOST) {
        troubles.add(new Trouble("login page", shortened(login), false));
        return false;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("login", "login");
      fields.put("login:username", username);
      fields.put("login:password", password);
      fields.put("login:submit", "");
      HttpResponse<String> response = post("login.xhtml", fields);
      // The second factor: the demo secret's current code, after the demo war's fixture forgot
      // the account's last accepted step. Clerks share accounts, so one clerk of an account at a
      // time: two at once sent the same code, the second was refused as a replay, and every
      // refusal counted against the loopback address until it locked (59 logins refused in a
      // database-restart run). A code refused all the same is tried again.
      if (response != null
          && response.headers().firstValue("Location").orElse("").contains("login-code")) {
        synchronized (SECOND_STEPS.computeIfAbsent(username, account -> new Object())) {
          response = secondStep();
        }
      }
      if (response != null
          && response.statusCode() == 302
          && !response.headers().firstValue("Location").orElse("").contains("login")) {
        return true;
      }
      Answer failed = classify("login", response);
      troubles.add(new Trouble("login", shortened(failed), false));
      return false;
    }

    /** The code page's answer to the demo code, forgotten and tried up to three times. */
    HttpResponse<String> secondStep() throws InterruptedException {
      HttpResponse<String> response = null;
      for (int attempt = 0; attempt < 3; attempt++) {
        send(
            request("api/demo/second-factor/" + username + "/forget-step")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        page("login-code.xhtml");
        response =
            post(
                "login-code.xhtml",
                Map.of(
                    "code", "code",
                    "code:code", DemoDataWriter.currentDemoCode(),
                    "code:verify", ""));
        if (response == null || response.statusCode() == 302) {
          break;
        }
      }
      return response;
    }

    Answer page(String path) throws InterruptedException {
      HttpResponse<String> response = send(request(path).GET().build());
      Answer answer = classify("page " + path, response);
      if (answer.seen() == Seen.OK) {
        viewState = find(VIEW_STATE, response.body());
        String pageNonce = find(NONCE, response.body());
        nonce = pageNonce == null ? null : pageNonce.replace("\\/", "/");
      }
      return answer;
    }

    /** What PrimeFaces posts for an Ajax component event or command button. */
    Answer ajax(String source, String execute, String render, Map<String, String> fields)
        throws InterruptedException {
      Map<String, String> all = new LinkedHashMap<>(fields);
      all.put("jakarta.faces.partial.ajax", "true");
      all.put("jakarta.faces.source", source);
      all.put("jakarta.faces.partial.execute", execute);
      all.put("jakarta.faces.partial.render", render);
      if (source.endsWith("lookUp") || source.endsWith("submit")) {
        all.put(source, source);
      }
      String form = source.substring(0, source.indexOf(':'));
      all.put(form, form);
      HttpResponse<String> response = post("counter/index.xhtml", all);
      Answer answer = classify(source, response);
      if (response != null) {
        String updated = find(PARTIAL_VIEW_STATE, response.body());
        if (updated != null) {
          viewState = updated;
        }
      }
      return answer;
    }

    HttpResponse<String> post(String path, Map<String, String> fields)
        throws InterruptedException {
      Map<String, String> all = new LinkedHashMap<>(fields);
      all.put("jakarta.faces.ViewState", viewState == null ? "" : viewState);
      if (nonce != null) {
        all.put("primefaces.nonce", nonce);
      }
      return send(FormPosts.post(request(path), all).build());
    }

    HttpRequest.Builder request(String path) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(30))
              .header("Accept-Language", "zh-CN");
      if (!cookies.isEmpty()) {
        request.header(
            "Cookie",
            cookies.entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; ")));
      }
      return request;
    }

    /** Null when no answer came (connection refused, reset, timed out). */
    HttpResponse<String> send(HttpRequest request) throws InterruptedException {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
          String pair = cookie.split(";", 2)[0];
          int equals = pair.indexOf('=');
          if (equals > 0) {
            cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
          }
        }
        return response;
      } catch (IOException noAnswer) {
        return null;
      }
    }

    Answer classify(String step, HttpResponse<String> response) {
      long at = now();
      if (response == null) {
        return new Answer(Seen.NO_ANSWER, "", "", at);
      }
      String body = response.body();
      String member = response.headers().firstValue("X-Upstream").orElse("");
      member = member.substring(member.lastIndexOf(' ') + 1);
      boolean stackTrace = STACK_TRACE.matcher(body).find();
      Seen seen;
      if (response.statusCode() >= 502 && response.statusCode() <= 504 && member.isEmpty()
          || body.contains("<center>nginx</center>")) {
        seen = Seen.GATEWAY;
      } else if (response.statusCode() == 302
              && response.headers().firstValue("Location").orElse("").contains("login")
          || body.contains("<redirect url=") && body.contains("login")) {
        seen = Seen.SESSION_LOST;
      } else if (body.contains("id=\"error-page\"") && body.contains("会话已过期")) {
        seen = Seen.VIEW_EXPIRED;
      } else if (body.contains("id=\"error-page\"")) {
        seen = Seen.ERROR_PAGE;
      } else if (response.statusCode() == 200 && body.contains("ui-messages-error")) {
        seen = Seen.REFUSED;
      } else if (response.statusCode() == 200) {
        seen = Seen.OK;
      } else {
        seen = Seen.UNEXPECTED;
      }
      if (seen == Seen.UNEXPECTED || seen == Seen.GATEWAY) {
        keepFirst(response.statusCode(), body);
        // Shortened to this: the status and the page's title say what came instead.
        String title = find(Pattern.compile("<title>([^<]*)</title>"), body);
        body = "HTTP " + response.statusCode() + " " + (title == null ? "" : title.strip());
      }
      Answer answer = new Answer(seen, body, member, at);
      if (stackTrace) {
        troubles.add(new Trouble(step, shortened(answer), true));
      }
      return answer;
    }
  }

  /**
   * No answer that says what became of the submit: the page stays in the browser and the clerk
   * presses submit again, so with the same submission token. (The error page replaces the page, so
   * after it the clerk starts over; it says nothing was saved, which the reconciliation checks.)
   */
  /** The first body of each unexpected status, to read after the run. */
  static void keepFirst(int status, String body) {
    Path file = Path.of("target/cluster/answer-" + status + ".html");
    try {
      if (Files.isDirectory(file.getParent()) && !Files.exists(file)) {
        Files.writeString(file, body);
      }
    } catch (IOException ignored) {
      // only an aid for reading the report
    }
  }

  static boolean lost(Seen seen) {
    return seen == Seen.GATEWAY || seen == Seen.NO_ANSWER || seen == Seen.UNEXPECTED;
  }

  /** The answer without its body, only the message it showed, if any. */
  static Answer shortened(Answer answer) {
    Matcher message = ERROR_MESSAGE.matcher(answer.detail());
    String detail = "";
    if (message.find()) {
      detail = message.group(1) != null ? message.group(1) : message.group(2);
    } else if (answer.seen() == Seen.OK) {
      Matcher number = ACCEPTANCE.matcher(answer.detail());
      detail = number.find() ? number.group(1) : "";
    } else if (answer.detail().length() > 0) {
      detail = answer.detail().substring(0, Math.min(120, answer.detail().length()));
    }
    return new Answer(answer.seen(), detail.strip(), answer.member(), answer.atMillis());
  }

  /**
   * The fields a browser would post for the named form in the page (or partial response): text and
   * hidden inputs with their values, checked radios and boxes, each select's selected option.
   */
  static Map<String, String> formFields(String html, String formId) {
    int start = html.indexOf("<form id=\"" + formId + "\"");
    int end = start < 0 ? -1 : html.indexOf("</form>", start);
    Map<String, String> fields = new LinkedHashMap<>();
    if (end < 0) {
      return fields;
    }
    String form = html.substring(start, end);
    Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(form);
    while (input.find()) {
      String tag = input.group();
      String type = attribute(tag, "type");
      String name = attribute(tag, "name");
      if (name == null
          || "submit".equals(type)
          || "button".equals(type)
          || "file".equals(type)
          || ("radio".equals(type) || "checkbox".equals(type)) && !tag.contains("checked")) {
        continue;
      }
      String value = attribute(tag, "value");
      fields.put(name, value == null ? ("checkbox".equals(type) ? "on" : "") : value);
    }
    Matcher select =
        Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
            .matcher(form);
    while (select.find()) {
      Matcher option = Pattern.compile("<option\\b[^>]*>").matcher(select.group(2));
      String chosen = null;
      while (option.find()) {
        String value = attribute(option.group(), "value");
        if (chosen == null || option.group().contains("selected")) {
          chosen = value;
        }
        if (option.group().contains("selected")) {
          break;
        }
      }
      if (chosen != null) {
        fields.put(select.group(1), chosen);
      }
    }
    return fields;
  }

  static String attribute(String tag, String name) {
    Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return value.find() ? unescape(value.group(1)) : null;
  }

  static String unescape(String value) {
    return value
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }

  static void pause(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  /** Runs each fault command at its second, one after the other, and notes when each ended. */
  Thread faults(TreeMap<Integer, String> commands) {
    Thread thread =
        new Thread(
            () -> {
              for (Map.Entry<Integer, String> fault : commands.entrySet()) {
                try {
                  long wait = started + fault.getKey() * 1000L - System.currentTimeMillis();
                  if (wait > 0) {
                    Thread.sleep(wait);
                  }
                  long from = now();
                  Process process =
                      new ProcessBuilder("bash", "-c", fault.getValue())
                          .redirectErrorStream(true)
                          .start();
                  String output = new String(process.getInputStream().readAllBytes());
                  boolean ended = process.waitFor(6, TimeUnit.MINUTES);
                  faultDone.put(fault.getValue(), now());
                  faultLog.add(
                      "%6.1f s → %6.1f s  %s%s%s"
                          .formatted(
                              from / 1000.0,
                              now() / 1000.0,
                              fault.getValue(),
                              ended && process.exitValue() == 0 ? "" : "  (FAILED)",
                              output.isBlank() ? "" : "\n           " + output.strip()));
                } catch (IOException e) {
                  faultLog.add("fault " + fault.getValue() + " failed: " + e.getMessage());
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "faults");
    thread.start();
    return thread;
  }

  /** Receipts of the list that are still unused, per station, and the clerks who take them. */
  Map<String, List<String[]>> unusedReceipts(Path list) throws IOException, SQLException {
    Map<String, List<String[]>> byStation = new LinkedHashMap<>();
    try (Connection db = DriverManager.getConnection(jdbc, "idcard", "idcard");
        PreparedStatement query =
            db.prepareStatement(
                "select r.receipt_number from receipt r where r.status = 'AVAILABLE' and not exists"
                    + " (select from application a where a.receipt_id = r.id)")) {
      java.util.Set<String> unused = new java.util.HashSet<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          unused.add(rows.getString(1));
        }
      }
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        String[] fields = line.split(",");
        if (fields[0].equals("USABLE") && unused.contains(fields[2])) {
          byStation
              .computeIfAbsent(fields[1], s -> new ArrayList<>())
              .add(new String[] {fields[2], fields[3]});
        }
      }
    }
    return byStation;
  }

  /** The reconciliation of what the clients saw with the database and the audit trail. */
  boolean reconcile(List<Submit> all) throws SQLException {
    Map<String, String[]> stored = new HashMap<>();
    int problems = 0;
    List<String> findings = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(jdbc, "idcard", "idcard")) {
      String in =
          all.stream().map(s -> "'" + s.receipt().replaceAll("\\D", "") + "'").distinct()
              .collect(Collectors.joining(","));
      if (in.isEmpty()) {
        in = "''";
      }
      try (PreparedStatement query =
              db.prepareStatement(
                  "select r.receipt_number, a.acceptance_number, a.id, r.status,"
                      + " (select count(*) from payment p where p.application_id = a.id),"
                      + " (select count(*) from audit_entry e where e.action = 'application.submitted'"
                      + "   and e.subject_id = cast(a.id as varchar)),"
                      + " (select count(*) from application b where b.receipt_id = r.id)"
                      + " from receipt r left join application a on a.receipt_id = r.id"
                      + " where r.receipt_number in ("
                      + in
                      + ")");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String receipt = rows.getString(1);
          String acceptance = rows.getString(2);
          if (acceptance == null) {
            if (!"AVAILABLE".equals(rows.getString(4))) {
              findings.add(receipt + ": receipt " + rows.getString(4) + " without an application");
            }
            continue;
          }
          stored.put(receipt, new String[] {acceptance});
          if (rows.getLong(7) != 1 || rows.getLong(5) != 1 || rows.getLong(6) != 1
              || !"USED".equals(rows.getString(4))) {
            findings.add(
                "%s: half-written: %d applications, %d payments, %d audit entries, receipt %s"
                    .formatted(receipt, rows.getLong(7), rows.getLong(5), rows.getLong(6),
                        rows.getString(4)));
          }
        }
      }
      try (PreparedStatement query =
              db.prepareStatement(
                  "select count(*) from (select acceptance_number from application"
                      + " group by acceptance_number having count(*) > 1) twice");
          ResultSet rows = query.executeQuery()) {
        rows.next();
        if (rows.getLong(1) > 0) {
          findings.add(rows.getLong(1) + " acceptance numbers used twice in the database");
        }
      }
    }
    int succeeded = 0;
    int lostStored = 0;
    int lostNotStored = 0;
    int lostRetriedSame = 0;
    int refused = 0;
    Map<String, String> numberToReceipt = new HashMap<>();
    for (Submit submit : all) {
      String[] row = stored.get(submit.receipt());
      String inDb = row == null ? null : row[0];
      boolean firstLost = lost(submit.first().seen());
      if (submit.acceptanceNumber() != null) {
        String other = numberToReceipt.put(submit.acceptanceNumber(), submit.receipt());
        if (other != null && !other.equals(submit.receipt())) {
          findings.add("acceptance number " + submit.acceptanceNumber() + " shown for two receipts");
        }
      }
      if (submit.first().seen() == Seen.VIEW_EXPIRED
          || submit.first().seen() == Seen.SESSION_LOST
          || firstLost && submit.acceptanceNumber() == null) {
        findings.add(
            "%s: submit answered %s, retries %s: the page token could not be tried again%s"
                .formatted(submit.receipt(), submit.first().seen(),
                    submit.retries().stream().map(r -> r.seen().name()).toList(),
                    inDb == null ? " (not stored)" : " (stored as " + inDb + ")"));
      }
      if (!firstLost && submit.first().seen() == Seen.OK) {
        succeeded++;
        if (!submit.acceptanceNumber().equals(inDb)) {
          findings.add(submit.receipt() + ": client saw " + submit.acceptanceNumber()
              + ", database has " + inDb);
        }
      } else if (firstLost) {
        if (inDb == null) {
          lostNotStored++;
        } else {
          lostStored++;
        }
        if (submit.acceptanceNumber() != null) {
          if (submit.acceptanceNumber().equals(inDb)) {
            lostRetriedSame++;
          } else {
            findings.add(submit.receipt() + ": retry answered " + submit.acceptanceNumber()
                + ", database has " + inDb);
          }
        } else if (inDb != null) {
          findings.add(submit.receipt() + ": answer lost, stored as " + inDb
              + ", retry answered " + submit.last().seen() + " " + submit.last().detail());
        }
      } else {
        refused++;
        if (inDb != null) {
          findings.add(submit.receipt() + ": client saw " + submit.first().seen() + " ("
              + submit.first().detail() + ") but the database has " + inDb);
        }
      }
    }
    long stackTraces = troubles.stream().filter(Trouble::stackTrace).count();
    if (stackTraces > 0) {
      findings.add(stackTraces + " answers showed a stack trace");
    }
    System.out.printf(
        "%nReconciliation of %d submits: %d answered with an acceptance number at once, %d refused"
            + " or answered with a message (nothing stored: checked), %d answers lost: %d of them"
            + " stored (once), %d not stored; %d retries with the same page token answered with the"
            + " stored acceptance number.%n",
        all.size(), succeeded, refused, lostStored + lostNotStored, lostStored, lostNotStored,
        lostRetriedSame);
    findings.forEach(f -> System.out.println("  FINDING " + f));
    problems += findings.size();
    return problems == 0;
  }

  /**
   * The outbox of both members: waits (at most {@code seconds}) until every application of this
   * run's receipts has left, then asks the simulated production centre how often each arrived. An
   * application received twice was sent twice (the centre keeps one order per Idempotency-Key).
   */
  boolean outboxOnce(List<Submit> all, String simulator, int seconds)
      throws SQLException, InterruptedException, IOException {
    String in =
        all.stream()
            .map(s -> "'" + s.receipt().replaceAll("\\D", "") + "'")
            .distinct()
            .collect(Collectors.joining(","));
    String query =
        "select o.idempotency_key, o.state, o.attempts from production_outbox o"
            + " join application a on a.id = o.application_id join receipt r on r.id = a.receipt_id"
            + " where r.receipt_number in ("
            + (in.isEmpty() ? "''" : in)
            + ")";
    Map<String, String> states = new HashMap<>();
    int moreThanOneAttempt = 0;
    long until = System.currentTimeMillis() + seconds * 1000L;
    long waited = System.currentTimeMillis();
    try (Connection db = DriverManager.getConnection(jdbc, "idcard", "idcard")) {
      while (true) {
        states.clear();
        moreThanOneAttempt = 0;
        try (PreparedStatement statement = db.prepareStatement(query);
            ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            states.put(rows.getString(1), rows.getString(2));
            moreThanOneAttempt += rows.getInt(3) > 1 ? 1 : 0;
          }
        }
        if (!states.containsValue("PENDING") || System.currentTimeMillis() > until) {
          break;
        }
        pause(2000);
      }
    }
    HttpResponse<String> received =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(simulator + "received")).build(),
                HttpResponse.BodyHandlers.ofString());
    Map<String, Integer> counts = new HashMap<>();
    Matcher entry = Pattern.compile("\"(\\d+)\":(\\d+)").matcher(received.body());
    while (entry.find()) {
      counts.put(entry.group(1), Integer.parseInt(entry.group(2)));
    }
    long pending = states.values().stream().filter("PENDING"::equals).count();
    long delivered = states.values().stream().filter("DELIVERED"::equals).count();
    List<String> twice =
        states.keySet().stream().filter(k -> counts.getOrDefault(k, 0) > 1).sorted().toList();
    List<String> missing =
        states.entrySet().stream()
            .filter(e -> e.getValue().equals("DELIVERED") && counts.getOrDefault(e.getKey(), 0) == 0)
            .map(Map.Entry::getKey)
            .toList();
    System.out.printf(
        "%nOutbox: %d applications of this run in the outbox, %d delivered, %d still pending after"
            + " %.0f s; %d needed more than one attempt; received by the centre twice or more: %d%s;"
            + " delivered but never received: %d%n",
        states.size(), delivered, pending, (System.currentTimeMillis() - waited) / 1000.0,
        moreThanOneAttempt, twice.size(), twice.isEmpty() ? "" : " " + twice, missing.size());
    return pending == 0 && twice.isEmpty() && missing.isEmpty();
  }

  void report(List<Submit> all) {
    System.out.printf("%nFaults:%n");
    faultLog.forEach(f -> System.out.println("  " + f));
    Map<Seen, Long> firstAnswers =
        all.stream().collect(Collectors.groupingBy(s -> s.first().seen(), TreeMap::new,
            Collectors.counting()));
    System.out.printf("First answers to submits: %s%n", firstAnswers);
    Map<String, Long> messages =
        all.stream().filter(s -> s.first().seen() != Seen.OK)
            .collect(Collectors.groupingBy(s -> s.first().seen() + " " + s.first().detail(),
                TreeMap::new, Collectors.counting()));
    messages.forEach((m, n) -> System.out.printf("  %4d × %s%n", n, m));
    Map<String, Long> otherSteps =
        troubles.stream().collect(Collectors.groupingBy(
            t -> t.step() + ": " + t.answer().seen() + " " + t.answer().detail()
                .replaceAll("\\s+", " "), TreeMap::new, Collectors.counting()));
    System.out.printf("Other answers that were not the expected page (%d):%n", troubles.size());
    otherSteps.forEach((m, n) -> System.out.printf("  %4d × %s%n", n, m));
    long[] millis = all.stream().filter(s -> s.first().seen() == Seen.OK)
        .mapToLong(Submit::millis).sorted().toArray();
    if (millis.length > 0) {
      System.out.printf("Submit answer time (ok at once): median %d ms, p95 %d ms, max %d ms%n",
          millis[millis.length / 2], millis[(int) (millis.length * 0.95)],
          millis[millis.length - 1]);
    }
    // Per 5 s: submits answered ok, and not ok, by member.
    System.out.println("Timeline (5 s buckets: submits ok per member / not ok):");
    TreeMap<Long, String> timeline = new TreeMap<>();
    all.stream().collect(Collectors.groupingBy(s -> s.sentAt() / 5000, TreeMap::new,
            Collectors.toList()))
        .forEach((bucket, list) -> timeline.put(bucket, "%s  not ok %d".formatted(
            list.stream().filter(s -> s.first().seen() == Seen.OK)
                .collect(Collectors.groupingBy(s -> s.first().member(), TreeMap::new,
                    Collectors.counting())),
            list.stream().filter(s -> s.first().seen() != Seen.OK).count())));
    timeline.forEach((bucket, line) -> System.out.printf("  %4d s  %s%n", bucket * 5, line));
    System.out.printf("Sessions lost (new login needed): %d%n", relogins);
    faultDone.forEach((command, at) -> {
      if (command.contains("db-start") || command.contains("db-restart")
          || command.contains("restart")) {
        Map<String, Long> firstOk = new TreeMap<>();
        all.stream().filter(s -> s.first().seen() == Seen.OK && s.first().atMillis() > at)
            .forEach(s -> firstOk.merge(s.first().member(), s.first().atMillis() - at, Math::min));
        System.out.printf("After '%s' ended at %.1f s, first submit ok per member after: %s ms%n",
            command, at / 1000.0, firstOk);
      }
    });
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    TreeMap<Integer, String> faults = new TreeMap<>();
    for (String arg : args) {
      if (arg.startsWith("--fault=")) {
        String fault = arg.substring("--fault=".length());
        faults.put(Integer.parseInt(fault.substring(0, fault.indexOf(':'))),
            fault.substring(fault.indexOf(':') + 1));
      } else if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else {
        System.err.println("usage: --url= --jdbc= --receipts= --clerks= --submits= --seconds="
            + " [--fault=SECONDS:COMMAND ...]");
        System.exit(2);
      }
    }
    String url = options.getOrDefault("url", "http://127.0.0.1:28380/");
    if (!URI.create(url).getHost().matches("127\\.0\\.0\\.1|localhost")) {
      throw new IllegalArgumentException("Load goes to loopback addresses only: " + url);
    }
    int clerks = Integer.parseInt(options.getOrDefault("clerks", "50"));
    ClusterLoad load =
        new ClusterLoad(
            url,
            options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:28383/idcard_cluster"),
            options.getOrDefault("password", "Demo@2026"),
            Integer.parseInt(options.getOrDefault("submits", "20")),
            Integer.parseInt(options.getOrDefault("seconds", "90")));
    Map<String, List<String[]>> receipts =
        load.unusedReceipts(Path.of(options.getOrDefault("receipts",
            "target/cluster/demo-receipts.csv")));
    List<String> stations = new ArrayList<>(receipts.keySet());
    int unused = receipts.values().stream().mapToInt(List::size).sum();
    System.out.printf("%d usable receipts not used yet%n", unused);
    if (unused < clerks) {
      System.err.println("Too few unused receipts: bin/cluster reset && bin/cluster start");
      System.exit(1);
    }
    String[] accounts = {".clerk", ".clerk2", ".supervisor"};
    List<Thread> threads = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(1);
    for (int i = 0; i < clerks; i++) {
      String station = stations.get(i % stations.size());
      int ofStation = (clerks - 1 - i % stations.size()) / stations.size() + 1;
      List<String[]> available = receipts.get(station);
      int nth = i / stations.size();
      // Each clerk its own receipts: a refusal then means the product refused, not a race.
      List<String[]> own = new ArrayList<>();
      for (int k = nth; k < available.size(); k += ofStation) {
        own.add(available.get(k));
      }
      Clerk clerk = load.new Clerk(station + accounts[nth % accounts.length], own);
      Thread thread = new Thread(() -> {
        try {
          ready.await();
          clerk.run();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "clerk-" + i);
      thread.start();
      threads.add(thread);
    }
    System.out.printf("%d virtual clerks, at most %s submits each, at most %s s, on %s%n", clerks,
        options.getOrDefault("submits", "20"), options.getOrDefault("seconds", "90"), url);
    ready.countDown();
    Thread faultThread = load.faults(faults);
    for (Thread thread : threads) {
      thread.join(Math.max(1, load.deadline + 120_000 - System.currentTimeMillis()));
    }
    faultThread.join(Math.max(1, load.deadline + 420_000 - System.currentTimeMillis()));
    List<Submit> all = new ArrayList<>(load.submits);
    System.out.printf("%n%d submits in %.1f s (%.1f/s)%n", all.size(), load.now() / 1000.0,
        all.size() * 1000.0 / load.now());
    load.report(all);
    boolean pass;
    try {
      pass = load.reconcile(all);
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException(e));
    }
    String simulator = options.get("simulator");
    if (simulator != null) {
      pass &= load.outboxOnce(all, simulator, Integer.parseInt(options.getOrDefault("drain", "150")));
    }
    System.out.println(pass ? "PASS" : "FAIL");
    System.exit(pass ? 0 : 1);
  }
}
