package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The load harness (bin/load, Gatling) for a few seconds against the IT application, so it cannot
 * rot: two virtual clerks go through the whole counter flow on receipts no other test takes (the
 * last usable ones of 高笋塘派出所) while the detection centre pushes one batch; every request must
 * succeed. The full runs are benchmarks (docs/benchmarks.md), not tests.
 */
class LoadHarnessSmokeIT {

  static final int WANZHOU = 3;

  /** The run's final count (the progress reports every five seconds print running counts). */
  static final Pattern REQUESTS =
      Pattern.compile("> request count\\s+\\|\\s+(\\d+) \\|\\s+(\\d+) \\|");

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  @Test
  void twoClerksAndABatchGoThroughTheRealPagesWithoutAFailure() throws Exception {
    List<DemoReceipt> usable = RunningApp.demoReceipts(WANZHOU, DemoReceiptState.USABLE).toList();
    StringBuilder csv = new StringBuilder("state,station,receipt_number,citizen_id_number,name\n");
    for (DemoReceipt receipt : usable.subList(usable.size() - 2, usable.size())) {
      csv.append("USABLE,wanzhou,")
          .append(receipt.receiptNumber())
          .append(',')
          .append(receipt.idNumber().value())
          .append(",-\n");
    }
    Path receipts = Path.of("target", "load-smoke-receipts.csv");
    Files.writeString(receipts, csv, StandardCharsets.UTF_8);
    Path output = Path.of("target", "load-smoke.log");
    ProcessBuilder load =
        new ProcessBuilder(
                "bin/load",
                "--url",
                RunningApp.URL,
                "--receipts",
                receipts.toString(),
                "--clerks",
                "2",
                "--ramp-seconds",
                "1",
                "--think-millis",
                "0",
                "--batches",
                "1",
                "--batch-size",
                "10",
                "--max-seconds",
                "90")
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    load.environment().put("LOAD_OFFLINE", System.getProperty("load.offline", "false"));
    Process run = load.start();
    assertTrue(run.waitFor(5, TimeUnit.MINUTES), "the harness ends within its bounds");
    String log = Files.readString(output, StandardCharsets.UTF_8);
    assertEquals(0, run.exitValue(), log);
    Matcher global = REQUESTS.matcher(log);
    assertTrue(global.find(), log);
    // Two clerks' fourteen requests each (login page, password with its redirect to the code
    // page, the fixture forgetting the last code step, the code with its two redirects, then the
    // counter to tracking), one batch.
    assertEquals(29, Integer.parseInt(global.group(1)), log);
    assertEquals(global.group(1), global.group(2), "every request OK");
    // The figure the 500-clerk run reports: the flow's server time, printed from Gatling's group.
    assertTrue(
        Pattern.compile("server time of a counter flow .* p95 [0-9.]+ ms").matcher(log).find(),
        log);
  }
}
