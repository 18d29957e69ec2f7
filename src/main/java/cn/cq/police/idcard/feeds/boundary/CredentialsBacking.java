package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.feeds.control.CentreCredentials;
import cn.cq.police.idcard.feeds.entity.Centre;
import cn.cq.police.idcard.feeds.entity.IntegrationCredential;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.web.FacesText;
import cn.cq.police.idcard.web.ShownOnce;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The credentials page. Request scoped on purpose: a newly issued key and secret live only in the
 * response that shows them, never in the session or the view state.
 */
@Named
@RequestScoped
public class CredentialsBacking {

  @Inject Credentials credentials;

  @Inject ShownOnce shownOnce;

  private List<IntegrationCredential> all;

  public List<IntegrationCredential> getAll() {
    if (all == null) {
      all = credentials.all();
    }
    return all;
  }

  public void issue(Centre centre) {
    try {
      CentreCredentials.Issued issued = credentials.issue(centre);
      String keyId = issued.credential().getKeyId();
      shownOnce.show(
          FacesText.text("admin.credentials.issuedFor", keyId),
          issued.apiKey(),
          issued.signingSecret());
      FacesText.info(
          "admin.credentials.issued", FacesText.text("admin.credentials.centre." + centre), keyId);
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
    all = null;
  }

  public void revoke(String keyId) {
    try {
      credentials.revoke(keyId);
      FacesText.info("admin.credentials.revoked", keyId);
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
    all = null;
  }

  public Centre[] getCentres() {
    return Centre.values();
  }
}
