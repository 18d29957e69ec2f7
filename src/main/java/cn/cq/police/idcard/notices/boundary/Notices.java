package cn.cq.police.idcard.notices.boundary;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.notices.control.NoticeTexts;
import cn.cq.police.idcard.notices.entity.NoticeContact;
import cn.cq.police.idcard.notices.entity.NoticeKind;
import cn.cq.police.idcard.notices.entity.NoticeTemplate;
import cn.cq.police.idcard.notices.entity.TextMessage;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.control.ScopedStations;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The arrival notices as people see them: the city administrator reviews and revises the message
 * templates; a station's supervisor (or an administrator, within their reach) sees each message and
 * sends a given-up one again.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMINISTRATOR})
public class Notices {

  /** The most recent messages a page lists. */
  static final int LIST_MAX = 200;

  /** Example values a template preview is filled with. */
  static final Map<String, String> SAMPLE =
      Map.of(
          "acceptanceNumber", "500103202612070001",
          "station", "解放碑派出所",
          "address", "重庆市渝中区民族路1号",
          "hours", "周一至周五 9:00-17:00",
          "trackingNumber", "EMS1234567890",
          "queryUrl", "https://example.cq.gov.cn/progress.xhtml");

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory directory;

  @Inject ScopedStations scoped;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  /** One message as the notices page lists it: the number masked, the text as sent. */
  public record Listed(TextMessage message, AcceptanceNumber acceptanceNumber, String mobile) {}

  @RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
  public List<NoticeTemplate> templates() {
    return em.createNamedQuery(NoticeTemplate.ALL, NoticeTemplate.class).getResultList();
  }

  /** The template filled with example values, as a message of it would read. */
  @RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
  public String preview(NoticeKind kind, String body) {
    NoticeTexts.problem(kind, body)
        .ifPresent(problem -> refuse(problem.key(), problem.arguments()));
    return NoticeTexts.render(body, SAMPLE);
  }

  /** A new wording of a kind of message: checked, stored, audited with the old and new text. */
  @RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
  public NoticeTemplate revise(NoticeKind kind, String body) {
    if (kind == null) {
      refuse("notice.template.kindMissing");
    }
    NoticeTexts.problem(kind, body)
        .ifPresent(problem -> refuse(problem.key(), problem.arguments()));
    NoticeTemplate template = em.find(NoticeTemplate.class, kind, LockModeType.PESSIMISTIC_WRITE);
    String before = template.getBody();
    StaffAccount administrator = directory.current();
    template.revise(body.strip(), administrator.getUsername(), LocalDateTime.now(clock));
    audit.record(
        administrator.actor(),
        AuditEvent.of("notice.templateRevised", "noticeTemplate", kind.name())
            .withBefore(before)
            .withAfter(template.getBody()));
    return template;
  }

  /** The most recent messages of the stations within the signed-in person's reach. */
  public List<Listed> messages() {
    return scoped
        .query(
            directory.current().scope(),
            "select m, a.acceptanceNumber, c.mobileMasked from TextMessage m, Application a,"
                + " NoticeContact c where a.id = m.applicationId and c.applicationId ="
                + " m.applicationId and {scope} order by m.createdAt desc, m.id desc",
            "a.station",
            Object[].class)
        .setMaxResults(LIST_MAX)
        .getResultStream()
        .map(row -> new Listed((TextMessage) row[0], (AcceptanceNumber) row[1], (String) row[2]))
        .toList();
  }

  /** A given-up message tried again from now, its attempts counted afresh. */
  @RolesAllowed(Role.Names.SUPERVISOR)
  public void resend(Long messageId) {
    StaffAccount supervisor = directory.current();
    TextMessage message =
        messageId == null
            ? null
            : em.find(TextMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || scoped.station(supervisor.scope(), message.getStationId()).isEmpty()) {
      refuse("notice.resend.notFound");
    }
    NoticeContact contact = em.find(NoticeContact.class, message.getApplicationId());
    if (message.getState() != TextMessage.State.FAILED || contact.isErased()) {
      refuse("notice.resend.notFailed");
    }
    message.resend(LocalDateTime.now(clock));
    audit.record(
        supervisor.actor(),
        AuditEvent.of("notice.resent", Application.AUDIT_SUBJECT, message.getApplicationId())
            .withAfter("kind=" + message.getKind() + "; mobile=" + contact.getMobileMasked()));
  }

  private static void refuse(String key, Object... arguments) {
    throw new ChangeRefused(key, arguments);
  }
}
