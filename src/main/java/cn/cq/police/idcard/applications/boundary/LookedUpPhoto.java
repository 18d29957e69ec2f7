package cn.cq.police.idcard.applications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The looked-up receipt's photo for the one response that shows it. Kept out of the view-scoped
 * look-up (which lives in the session as long as the page does): a photo there cost every clerk's
 * session about 30 KB more, for an image the browser already has.
 */
@Named
@RequestScoped
public class LookedUpPhoto {

  private String dataUri;

  void show(String photoDataUri) {
    dataUri = photoDataUri;
  }

  /** The photo as a data URI, or null when this response shows none. */
  public String getDataUri() {
    return dataUri;
  }
}
