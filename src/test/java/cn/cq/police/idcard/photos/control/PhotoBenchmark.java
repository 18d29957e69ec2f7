package cn.cq.police.idcard.photos.control;

import cn.cq.police.idcard.demo.control.PortraitPainter;
import cn.cq.police.idcard.photos.control.TestPhotos.Placement;
import cn.cq.police.idcard.receipts.control.JpegDecoding;
import cn.cq.police.idcard.receipts.control.JpegFrame;
import cn.cq.police.idcard.receipts.control.PhotoInspection;
import cn.cq.police.idcard.receipts.entity.Sex;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times the photo checks: OpenCV's start-up, then for each test photo (made from the astronaut, see
 * {@link TestPhotos}) its verdict and the time of the whole check and of each check (median and
 * 95th percentile over the repeats), the framing of webcam frames and a scan, and what the complete
 * decode adds to the receipt intake's photo check. Not a test: run with {@code mvn -q test-compile
 * exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.cq.police.idcard.photos.control.PhotoBenchmark [-Dexec.args=50]}.
 */
public final class PhotoBenchmark {

  private static final int WARM_UP = 20;

  private PhotoBenchmark() {}

  public static void main(String[] args) {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    long start = System.nanoTime();
    FaceDetector.loadNativeLibrary();
    long loaded = System.nanoTime();
    FaceDetector detector = FaceDetector.create();
    long created = System.nanoTime();
    System.out.printf(
        "start-up: OpenCV native library %.0f ms, cascades (extract + load) %.0f ms%n",
        (loaded - start) / 1e6, (created - loaded) / 1e6);
    long cutOut = System.nanoTime();
    TestPhotos.person();
    System.out.printf(
        "(test photos: cutting the astronaut out once %.0f ms)%n%n",
        (System.nanoTime() - cutOut) / 1e6);

    PhotoExamination examination = new PhotoExamination(PhotoStandard.defaults(), detector);
    Map<String, byte[]> photos = photos();
    for (byte[] photo : photos.values()) {
      for (int i = 0; i < WARM_UP; i++) {
        examination.check(photo);
      }
    }
    System.out.printf(
        "verdicts and the whole check (ms, median / p95 of %d checks each):%n", repeats);
    Map<PhotoCheck, List<Long>> perCheck = new EnumMap<>(PhotoCheck.class);
    List<Long> allTotals = new ArrayList<>();
    for (Map.Entry<String, byte[]> photo : photos.entrySet()) {
      long[] totals = new long[repeats];
      PhotoVerdict verdict = null;
      for (int i = 0; i < repeats; i++) {
        long begin = System.nanoTime();
        verdict = examination.check(photo.getValue());
        totals[i] = System.nanoTime() - begin;
        allTotals.add(totals[i]);
        verdict
            .nanos()
            .forEach(
                (check, nanos) ->
                    perCheck.computeIfAbsent(check, c -> new ArrayList<>()).add(nanos));
      }
      System.out.printf(
          "| %-22s | %6d B | %-52s | %5.1f / %5.1f |%n",
          photo.getKey(),
          photo.getValue().length,
          verdict.accepted()
              ? "accepted"
              : String.join(", ", verdict.problems().stream().map(Enum::name).toList()),
          percentile(totals, 0.5),
          percentile(totals, 0.95));
    }
    System.out.printf(
        "%nall photos: whole check %.1f / %.1f ms%n",
        percentile(allTotals, 0.5), percentile(allTotals, 0.95));
    System.out.println("per check, over all photos that ran it (ms, median / p95):");
    perCheck.forEach(
        (check, nanos) ->
            System.out.printf(
                "| %-14s | %6.2f / %6.2f |%n",
                check, percentile(nanos, 0.5), percentile(nanos, 0.95)));

    System.out.printf("%nframing (find the face, crop, scale, encode; ms, median / p95):%n");
    PhotoFraming framing = new PhotoFraming(PhotoStandard.defaults(), detector);
    Map<String, BufferedImage> sources = new LinkedHashMap<>();
    sources.put("webcam 640 x 480", source(640, 480, new Placement(150, 300, 50, 0)));
    sources.put("webcam 1280 x 720", source(1280, 720, new Placement(260, 700, 80, 0)));
    sources.put("scan 2480 x 3508", source(2480, 3508, new Placement(900, 1200, 600, 0)));
    for (Map.Entry<String, BufferedImage> source : sources.entrySet()) {
      long[] nanos = time(() -> framing.frame(source.getValue()), repeats);
      FramedPhoto framed = framing.frame(source.getValue());
      System.out.printf(
          "| %-18s | %5.1f / %5.1f | quality %.2f, %d B, %s |%n",
          source.getKey(),
          percentile(nanos, 0.5),
          percentile(nanos, 0.95),
          framed.quality(),
          framed.jpeg().length,
          examination.check(framed.jpeg()).accepted() ? "accepted" : "refused");
    }

    System.out.printf("%nreceipt intake, the photo's image check (ms per photo, median / p95):%n");
    List<byte[]> portraits = new ArrayList<>();
    for (int seed = 0; seed < 20; seed++) {
      portraits.add(PortraitPainter.paintJpeg(seed, seed % 2 == 0 ? Sex.MALE : Sex.FEMALE, 30));
    }
    PhotoInspection inspection = new PhotoInspection(1024, 40960);
    row("marker walk only (before)", timeEach(portraits, JpegFrame::read, repeats));
    row("decode, all pixels", timeEach(portraits, JpegDecoding::decode, repeats));
    row("decode, every 8th pixel", timeEach(portraits, JpegDecoding::decodesCompletely, repeats));
    row("checkImage (walk + decode)", timeEach(portraits, inspection::checkImage, repeats));
  }

  private static void row(String label, long[] nanos) {
    System.out.printf(
        "| %-28s | %6.3f / %6.3f |%n", label, percentile(nanos, 0.5), percentile(nanos, 0.95));
  }

  /** The test photos, encoded as the station would (JPEG quality 70). */
  static Map<String, byte[]> photos() {
    Placement well = Placement.standard();
    Map<String, BufferedImage> images = new LinkedHashMap<>();
    images.put("well framed", TestPhotos.photo(well));
    images.put("head small (170 px)", TestPhotos.photo(well.faceWidth(170)));
    images.put("head large (240 px)", TestPhotos.photo(well.faceWidth(240).crownY(-5)));
    images.put("shifted right 31 px", TestPhotos.photo(well.eyesX(210)));
    images.put("crown 30 px down", TestPhotos.photo(well.crownY(30)));
    images.put("tilted 6 degrees", TestPhotos.photo(well.degrees(6)));
    images.put("camera underexposed", TestPhotos.brighter(TestPhotos.photo(well), 0.4));
    images.put(
        "face blown out",
        TestPhotos.photo(TestPhotos.brighter(TestPhotos.person(), 1.5), well, Color.WHITE));
    images.put("blurred (1.5 px)", TestPhotos.blurred(TestPhotos.photo(well), 1.5));
    images.put("pale blue backdrop", TestPhotos.photo(well, new Color(235, 240, 255)));
    images.put("grey backdrop", TestPhotos.photo(well, new Color(205, 205, 205)));
    images.put(
        "shadow on backdrop",
        TestPhotos.photo(
            well, new GradientPaint(0, 0, Color.WHITE, 358, 0, new Color(190, 190, 190))));
    images.put("warm white balance", TestPhotos.channels(TestPhotos.photo(well), 1, 0.97, 0.88));
    images.put("greyscale as colour", TestPhotos.greyInColour(TestPhotos.photo(well)));
    images.put("dark glasses", TestPhotos.withSunglasses(TestPhotos.photo(well)));
    images.put("two people", TestPhotos.twoPeople());
    images.put("upside down", TestPhotos.photo(well.degrees(180)));
    images.put("empty backdrop", TestPhotos.backdrop(358, 441, Color.WHITE));
    images.put("studio, flag, 512 squeezed", TestPhotos.place358(TestPhotos.astronaut()));
    Map<String, byte[]> photos = new LinkedHashMap<>();
    images.forEach((name, image) -> photos.put(name, TestPhotos.jpeg(image, 0.7f)));
    photos.put(
        "greyscale JPEG (1 comp.)", TestPhotos.jpeg(TestPhotos.grey(TestPhotos.photo(well)), 0.7f));
    byte[] good = photos.get("well framed");
    photos.put("truncated", Arrays.copyOf(good, good.length / 2));
    photos.put("quality 40", TestPhotos.jpeg(TestPhotos.photo(well), 0.4f));
    return photos;
  }

  static BufferedImage source(int width, int height, Placement placement) {
    BufferedImage source = TestPhotos.backdrop(width, height, Color.WHITE);
    TestPhotos.place(source, TestPhotos.person(), placement);
    return source;
  }

  private static long[] time(Supplier<?> work, int repeats) {
    for (int i = 0; i < WARM_UP; i++) {
      work.get();
    }
    long[] nanos = new long[repeats];
    for (int i = 0; i < repeats; i++) {
      long begin = System.nanoTime();
      work.get();
      nanos[i] = System.nanoTime() - begin;
    }
    return nanos;
  }

  private static long[] timeEach(
      List<byte[]> photos, java.util.function.Function<byte[], ?> work, int repeats) {
    long[] nanos = new long[photos.size() * repeats];
    int at = 0;
    for (int round = -WARM_UP; round < repeats; round++) {
      for (byte[] photo : photos) {
        long begin = System.nanoTime();
        work.apply(photo);
        long took = System.nanoTime() - begin;
        if (round >= 0) {
          nanos[at++] = took;
        }
      }
    }
    return nanos;
  }

  private static double percentile(List<Long> nanos, double share) {
    return percentile(nanos.stream().mapToLong(Long::longValue).toArray(), share);
  }

  /** In milliseconds. */
  private static double percentile(long[] nanos, double share) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * share) - 1)] / 1e6;
  }
}
