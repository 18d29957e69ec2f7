package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.control.LookupOutcome;
import cn.cq.police.idcard.applications.control.ReceiptEligibility;
import cn.cq.police.idcard.applications.control.ReceiptLookup;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.notices.control.NoticeOutboxIT;
import cn.cq.police.idcard.platform.SchemaMigration;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.review.control.ReviewFixture;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Encryption at rest on the real database, under the suite's algorithms (AES-GCM on H2, SM4-GCM on
 * PostgreSQL): after the demo data and a submitted application, no table holds an ID number, an
 * applicant's name or address, or a JPEG in clear; and a key rotation run while clerks look up and
 * submit loses nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class PersonalDataAtRestIT {

  /** The key of the "earlier" key id k0, which the suite's configuration keeps as retired. */
  static final byte[] K0 =
      Base64.getDecoder().decode("q8Ukjl9gk0Zb7I6mHbS9uWqJ0mXSxJ4VkYV3s0Wn3zM=");

  private static final AtomicInteger PEOPLE = new AtomicInteger(300);

  @Inject Store store;

  @Inject NoticeOutboxIT.Notes notes;

  @Inject ReviewFixture fixture;

  @Inject PersonalDataSealing sealing;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  /** The rotation runs beside the clerks, on a thread of the container's. */
  @Resource ManagedExecutorService executor;

  Application submitted() {
    CitizenIdNumber person =
        CitizenIdNumber.of("500105", LocalDate.of(1988, 3, 4), PEOPLE.incrementAndGet());
    Receipt receipt = notes.stationReceipt(person);
    return fixture.submit(NoticeOutboxIT.CLERK, NoticeOutboxIT.inPerson(receipt, person, null));
  }

  @Test
  void noTableHoldsAnIdNumberANameOrAPhotoInClear() throws SQLException {
    Application application = submitted();
    Map<Long, Person> people = store.people();
    assertTrue(people.size() > 100, "the demo data and the submitted application are there");
    assertTrue(people.containsKey(application.getReceipt().getId()));
    Set<String> idNumbers = new HashSet<>(store.agentAndCollectorNumbers());
    Set<String> names = new HashSet<>();
    Set<String> addresses = new HashSet<>();
    people.values().forEach(p -> idNumbers.add(p.idNumber()));
    people.values().forEach(p -> names.add(p.name()));
    // Whole addresses; the few-character ones other tests seed ("重庆市") are in every address.
    people.values().stream()
        .map(Person::address)
        .filter(address -> address.length() >= 8)
        .forEach(addresses::add);

    List<String> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : tables(connection)) {
        try (Statement query = connection.createStatement();
            ResultSet rows = query.executeQuery("select * from " + table)) {
          int width = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int i = 1; i <= width; i++) {
              String where = table + "." + rows.getMetaData().getColumnName(i);
              Object value = rows.getObject(i);
              if (value instanceof byte[] bytes) {
                if (bytes.length > 2
                    && bytes[0] == (byte) 0xFF
                    && bytes[1] == (byte) 0xD8
                    && bytes[2] == (byte) 0xFF) {
                  found.add(where + ": a JPEG");
                }
              } else if (value instanceof String text) {
                if (containsAny(text, idNumbers)) {
                  found.add(where + ": an ID number");
                }
                if (names.contains(text) && !table.equalsIgnoreCase("staff_account")) {
                  found.add(where + ": a name");
                }
                if (addresses.stream().anyMatch(text::contains)) {
                  found.add(where + ": an address");
                }
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), found.stream().distinct().toList());
  }

  @Test
  void aKeyRotationWhileClerksLookUpAndSubmitLosesNothing() throws Exception {
    PersonalDataKeyring current = sealing.keyring();
    // Everything stored under k0 first, a key the application still reads: the rotation's start.
    PersonalDataKeyring earlier = current.rotatedTo("k0", K0);
    try (Connection connection = dataSource.getConnection()) {
      new DataKeyRotation(earlier, 100, false).rotate(connection);
      assertTrue(new DataKeyRotation(current, 100, false).remaining(connection) > 100);
    }
    Map<Long, Person> before = store.people();
    // Receipts with a photo: those a clerk can look up (other tests seed some without).
    List<Person> demo = before.values().stream().filter(p -> p.photoSha256() != null).toList();

    CompletableFuture<Map<String, Long>> rotation =
        CompletableFuture.supplyAsync(
            () -> {
              try (Connection connection = dataSource.getConnection()) {
                return new DataKeyRotation(current, 20, false).rotate(connection);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            },
            executor);
    List<Application> submittedMeanwhile = new ArrayList<>();
    int lookups = 0;
    EnumSet<LookupOutcome> outcomes = EnumSet.noneOf(LookupOutcome.class);
    while (!rotation.isDone() || lookups < 20) {
      Person person = demo.get(lookups++ % demo.size());
      outcomes.add(store.lookUp(person.number(), person.idNumber()));
      if (lookups % 10 == 0) {
        submittedMeanwhile.add(submitted());
      }
    }
    rotation.get();
    submittedMeanwhile.add(submitted());

    assertTrue(
        !outcomes.contains(LookupOutcome.ID_MISMATCH)
            && !outcomes.contains(LookupOutcome.UNKNOWN_RECEIPT),
        "every receipt found with its number: " + outcomes);
    try (Connection connection = dataSource.getConnection()) {
      assertEquals(0, new DataKeyRotation(current, 100, false).remaining(connection));
    }
    Map<Long, Person> after = store.people();
    before.forEach((id, person) -> assertEquals(person, after.get(id), "receipt " + id));
    for (Application application : submittedMeanwhile) {
      CitizenIdNumber person = application.getCitizenIdNumber();
      assertEquals(
          List.of(application.getId()),
          store.inProgressFor(person),
          "found by its ID number through the blind index");
    }
  }

  /** Whether an 18-character window of the text is one of the numbers. */
  private static boolean containsAny(String text, Set<String> idNumbers) {
    for (int i = 0; i + 18 <= text.length(); i++) {
      if (idNumbers.contains(text.substring(i, i + 18).toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The tables of the application's schema (not Flyway's). */
  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rows =
        meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String name = rows.getString("TABLE_NAME");
        if (!name.toLowerCase(Locale.ROOT).startsWith("flyway")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  /** What a receipt holds of its person, as the application reads it, and its photo's hash. */
  public record Person(
      String number, String idNumber, String name, String address, String photoSha256) {}

  /** Reads and looks up as the counter does, each in its own transaction. */
  @Dependent
  public static class Store {

    @PersistenceContext EntityManager em;

    @Inject ReceiptEligibility eligibility;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Long, Person> people() {
      Map<Long, Person> people = new HashMap<>();
      for (Receipt r : em.createQuery("select r from Receipt r", Receipt.class).getResultList()) {
        ReceiptPhoto photo = em.find(ReceiptPhoto.class, r.getId());
        people.put(
            r.getId(),
            new Person(
                r.getReceiptNumber().value(),
                r.getCitizenIdNumber().value(),
                r.getName(),
                r.getHouseholdAddress(),
                photo == null ? null : CentreSignature.sha256Hex(photo.getJpeg())));
      }
      return people;
    }

    /** The agents' and collectors' numbers, as the application reads them. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> agentAndCollectorNumbers() {
      List<String> numbers = new ArrayList<>();
      em.createQuery("select p.agentIdNumber from ProxyAuthorization p", CitizenIdNumber.class)
          .getResultList()
          .forEach(n -> numbers.add(n.value()));
      em.createQuery(
              "select a.collectorIdNumber from Application a where a.collectorIdNumber is not null",
              CitizenIdNumber.class)
          .getResultList()
          .forEach(n -> numbers.add(n.value()));
      return numbers;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LookupOutcome lookUp(String receiptNumber, String idNumber) {
      StaffAccount clerk =
          em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
              .setParameter("username", NoticeOutboxIT.CLERK)
              .getSingleResult();
      ReceiptLookup lookup = eligibility.lookUp(clerk.getStation(), receiptNumber, idNumber);
      return lookup.outcome();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> inProgressFor(CitizenIdNumber person) {
      return em
          .createNamedQuery(Application.IN_PROGRESS_FOR_CITIZEN, Application.class)
          .setParameter("citizenIdNumber", person)
          .setParameter("statuses", EnumSet.allOf(ApplicationStatus.class))
          .getResultList()
          .stream()
          .map(Application::getId)
          .toList();
    }
  }
}
