package cn.cq.police.idcard.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes each committed anchor where the database's users cannot change it: appended to a file
 * ({@code audit.anchor.file}; the operator makes it append-only with {@code chattr +a}, or puts it
 * on another machine's mount) and sent to syslog ({@code audit.anchor.syslog.host}, RFC 5424 over
 * UDP, facility local0). Both, either or, in a demo, none. Also logged.
 */
@ApplicationScoped
public class AnchorOutlets {

  private static final Logger LOG = Logger.getLogger(AnchorOutlets.class.getName());

  /** local0 (16) × 8 + notice (5). */
  static final int PRIORITY = 133;

  @Inject
  @ConfigProperty(name = "audit.anchor.file")
  Optional<String> file;

  @Inject
  @ConfigProperty(name = "audit.anchor.syslog.host")
  Optional<String> syslogHost;

  @Inject
  @ConfigProperty(name = "audit.anchor.syslog.port", defaultValue = "514")
  int syslogPort;

  void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) Anchor anchor) {
    LOG.info(() -> "Audit anchor: " + anchor.line());
    file.filter(name -> !name.isBlank()).ifPresent(name -> append(Path.of(name), anchor));
    syslogHost.filter(host -> !host.isBlank()).ifPresent(host -> send(host, syslogPort, anchor));
  }

  /** One write of the whole line to a file opened for appending, forced to the disk. */
  public static synchronized void append(Path path, Anchor anchor) {
    try (FileChannel channel =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      channel.write(ByteBuffer.wrap((anchor.line() + "\n").getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Audit anchor NOT written to " + path + ": " + anchor.line(), e);
    }
  }

  /** RFC 5424: {@code <133>1 TIMESTAMP HOST idcard-counter - audit-anchor - LINE}. */
  static String syslogMessage(Anchor anchor, Instant now, String hostName) {
    return "<"
        + PRIORITY
        + ">1 "
        + now
        + " "
        + hostName
        + " idcard-counter - audit-anchor - "
        + anchor.line();
  }

  static void send(String host, int port, Anchor anchor) {
    try (DatagramSocket socket = new DatagramSocket()) {
      byte[] message =
          syslogMessage(anchor, Instant.now(), InetAddress.getLocalHost().getHostName())
              .getBytes(StandardCharsets.UTF_8);
      socket.send(new DatagramPacket(message, message.length, InetAddress.getByName(host), port));
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Audit anchor NOT sent to syslog " + host + ":" + port, e);
    }
  }
}
