package cn.cq.police.idcard.demo.control;

import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.control.ReceiptSubmission;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.time.Period;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * Turns generated receipts into what the detection centre sends over the intake feed: painted
 * photo, its hash and the centre's signature, optionally with one deliberate defect. Used by the
 * detection-centre simulator, the intake benchmark and the tests.
 */
public final class DemoSubmissions {

  /** A deliberate fault that the intake must refuse, as a real centre might produce one. */
  public enum Defect {
    NONE,
    WRONG_PHOTO_SIZE,
    NOT_JPEG,
    BAD_HASH,
    BAD_SIGNATURE,
    BAD_ID_NUMBER,
    FUTURE_ISSUE_DATE
  }

  private final PrivateKey centreKey;
  private final LocalDate today;
  private final int photoPool;
  private final Map<Integer, byte[]> pooledPhotos = new ConcurrentHashMap<>();

  public DemoSubmissions(PrivateKey centreKey, LocalDate today) {
    this(centreKey, today, 0);
  }

  /**
   * @param photoPool 0 paints a portrait for every receipt; a positive number reuses that many
   *     portraits, so that a benchmark measures the intake rather than the painting
   */
  public DemoSubmissions(PrivateKey centreKey, LocalDate today, int photoPool) {
    this.centreKey = centreKey;
    this.today = today;
    this.photoPool = photoPool;
  }

  public ReceiptSubmission submission(DemoReceipt r) {
    return submission(r, Defect.NONE);
  }

  public ReceiptSubmission submission(DemoReceipt r, Defect defect) {
    int age = Period.between(r.birthDate(), today).getYears();
    byte[] jpeg =
        switch (defect) {
          case WRONG_PHOTO_SIZE ->
              wrongSize(PortraitPainter.paintJpeg(r.portraitSeed(), r.sex(), age));
          case NOT_JPEG -> notJpeg();
          default -> portrait(r, age);
        };
    String sha256 = CentreSignature.sha256Hex(jpeg);
    ReceiptNumber receiptNumber = ReceiptNumber.parse(r.receiptNumber());
    String signature =
        CentreSignature.sign(
            centreKey, Receipt.signedContent(receiptNumber, r.idNumber(), sha256));
    String idNumber = r.idNumber().value();
    switch (defect) {
      case BAD_HASH -> sha256 = CentreSignature.sha256Hex(new byte[] {1});
      case BAD_SIGNATURE ->
          signature =
              CentreSignature.sign(
                  centreKey, Receipt.signedContent(receiptNumber, r.idNumber(), "0" + sha256));
      case BAD_ID_NUMBER -> idNumber = wrongCheckCharacter(idNumber);
      default -> {
        // the other defects are in the photo or the dates
      }
    }
    LocalDate issueDate = defect == Defect.FUTURE_ISSUE_DATE ? today.plusDays(3) : r.issueDate();
    return new ReceiptSubmission(
        r.receiptNumber(),
        idNumber,
        r.name(),
        r.sex().name(),
        r.birthDate().toString(),
        r.ethnicityCode(),
        r.householdRegionCode(),
        r.householdAddress(),
        issueDate.toString(),
        r.photoPassed() ? "PASSED" : "FAILED",
        sha256,
        signature,
        Base64.getEncoder().encodeToString(jpeg));
  }

  private byte[] portrait(DemoReceipt r, int age) {
    if (photoPool <= 0) {
      return PortraitPainter.paintJpeg(r.portraitSeed(), r.sex(), age);
    }
    return pooledPhotos.computeIfAbsent(
        (int) Math.floorMod(r.portraitSeed(), (long) photoPool),
        slot -> PortraitPainter.paintJpeg(slot, r.sex(), age));
  }

  /** The JSON of a single submission, as the intake API takes it. */
  public static String json(ReceiptSubmission s) {
    StringBuilder json = new StringBuilder(s.photo() == null ? 512 : s.photo().length() + 800);
    json.append('{');
    field(json, "receiptNumber", s.receiptNumber()).append(',');
    field(json, "citizenIdNumber", s.citizenIdNumber()).append(',');
    field(json, "name", s.name()).append(',');
    field(json, "sex", s.sex()).append(',');
    field(json, "birthDate", s.birthDate()).append(',');
    field(json, "ethnicityCode", s.ethnicityCode()).append(',');
    field(json, "householdRegionCode", s.householdRegionCode()).append(',');
    field(json, "householdAddress", s.householdAddress()).append(',');
    field(json, "issueDate", s.issueDate()).append(',');
    field(json, "photoCheck", s.photoCheck()).append(',');
    field(json, "photoSha256", s.photoSha256()).append(',');
    field(json, "centreSignature", s.centreSignature()).append(',');
    field(json, "photo", s.photo());
    return json.append('}').toString();
  }

  /** The JSON of a batch: {@code {"receipts":[...]}}. */
  public static String batchJson(List<ReceiptSubmission> submissions) {
    StringBuilder json = new StringBuilder("{\"receipts\":[");
    for (int i = 0; i < submissions.size(); i++) {
      json.append(i == 0 ? "" : ",").append(json(submissions.get(i)));
    }
    return json.append("]}").toString();
  }

  private static StringBuilder field(StringBuilder json, String name, String value) {
    json.append('"').append(name).append("\":");
    if (value == null) {
      return json.append("null");
    }
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }

  // A genuine portrait one pixel row short (358 x 440), the kind of slip a cropping tool makes.
  private static byte[] wrongSize(byte[] portrait) {
    try {
      BufferedImage full = ImageIO.read(new ByteArrayInputStream(portrait));
      BufferedImage cropped =
          full.getSubimage(0, 0, PortraitPainter.WIDTH, PortraitPainter.HEIGHT - 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(cropped, "jpeg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A PNG-sized blob that is no JPEG: starts with the PNG signature.
  private static byte[] notJpeg() {
    byte[] data = new byte[16_000];
    new java.util.Random(7).nextBytes(data);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(png, 0, data, 0, png.length);
    return data;
  }

  private static String wrongCheckCharacter(String idNumber) {
    char check = idNumber.charAt(17);
    char wrong = check == '0' ? '1' : '0';
    return idNumber.substring(0, 17) + wrong;
  }
}
