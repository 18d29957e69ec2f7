package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.ApplicationRecords.Rejected;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The counter page's list of applications the production centre rejected, with its reasons, so the
 * clerk calls the applicant back; each links to the tracking page.
 */
@Named
@ViewScoped
public class RejectedQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Applications applications;

  private List<Rejected> rejected;

  public List<Rejected> getRejected() {
    if (rejected == null) {
      rejected = applications.rejectedByProduction();
    }
    return rejected;
  }
}
