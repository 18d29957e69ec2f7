package cn.cq.police.idcard.progress.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public address of the progress query, printed on the collection voucher and shown on the
 * counter once an application is accepted: {@code progress.query-url} when set, else the page under
 * {@code app.public-url} (where people reach the application).
 */
@Named("progressAddress")
@ApplicationScoped
public class QueryAddress {

  static final String PAGE = "progress.xhtml";

  @Inject
  @ConfigProperty(name = "progress.query-url")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "app.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  public String getUrl() {
    return configured
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .orElseGet(() -> of(publicUrl));
  }

  static String of(String publicUrl) {
    String base = publicUrl.strip();
    return base + (base.endsWith("/") ? "" : "/") + PAGE;
  }
}
