package cn.cq.police.idcard.photos.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's one face detector, framing and checks, built from the configured standard when
 * the application starts, so the clerk's first shot does not wait for OpenCV and its cascades. On a
 * machine whose platform has no OpenCV native in the war (only linux x86_64 ships) the application
 * still starts; the station photo page then says the checks are unavailable.
 */
@ApplicationScoped
public class PhotoLab {

  private static final Logger LOG = Logger.getLogger(PhotoLab.class.getName());

  /** Null when OpenCV did not load: then it is not tried again on every shot. */
  private Tools tools;

  private record Tools(PhotoExamination examination, PhotoFraming framing) {}

  @PostConstruct
  void init() {
    tools = load();
  }

  /** Builds the bean, and with it loads OpenCV, while the application starts. */
  void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    available();
  }

  /** Whether OpenCV and the cascades loaded: the checks can run. */
  public boolean available() {
    return tools != null;
  }

  private static Tools load() {
    try {
      long started = System.nanoTime();
      PhotoStandard standard = PhotoStandard.from(ConfigProvider.getConfig());
      FaceDetector detector = FaceDetector.create();
      Tools loaded =
          new Tools(new PhotoExamination(standard, detector), new PhotoFraming(standard, detector));
      LOG.info(
          "Photo checks ready: OpenCV and its cascades loaded in "
              + (System.nanoTime() - started) / 1_000_000
              + " ms");
      return loaded;
    } catch (RuntimeException | LinkageError unavailable) {
      LOG.log(Level.SEVERE, "The photo checks are unavailable: OpenCV did not load", unavailable);
      return null;
    }
  }

  private Tools required() {
    if (tools == null) {
      throw new IllegalStateException("The photo checks are unavailable: OpenCV did not load");
    }
    return tools;
  }

  public PhotoVerdict check(byte[] jpeg) {
    return required().examination().check(jpeg);
  }

  /**
   * Frames a camera shot or a scan (JPEG or PNG, any size) around the face it finds, with the
   * clerk's adjustment, and checks the framed photo.
   */
  public StationShot frameAndCheck(byte[] image, FramingAdjustment adjustment) {
    BufferedImage source = decoded(image);
    if (source == null) {
      return StationShot.unreadableImage();
    }
    Tools loaded = required();
    FramedPhoto framed = loaded.framing().frame(source, adjustment);
    return new StationShot(framed.jpeg(), loaded.examination().check(framed.jpeg()));
  }

  private static BufferedImage decoded(byte[] image) {
    if (image == null || image.length == 0) {
      return null;
    }
    try {
      return ImageIO.read(new ByteArrayInputStream(image));
    } catch (IOException | RuntimeException notAnImage) {
      return null; // ImageIO throws unchecked exceptions too on damaged files
    }
  }

  /**
   * What is kept of an accepted photo's checks, as "key=value; ..." (the audit's form): every check
   * that passed, and the face's width and eye line as measured.
   */
  public static String stored(PhotoVerdict verdict) {
    String passed =
        Arrays.stream(PhotoCheck.values())
            .filter(check -> verdict.nanos().containsKey(check))
            .filter(
                check -> verdict.findings().stream().noneMatch(f -> f.problem().check() == check))
            .map(PhotoCheck::name)
            .collect(Collectors.joining(", "));
    StringBuilder stored = new StringBuilder("passed=").append(passed);
    verdict
        .face()
        .ifPresent(
            face -> {
              stored.append(String.format(Locale.ROOT, "; faceWidth=%.0f", face.faceWidth()));
              if (face.eyesFound()) {
                stored.append(String.format(Locale.ROOT, "; eyeLine=%.0f", face.eyeLineY()));
              }
            });
    return stored.toString();
  }
}
