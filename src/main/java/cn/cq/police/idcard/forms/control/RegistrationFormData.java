package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Everything printed on the 居民身份证申领登记表.
 *
 * @param stationName 受理单位, e.g. "重庆市公安局渝中区分局解放碑派出所"
 * @param acceptanceNumber 受理号
 * @param name 姓名
 * @param sex 性别 as printed: "男" or "女"
 * @param ethnicity 民族 without the suffix 族, as on the card: "汉", "土家"
 * @param birthDate 出生日期
 * @param idNumber 公民身份号码 (18 characters), printed in full
 * @param address 户籍地址 (住址)
 * @param reason which of the three official boxes is ticked
 * @param fingerprints the 指纹信息 line; build it with {@link #fingerprintLine}
 * @param validFrom first day of the new card's 有效期限
 * @param validUntil last day of the 有效期限, or null for 长期
 * @param photoJpeg the 358×441 digital photo as JPEG (or PNG) bytes; null prints an empty frame
 * @param agent the 受托人 when someone applies on the applicant's behalf, null when in person
 * @param clerkName 受理人, the clerk who accepted the application
 * @param acceptedOn 受理日期
 * @param approverName 审核人, the supervisor who approved the application, or null when none did;
 *     typed by a person, so printed as plain text like every other field
 * @param issuingAuthority 签发机关, the district bureau, e.g. "重庆市公安局渝中区分局"
 */
public record RegistrationFormData(
    String stationName,
    AcceptanceNumber acceptanceNumber,
    String name,
    String sex,
    String ethnicity,
    LocalDate birthDate,
    String idNumber,
    String address,
    Reason reason,
    String fingerprints,
    LocalDate validFrom,
    LocalDate validUntil,
    byte[] photoJpeg,
    Agent agent,
    String clerkName,
    LocalDate acceptedOn,
    String approverName,
    String issuingAuthority) {

  /** The three 申请原因 boxes of the official form. */
  public enum Reason {
    /** 申请领取: first card. */
    APPLY,
    /** 申请换领: expiry, changed data or a damaged card. */
    RENEW,
    /** 申请补领: lost card. */
    REISSUE
  }

  public RegistrationFormData {
    Objects.requireNonNull(reason, "reason");
    // Copied both ways so that the record stays immutable.
    photoJpeg = photoJpeg == null ? null : photoJpeg.clone();
  }

  @Override
  public byte[] photoJpeg() {
    return photoJpeg == null ? null : photoJpeg.clone();
  }

  /** Whether the 受托人 block is filled in rather than struck through. */
  public boolean byProxy() {
    return agent != null;
  }

  /** The 指纹信息 line of an application's fingerprints, every finger and reason in words. */
  public static String fingerprintLine(Fingerprints fingerprints) {
    return switch (fingerprints.getStatus()) {
      case REGISTERED ->
          fingerprintsRegistered(
              OfficialTerms.fingerPosition(fingerprints.getFirst()),
              OfficialTerms.fingerPosition(fingerprints.getSecond()));
      case REGISTRATION_FAILED -> fingerprintsFailed();
      case NOT_REGISTERED ->
          fingerprintsNotRegistered(OfficialTerms.of(fingerprints.getException()));
    };
  }

  /**
   * "登记指位：11 右手拇指、16 左手拇指" for two registered fingers, each as {@link OfficialTerms#fingerPosition}
   * prints it.
   */
  public static String fingerprintsRegistered(String firstFinger, String secondFinger) {
    return "登记指位：" + firstFinger + "、" + secondFinger;
  }

  /** "未登记：注册失败": registration was attempted and failed. */
  public static String fingerprintsFailed() {
    return "未登记：注册失败";
  }

  /** "未登记：未注册（原因）": not attempted, e.g. because of an injury. */
  public static String fingerprintsNotRegistered(String reason) {
    return "未登记：未注册（" + reason + "）";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegistrationFormData that
        && Objects.equals(stationName, that.stationName)
        && Objects.equals(acceptanceNumber, that.acceptanceNumber)
        && Objects.equals(name, that.name)
        && Objects.equals(sex, that.sex)
        && Objects.equals(ethnicity, that.ethnicity)
        && Objects.equals(birthDate, that.birthDate)
        && Objects.equals(idNumber, that.idNumber)
        && Objects.equals(address, that.address)
        && reason == that.reason
        && Objects.equals(fingerprints, that.fingerprints)
        && Objects.equals(validFrom, that.validFrom)
        && Objects.equals(validUntil, that.validUntil)
        && Arrays.equals(photoJpeg, that.photoJpeg)
        && Objects.equals(agent, that.agent)
        && Objects.equals(clerkName, that.clerkName)
        && Objects.equals(acceptedOn, that.acceptedOn)
        && Objects.equals(approverName, that.approverName)
        && Objects.equals(issuingAuthority, that.issuingAuthority);
  }

  @Override
  public int hashCode() {
    return Objects.hash(acceptanceNumber, idNumber, acceptedOn) * 31 + Arrays.hashCode(photoJpeg);
  }

  @Override
  public String toString() {
    // Neither the photo bytes nor the full ID number belong in logs.
    return "RegistrationFormData[acceptanceNumber=" + acceptanceNumber + ", reason=" + reason + "]";
  }
}
