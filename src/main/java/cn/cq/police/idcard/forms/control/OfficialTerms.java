package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.FingerprintException;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.proxies.entity.Relationship;
import cn.cq.police.idcard.receipts.entity.Sex;
import cn.cq.police.idcard.review.control.DaySummary;
import cn.cq.police.idcard.stations.entity.Station;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The Chinese wording the official forms use for the product's closed sets. Forms are always in
 * Chinese, whatever language the clerk's screen is in, but they say a thing with the same word as
 * the screens: the words come from the Chinese resource bundle, under the keys the pages use, so a
 * status on paper reads exactly as on the review list.
 */
public final class OfficialTerms {

  /** The Chinese bundle only: no fallback to the server's default locale. */
  private static final ResourceBundle CHINESE =
      ResourceBundle.getBundle(
          "i18n.messages",
          Locale.CHINESE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  /** The bundle key prefix under which the pages label each closed set a form prints. */
  private static final Map<Class<?>, String> KEYS =
      Map.of(
          Sex.class, "sex.",
          FingerPosition.class, "finger.",
          FingerprintException.class, "fingerprint.reason.",
          Relationship.class, "relationship.",
          PaymentMethod.class, "payment.",
          FeeKind.class, "admin.fees.kind.",
          ApplicationType.class, "type.",
          ApplicationStatus.class, "status.",
          DaySummary.NoCharge.class, "close.noCharge.");

  private OfficialTerms() {}

  /**
   * The Chinese term for an enum constant of the product, empty for null. A closed set without
   * labels is a programming error and fails loudly rather than print its code.
   */
  public static String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String prefix = KEYS.get(value.getDeclaringClass());
    if (prefix == null) {
      throw new IllegalArgumentException("No printed wording for " + value.getDeclaringClass());
    }
    return CHINESE.getString(prefix + value.name());
  }

  /** The term of an application type given by name, as the day's counts carry it. */
  public static String ofType(String name) {
    return of(ApplicationType.valueOf(name));
  }

  /** The term of an application status given by name, as the day's counts carry it. */
  public static String ofStatus(String name) {
    return of(ApplicationStatus.valueOf(name));
  }

  /**
   * A word of the Chinese bundle that a form shares with the screens, e.g. {@code close.missing}.
   */
  static String word(String key) {
    return CHINESE.getString(key);
  }

  /**
   * A finger position as the registration form prints it, GA 1011 code and name: "11 右手拇指", "97
   * 右手不确定指位". The code is what the card records; the name is for the applicant who signs.
   */
  public static String fingerPosition(FingerPosition position) {
    // Applications from before fingerprints were recorded (V4) say "registered" without positions.
    return position == null ? word("form.notRecorded") : position.code() + " " + of(position);
  }

  /** The issuing unit a form names for a station: bureau, district branch and station. */
  public static String unitOf(Station station) {
    return issuingAuthorityOf(station) + station.getName();
  }

  /**
   * 签发机关: the district public security bureau (分局) of the station's district, which issues the
   * cards the station accepts, e.g. "重庆市公安局渝中区分局".
   */
  public static String issuingAuthorityOf(Station station) {
    return "重庆市公安局" + station.getDistrict() + "分局";
  }
}
