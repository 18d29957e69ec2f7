package cn.cq.police.idcard.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Makes a daily job's parts run once in a cluster although every member runs its timer: a member
 * claims a part of a day (a row in {@code daily_claim}) before doing it, and marks it finished
 * after. The claim is a lease: a member that dies mid-round leaves its part unfinished with a lease
 * that runs out, and the next round of any member takes it over. Plain JDBC on the caller's
 * connection in auto-commit, so each claim is decided by the database at once.
 */
public final class DailyClaims {

  private final String job;
  private final String member;
  private final Duration lease;

  /**
   * @param job at most 40 characters, the same on every member
   * @param member this member, e.g. {@link LeasedMessage#THIS_INSTANCE}
   */
  public DailyClaims(String job, String member, Duration lease) {
    this.job = job;
    this.member = member;
    this.lease = lease;
  }

  /**
   * Whether this member now holds the part: nobody had claimed it, or its holder's lease ran out
   * before it finished. Never true for a finished part.
   */
  public boolean claim(Connection connection, LocalDate day, long part, LocalDateTime now)
      throws SQLException {
    Timestamp until = Timestamp.valueOf(now.plus(lease));
    try (PreparedStatement takeOver =
        connection.prepareStatement(
            "update daily_claim set member = ?, lease_until = ? where job = ? and claim_day = ?"
                + " and part = ? and finished_at is null and lease_until < ?")) {
      takeOver.setString(1, member);
      takeOver.setTimestamp(2, until);
      takeOver.setString(3, job);
      takeOver.setObject(4, day);
      takeOver.setLong(5, part);
      takeOver.setTimestamp(6, Timestamp.valueOf(now));
      if (takeOver.executeUpdate() == 1) {
        return true;
      }
    }
    if (exists(connection, day, part)) {
      return false;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into daily_claim (job, claim_day, part, member, lease_until) values (?, ?, ?, ?, ?)")) {
      insert.setString(1, job);
      insert.setObject(2, day);
      insert.setLong(3, part);
      insert.setString(4, member);
      insert.setTimestamp(5, until);
      insert.executeUpdate();
      return true;
    } catch (SQLException anotherMemberInsertedFirst) {
      if (exists(connection, day, part)) {
        return false;
      }
      throw anotherMemberInsertedFirst;
    }
  }

  /** Marks the part done, if this member still holds it. */
  public boolean finish(Connection connection, LocalDate day, long part, LocalDateTime now)
      throws SQLException {
    try (PreparedStatement finish =
        connection.prepareStatement(
            "update daily_claim set finished_at = ? where job = ? and claim_day = ? and part = ?"
                + " and member = ? and finished_at is null")) {
      finish.setTimestamp(1, Timestamp.valueOf(now));
      finish.setString(2, job);
      finish.setObject(3, day);
      finish.setLong(4, part);
      finish.setString(5, member);
      return finish.executeUpdate() == 1;
    }
  }

  private boolean exists(Connection connection, LocalDate day, long part) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select 1 from daily_claim where job = ? and claim_day = ? and part = ?")) {
      query.setString(1, job);
      query.setObject(2, day);
      query.setLong(3, part);
      return query.executeQuery().next();
    }
  }
}
