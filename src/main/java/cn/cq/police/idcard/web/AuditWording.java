package cn.cq.police.idcard.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry's before/after state ("status=SUBMITTED; fee=4000", as the trail stores it,
 * unchanged so its hash chain holds) as people read it on a page: "状态：已受理；费用：40.00 元". Field names
 * and coded values come from the bundle; what has no wording stays as stored.
 */
@Named
@ApplicationScoped
public class AuditWording {

  /** "; " only where a new "key=" follows, so a typed reason with semicolons stays whole. */
  private static final Pattern PAIR = Pattern.compile("([A-Za-z]+)=(.*?)(?=;\\s*[A-Za-z]+=|$)");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");

  /** Keys whose value is an amount in fen. */
  private static final List<String> FEN =
      List.of("fee", "amountFen", "totalFen", "amount", "postageFen");

  /** Bundle prefixes of the coded values each key holds, tried before the generic ones. */
  private static final Map<String, String> VALUE_PREFIX =
      Map.ofEntries(
          Map.entry("type", "type."),
          Map.entry("method", "payment."),
          Map.entry("exemption", "exemption."),
          Map.entry("reach", "reach."),
          Map.entry("roles", "role."),
          Map.entry("relationship", "relationship."),
          Map.entry("reason", "returnReason."),
          Map.entry("correct", "correction."),
          Map.entry("relief", "fee.relief."),
          Map.entry("source", "photoSource."),
          Map.entry("passed", "photo.check."));

  private static final List<String> GENERIC_PREFIXES =
      List.of("audit.value.", "status.", "type.", "payment.", "fee.relief.");

  public String sentence(String stored) {
    return sentence(
        stored,
        key -> FacesText.hasText(key) ? Optional.of(FacesText.text(key)) : Optional.empty());
  }

  static String sentence(String stored, Function<String, Optional<String>> bundle) {
    if (stored == null || stored.isBlank()) {
      return stored;
    }
    Matcher pair = PAIR.matcher(stored.strip());
    List<String> parts = new ArrayList<>();
    while (pair.find()) {
      String key = pair.group(1);
      String label = bundle.apply("audit.field." + key).orElse(key);
      parts.add(label + "：" + value(key, pair.group(2).strip(), bundle));
    }
    if (parts.isEmpty()) {
      return bundle.apply("audit.value." + stored.strip()).orElse(stored);
    }
    return String.join("；", parts);
  }

  private static String value(String key, String value, Function<String, Optional<String>> bundle) {
    if (value.isEmpty() || value.equals("null")) {
      return "—";
    }
    if (FEN.contains(key) && value.matches("-?\\d{1,15}")) {
      return yuan(Long.parseLong(value)) + " " + bundle.apply("fee.yuan").orElse("");
    }
    if (value.equals("true") || value.equals("false")) {
      return bundle.apply("audit.value." + value).orElse(value);
    }
    List<String> words = new ArrayList<>();
    for (String code : value.split(",\\s*")) {
      if (!CODE.matcher(code).matches()) {
        return value;
      }
      words.add(wordFor(key, code, bundle).orElse(code));
    }
    return String.join("、", words);
  }

  /** As the pages show amounts (Amount.yuan), without web depending on the fees component. */
  private static String yuan(long fen) {
    return (fen < 0 ? "-" : "")
        + Math.abs(fen) / 100
        + "."
        + String.format("%02d", Math.abs(fen) % 100);
  }

  private static Optional<String> wordFor(
      String key, String code, Function<String, Optional<String>> bundle) {
    String prefix = VALUE_PREFIX.get(key);
    if (prefix != null) {
      Optional<String> word = bundle.apply(prefix + code);
      if (word.isPresent()) {
        return word;
      }
    }
    for (String generic : GENERIC_PREFIXES) {
      Optional<String> word = bundle.apply(generic + code);
      if (word.isPresent()) {
        return word;
      }
    }
    return Optional.empty();
  }
}
