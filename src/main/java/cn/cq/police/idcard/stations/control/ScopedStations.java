package cn.cq.police.idcard.stations.control;

import cn.cq.police.idcard.stations.entity.Reach;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import cn.cq.police.idcard.stations.entity.StationScope;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stations and staff accounts as far as a person's authority reaches: the administrator's and
 * supervisor's data access goes through here, so an id out of scope finds nothing.
 */
@Dependent
public class ScopedStations {

  @PersistenceContext EntityManager em;

  /**
   * A query in which {@code {scope}} stands for the scope's condition on the station at {@code
   * stationPath}, its parameters already set.
   */
  public <T> TypedQuery<T> query(
      StationScope scope, String jpql, String stationPath, Class<T> type) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<T> query =
        em.createQuery(jpql.replace("{scope}", scope.condition(stationPath, parameters)), type);
    parameters.forEach(query::setParameter);
    return query;
  }

  public List<Station> stations(StationScope scope) {
    return query(scope, "select s from Station s where {scope} order by s.code", "s", Station.class)
        .getResultList();
  }

  public Optional<Station> station(StationScope scope, Long stationId) {
    return Optional.ofNullable(stationId == null ? null : em.find(Station.class, stationId))
        .filter(scope::covers);
  }

  public List<String> stationCodes(StationScope scope) {
    return stations(scope).stream().map(Station::getCode).toList();
  }

  /**
   * The accounts an administrator manages: at a station in scope, and reaching no further than the
   * administrator does (a station's administrator does not manage the city's).
   */
  public List<StaffAccount> accounts(StaffAccount administrator) {
    return query(
            administrator.scope(),
            "select a from StaffAccount a where {scope} and a.reach in :reaches"
                + " order by a.station.code, a.username",
            "a.station",
            StaffAccount.class)
        .setParameter("reaches", reachesWithin(administrator.getReach()))
        .getResultList();
  }

  /** Everyone who works at a station in the scope, for a supervisor's "by clerk" filter. */
  public List<StaffAccount> staffAt(StationScope scope) {
    return query(
            scope,
            "select a from StaffAccount a where {scope} order by a.station.code, a.username",
            "a.station",
            StaffAccount.class)
        .getResultList();
  }

  public Optional<StaffAccount> account(StaffAccount administrator, Long accountId) {
    return Optional.ofNullable(accountId == null ? null : em.find(StaffAccount.class, accountId))
        .filter(account -> manages(administrator, account));
  }

  public static boolean manages(StaffAccount administrator, StaffAccount account) {
    return administrator.scope().covers(account.getStation())
        && account.getReach().within(administrator.getReach());
  }

  static List<Reach> reachesWithin(Reach widest) {
    return Arrays.stream(Reach.values()).filter(reach -> reach.within(widest)).toList();
  }
}
