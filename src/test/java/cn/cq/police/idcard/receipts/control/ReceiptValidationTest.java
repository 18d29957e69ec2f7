package cn.cq.police.idcard.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoSubmissions;
import cn.cq.police.idcard.demo.control.DemoSubmissions.Defect;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ReceiptValidationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final KeyPair CENTRE = CentreSignatureTest.keyPair();
  static final DemoDataGenerator GENERATOR = new DemoDataGenerator(5L, TODAY, 90);
  static final DemoSubmissions SUBMISSIONS = new DemoSubmissions(CENTRE.getPrivate(), TODAY);
  static final DemoReceipt RECEIPT = GENERATOR.receipt(0);
  static final ReceiptSubmission VALID = SUBMISSIONS.submission(RECEIPT);

  final ReceiptValidation cut =
      new ReceiptValidation(
          new PhotoInspection(1024, 40960), new CentreSignature(CENTRE.getPublic()));

  private IntakeReason reasonFor(ReceiptSubmission submission) {
    ReceiptValidation.Verdict verdict = cut.validate(submission, TODAY);
    return verdict.valid() ? null : verdict.rejection().reason();
  }

  // Rebuilds the valid submission with one field changed through a JSON-like copy.
  private static ReceiptSubmission with(UnaryOperator<String[]> change) {
    ReceiptSubmission v = VALID;
    String[] f = {
      v.receiptNumber(),
      v.citizenIdNumber(),
      v.name(),
      v.sex(),
      v.birthDate(),
      v.ethnicityCode(),
      v.householdRegionCode(),
      v.householdAddress(),
      v.issueDate(),
      v.photoCheck(),
      v.photoSha256(),
      v.centreSignature(),
      v.photo()
    };
    f = change.apply(f);
    return new ReceiptSubmission(
        f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12]);
  }

  private static ReceiptSubmission with(int field, String value) {
    return with(
        f -> {
          f[field] = value;
          return f;
        });
  }

  @Test
  void aGeneratedReceiptPassesEveryRule() {
    ReceiptValidation.Verdict verdict = cut.validate(VALID, TODAY);
    assertTrue(verdict.valid(), () -> String.valueOf(verdict.rejection()));
    assertEquals(RECEIPT.receiptNumber(), verdict.receipt().receiptNumber().value());
    assertEquals(RECEIPT.idNumber(), verdict.receipt().citizenIdNumber());
  }

  @Test
  void theContentHashIgnoresLayoutButNotContent() {
    String hash = cut.validate(VALID, TODAY).receipt().contentSha256();
    assertEquals(
        hash, cut.validate(with(2, " " + VALID.name() + " "), TODAY).receipt().contentSha256());
    assertNotEquals(
        hash,
        cut.validate(with(7, VALID.householdAddress() + "附1号"), TODAY).receipt().contentSha256());
  }

  @Test
  void missingFieldsAreNamed() {
    ReceiptValidation.Verdict verdict = cut.validate(with(7, " "), TODAY);
    assertEquals(IntakeReason.MISSING_FIELD, verdict.rejection().reason());
    assertEquals("householdAddress", verdict.rejection().arguments().get(0));
    assertEquals(IntakeReason.MISSING_FIELD, reasonFor(with(12, null)));
    assertEquals(IntakeReason.MISSING_FIELD, reasonFor(null));
  }

  @Test
  void theIdNumberMustCarryItsCheckDigitAndAgreeWithSexAndBirthDate() {
    assertEquals(
        IntakeReason.INVALID_ID_NUMBER,
        reasonFor(SUBMISSIONS.submission(RECEIPT, Defect.BAD_ID_NUMBER)));
    String otherSex = VALID.sex().equals("MALE") ? "FEMALE" : "MALE";
    assertEquals(IntakeReason.SEX_MISMATCH, reasonFor(with(3, otherSex)));
    assertEquals(IntakeReason.SEX_MISMATCH, reasonFor(with(3, "male")));
    assertEquals(
        IntakeReason.BIRTH_DATE_MISMATCH,
        reasonFor(with(4, RECEIPT.birthDate().plusDays(1).toString())));
    // Both are optional: derived from the ID number when absent.
    assertEquals(
        null,
        reasonFor(
            with(
                f -> {
                  f[3] = null;
                  f[4] = null;
                  return f;
                })));
  }

  @Test
  void codesMustBeKnown() {
    assertEquals(IntakeReason.UNKNOWN_ETHNICITY, reasonFor(with(5, "99")));
    assertEquals(IntakeReason.UNKNOWN_REGION, reasonFor(with(6, "110101")));
    assertEquals(IntakeReason.UNKNOWN_PHOTO_CHECK, reasonFor(with(9, "OK")));
    assertEquals(IntakeReason.MALFORMED_RECEIPT_NUMBER, reasonFor(with(0, "12-34")));
    // The stations' own numbers cannot come from the centre, so the two never meet.
    assertEquals(IntakeReason.STATION_RECEIPT_NUMBER, reasonFor(with(0, "ZC500105510001000001")));
  }

  @Test
  void namesAndAddressesHaveLimits() {
    assertEquals(IntakeReason.INVALID_NAME, reasonFor(with(2, "张三3")));
    assertEquals(IntakeReason.INVALID_NAME, reasonFor(with(2, "张".repeat(51))));
    assertEquals(null, reasonFor(with(2, "阿依古丽·买买提")));
    assertEquals(IntakeReason.INVALID_ADDRESS, reasonFor(with(7, "重庆市" + "路".repeat(200))));
    assertEquals(IntakeReason.INVALID_ADDRESS, reasonFor(with(7, "重庆市\u0000渝中区")));
  }

  @Test
  void datesMustParseAndTheIssueDateMustNotLieAhead() {
    assertEquals(IntakeReason.INVALID_DATE, reasonFor(with(8, "2026-02-30")));
    assertEquals(IntakeReason.INVALID_DATE, reasonFor(with(8, "25.11.2026")));
    assertEquals(
        IntakeReason.ISSUE_DATE_IN_FUTURE, reasonFor(with(8, TODAY.plusDays(1).toString())));
    assertEquals(null, reasonFor(with(8, TODAY.toString())));
    assertEquals(
        IntakeReason.INVALID_DATE, reasonFor(with(8, RECEIPT.birthDate().minusDays(1).toString())));
  }

  @Test
  void thePhotoMustMatchItsHashAndTheCentreSignature() {
    assertEquals(
        IntakeReason.PHOTO_HASH_MISMATCH,
        reasonFor(SUBMISSIONS.submission(RECEIPT, Defect.BAD_HASH)));
    assertEquals(
        IntakeReason.SIGNATURE_INVALID,
        reasonFor(SUBMISSIONS.submission(RECEIPT, Defect.BAD_SIGNATURE)));
    assertEquals(
        IntakeReason.MALFORMED_PHOTO_HASH, reasonFor(with(10, VALID.photoSha256().toUpperCase())));
    assertEquals(IntakeReason.PHOTO_NOT_BASE64, reasonFor(with(12, "not base64!")));
    // Another receipt number: the signature covers it, so it no longer verifies.
    assertEquals(IntakeReason.SIGNATURE_INVALID, reasonFor(with(0, "5099999999999999")));
  }

  @Test
  void thePhotoMustBeAJpegOfTheRightSize() {
    assertEquals(
        IntakeReason.PHOTO_WRONG_DIMENSIONS,
        reasonFor(SUBMISSIONS.submission(RECEIPT, Defect.WRONG_PHOTO_SIZE)));
    assertEquals(
        IntakeReason.PHOTO_NOT_JPEG, reasonFor(SUBMISSIONS.submission(RECEIPT, Defect.NOT_JPEG)));
  }
}
