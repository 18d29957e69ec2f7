package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.fees.entity.Amount;

/**
 * One printed line of a daily report, the bean behind the report's fields. The report groups lines
 * by {@link #getSection()} and lays a line out by its {@link #getKind()}. Public with getters only
 * because the bean data source reads it by introspection.
 */
public final class DailyReportLine {

  /** How a line is laid out. */
  public enum Kind {
    /** Label and count. */
    COUNT,
    /** Payment method (or why nothing was charged), count and amount. */
    FEE,
    /** Serial number (in the count), a fee receipt number, its amount and a note ("作废"). */
    RECEIPT,
    /** A fee receipt number series (label) and its missing numbers (count and note). */
    SERIES
  }

  private final String section;
  private final Kind kind;
  private final String label;
  private final long count;
  private final Amount amount;
  private final String note;

  DailyReportLine(String section, Kind kind, String label, long count, Amount amount, String note) {
    this.section = section;
    this.kind = kind;
    this.label = label;
    this.count = count;
    this.amount = amount;
    this.note = note;
  }

  /** The section title, also the group key: lines of one section must be adjacent. */
  public String getSection() {
    return section;
  }

  public String getKind() {
    return kind.name();
  }

  public String getLabel() {
    return label;
  }

  public Long getCount() {
    return count;
  }

  /** The report prints it with {@link Amount#yuan()}. */
  public Amount getAmount() {
    return amount;
  }

  public String getNote() {
    return note;
  }
}
