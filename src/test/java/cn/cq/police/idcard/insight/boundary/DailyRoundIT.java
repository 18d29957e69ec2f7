package cn.cq.police.idcard.insight.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.platform.DailyClaims;
import cn.cq.police.idcard.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily anomaly round on a real database as two cluster members run it at the same moment,
 * while one member that died holds a station with a lease run out and another is still busy with
 * one: every station is done exactly once, the dead member's station by a live one, the busy
 * member's station by nobody else, and a later round finds nothing left.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class DailyRoundIT {

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Inject AnomalyWatch watch;

  @Inject Clock clock;

  record Claim(String member, boolean finished) {}

  @Test
  void twoMembersDoEveryStationOnceAndTakeOverTheDeadMembersStation() throws Exception {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate day = now.toLocalDate();
    List<Long> stations = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement forget =
          connection.prepareStatement("delete from daily_claim where job = ? and claim_day = ?")) {
        forget.setString(1, AnomalyWatch.DAILY_JOB);
        forget.setObject(2, day);
        forget.executeUpdate();
      }
      try (PreparedStatement query =
              connection.prepareStatement("select id from station order by id");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          stations.add(rows.getLong(1));
        }
      }
      assertTrue(stations.size() >= 3, "the demo data has five stations");
      assertTrue(
          new DailyClaims(AnomalyWatch.DAILY_JOB, "dead-member", Duration.ofSeconds(-1))
              .claim(connection, day, stations.get(0), now));
      assertTrue(
          new DailyClaims(AnomalyWatch.DAILY_JOB, "busy-member", Duration.ofHours(1))
              .claim(connection, day, stations.get(1), now));
    }

    CountDownLatch together = new CountDownLatch(1);
    Future<Integer> memberA =
        executor.submit(
            () -> {
              together.await();
              return watch.dailyRound("member-a");
            });
    Future<Integer> memberB =
        executor.submit(
            () -> {
              together.await();
              return watch.dailyRound("member-b");
            });
    together.countDown();
    int handled = memberA.get(60, TimeUnit.SECONDS) + memberB.get(60, TimeUnit.SECONDS);

    assertEquals(stations.size() - 1, handled, "every station but the busy member's, once");
    Map<Long, Claim> claims = claims(day);
    assertEquals(new Claim("busy-member", false), claims.get(stations.get(1)));
    for (long station : stations) {
      if (station != stations.get(1)) {
        Claim claim = claims.get(station);
        assertTrue(claim.finished(), "station " + station + " finished");
        assertTrue(
            claim.member().equals("member-a") || claim.member().equals("member-b"),
            "station " + station + " done by a live member, not " + claim.member());
      }
    }
    assertEquals(0, watch.dailyRound("member-c"), "a later round finds nothing left");
    assertFalse(watch.latest(stations.get(0)).isEmpty(), "the dead member's station has a report");
  }

  private Map<Long, Claim> claims(LocalDate day) throws Exception {
    Map<Long, Claim> claims = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select part, member, finished_at from daily_claim where job = ? and claim_day = ?")) {
      query.setString(1, AnomalyWatch.DAILY_JOB);
      query.setObject(2, day);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          claims.put(rows.getLong(1), new Claim(rows.getString(2), rows.getTimestamp(3) != null));
        }
      }
    }
    return claims;
  }
}
