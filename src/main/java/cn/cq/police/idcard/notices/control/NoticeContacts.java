package cn.cq.police.idcard.notices.control;

import cn.cq.police.idcard.applications.control.NoticeRequested;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.notices.entity.ConsentGiver;
import cn.cq.police.idcard.notices.entity.NoticeContact;
import cn.cq.police.idcard.security.control.PersonalDataSealing;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Keeps the number and consent a submission brought, sealed, in the submission's transaction. */
@Dependent
public class NoticeContacts {

  @PersistenceContext EntityManager em;

  @Inject PersonalDataSealing sealing;

  @Inject AuditTrail audit;

  void keep(@Observes NoticeRequested requested) {
    Application application = requested.application();
    ConsentGiver giver = requested.byAgent() ? ConsentGiver.AGENT : ConsentGiver.APPLICANT;
    em.persist(
        new NoticeContact(
            application.getId(),
            sealing.seal(requested.mobile().digits(), NoticeContact.sealedFor(application.getId())),
            requested.mobile().masked(),
            giver,
            requested.at(),
            requested.clerk().getId()));
    audit.record(
        requested.clerk().actor(),
        AuditEvent.of("notice.consented", Application.AUDIT_SUBJECT, application.getId())
            .withAfter(
                "mobile=%s; consentBy=%s; wording=%s"
                    .formatted(requested.mobile().masked(), giver, NoticeContact.CONSENT_TEXT)));
  }
}
