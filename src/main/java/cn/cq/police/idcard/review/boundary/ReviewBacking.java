package cn.cq.police.idcard.review.boundary;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.review.control.ReviewCriteria;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The review list: the station's applications for a date range, filtered, paged from the DB. */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Review review;

  @Inject Clock clock;

  private LocalDate from;
  private LocalDate to;
  private ApplicationStatus status;
  private ApplicationType type;
  private Long clerkId;
  private PaymentMethod method;
  private Boolean byProxy;
  private boolean needsDecision;
  private List<StaffAccount> staff;
  private boolean severalStations;

  private final LazyDataModel<Application> applications = new Page();

  public void load() {
    if (from == null) {
      from = LocalDate.now(clock);
      to = from;
      staff = review.staffInScope();
      severalStations = review.reachesBeyondOwnStation();
    }
  }

  /** A district supervisor's list spans the district: each row then names its station. */
  public boolean isSeveralStations() {
    return severalStations;
  }

  ReviewCriteria criteria() {
    return new ReviewCriteria(from, to, status, type, clerkId, method, byProxy, needsDecision);
  }

  /** Pages straight from the database: a count and one page per request. */
  private class Page extends LazyDataModel<Application> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) review.count(criteria());
    }

    @Override
    public List<Application> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
      return review.page(
          criteria(),
          first,
          pageSize,
          sort == null ? "submittedAt" : sort.getField(),
          sort != null && sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    public String getRowKey(Application application) {
      return String.valueOf(application.getId());
    }

    @Override
    public Application getRowData(String rowKey) {
      return null;
    }
  }

  public LazyDataModel<Application> getApplications() {
    return applications;
  }

  public ApplicationStatus[] getStatuses() {
    return ApplicationStatus.values();
  }

  public ApplicationType[] getTypes() {
    return ApplicationType.values();
  }

  public PaymentMethod[] getMethods() {
    return PaymentMethod.values();
  }

  public List<StaffAccount> getStaff() {
    return staff;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public void setStatus(ApplicationStatus status) {
    this.status = status;
  }

  public ApplicationType getType() {
    return type;
  }

  public void setType(ApplicationType type) {
    this.type = type;
  }

  public Long getClerkId() {
    return clerkId;
  }

  public void setClerkId(Long clerkId) {
    this.clerkId = clerkId;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public void setMethod(PaymentMethod method) {
    this.method = method;
  }

  public Boolean getByProxy() {
    return byProxy;
  }

  public void setByProxy(Boolean byProxy) {
    this.byProxy = byProxy;
  }

  public boolean isNeedsDecision() {
    return needsDecision;
  }

  public void setNeedsDecision(boolean needsDecision) {
    this.needsDecision = needsDecision;
  }
}
