package cn.cq.police.idcard.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The IT application's courier simulator, driven through its control port. The IT application holds
 * every parcel until a test asks for its delivery.
 */
final class CourierSim {

  static final String URL = System.getProperty("it.courier.url", "http://localhost:18094/");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private CourierSim() {}

  /** The parcels the courier took from the station, with what it reported, as JSON. */
  static String shipments() {
    return call("GET", "shipments").body();
  }

  /** The courier reports the parcel delivered now; answers the control port's status. */
  static int deliver(String trackingNumber) {
    return call(
            "POST",
            "deliver?trackingNumber=" + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8))
        .statusCode();
  }

  private static HttpResponse<String> call(String method, String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(URL + path))
              .method(method, HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("courier simulator not reachable at " + URL, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
