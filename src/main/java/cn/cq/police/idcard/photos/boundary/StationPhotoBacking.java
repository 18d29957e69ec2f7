package cn.cq.police.idcard.photos.boundary;

import cn.cq.police.idcard.applications.boundary.ReceiptLookupBacking;
import cn.cq.police.idcard.applications.control.HouseholdBar;
import cn.cq.police.idcard.photos.control.FramingAdjustment;
import cn.cq.police.idcard.photos.control.StationApplicant;
import cn.cq.police.idcard.photos.control.StationPhotoRefused;
import cn.cq.police.idcard.photos.control.StationShot;
import cn.cq.police.idcard.receipts.control.ChongqingRegions;
import cn.cq.police.idcard.receipts.control.Ethnicities;
import cn.cq.police.idcard.receipts.entity.PhotoSource;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.web.FacesText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.CaptureEvent;
import org.primefaces.event.FileUploadEvent;

/**
 * 现场照相 / 扫描相片: the clerk enters the applicant as the household register shows them, the household
 * check runs, then the clerk photographs the applicant or scans a printed photo, sees the framed
 * photo with every failed check explained, adjusts the crop or takes it again, and keeps an
 * accepted photo. The counter then goes on with it as with a receipt. The applicant's details are
 * fixed once checked: a photo taken for one person can never be kept for another.
 */
@Named
@ViewScoped
public class StationPhotoBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StationPhotos photos;

  @Inject StaffDirectory staff;

  private String idNumber;
  private String name;
  private String ethnicityCode;
  private String regionCode;
  private String address;

  /** Set once the household check passed; the fields are then read-only. */
  private StationApplicant applicant;

  private PhotoSource source;

  /** The camera's shot or the scan as it came, framed again after each adjustment. */
  private byte[] image;

  // The clerk's framing adjustment in steps (FramingAdjustment), kept as numbers: the view is
  // serialised with the session.
  private int zoomSteps;
  private int rightSteps;
  private int downSteps;

  /** The framed photo and what its checks found; null before the first shot. */
  private byte[] framed;

  private boolean accepted;
  private List<ProblemText> problems = List.of();

  /** One failed check as the clerk reads it: its code and what is wrong and what to do. */
  public record ProblemText(String code, String text) implements Serializable {}

  /** The crop adjustments the page offers, in the order of its buttons. */
  public enum Step {
    ZOOM_IN,
    ZOOM_OUT,
    UP,
    DOWN,
    LEFT,
    RIGHT
  }

  /** The ethnic group most applicants have, preselected: 汉族. */
  static final String HAN = "01";

  @PostConstruct
  void init() {
    ethnicityCode = HAN;
    regionCode =
        staff.current().getStation().getJurisdiction().stream().sorted().findFirst().orElse(null);
  }

  public void checkApplicant() {
    StationApplicant.Parsed parsed =
        StationApplicant.parse(idNumber, name, ethnicityCode, regionCode, address);
    if (parsed.idNumberProblem() != null) {
      FacesText.error("lookup.INVALID_ID_NUMBER." + parsed.idNumberProblem().name());
      return;
    }
    if (!parsed.isValid()) {
      FacesText.error("stationPhoto.problem." + parsed.problem().name());
      return;
    }
    var bar = photos.householdBar(parsed.applicant());
    if (bar.isPresent()) {
      refuse(bar.get());
      return;
    }
    applicant = parsed.applicant();
    FacesText.info("stationPhoto.applicantChecked");
  }

  private static void refuse(HouseholdBar bar) {
    FacesText.error(
        "lookup." + bar.outcome().name(),
        "",
        bar.inProgress() == null ? "" : bar.inProgress().value());
  }

  /** Back to the applicant's details: whatever was photographed for them is dropped. */
  public void changeApplicant() {
    applicant = null;
    retake();
  }

  public void onCapture(CaptureEvent event) {
    take(PhotoSource.STATION_CAMERA, event.getData());
  }

  public void onUpload(FileUploadEvent event) {
    take(PhotoSource.STATION_SCAN, event.getFile().getContent());
  }

  private void take(PhotoSource takenBy, byte[] taken) {
    if (applicant == null) {
      FacesText.error("stationPhoto.applicantFirst");
      return;
    }
    retake();
    source = takenBy;
    image = taken;
    frame();
  }

  /** One step of the clerk's crop adjustment: the head larger or smaller, up, down, left, right. */
  public void adjust(Step step) {
    if (image == null) {
      return;
    }
    FramingAdjustment adjustment = new FramingAdjustment(zoomSteps, rightSteps, downSteps);
    adjustment =
        switch (step) {
          case ZOOM_IN -> adjustment.zoomIn();
          case ZOOM_OUT -> adjustment.zoomOut();
          case UP -> adjustment.up();
          case DOWN -> adjustment.down();
          case LEFT -> adjustment.left();
          case RIGHT -> adjustment.right();
        };
    zoomSteps = adjustment.zoomSteps();
    rightSteps = adjustment.rightSteps();
    downSteps = adjustment.downSteps();
    frame();
  }

  private void frame() {
    if (!photos.available()) {
      FacesText.error("stationPhoto.unavailable");
      return;
    }
    StationShot shot = photos.frame(image, new FramingAdjustment(zoomSteps, rightSteps, downSteps));
    if (shot.unreadable()) {
      retake();
      FacesText.error("stationPhoto.unreadable");
      return;
    }
    framed = shot.jpeg();
    accepted = shot.accepted();
    problems =
        shot.verdict().findings().stream()
            .map(
                finding ->
                    new ProblemText(
                        finding.problem().name(),
                        FacesText.text(finding.problem().messageKey(), finding.messageArguments())))
            .toList();
    if (accepted) {
      FacesText.info("stationPhoto.accepted");
    } else {
      FacesText.error("stationPhoto.notAccepted");
    }
  }

  public void retake() {
    source = null;
    image = null;
    framed = null;
    accepted = false;
    problems = List.of();
    zoomSteps = 0;
    rightSteps = 0;
    downSteps = 0;
  }

  /** Keeps the accepted photo and hands its receipt to the counter page, which looks it up. */
  public String keep() {
    if (applicant == null || framed == null || !accepted) {
      FacesText.error("stationPhoto.notAccepted");
      return null;
    }
    ReceiptNumber number;
    try {
      number = photos.keep(applicant, source, framed);
    } catch (StationPhotoRefused refused) {
      FacesText.error("stationPhoto.refused." + refused.why().name());
      return null;
    }
    Map<String, Object> flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
    flash.put(ReceiptLookupBacking.HANDED_RECEIPT, number.value());
    flash.put(ReceiptLookupBacking.HANDED_ID_NUMBER, applicant.idNumber().value());
    return "/counter/index?faces-redirect=true";
  }

  public boolean isApplicantChecked() {
    return applicant != null;
  }

  /** A photo has been framed and checked: the result panel shows. */
  public boolean isFramed() {
    return framed != null;
  }

  public boolean isAccepted() {
    return accepted;
  }

  public String getPhotoDataUri() {
    return ReceiptPhoto.dataUri(framed);
  }

  /** Each failed check in the clerk's language: what is wrong and what to do. */
  public List<ProblemText> getProblems() {
    return problems;
  }

  public Step[] getAdjustmentSteps() {
    return Step.values();
  }

  public Map<String, String> getEthnicities() {
    return Ethnicities.all();
  }

  public List<ChongqingRegions.Region> getRegions() {
    return ChongqingRegions.current();
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEthnicityCode() {
    return ethnicityCode;
  }

  public void setEthnicityCode(String ethnicityCode) {
    this.ethnicityCode = ethnicityCode;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
