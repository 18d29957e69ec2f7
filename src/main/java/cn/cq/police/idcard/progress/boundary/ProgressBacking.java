package cn.cq.police.idcard.progress.boundary;

import cn.cq.police.idcard.progress.control.CitizenProgress;
import cn.cq.police.idcard.progress.control.ProgressAnswer;
import cn.cq.police.idcard.progress.control.ProgressTexts;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The public progress page ({@code /progress.xhtml}, no login): the resident types the acceptance
 * number and the last six characters of the ID number and reads where the application stands. The
 * typed suffix is not kept once asked: a reload or the back button shows an empty field.
 */
@Named
@ViewScoped
public class ProgressBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Progress progress;

  private String acceptanceNumber;
  private String idSuffix;

  private ProgressAnswer answer;

  public void query() {
    answer = progress.query(acceptanceNumber, idSuffix);
    idSuffix = null;
  }

  /** What to tell when nothing is shown: not found, not a query, or too many queries. */
  public String getRefusal() {
    return answer == null ? null : texts().refusal(answer);
  }

  /** Which kind of refusal, for the page's styling and the tests: NotFound, Invalid, Throttled. */
  public String getRefusalKind() {
    return answer == null || answer instanceof ProgressAnswer.Found
        ? null
        : answer.getClass().getSimpleName();
  }

  public CitizenProgress getFound() {
    return answer instanceof ProgressAnswer.Found found ? found.progress() : null;
  }

  public String getFoundNumber() {
    return answer instanceof ProgressAnswer.Found found ? found.acceptanceNumber().value() : null;
  }

  public String getStage() {
    CitizenProgress found = getFound();
    return found == null ? null : texts().stage(found.stage());
  }

  public String getExplanation() {
    CitizenProgress found = getFound();
    return found == null ? null : texts().explanation(found);
  }

  public List<String> getToBring() {
    CitizenProgress found = getFound();
    return found == null ? List.of() : texts().toBring(found);
  }

  public String getPromisedPickupDate() {
    CitizenProgress found = getFound();
    return found == null ? null : texts().date(found.promisedPickupDate());
  }

  public String getAcceptanceNumber() {
    return acceptanceNumber;
  }

  public void setAcceptanceNumber(String acceptanceNumber) {
    this.acceptanceNumber = acceptanceNumber;
  }

  public String getIdSuffix() {
    return idSuffix;
  }

  public void setIdSuffix(String idSuffix) {
    this.idSuffix = idSuffix;
  }

  private static ProgressTexts texts() {
    return new ProgressTexts(FacesText.locale());
  }
}
