package cn.cq.police.idcard.insight.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signals' thresholds from MicroProfile Config (defaults in microprofile-config.properties).
 */
@Dependent
public class InsightSettings {

  @Inject
  @ConfigProperty(name = "insight.agent.min-applicants", defaultValue = "3")
  int agentApplicants;

  @Inject
  @ConfigProperty(name = "insight.agent.window-days", defaultValue = "90")
  int agentWindowDays;

  @Inject
  @ConfigProperty(name = "insight.voids.min-per-clerk", defaultValue = "5")
  int clerkVoidsOrExemptions;

  @Inject
  @ConfigProperty(name = "insight.voids.window-days", defaultValue = "30")
  int clerkWindowDays;

  @Inject
  @ConfigProperty(name = "insight.unused-lookups.min-lookups", defaultValue = "3")
  int unusedLookups;

  @Inject
  @ConfigProperty(name = "insight.unused-lookups.window-days", defaultValue = "30")
  int unusedWindowDays;

  @Inject
  @ConfigProperty(
      name = "insight.stuck-days",
      defaultValue = "AWAITING_APPROVAL:2,RETURNED:5,SUBMITTED:5,ARRIVED_AT_STATION:60")
  String stuckDays;

  @Inject
  @ConfigProperty(name = "insight.outside-jurisdiction.min-per-day", defaultValue = "10")
  int outsidePerDay;

  @Inject
  @ConfigProperty(name = "insight.outside-jurisdiction.min-share", defaultValue = "0.5")
  double outsideShare;

  @Inject
  @ConfigProperty(name = "insight.outside-jurisdiction.window-days", defaultValue = "7")
  int outsideWindowDays;

  @Inject
  @ConfigProperty(name = "insight.max-cases-per-signal", defaultValue = "100")
  int maxCases;

  public Thresholds thresholds() {
    return new Thresholds(
        agentApplicants,
        agentWindowDays,
        clerkVoidsOrExemptions,
        clerkWindowDays,
        unusedLookups,
        unusedWindowDays,
        parseStuckDays(stuckDays),
        outsidePerDay,
        outsideShare,
        outsideWindowDays,
        maxCases);
  }

  /** {@code STATUS:days,STATUS:days}, in that order; refuses anything else. */
  public static Map<String, Integer> parseStuckDays(String setting) {
    Map<String, Integer> days = new LinkedHashMap<>();
    for (String part : setting.split(",")) {
      String[] statusAndDays = part.trim().split(":");
      if (statusAndDays.length != 2 || !statusAndDays[0].trim().matches("[A-Za-z_]+")) {
        throw new IllegalArgumentException("insight.stuck-days: expected STATUS:days, got " + part);
      }
      int limit = Integer.parseInt(statusAndDays[1].trim());
      if (limit < 1) {
        throw new IllegalArgumentException("insight.stuck-days: days must be positive: " + part);
      }
      days.put(statusAndDays[0].trim().toUpperCase(Locale.ROOT), limit);
    }
    return days;
  }
}
