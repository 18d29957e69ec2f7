package cn.cq.police.idcard.demo.benchmark;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A form post as a browser sends it, for the clients that drive the pages over plain HTTP. */
public final class FormPosts {

  private FormPosts() {}

  /**
   * The request posting the fields URL-encoded; marked as a JSF Ajax request when the fields say
   * so, as PrimeFaces marks it.
   */
  public static HttpRequest.Builder post(HttpRequest.Builder request, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    request
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (fields.containsKey("jakarta.faces.partial.ajax")) {
      request.header("Faces-Request", "partial/ajax");
    }
    return request;
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
