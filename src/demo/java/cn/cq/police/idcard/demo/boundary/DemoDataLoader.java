package cn.cq.police.idcard.demo.boundary;

import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoDataWriter;
import cn.cq.police.idcard.platform.PersonalDataCipher;
import cn.cq.police.idcard.demo.control.DemoStation;
import cn.cq.police.idcard.demo.control.DemoStations;
import cn.cq.police.idcard.platform.SchemaMigration;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.security.boundary.SecurityConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import cn.cq.police.idcard.security.control.OneTimePasswordSecrets;
import cn.cq.police.idcard.security.control.OneTimePasswords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with demo stations, staff and receipts when {@code demo.data.enabled} is
 * set, in one transaction, so a restart finds either everything or nothing and never duplicates
 * rows. Prints where to log in and with which accounts.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
// Only the container calls it (at startup, or its timer), never a signed-in user.
@PermitAll
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject Clock clock;

  @Inject OneTimePasswordSecrets oneTimePasswordSecrets;

  @Inject
  @ConfigProperty(name = "demo.data.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "demo.data.receipts", defaultValue = "400")
  int receiptCount;

  @Inject
  @ConfigProperty(name = "demo.data.seed", defaultValue = "20261125")
  long seed;

  @Inject
  @ConfigProperty(name = "demo.data.password")
  String demoPassword;

  /** Where the generated receipts are listed for people trying the demo (never in the log). */
  @Inject
  @ConfigProperty(name = "demo.data.receipt-list", defaultValue = "demo-receipts.csv")
  String receiptListFile;

  @Inject
  @ConfigProperty(name = "demo.detection-centre.private-key")
  String centrePrivateKey;

  @Inject
  @ConfigProperty(name = "receipts.validity-days", defaultValue = "90")
  int validityDays;

  @Inject
  @ConfigProperty(name = "app.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  @Inject PersonalDataCipher cipher;

  @PostConstruct
  public void loadOnce() {
    if (!enabled) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    DemoDataGenerator generator = new DemoDataGenerator(seed, today, validityDays);
    try (Connection connection = dataSource.getConnection()) {
      if (DemoDataWriter.hasStations(connection)) {
        LOG.info("Demo data already present; nothing generated.");
      } else {
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        DemoDataWriter writer =
            new DemoDataWriter(
                generator,
                CentreSignature.privateKey(centrePrivateKey),
                LocalDateTime.now(clock),
                0,
                cipher);
        passwordHash.initialize(SecurityConfiguration.passwordHashParameters());
        writer.writeStationsAndStaff(
            connection, passwordHash.generate(demoPassword.toCharArray()));
        long written = writer.writeReceipts(connection, 0, receiptCount, 200);
        connection.commit();
        LOG.info(
            () ->
                String.format(
                    "Demo data generated: %d stations, %d receipts with photos in %d ms.",
                    DemoStations.all().size(), written, (System.nanoTime() - started) / 1_000_000));
      }
      connection.setAutoCommit(true);
      byte[] demoSecret = OneTimePasswords.fromBase32(DemoDataWriter.DEMO_TOTP_SECRET);
      DemoDataWriter.writeDemoSecondFactors(
          connection,
          username -> oneTimePasswordSecrets.seal(username, demoSecret),
          LocalDateTime.now(clock));
      writeReceiptList(generator);
    } catch (SQLException e) {
      // A second cluster member that started at the same moment loses the race: fine.
      LOG.log(Level.WARNING, "Demo data not generated: " + e.getMessage(), e);
    }
    LOG.info(banner());
  }

  private void writeReceiptList(DemoDataGenerator generator) {
    List<String> lines = new ArrayList<>();
    lines.add("state,station,receipt_number,citizen_id_number,name");
    generator
        .receipts(receiptCount)
        .forEach(
            receipt ->
                lines.add(
                    String.join(
                        ",",
                        receipt.state().name(),
                        stationSlug(receipt.stationCode()),
                        receipt.receiptNumber(),
                        receipt.idNumber().value(),
                        receipt.name())));
    Path file = Path.of(receiptListFile).toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
      LOG.info(() -> "Demo receipts to try are listed in " + file);
    } catch (IOException e) {
      LOG.warning(() -> "Could not write the demo receipt list to " + file + ": " + e);
    }
  }

  private static String stationSlug(String stationCode) {
    return DemoStations.all().stream()
        .filter(station -> station.code().equals(stationCode))
        .map(DemoStation::slug)
        .findFirst()
        .orElse(stationCode);
  }

  private String banner() {
    String accounts =
        DemoStations.all().stream()
            .map(
                station ->
                    String.format(
                        "  %-10s %s: %s",
                        station.slug(),
                        station.name(),
                        DemoDataWriter.accountsOf(station).stream()
                            .map(DemoDataWriter.Account::username)
                            .collect(Collectors.joining(", "))))
            .collect(Collectors.joining("\n"));
    String wide =
        DemoDataWriter.wideAccounts().stream()
            .map(account -> account.username() + " (" + account.reach() + ")")
            .collect(Collectors.joining(", "));
    return "\n==== idcard-counter demo ====\nOpen "
        + publicUrl
        + " and log in with one of these accounts (password: "
        + demoPassword
        + "; one-time code: bin/totp prints it, or add the demo secret "
        + DemoDataWriter.DEMO_TOTP_SECRET
        + " to any authenticator app):\n"
        + accounts
        + "\n  district and city: "
        + wide
        + "\nReceipts to look up: "
        + Path.of(receiptListFile).toAbsolutePath()
        + "\n=============================";
  }
}
