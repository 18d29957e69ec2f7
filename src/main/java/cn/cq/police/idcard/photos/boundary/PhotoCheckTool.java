package cn.cq.police.idcard.photos.boundary;

import cn.cq.police.idcard.photos.control.FaceDetector;
import cn.cq.police.idcard.photos.control.FramedPhoto;
import cn.cq.police.idcard.photos.control.PhotoExamination;
import cn.cq.police.idcard.photos.control.PhotoFinding;
import cn.cq.police.idcard.photos.control.PhotoFraming;
import cn.cq.police.idcard.photos.control.PhotoStandard;
import cn.cq.police.idcard.photos.control.PhotoVerdict;
import java.awt.image.BufferedImage;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javax.imageio.ImageIO;

/**
 * Checks photo files against the photo standard from the command line (bin/check-photo), with the
 * thresholds' defaults or {@code -Dphotos.check.KEY=VALUE}. Prints per file {@code FILE: accepted}
 * or {@code FILE: refused} and one line per finding: its code and the clerk's explanation.
 *
 * <pre>
 * java -cp "target/classes:target/opencv-linux-x86_64:target/idcard-counter/WEB-INF/lib/*" \
 *   cn.cq.police.idcard.photos.boundary.PhotoCheckTool [--lang zh|en] [--frame DIR] FILE...
 * </pre>
 */
public final class PhotoCheckTool {

  static final int ACCEPTED = 0;
  static final int REFUSED = 1;
  static final int USAGE = 2;

  static final String USAGE_TEXT =
      """
      usage: check-photo [--lang zh|en] [--frame DIR] FILE...
        Checks each photo (a JPEG of 358 x 441 pixels) against the photo standard (GA 461-2004)
        and prints "FILE: accepted", or "FILE: refused" and one line per failed check: its code
        and what to do (in Chinese; --lang en for English).
        --frame DIR  each FILE is a source image instead (webcam frame, scan; JPEG, PNG, BMP):
                     frame it as the counter does, write DIR/NAME.jpg and check that.
        Thresholds: the defaults of docs/photos.md; override one with
        -Dphotos.check.KEY=VALUE (e.g. JAVA_OPTS=-Dphotos.check.min-bytes=12288).
      Exit status: 0 every file accepted, 1 at least one refused, 2 a usage error or a file
      that could not be read (the other files are still checked).""";

  private PhotoCheckTool() {}

  public static void main(String[] args) {
    // UTF-8 whatever the terminal's locale says: the explanations are Chinese.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** The whole command; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Locale locale = Locale.SIMPLIFIED_CHINESE;
    Path frameInto = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--lang" -> {
          String lang = i + 1 < args.length ? args[++i] : "";
          if (!lang.equals("zh") && !lang.equals("en")) {
            return usage(err);
          }
          locale = lang.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        case "--frame" -> {
          if (i + 1 >= args.length) {
            return usage(err);
          }
          frameInto = Path.of(args[++i]);
        }
        case "-h", "--help" -> {
          out.println(USAGE_TEXT);
          return ACCEPTED;
        }
        default -> {
          if (args[i].startsWith("--")) {
            return usage(err);
          }
          files.add(Path.of(args[i]));
        }
      }
    }
    if (files.isEmpty()) {
      return usage(err);
    }
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "i18n.messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    PhotoStandard standard =
        PhotoStandard.from(key -> Optional.ofNullable(System.getProperty(key)));
    FaceDetector detector = FaceDetector.create();
    PhotoExamination examination = new PhotoExamination(standard, detector);
    PhotoFraming framing = new PhotoFraming(standard, detector);
    int status = ACCEPTED;
    for (Path file : files) {
      try {
        byte[] photo =
            frameInto == null ? Files.readAllBytes(file) : frame(framing, file, frameInto);
        PhotoVerdict verdict = examination.check(photo);
        out.println(describe(file.toString(), verdict, texts, locale));
        status = Math.max(status, verdict.accepted() ? ACCEPTED : REFUSED);
      } catch (NoSuchFileException missing) {
        err.println(file + ": cannot be read: no such file");
        status = USAGE;
      } catch (IOException | RuntimeException unreadable) {
        err.println(file + ": cannot be read: " + unreadable);
        status = USAGE;
      }
    }
    return status;
  }

  /** One verdict as the tool prints it. */
  static String describe(String name, PhotoVerdict verdict, ResourceBundle texts, Locale locale) {
    if (verdict.accepted()) {
      return name + ": accepted";
    }
    StringBuilder text = new StringBuilder(name).append(": refused");
    for (PhotoFinding finding : verdict.findings()) {
      String explanation =
          new MessageFormat(texts.getString(finding.problem().messageKey()), locale)
              .format(finding.messageArguments());
      text.append(System.lineSeparator())
          .append("  ")
          .append(finding.problem().name())
          .append("  ")
          .append(explanation);
    }
    return text.toString();
  }

  private static byte[] frame(PhotoFraming framing, Path file, Path directory) throws IOException {
    BufferedImage source = ImageIO.read(file.toFile());
    if (source == null) {
      throw new IOException("not an image ImageIO reads");
    }
    FramedPhoto framed = framing.frame(source);
    String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".jpg";
    Files.createDirectories(directory);
    Files.write(directory.resolve(name), framed.jpeg());
    return framed.jpeg();
  }

  private static int usage(PrintStream err) {
    err.println(USAGE_TEXT);
    return USAGE;
  }
}
