package cn.cq.police.idcard.review.control;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.fees.entity.ExemptionStatus;
import cn.cq.police.idcard.stations.entity.StationScope;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One page of the applications of the stations in a supervisor's scope under the review criteria,
 * straight from the database: a count and a page query, never the whole list, so it stays fast at
 * tens of thousands of rows.
 */
@Dependent
public class ReviewList {

  /** Columns the list may be sorted by, as the page names them. */
  static final Map<String, String> SORTABLE =
      Map.of(
          "submittedAt", "a.submittedAt",
          "acceptanceNumber", "a.acceptanceNumber",
          "status", "a.status",
          "type", "a.type");

  @PersistenceContext EntityManager em;

  public long count(StationScope scope, ReviewCriteria criteria) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(scope, criteria, parameters);
    TypedQuery<Long> query =
        em.createQuery("select count(a) from Application a where " + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  public List<Application> page(
      StationScope scope,
      ReviewCriteria criteria,
      int first,
      int size,
      String sortBy,
      boolean asc) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(scope, criteria, parameters);
    String order = SORTABLE.getOrDefault(sortBy == null ? "" : sortBy, "a.submittedAt");
    // The page's ids first, from the application rows (and their index) alone; then those rows
    // with their receipt and clerk. Joining before cutting the page made H2 join the whole range.
    TypedQuery<Long> query =
        em.createQuery(
            "select a.id from Application a where "
                + where
                + " order by "
                + order
                + (asc ? " asc" : " desc")
                + ", a.id desc",
            Long.class);
    parameters.forEach(query::setParameter);
    List<Long> ids =
        query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(100, size)).getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Application> byId =
        em.createQuery(
                "select a from Application a join fetch a.receipt join fetch a.submittedBy"
                    + " where a.id in :ids",
                Application.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Application::getId, Function.identity()));
    return ids.stream().map(byId::get).toList();
  }

  static String where(StationScope scope, ReviewCriteria c, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(scope.condition("a.station", parameters));
    if (c.from() != null) {
      where.append(" and a.submittedAt >= :from");
      parameters.put("from", c.from().atStartOfDay());
    }
    if (c.to() != null) {
      where.append(" and a.submittedAt < :to");
      parameters.put("to", c.to().plusDays(1).atStartOfDay());
    }
    if (c.status() != null) {
      where.append(" and a.status = :status");
      parameters.put("status", c.status());
    }
    if (c.type() != null) {
      where.append(" and a.type = :type");
      parameters.put("type", c.type());
    }
    if (c.clerkId() != null) {
      where.append(" and a.submittedBy.id = :clerkId");
      parameters.put("clerkId", c.clerkId());
    }
    if (c.byProxy() != null) {
      where.append(" and a.inPerson = :inPerson");
      parameters.put("inPerson", !c.byProxy());
    }
    if (c.method() != null) {
      where.append(
          " and exists (select p from Payment p where p.applicationId = a.id and p.method = :method)");
      parameters.put("method", c.method());
    }
    if (c.needsDecision()) {
      where.append(
          " and (a.status in :undecided or exists (select x from Payment x where"
              + " x.applicationId = a.id and x.exemptionStatus = :pending))");
      parameters.put("undecided", Set.of(ApplicationStatus.AWAITING_APPROVAL));
      parameters.put("pending", ExemptionStatus.PENDING);
    }
    return where.toString();
  }
}
