/**
 * Photo standard checks (GA 461-2004) for photos the station takes (webcam) or scans: whether a
 * photo meets the standard, and in plain words what to do when it does not; and the framing that
 * turns a webcam frame or a scan into the standard's 358 x 441 photo. A library with a command
 * line; no screens, entities or tables of its own yet.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Every check reports a {@code PhotoProblem} with what it measured and the limit; the clerk's
 *       text (what is wrong, what to do) lives in the application's bundle under {@code
 *       photo.problem.*}, Chinese and English, so control code carries no prose. A verdict lists
 *       every finding, not the first: the clerk fixes light, framing and background at once.
 *   <li>Thresholds are configuration ({@code photos.check.*}, {@code PhotoStandard}); each default
 *       names its source: GA 461 where it gives a number, the published requirement of another card
 *       with the same photo where it does not (centring), ISO/IEC 19794-5 (tilt), and ours,
 *       calibrated on the test portrait, where no document has one (brightness, sharpness).
 *   <li>The file is checked before the pixels, and a photo that does not decode completely is
 *       checked no further; position checks run only on the standard's size, since their limits are
 *       its pixels. The JPEG marker walk ({@code JpegFrame}) and the strict decode ({@code
 *       JpegDecoding}) live in receipts, whose intake needs them too: photos depends on receipts (a
 *       kept station photo becomes a receipt), never the other way.
 *   <li>Faces and eyes come from OpenCV's Haar cascades (a real detector: a drawn face is none to
 *       it), which ship in the war from Debian's opencv-data package; nothing is downloaded at run
 *       time. The face width GA 461 sets is estimated from the eye distance, which the detector
 *       measures finely, rather than from the face box, whose size jumps with its scale steps.
 *   <li>OpenCV's natives cost about half a second to load once per JVM, a cascade set some tens of
 *       milliseconds; {@code FaceDetector} is built once and shared, and keeps a small pool of
 *       cascade sets, because a {@code CascadeClassifier} is not thread-safe. The war carries only
 *       OpenCV's linux x86_64 native (see the pom), not the 110 MB jar with seven platforms.
 *   <li>Framing reuses the checks' own measurements (face, eye line, crown on the plain
 *       background), so a proposed framing of a good source passes the check; the clerk's
 *       corrections are small steps ({@code FramingAdjustment}) on top of the proposal.
 * </ul>
 */
package cn.cq.police.idcard.photos;
