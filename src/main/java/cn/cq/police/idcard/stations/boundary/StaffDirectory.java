package cn.cq.police.idcard.stations.boundary;

import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Who is calling, as a staff account with its station: the anchor of station scoping. */
@Stateless
@PermitAll
public class StaffDirectory {

  @Resource SessionContext session;

  @PersistenceContext EntityManager em;

  /** The logged-in caller's account; refuses anonymous callers and unknown or disabled accounts. */
  public StaffAccount current() {
    String username = session.getCallerPrincipal().getName();
    return byUsername(username)
        .filter(StaffAccount::isEnabled)
        .orElseThrow(() -> new EJBAccessException("No enabled staff account for the caller"));
  }

  public Optional<StaffAccount> byUsername(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}
