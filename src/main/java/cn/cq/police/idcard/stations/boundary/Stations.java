package cn.cq.police.idcard.stations.boundary;

import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The city's stations and their staff, as the administrator oversees them. */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class Stations {

  @PersistenceContext EntityManager em;

  public List<Station> all() {
    return em.createNamedQuery(Station.ALL, Station.class).getResultList();
  }

  public List<StaffAccount> staffOf(Station station) {
    return em.createNamedQuery(StaffAccount.OF_STATION, StaffAccount.class)
        .setParameter("station", station)
        .getResultList();
  }
}
