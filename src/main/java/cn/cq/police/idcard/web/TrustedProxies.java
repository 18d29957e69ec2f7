package cn.cq.police.idcard.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The TLS-terminating proxies (load balancers) whose {@code X-Forwarded-For} and {@code
 * X-Forwarded-Proto} are believed; from anyone else both headers are ignored, since anyone can send
 * them. Configured as {@code web.trusted-proxies}: exact addresses, comma-separated.
 */
public record TrustedProxies(Set<String> addresses) {

  public static TrustedProxies parse(String configured) {
    return new TrustedProxies(
        configured == null
            ? Set.of()
            : Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty() && !address.equals("none"))
                .collect(Collectors.toUnmodifiableSet()));
  }

  public boolean any() {
    return !addresses.isEmpty();
  }

  public boolean trusts(String remoteAddress) {
    return remoteAddress != null && addresses.contains(remoteAddress);
  }

  /**
   * The client's address: behind trusted proxies, the right-most {@code X-Forwarded-For} entry that
   * is not a trusted proxy itself (entries further left were written by the client and prove
   * nothing); otherwise the connection's own address.
   */
  public String clientAddress(String remoteAddress, String forwardedFor) {
    if (!trusts(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!hop.isEmpty() && !trusts(hop)) {
        return hop.length() > 60 ? hop.substring(0, 60) : hop;
      }
    }
    return remoteAddress;
  }

  /** Whether the browser's connection is HTTPS: its own, or as a trusted proxy says. */
  public boolean viaHttps(String remoteAddress, boolean connectionSecure, String forwardedProto) {
    return connectionSecure
        || (trusts(remoteAddress) && "https".equalsIgnoreCase(strip(forwardedProto)));
  }

  private static String strip(String value) {
    return value == null ? null : value.split(",")[0].strip();
  }
}
