package cn.cq.police.idcard.notices.boundary;

import cn.cq.police.idcard.notices.entity.TextMessage;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The supervisor's notices page: the station's text messages, and sending a given-up one again. */
@Named
@ViewScoped
public class NoticeMessagesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Notices notices;

  private List<Notices.Listed> messages;

  public void load() {
    messages = notices.messages();
  }

  public void resend(Long messageId) {
    try {
      notices.resend(messageId);
      FacesText.info("notice.resend.done");
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
    load();
  }

  public List<Notices.Listed> getMessages() {
    return messages;
  }

  public long getFailedCount() {
    return messages.stream()
        .filter(m -> m.message().getState() == TextMessage.State.FAILED)
        .count();
  }
}
