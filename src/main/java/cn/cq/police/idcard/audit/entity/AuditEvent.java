package cn.cq.police.idcard.audit.entity;

/**
 * What happened to which subject, with its state before and after where that applies. States are
 * short "key=value; ..." texts; they never carry a full citizen ID number.
 *
 * @param action dotted name, e.g. {@code application.submitted}, {@code login.failed}
 * @param subjectType what kind of thing changed, e.g. {@code application}, {@code account}
 * @param subjectId its id or natural key
 */
public record AuditEvent(
    String action, String subjectType, String subjectId, String before, String after) {

  public static AuditEvent of(String action, String subjectType, Object subjectId) {
    return new AuditEvent(action, subjectType, String.valueOf(subjectId), null, null);
  }

  public AuditEvent withBefore(String state) {
    return new AuditEvent(action, subjectType, subjectId, state, after);
  }

  public AuditEvent withAfter(String state) {
    return new AuditEvent(action, subjectType, subjectId, before, state);
  }
}
