package cn.cq.police.idcard.forms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One printing of an official form: who printed which form, when, for what (an application, a
 * temporary card or a station's day).
 */
@Entity
@Table(name = "printed_form")
@NamedQuery(
    name = PrintedForm.OF_APPLICATION,
    query =
        "select p from PrintedForm p where p.applicationId = :applicationId order by p.printedAt")
public class PrintedForm {

  public static final String OF_APPLICATION = "PrintedForm.ofApplication";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** An {@code OfficialForm} name. */
  @Column(nullable = false, length = 30)
  private String form;

  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "temporary_card_id")
  private Long temporaryCardId;

  @Column(name = "station_id", nullable = false)
  private Long stationId;

  @Column(name = "report_date")
  private LocalDate reportDate;

  @Column(name = "printed_at", nullable = false)
  private LocalDateTime printedAt;

  @Column(name = "printed_by", nullable = false)
  private Long printedBy;

  protected PrintedForm() {}

  public PrintedForm(
      String form,
      Long applicationId,
      Long stationId,
      LocalDate reportDate,
      Long printedBy,
      LocalDateTime printedAt) {
    this.form = form;
    this.applicationId = applicationId;
    this.stationId = stationId;
    this.reportDate = reportDate;
    this.printedBy = printedBy;
    this.printedAt = printedAt;
  }

  /** A printing of one of a temporary card's forms. */
  public static PrintedForm ofTemporaryCard(
      String form, Long temporaryCardId, Long stationId, Long printedBy, LocalDateTime printedAt) {
    PrintedForm printed = new PrintedForm(form, null, stationId, null, printedBy, printedAt);
    printed.temporaryCardId = temporaryCardId;
    return printed;
  }

  public Long getTemporaryCardId() {
    return temporaryCardId;
  }

  public String getForm() {
    return form;
  }

  public LocalDateTime getPrintedAt() {
    return printedAt;
  }

  public Long getPrintedBy() {
    return printedBy;
  }
}
