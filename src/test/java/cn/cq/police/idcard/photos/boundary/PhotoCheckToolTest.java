package cn.cq.police.idcard.photos.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.photos.control.TestPhotos;
import cn.cq.police.idcard.photos.control.TestPhotos.Placement;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoCheckToolTest {

  @TempDir static Path dir;
  static Path good;
  static Path small;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void photos() throws IOException {
    TestPhotos.detector(); // its start-up outside the tests' own time
    good =
        Files.write(
            dir.resolve("good.jpg"), TestPhotos.jpeg(TestPhotos.photo(Placement.standard()), 0.7f));
    small =
        Files.write(
            dir.resolve("small.jpg"),
            TestPhotos.jpeg(TestPhotos.photo(Placement.standard().faceWidth(170)), 0.7f));
  }

  int run(String... args) {
    return PhotoCheckTool.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anAcceptedPhotoExitsWithZero() {
    assertEquals(0, run(good.toString()));
    assertEquals(good + ": accepted" + System.lineSeparator(), out());
  }

  @Test
  void aRefusedOneSaysWhatAndWhatToDoInChineseAndExitsWithOne() {
    assertEquals(1, run(good.toString(), small.toString()));
    String[] lines = out().split(System.lineSeparator());
    assertEquals(good + ": accepted", lines[0]);
    assertEquals(small + ": refused", lines[1]);
    assertTrue(lines[2].startsWith("  HEAD_TOO_SMALL  脸部太小（宽约 1"), lines[2]);
    assertTrue(lines[2].endsWith("像素，至少 193 像素）。请放大，或让申请人靠近镜头后重拍。"), lines[2]);
  }

  @Test
  void inEnglishOnRequest() {
    assertEquals(1, run("--lang", "en", small.toString()));
    assertTrue(out().contains("  HEAD_TOO_SMALL  The face is too small"), out());
  }

  @Test
  void aFileThatCannotBeReadIsExitStatusTwoAndTheOthersAreStillChecked() {
    assertEquals(2, run(dir.resolve("missing.jpg").toString(), small.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.jpg: cannot be read"));
    assertTrue(out().contains(small + ": refused"));
  }

  @Test
  void usageErrorsAreExitStatusTwo() {
    assertEquals(2, run());
    assertEquals(2, run("--lang", "fr", good.toString()));
    assertEquals(2, run("--frame"));
    assertEquals(2, run("--verbose", good.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Exit status: 0 every file accepted"));
    assertEquals(0, run("--help"));
  }

  @Test
  void framesASourceImageFirst() throws IOException {
    java.awt.image.BufferedImage webcam = TestPhotos.backdrop(640, 480, Color.WHITE);
    TestPhotos.place(webcam, TestPhotos.person(), new Placement(150, 300, 50, 0));
    Path source = dir.resolve("webcam.png");
    ImageIO.write(webcam, "png", source.toFile());
    Path framed = dir.resolve("framed");
    assertEquals(0, run("--frame", framed.toString(), source.toString()));
    assertTrue(Files.size(framed.resolve("webcam.jpg")) > 14_000);
  }
}
