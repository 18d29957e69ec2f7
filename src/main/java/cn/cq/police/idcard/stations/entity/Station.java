package cn.cq.police.idcard.stations.entity;

import cn.cq.police.idcard.proxies.entity.EligibilityPolicy;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * A police station (派出所) whose counter accepts applications for the residents registered in its
 * jurisdiction.
 */
@Entity
@Table(name = "station")
@NamedQuery(name = Station.ALL, query = "select s from Station s order by s.code")
public class Station implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "Station.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The public-security organisation code of the station; prefixes acceptance numbers. */
  @Column(nullable = false, unique = true, length = 12)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String district;

  @Column(name = "district_code", nullable = false, length = 6)
  private String districtCode;

  @Column(nullable = false)
  private String address;

  @Column(name = "office_hours", nullable = false)
  private String officeHours;

  /** Chongqing promises 20 working days in the main urban districts and 40 elsewhere. */
  /** When set, every application of the station waits for a supervisor's approval. */
  @Column(name = "approval_for_all", nullable = false)
  private boolean approvalForAll;

  @Column(name = "working_days_to_pickup", nullable = false)
  private int workingDaysToPickup;

  /** GB/T 2260 region codes of the household registrations this station serves. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "station_jurisdiction", joinColumns = @JoinColumn(name = "station_id"))
  @Column(name = "region_code", length = 6)
  private Set<String> jurisdiction = new TreeSet<>();

  /** Which proxy applications this station's counter accepts. */
  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "eligibility_policy_id")
  private EligibilityPolicy eligibilityPolicy;

  protected Station() {}

  /** Whether a household registered in this region belongs to this station's counter. */
  public boolean serves(String householdRegionCode) {
    return jurisdiction.contains(householdRegionCode);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDistrict() {
    return district;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public String getAddress() {
    return address;
  }

  public String getOfficeHours() {
    return officeHours;
  }

  public int getWorkingDaysToPickup() {
    return workingDaysToPickup;
  }

  /** The station's particulars as the administrator corrects them. */
  public void describe(String name, String address, String officeHours, int workingDaysToPickup) {
    this.name = name;
    this.address = address;
    this.officeHours = officeHours;
    this.workingDaysToPickup = workingDaysToPickup;
  }

  /** From now on the counter serves households registered in these regions, and only those. */
  public void serveRegions(Set<String> regionCodes) {
    if (regionCodes.isEmpty()) {
      throw new IllegalArgumentException("A station serves at least one region");
    }
    jurisdiction.clear();
    jurisdiction.addAll(regionCodes);
  }

  public boolean isApprovalForAll() {
    return approvalForAll;
  }

  public void requireApprovalForAll(boolean required) {
    this.approvalForAll = required;
  }

  public void applyPolicy(EligibilityPolicy policy) {
    this.eligibilityPolicy = policy;
  }

  public EligibilityPolicy getEligibilityPolicy() {
    return eligibilityPolicy;
  }

  public Set<String> getJurisdiction() {
    return Set.copyOf(jurisdiction);
  }
}
