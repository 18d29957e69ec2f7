package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.stations.entity.Station;
import java.util.Map;

/**
 * The Chinese wording the official forms use for the product's closed sets. Forms are always in
 * Chinese, whatever language the clerk's screen is in.
 */
public final class OfficialTerms {

  private static final Map<String, String> TERMS =
      Map.ofEntries(
          Map.entry("MALE", "男"),
          Map.entry("FEMALE", "女"),
          Map.entry("RIGHT_THUMB", "右手拇指"),
          Map.entry("RIGHT_INDEX", "右手食指"),
          Map.entry("RIGHT_MIDDLE", "右手中指"),
          Map.entry("RIGHT_RING", "右手环指"),
          Map.entry("RIGHT_LITTLE", "右手小指"),
          Map.entry("LEFT_THUMB", "左手拇指"),
          Map.entry("LEFT_INDEX", "左手食指"),
          Map.entry("LEFT_MIDDLE", "左手中指"),
          Map.entry("LEFT_RING", "左手环指"),
          Map.entry("LEFT_LITTLE", "左手小指"),
          Map.entry("RIGHT_UNCERTAIN", "右手不确定指位"),
          Map.entry("LEFT_UNCERTAIN", "左手不确定指位"),
          Map.entry("OTHER_UNCERTAIN", "其他不确定指位"),
          Map.entry("INJURY", "手指受伤"),
          Map.entry("DISABILITY", "残疾"),
          Map.entry("PROXY", "委托代办"),
          Map.entry("SPOUSE", "配偶"),
          Map.entry("PARENT", "父母"),
          Map.entry("CHILD", "子女"),
          Map.entry("SIBLING", "兄弟姐妹"),
          Map.entry("GRANDPARENT", "祖父母、外祖父母"),
          Map.entry("GRANDCHILD", "孙子女、外孙子女"),
          Map.entry("GUARDIAN", "监护人"),
          Map.entry("OTHER_FAMILY", "其他家庭成员"),
          Map.entry("CASH", "现金"),
          Map.entry("BANK_CARD", "银行卡"),
          Map.entry("WECHAT_PAY", "微信支付"),
          Map.entry("ALIPAY", "支付宝"),
          Map.entry("FIRST_APPLICATION", "首次申领"),
          Map.entry("RENEWAL_ON_EXPIRY", "到期换领"),
          Map.entry("DATA_CHANGE", "信息变更换领"),
          Map.entry("DAMAGED", "损坏换领"),
          Map.entry("LOST", "丢失补领"),
          Map.entry("RENEWAL", "换领"),
          Map.entry("LOST_OR_DAMAGED", "补领、损坏换领"),
          Map.entry("TEMPORARY", "临时居民身份证"),
          Map.entry("AWAITING_APPROVAL", "待审核"),
          Map.entry("RETURNED", "退回修改"),
          Map.entry("SUSPECTED_FRAUD", "疑似欺诈，已冻结"),
          Map.entry("SUBMITTED", "已受理"),
          Map.entry("SENT_TO_PRODUCTION", "已报送制证"),
          Map.entry("PRODUCED", "已制证"),
          Map.entry("ARRIVED_AT_STATION", "已到所待领"),
          Map.entry("COLLECTED", "已领取"),
          Map.entry("REJECTED", "已退回"),
          Map.entry("CANCELLED", "已撤销"),
          // Why a payment charged nothing (the daily reports' fee lines).
          Map.entry("EXEMPTED", "免收（已批准）"),
          Map.entry("EXEMPTION_PENDING", "免收待审批"),
          Map.entry("FEE_OWED", "免收未获批准，工本费待收"),
          Map.entry("FREE", "无需收费"));

  private OfficialTerms() {}

  /** The Chinese term for an enum constant of the product, or its name when there is none. */
  public static String of(Enum<?> value) {
    return value == null ? "" : of(value.name());
  }

  /**
   * A finger position as the registration form prints it, GA 1011 code and name: "11 右手拇指", "97
   * 右手不确定指位". The code is what the card records; the name is for the applicant who signs.
   */
  public static String fingerPosition(FingerPosition position) {
    return position.code() + " " + of(position);
  }

  /** The issuing unit a form names for a station: bureau, district branch and station. */
  public static String unitOf(Station station) {
    return "重庆市公安局" + station.getDistrict() + "分局" + station.getName();
  }

  /** The Chinese term for the name of an enum constant, or the name when there is none. */
  public static String of(String name) {
    return name == null ? "" : TERMS.getOrDefault(name, name);
  }
}
