package cn.cq.police.idcard.forms.control;

/** The official documents the counter prints, each backed by one compiled report. */
public enum OfficialForm {
  REGISTRATION_FORM("registration-form", "居民身份证申领登记表"),
  AUTHORIZATION_LETTER("authorization-letter", "委托书"),
  FEE_RECEIPT("fee-receipt", "收费凭证"),
  COLLECTION_VOUCHER("collection-voucher", "居民身份证领取凭证"),
  DAILY_SUMMARY("daily-summary", "每日受理汇总表"),
  DAILY_CLOSE("daily-close", "日结单"),
  TEMPORARY_CARD_FORM("temporary-card-form", "临时居民身份证申领登记表"),
  MAILING_SLIP("mailing-slip", "居民身份证邮寄单");

  private final String reportName;
  private final String title;

  OfficialForm(String reportName, String title) {
    this.reportName = reportName;
    this.title = title;
  }

  /**
   * File name of the report without extension: the source is {@code reports/<name>.jrxml}, the
   * compiled report {@code /reports/<name>.jasper} on the class path.
   */
  public String reportName() {
    return reportName;
  }

  /** The printed title, also used as the PDF title and a sensible download name. */
  public String title() {
    return title;
  }
}
