package cn.cq.police.idcard.feeds.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The courier adapter (邮寄送证): tells the courier which parcel the station posted, so that it reports
 * the delivery back to {@code feeds.courier.callback-url}. A signed JSON POST to {@code
 * feeds.courier.url} — {@code {"trackingNumber": "...", "reference": "<acceptance number>",
 * "callbackUrl": "..."}} — with the station's courier credential; the courier's own API (EMS, SF
 * and the like) sits behind a gateway that speaks this. The demo's simulator does.
 */
@ApplicationScoped
public class CourierClient {

  @Inject
  @ConfigProperty(name = "feeds.courier.callback-url")
  String callbackUrl;

  /** {@code feeds.courier.url}, {@code .key-id}, {@code .api-key}, {@code .signing-secret}. */
  @Inject Config config;

  private SignedPost post;

  @PostConstruct
  void init() {
    post = SignedPost.configured(config, "feeds.courier.");
  }

  /** Returns normally only when the courier took the parcel's subscription; else throws. */
  @Timeout(5000)
  @Retry(maxRetries = 1, delay = 200)
  public void subscribe(String trackingNumber, String reference) {
    byte[] body =
        Json.createObjectBuilder()
            .add("trackingNumber", trackingNumber)
            .add("reference", reference)
            .add("callbackUrl", callbackUrl)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    post.send(Map.of(), body);
  }
}
