package cn.cq.police.idcard.notices.boundary;

import cn.cq.police.idcard.notices.entity.NoticeKind;
import cn.cq.police.idcard.notices.entity.NoticeTemplate;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The city administrator's message templates page: each kind's wording as the applicants will read
 * it, a preview with example values, and a revision.
 */
@Named
@ViewScoped
public class NoticeTemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Notices notices;

  private List<NoticeTemplate> templates;
  private NoticeKind kind;
  private String body;
  private String preview;

  public void load() {
    templates = notices.templates();
  }

  /** Opens a kind's wording for revision. */
  public void edit(NoticeKind chosen) {
    kind = chosen;
    body =
        templates.stream()
            .filter(t -> t.getKind() == chosen)
            .map(NoticeTemplate::getBody)
            .findFirst()
            .orElse("");
    showPreview();
  }

  public void showPreview() {
    preview = null;
    try {
      preview = notices.preview(kind, body);
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
  }

  public void save() {
    try {
      NoticeTemplate saved = notices.revise(kind, body);
      FacesText.info("notice.template.saved", FacesText.text("notice.kind." + saved.getKind()));
      kind = null;
      body = null;
      preview = null;
      load();
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
  }

  public void cancel() {
    kind = null;
    body = null;
    preview = null;
  }

  public List<NoticeTemplate> getTemplates() {
    return templates;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getPreview() {
    return preview;
  }

  /** The placeholders the kind being revised may use, for the hint beside the text box. */
  public String getPlaceholders() {
    return kind == null
        ? ""
        : String.join(" ", kind.placeholders().stream().map(p -> "{" + p + "}").toList());
  }
}
