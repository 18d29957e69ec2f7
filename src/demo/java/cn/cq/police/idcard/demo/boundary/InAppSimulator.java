package cn.cq.police.idcard.demo.boundary;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A simulated outside party (production centre, SMS gateway, courier) that the demo and the IT
 * application run inside the application, started and stopped by a start-up bean.
 */
public interface InAppSimulator {

  void start() throws IOException;

  void stop();

  /**
   * The simulator, started; or none when its port is taken, e.g. by another instance: the
   * application itself must still start.
   */
  static <S extends InAppSimulator> S startedOrNone(S simulator, int port, Logger log) {
    try {
      simulator.start();
      return simulator;
    } catch (IOException e) {
      log.log(
          Level.WARNING,
          simulator.getClass().getSimpleName() + " not started on port " + port,
          e);
      simulator.stop();
      return null;
    }
  }

  /** Stops the simulator a start-up bean holds, if it started one. */
  static void stopIfStarted(InAppSimulator simulator) {
    if (simulator != null) {
      simulator.stop();
    }
  }
}
