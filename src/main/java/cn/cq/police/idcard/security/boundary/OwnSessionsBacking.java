package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.security.entity.SignedInSession;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The person's own page of where they are signed in, with a button to end each other session. */
@Named
@ViewScoped
public class OwnSessionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignedInSessions sessions;

  /** Not kept in the view state; read again for each request. */
  private transient List<SignedInSession> open;

  public List<SignedInSession> getOpen() {
    if (open == null) {
      open = sessions.mine();
    }
    return open;
  }

  public boolean isCurrent(SignedInSession session) {
    return session.getId().equals(currentId());
  }

  /** Ends the session of the given row, found again on the server (rows carry no ids). */
  public void end(SignedInSession session) {
    if (isCurrent(session)) {
      return;
    }
    if (sessions.end(session.getId())) {
      FacesText.info("sessions.ended", session.getClientAddress());
    }
    open = null;
  }

  public void endOthers() {
    FacesText.info("sessions.endedOthers", sessions.endAllBut(currentId()));
    open = null;
  }

  private static String currentId() {
    return SignedInSessions.idIn(
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap())
        .orElse("");
  }
}
