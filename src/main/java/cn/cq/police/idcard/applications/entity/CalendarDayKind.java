package cn.cq.police.idcard.applications.entity;

/** A public holiday on a weekday, or a weekend day worked instead (调休). */
public enum CalendarDayKind {
  HOLIDAY,
  WORKDAY
}
