package cn.cq.police.idcard.notices.entity;

import java.util.List;

/** The moments a text message is sent for, each with its template and the placeholders it fills. */
public enum NoticeKind {
  CARD_ARRIVED(List.of("acceptanceNumber", "station", "address", "hours", "queryUrl")),
  CARD_POSTED(List.of("acceptanceNumber", "station", "trackingNumber", "queryUrl"));

  private final List<String> placeholders;

  NoticeKind(List<String> placeholders) {
    this.placeholders = placeholders;
  }

  /** The names a template of this kind may use in braces, e.g. {@code {acceptanceNumber}}. */
  public List<String> placeholders() {
    return placeholders;
  }
}
