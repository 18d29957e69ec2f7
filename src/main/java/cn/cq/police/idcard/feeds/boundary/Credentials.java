package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.feeds.control.CentreCredentials;
import cn.cq.police.idcard.feeds.entity.Centre;
import cn.cq.police.idcard.feeds.entity.IntegrationCredential;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The administrator issues and revokes the centres' credentials. The audit trail records which key
 * id was issued or revoked by whom, never the API key or the signing secret.
 */
@Stateless
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
public class Credentials {

  @Inject CentreCredentials credentials;

  @Inject StaffDirectory directory;

  @Inject AuditTrail trail;

  @Inject Clock clock;

  public List<IntegrationCredential> all() {
    return credentials.all();
  }

  public CentreCredentials.Issued issue(Centre centre) {
    if (centre == null) {
      throw new ChangeRefused("admin.credentials.centreMissing");
    }
    Actor actor = directory.current().actor();
    CentreCredentials.Issued issued = credentials.issue(centre, actor.username());
    trail.record(
        actor,
        AuditEvent.of("credential.issued", "credential", issued.credential().getKeyId())
            .withAfter("centre=" + centre + "; active=true"));
    return issued;
  }

  public IntegrationCredential revoke(String keyId) {
    IntegrationCredential credential =
        credentials
            .byKeyId(keyId)
            .orElseThrow(() -> new ChangeRefused("admin.credentials.unknown"));
    if (!credential.isActive()) {
      throw new ChangeRefused("admin.credentials.alreadyRevoked", keyId);
    }
    Actor actor = directory.current().actor();
    credential.revoke(LocalDateTime.now(clock), actor.username());
    trail.record(
        actor,
        AuditEvent.of("credential.revoked", "credential", keyId)
            .withBefore("centre=" + credential.getCentre() + "; active=true")
            .withAfter("centre=" + credential.getCentre() + "; active=false"));
    return credential;
  }
}
