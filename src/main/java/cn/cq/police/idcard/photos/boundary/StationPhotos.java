package cn.cq.police.idcard.photos.boundary;

import cn.cq.police.idcard.applications.control.HouseholdBar;
import cn.cq.police.idcard.photos.control.FramingAdjustment;
import cn.cq.police.idcard.photos.control.PhotoLab;
import cn.cq.police.idcard.photos.control.StationApplicant;
import cn.cq.police.idcard.photos.control.StationPhotoKeeping;
import cn.cq.police.idcard.photos.control.StationShot;
import cn.cq.police.idcard.receipts.entity.PhotoSource;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Photos taken or scanned at the clerk's own station for an applicant without a usable receipt
 * (SPEC step 5): the household check before the camera, the framing and checks of each shot, and
 * keeping an accepted photo as a receipt of the station's own, from which the counter flow goes on
 * exactly as with a detection centre's receipt. The photo is free.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
public class StationPhotos {

  @Inject StaffDirectory staff;

  @Inject StationPhotoKeeping keeping;

  @Inject PhotoLab lab;

  /** Whether the person may apply at the clerk's station at all, before anyone is photographed. */
  public Optional<HouseholdBar> householdBar(StationApplicant applicant) {
    return keeping.householdBar(staff.current().getStation(), applicant);
  }

  /**
   * Frames the camera's shot or the scan as the standard wants, with the clerk's adjustment, and
   * checks the result. Keeps nothing.
   */
  public StationShot frame(byte[] image, FramingAdjustment adjustment) {
    return lab.frameAndCheck(image, adjustment);
  }

  /** Whether the checks can run here (OpenCV loaded). */
  public boolean available() {
    return lab.available();
  }

  /**
   * Keeps an accepted photo as the station's receipt for this applicant.
   *
   * @throws cn.cq.police.idcard.photos.control.StationPhotoRefused when the photo fails a check or
   *     the person cannot apply here; nothing is stored
   */
  public ReceiptNumber keep(StationApplicant applicant, PhotoSource source, byte[] jpeg) {
    return keeping.keep(staff.current(), applicant, source, jpeg).getReceiptNumber();
  }
}
