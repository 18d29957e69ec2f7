package cn.cq.police.idcard.stations.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.proxies.entity.EligibilityPolicy;
import cn.cq.police.idcard.stations.control.Jurisdictions;
import cn.cq.police.idcard.stations.control.ScopedStations;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The stations and their staff as far as the administrator's reach goes: another district's or the
 * city's station ids find nothing.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class Stations {

  /** The statutory limit is 60 days; the database refuses more as well. */
  static final int MIN_PICKUP_DAYS = 1;

  static final int MAX_PICKUP_DAYS = 60;

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory directory;

  @Inject AuditTrail audit;

  @Inject ScopedStations scoped;

  public List<Station> all() {
    return scoped.stations(directory.current().scope());
  }

  public List<EligibilityPolicy> policies() {
    return em.createNamedQuery(EligibilityPolicy.ALL, EligibilityPolicy.class).getResultList();
  }

  /** Which proxy applications the station's counter accepts from now on. */
  public Station changePolicy(Long stationId, Long policyId) {
    Station station = inScope(stationId);
    EligibilityPolicy policy = policyId == null ? null : em.find(EligibilityPolicy.class, policyId);
    if (policy == null) {
      throw new ChangeRefused("admin.stations.unknown");
    }
    String before = station.getEligibilityPolicy().getCode();
    station.applyPolicy(policy);
    audit.record(
        directory.current().actor(),
        AuditEvent.of("station.policyChanged", "station", station.getCode())
            .withBefore("policy=" + before)
            .withAfter("policy=" + policy.getCode()));
    return station;
  }

  /** Whether every application of the station waits for a supervisor's approval. */
  public Station requireApprovalForAll(Long stationId, boolean required) {
    Station station = inScope(stationId);
    boolean before = station.isApprovalForAll();
    station.requireApprovalForAll(required);
    audit.record(
        directory.current().actor(),
        AuditEvent.of("station.approvalChanged", "station", station.getCode())
            .withBefore("approvalForAll=" + before)
            .withAfter("approvalForAll=" + required));
    return station;
  }

  /**
   * The accounts the administrator manages, by station id: one query for every station in reach
   * (not the district's or the city's accounts kept at a station).
   */
  public Map<Long, List<StaffAccount>> staffByStation() {
    return scoped.accounts(directory.current()).stream()
        .collect(Collectors.groupingBy(account -> account.getStation().getId()));
  }

  /** Corrects a station's particulars and jurisdiction; refuses bad input without any change. */
  public Station change(
      Long stationId,
      String nameInput,
      String addressInput,
      String officeHoursInput,
      Integer workingDaysToPickup,
      String jurisdictionText) {
    Station station = inScope(stationId);
    String name = required(nameInput, 100, "admin.stations.nameMissing");
    String address = required(addressInput, 200, "admin.stations.addressMissing");
    String officeHours = required(officeHoursInput, 100, "admin.stations.officeHoursMissing");
    if (workingDaysToPickup == null
        || workingDaysToPickup < MIN_PICKUP_DAYS
        || workingDaysToPickup > MAX_PICKUP_DAYS) {
      throw new ChangeRefused("admin.stations.pickupDaysInvalid", MIN_PICKUP_DAYS, MAX_PICKUP_DAYS);
    }
    Set<String> jurisdiction = Jurisdictions.parse(jurisdictionText);
    String before = stateOf(station);
    station.describe(name, address, officeHours, workingDaysToPickup);
    station.serveRegions(jurisdiction);
    audit.record(
        directory.current().actor(),
        AuditEvent.of("station.changed", "station", station.getCode())
            .withBefore(before)
            .withAfter(stateOf(station)));
    return station;
  }

  private Station inScope(Long stationId) {
    return scoped
        .station(directory.current().scope(), stationId)
        .orElseThrow(() -> new ChangeRefused("admin.stations.unknown"));
  }

  private static String required(String input, int max, String messageKey) {
    String value = input == null ? "" : input.strip();
    if (value.isEmpty() || value.length() > max) {
      throw new ChangeRefused(messageKey, max);
    }
    return value;
  }

  private static String stateOf(Station station) {
    return "name="
        + station.getName()
        + "; address="
        + station.getAddress()
        + "; hours="
        + station.getOfficeHours()
        + "; pickupDays="
        + station.getWorkingDaysToPickup()
        + "; jurisdiction="
        + String.join(",", new TreeSet<>(station.getJurisdiction()));
  }
}
