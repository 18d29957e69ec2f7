package cn.cq.police.idcard.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.security.control.CryptoSuite;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Where anchors go outside the database: appended lines in a file, RFC 5424 datagrams. */
class AnchorOutletsTest {

  @TempDir Path folder;

  static Anchor anchor(CryptoSuite suite, KeyPair keys, long sequence) {
    return Anchor.sign(
        suite,
        keys.getPrivate(),
        LocalDateTime.of(2026, 12, 7, 0, 5),
        "DAILY",
        "2026-12-07",
        sequence,
        "0f".repeat(32),
        1);
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void anchorsAreAppendedOneLineEachAndReadBackVerified(CryptoSuite suite) throws Exception {
    KeyPair keys = suite.newSigningKeys();
    Path file = folder.resolve("anchors.log");
    AnchorOutlets.append(file, anchor(suite, keys, 7));
    AnchorOutlets.append(file, anchor(suite, keys, 9));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    AnchorFile.Reading reading = AnchorFile.read(file, suite, keys.getPublic());
    assertTrue(reading.allVerified());
    assertEquals(List.of(7L, 9L), reading.anchors().stream().map(Anchor::sequence).toList());
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void anAnchorReachesSyslogAsAnRfc5424Message(CryptoSuite suite) throws Exception {
    KeyPair keys = suite.newSigningKeys();
    Anchor anchor = anchor(suite, keys, 11);
    try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(5000);
      AnchorOutlets.send("127.0.0.1", server.getLocalPort(), anchor);
      DatagramPacket packet = new DatagramPacket(new byte[4096], 4096);
      server.receive(packet);
      String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      assertTrue(message.startsWith("<133>1 "), message);
      assertTrue(message.contains(" idcard-counter - audit-anchor - "), message);
      assertTrue(message.endsWith(anchor.line()), message);
      assertTrue(AnchorFile.read(List.of(message), suite, keys.getPublic()).allVerified());
    }
  }
}
