package cn.cq.police.idcard.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The counter page's 退回待改 list: the station's applications a supervisor returned, with the reason
 * and the fields to correct; each links to its tracking page, where the clerk corrects them.
 */
@Named
@ViewScoped
public class ReturnedQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Review review;

  private List<Review.Returned> returned;

  public List<Review.Returned> getReturned() {
    if (returned == null) {
      returned = review.returnedToMyStation();
    }
    return returned;
  }
}
