package cn.cq.police.idcard.demo.control;

import cn.cq.police.idcard.receipts.entity.Sex;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Paints a synthetic ID-card style portrait: 358 x 441 pixels (26 x 32 mm at 350 dpi), white
 * background, frontal head and shoulders, ears and eyebrows uncovered, dark collared clothing. The
 * faces are drawn from random proportions, so they resemble no real person.
 *
 * <p>Works on a plain {@link BufferedImage}, so it needs no display and changes no global state.
 */
public final class PortraitPainter {

  public static final int WIDTH = 358;
  public static final int HEIGHT = 441;

  private static final float JPEG_QUALITY = 0.85f;
  private static final double CX = WIDTH / 2.0;

  private static final Color[] CLOTHING =
      new Color[] {
        new Color(0x1F2633),
        new Color(0x202020),
        new Color(0x33363B),
        new Color(0x2B2A3F),
        new Color(0x3A2C25),
        new Color(0x1E3030)
      };

  private final Random random;
  private final Sex sex;
  private final int age;

  // Head geometry: the skin outline runs from skullTop to chinY, half as wide as halfWidth.
  private final double halfWidth;
  private final double centreY;
  private final double skullTop;
  private final double chinY;
  private final double jaw;
  private final double eyeY;

  private final Color skin;
  private final Color hair;
  private final Color clothing;

  private PortraitPainter(long seed, Sex sex, int ageYears) {
    this.random = new Random(seed);
    this.sex = sex;
    this.age = Math.max(0, ageYears);
    boolean child = age < 14;
    // Sized like a real ID photo: head about 210-225 px wide, crown 7-21 px below the top edge.
    this.halfWidth = (sex == Sex.MALE ? 96 : 93) + random.nextDouble() * 6 + (child ? 3 : 0);
    this.skullTop = 36 + random.nextDouble() * 6;
    this.chinY = 292 + random.nextDouble() * 12 - (child ? 10 : 0);
    this.centreY = skullTop + (chinY - skullTop) * 0.48;
    this.eyeY = skullTop + (chinY - skullTop) * (child ? 0.52 : 0.49);
    this.jaw = (sex == Sex.MALE ? 0.66 : 0.55) + random.nextDouble() * 0.1 + (child ? 0.06 : 0);
    this.skin = skinTone(random.nextDouble(), random.nextDouble());
    this.hair = hairColour();
    this.clothing = CLOTHING[random.nextInt(CLOTHING.length)];
  }

  /**
   * Paints a portrait and encodes it as JPEG. The same arguments always give the same bytes.
   *
   * @param ageYears age shown; greys the hair of older people and rounds children's faces
   */
  public static byte[] paintJpeg(long portraitSeed, Sex sex, int ageYears) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      new PortraitPainter(portraitSeed, sex, ageYears).paint(g);
    } finally {
      g.dispose();
    }
    return encodeJpeg(image);
  }

  private void paint(Graphics2D g) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    HairStyle style = chooseHairStyle();
    paintBackHair(g, style);
    paintNeck(g);
    paintClothing(g);
    paintEars(g);
    paintFace(g, faceOutline());
    paintEyebrows(g);
    paintEyes(g);
    paintNose(g);
    paintMouth(g);
    if (age >= 55) {
      paintAgeLines(g);
    }
    paintFrontHair(g, style);
  }

  private enum HairStyle {
    CROP,
    SIDE_PART,
    BUZZ,
    RECEDING,
    LONG,
    BOB,
    TIED,
    CURLS
  }

  private HairStyle chooseHairStyle() {
    int pick = random.nextInt(100);
    if (sex == Sex.MALE) {
      if (age >= 55 && pick < 50) {
        return HairStyle.RECEDING;
      }
      return pick < 40 ? HairStyle.CROP : pick < 75 ? HairStyle.SIDE_PART : HairStyle.BUZZ;
    }
    if (age >= 55) {
      return pick < 60 ? HairStyle.CURLS : HairStyle.BOB;
    }
    return pick < 45 ? HairStyle.LONG : pick < 75 ? HairStyle.TIED : HairStyle.BOB;
  }

  // ---------------------------------------------------------------- colours

  // East Asian skin tones from fair to tanned, with a slight warm or olive cast.
  private static Color skinTone(double depth, double warmth) {
    Color fair = new Color(248, 224, 206);
    Color tanned = new Color(206, 158, 120);
    Color base = mix(fair, tanned, depth * depth * 0.9 + 0.05);
    return new Color(
        clamp(base.getRed() + (int) (warmth * 8) - 4),
        clamp(base.getGreen() - (int) (warmth * 6) + 2),
        clamp(base.getBlue() - (int) (warmth * 8)));
  }

  private Color hairColour() {
    Color dark = mix(new Color(22, 19, 18), new Color(62, 44, 34), random.nextDouble());
    if (sex == Sex.FEMALE && age >= 18 && age < 50 && random.nextInt(4) == 0) {
      dark = mix(dark, new Color(112, 72, 44), 0.7);
    }
    if (age < 45) {
      return dark;
    }
    // Greying starts in the mid-forties and is nearly complete past eighty.
    double grey = Math.min(0.9, (age - 45) / 40.0 + random.nextDouble() * 0.2);
    return mix(dark, new Color(205, 203, 200), grey);
  }

  private static Color mix(Color a, Color b, double t) {
    double u = Math.max(0, Math.min(1, t));
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
  }

  private static Color shade(Color c, double factor) {
    return new Color(
        clamp((int) (c.getRed() * factor)),
        clamp((int) (c.getGreen() * factor)),
        clamp((int) (c.getBlue() * factor)));
  }

  private static Color withAlpha(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }

  // ---------------------------------------------------------------- head

  /** Skin outline from the skull over the temples and cheeks to the jaw and chin. */
  private Shape faceOutline() {
    double a = halfWidth;
    double below = chinY - centreY;
    double[][] rightHalf = {
      {a * 0.56, skullTop, a, skullTop + (centreY - skullTop) * 0.42, a, centreY - 5},
      {a, centreY + below * 0.2, a * 0.97, centreY + below * 0.36, a * 0.9, centreY + below * 0.5},
      {
        a * 0.84,
        centreY + below * 0.64,
        a * (jaw + 0.06),
        centreY + below * 0.78,
        a * jaw,
        centreY + below * 0.85
      },
      {a * jaw * 0.7, chinY - 2, a * 0.25, chinY, 0, chinY}
    };
    return symmetricPath(skullTop, rightHalf);
  }

  /**
   * Builds a closed path symmetric about the vertical centre line from cubic segments of its right
   * half, given as x offsets from the centre: the path runs down the right side, then back up the
   * mirrored left side.
   */
  private static Path2D symmetricPath(double topY, double[][] rightHalf) {
    Path2D path = new Path2D.Double();
    path.moveTo(CX, topY);
    for (double[] s : rightHalf) {
      path.curveTo(CX + s[0], s[1], CX + s[2], s[3], CX + s[4], s[5]);
    }
    for (int i = rightHalf.length - 1; i >= 0; i--) {
      double[] s = rightHalf[i];
      double[] start = i == 0 ? new double[] {0, topY} : endOf(rightHalf[i - 1]);
      path.curveTo(CX - s[2], s[3], CX - s[0], s[1], CX - start[0], start[1]);
    }
    path.closePath();
    return path;
  }

  private static double[] endOf(double[] segment) {
    return new double[] {segment[4], segment[5]};
  }

  private void paintFace(Graphics2D g, Shape face) {
    Rectangle2D bounds = face.getBounds2D();
    Point2D light = new Point2D.Double(CX - halfWidth * 0.15, eyeY + 10);
    g.setPaint(
        new RadialGradientPaint(
            light,
            (float) (bounds.getHeight() * 0.62),
            new float[] {0f, 0.6f, 1f},
            new Color[] {shade(skin, 1.04), skin, shade(skin, 0.86)},
            MultipleGradientPaint.CycleMethod.NO_CYCLE));
    g.fill(face);
    // Soft blush on the cheeks keeps the face from looking flat.
    Color blush = withAlpha(mix(skin, new Color(225, 120, 110), 0.5), 28);
    g.setColor(blush);
    double cheekY = eyeY + (chinY - eyeY) * 0.33;
    for (int side = -1; side <= 1; side += 2) {
      g.fill(ellipse(CX + side * halfWidth * 0.55, cheekY, halfWidth * 0.42, halfWidth * 0.3));
    }
  }

  private void paintEars(Graphics2D g) {
    double earY = eyeY + (chinY - eyeY) * 0.2;
    double earHeight = (chinY - eyeY) * 0.23;
    double earWidth = halfWidth * 0.13;
    for (int side = -1; side <= 1; side += 2) {
      double x = CX + side * (halfWidth - 2);
      g.setColor(shade(skin, 0.93));
      g.fill(ellipse(x, earY, earWidth, earHeight));
      // The inner fold: a darker crescent on the side away from the head.
      g.setColor(shade(skin, 0.8));
      g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      Path2D fold = new Path2D.Double();
      fold.moveTo(x - side * earWidth * 0.05, earY - earHeight * 0.3);
      fold.curveTo(
          x + side * earWidth * 0.3, earY - earHeight * 0.28,
          x + side * earWidth * 0.32, earY + earHeight * 0.1,
          x + side * earWidth * 0.05, earY + earHeight * 0.25);
      g.draw(fold);
    }
  }

  private void paintNeck(Graphics2D g) {
    double neckHalf = halfWidth * (sex == Sex.MALE ? 0.56 : 0.47);
    double top = centreY + 40;
    Rectangle2D neck = new Rectangle2D.Double(CX - neckHalf, top, neckHalf * 2, HEIGHT - top);
    g.setColor(shade(skin, 0.95));
    g.fill(neck);
    // Shadow under the chin.
    Shape oldClip = g.getClip();
    g.clip(neck);
    g.setColor(shade(skin, 0.84));
    g.fill(ellipse(CX, chinY + 4, halfWidth * 0.7, 22));
    g.setClip(oldClip);
  }

  // ---------------------------------------------------------------- clothing

  private void paintClothing(Graphics2D g) {
    double neckHalf = halfWidth * (sex == Sex.MALE ? 0.56 : 0.47);
    double neckBase = chinY + 44 + random.nextDouble() * 10;
    double shoulderDrop = sex == Sex.MALE ? 58 : 66;
    Path2D body = new Path2D.Double();
    body.moveTo(-10, HEIGHT);
    body.lineTo(-10, neckBase + shoulderDrop + 10);
    body.curveTo(
        40,
        neckBase + shoulderDrop - 12,
        CX - neckHalf - 40,
        neckBase + 4,
        CX - neckHalf - 4,
        neckBase - 8);
    body.lineTo(CX + neckHalf + 4, neckBase - 8);
    body.curveTo(
        CX + neckHalf + 40,
        neckBase + 4,
        WIDTH - 40,
        neckBase + shoulderDrop - 12,
        WIDTH + 10,
        neckBase + shoulderDrop + 10);
    body.lineTo(WIDTH + 10, HEIGHT);
    body.closePath();
    g.setPaint(
        new RadialGradientPaint(
            new Point2D.Double(CX, neckBase + 30),
            WIDTH * 0.7f,
            new float[] {0f, 1f},
            new Color[] {shade(clothing, 1.25), shade(clothing, 0.8)},
            MultipleGradientPaint.CycleMethod.NO_CYCLE));
    g.fill(body);

    boolean jacket = age >= 16 && random.nextInt(3) != 0;
    if (jacket) {
      paintJacketFront(g, neckHalf, neckBase);
    } else {
      paintShirtCollar(g, neckHalf, neckBase, shade(clothing, 1.35));
    }
  }

  // A lighter shirt in the V of a jacket, its collar points, then the jacket lapels.
  private void paintJacketFront(Graphics2D g, double neckHalf, double neckBase) {
    Color shirt =
        random.nextBoolean() ? new Color(0xF2F2EE) : mix(new Color(0xCFDCEB), clothing, 0.1);
    Path2D opening = new Path2D.Double();
    opening.moveTo(CX - neckHalf - 2, neckBase - 6);
    opening.lineTo(CX + neckHalf + 2, neckBase - 6);
    opening.lineTo(CX + neckHalf * 0.35, HEIGHT + 2);
    opening.lineTo(CX - neckHalf * 0.35, HEIGHT + 2);
    opening.closePath();
    g.setColor(shirt);
    g.fill(opening);
    if (sex == Sex.MALE && random.nextBoolean()) {
      paintTie(g, neckBase);
    }
    paintShirtCollar(g, neckHalf, neckBase, shirt);

    Color lapel = shade(clothing, 1.15);
    Color seam = shade(clothing, 0.6);
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int side = -1; side <= 1; side += 2) {
      Path2D lapelShape = new Path2D.Double();
      lapelShape.moveTo(CX + side * (neckHalf + 6), neckBase - 10);
      lapelShape.lineTo(CX + side * (neckHalf * 0.2), HEIGHT + 2);
      lapelShape.lineTo(CX + side * (neckHalf + 70), HEIGHT + 2);
      lapelShape.lineTo(CX + side * (neckHalf + 42), neckBase + 40);
      lapelShape.lineTo(CX + side * (neckHalf + 30), neckBase + 2);
      lapelShape.closePath();
      g.setColor(lapel);
      g.fill(lapelShape);
      g.setColor(seam);
      g.draw(lapelShape);
    }
  }

  private void paintTie(Graphics2D g, double neckBase) {
    Color tie =
        mix(
            new Color(120 + random.nextInt(60), 30, 40),
            new Color(30, 40, 90),
            random.nextDouble());
    Path2D knotAndBlade = new Path2D.Double();
    knotAndBlade.moveTo(CX - 9, neckBase + 16);
    knotAndBlade.lineTo(CX + 9, neckBase + 16);
    knotAndBlade.lineTo(CX + 6, neckBase + 32);
    knotAndBlade.lineTo(CX + 15, HEIGHT + 2);
    knotAndBlade.lineTo(CX - 15, HEIGHT + 2);
    knotAndBlade.lineTo(CX - 6, neckBase + 32);
    knotAndBlade.closePath();
    g.setColor(tie);
    g.fill(knotAndBlade);
  }

  // Two collar points meeting below the throat, outlined so they read on any colour.
  private void paintShirtCollar(Graphics2D g, double neckHalf, double neckBase, Color colour) {
    g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int side = -1; side <= 1; side += 2) {
      Path2D point = new Path2D.Double();
      point.moveTo(CX + side * (neckHalf + 3), neckBase - 22);
      point.lineTo(CX + side * 2, neckBase + 18);
      point.lineTo(CX + side * (neckHalf * 0.75), neckBase + 36);
      point.lineTo(CX + side * (neckHalf + 14), neckBase + 2);
      point.closePath();
      g.setColor(colour);
      g.fill(point);
      g.setColor(shade(colour, 0.72));
      g.draw(point);
    }
  }

  // ---------------------------------------------------------------- features

  private void paintEyebrows(Graphics2D g) {
    double browY = eyeY - (chinY - eyeY) * 0.17;
    double thickness = (sex == Sex.MALE ? 6.5 : 4.5) + random.nextDouble() * 2;
    double arch = 3 + random.nextDouble() * 5;
    Color brow = age >= 60 ? mix(hair, skin, 0.35) : mix(hair, skin, 0.12);
    g.setColor(brow);
    for (int side = -1; side <= 1; side += 2) {
      double inner = CX + side * halfWidth * 0.16;
      double outer = CX + side * halfWidth * 0.7;
      Path2D shape = new Path2D.Double();
      shape.moveTo(inner, browY + thickness * 0.6);
      shape.curveTo(
          inner + side * 15, browY - arch, outer - side * 20, browY - arch - 2, outer, browY + 3);
      shape.curveTo(
          outer - side * 22,
          browY - arch + thickness * 0.7,
          inner + side * 14,
          browY + thickness * 0.1,
          inner,
          browY + thickness * 1.4);
      shape.closePath();
      g.fill(shape);
    }
  }

  private void paintEyes(Graphics2D g) {
    double spacing = halfWidth * (0.39 + random.nextDouble() * 0.05);
    double eyeWidth = halfWidth * (age < 14 ? 0.34 : 0.3);
    double eyeHeight = eyeWidth * (0.3 + random.nextDouble() * 0.1);
    boolean doubleLid = random.nextBoolean();
    Color iris = mix(new Color(44, 30, 24), new Color(88, 58, 38), random.nextDouble());
    for (int side = -1; side <= 1; side += 2) {
      double x = CX + side * spacing;
      double inner = x - side * eyeWidth / 2;
      double outer = x + side * eyeWidth / 2;
      Path2D eye = new Path2D.Double();
      eye.moveTo(inner, eyeY + 1);
      eye.curveTo(
          inner + side * eyeWidth * 0.25,
          eyeY - eyeHeight,
          outer - side * eyeWidth * 0.3,
          eyeY - eyeHeight * 1.05,
          outer,
          eyeY - 1);
      eye.curveTo(
          outer - side * eyeWidth * 0.3,
          eyeY + eyeHeight * 0.7,
          inner + side * eyeWidth * 0.3,
          eyeY + eyeHeight * 0.75,
          inner,
          eyeY + 1);
      eye.closePath();

      g.setColor(new Color(247, 245, 240));
      g.fill(eye);
      Shape oldClip = g.getClip();
      g.clip(eye);
      double irisRadius = eyeHeight * 0.78;
      g.setColor(iris);
      g.fill(ellipse(x, eyeY - eyeHeight * 0.1, irisRadius, irisRadius));
      g.setColor(new Color(12, 10, 10));
      g.fill(ellipse(x, eyeY - eyeHeight * 0.1, irisRadius * 0.5, irisRadius * 0.5));
      g.setClip(oldClip);
      g.setColor(new Color(255, 255, 255, 220));
      g.fill(ellipse(x + irisRadius * 0.3, eyeY - eyeHeight * 0.4, 1.8, 1.8));

      // Upper lash line, thicker than the lower lid.
      g.setColor(new Color(35, 25, 22));
      g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      Path2D upper = new Path2D.Double();
      upper.moveTo(inner, eyeY + 1);
      upper.curveTo(
          inner + side * eyeWidth * 0.25,
          eyeY - eyeHeight,
          outer - side * eyeWidth * 0.3,
          eyeY - eyeHeight * 1.05,
          outer + side * 1.5,
          eyeY - 1);
      g.draw(upper);
      if (doubleLid) {
        g.setColor(shade(skin, 0.75));
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D crease = new Path2D.Double();
        crease.moveTo(inner + side * eyeWidth * 0.2, eyeY - eyeHeight * 0.75);
        crease.quadTo(x, eyeY - eyeHeight * 1.45, outer - side * 1, eyeY - eyeHeight * 0.6);
        g.draw(crease);
      }
    }
  }

  private void paintNose(Graphics2D g) {
    double bottom = eyeY + (chinY - eyeY) * (age < 14 ? 0.43 : 0.47);
    double width = halfWidth * ((sex == Sex.MALE ? 0.25 : 0.21) + random.nextDouble() * 0.05);
    Color line = shade(skin, 0.78);
    g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    // A faint shadow down one side of the bridge suggests the nose without outlining it.
    g.setColor(withAlpha(shade(skin, 0.8), 70));
    Path2D bridge = new Path2D.Double();
    bridge.moveTo(CX - halfWidth * 0.09, eyeY + 4);
    bridge.curveTo(
        CX - width * 0.5,
        bottom - 40,
        CX - width * 0.55,
        bottom - 22,
        CX - width * 0.7,
        bottom - 10);
    g.draw(bridge);
    g.setColor(line);
    for (int side = -1; side <= 1; side += 2) {
      Path2D wing = new Path2D.Double();
      wing.moveTo(CX + side * width * 0.55, bottom - 16);
      wing.curveTo(
          CX + side * width * 1.05,
          bottom - 10,
          CX + side * width * 1.0,
          bottom + 2,
          CX + side * width * 0.55,
          bottom);
      g.draw(wing);
      g.setColor(withAlpha(shade(skin, 0.55), 130));
      g.fill(ellipse(CX + side * width * 0.35, bottom - 2, width * 0.2, 3.2));
      g.setColor(line);
    }
    Path2D tip = new Path2D.Double();
    tip.moveTo(CX - width * 0.25, bottom + 1);
    tip.quadTo(CX, bottom + 5, CX + width * 0.25, bottom + 1);
    g.draw(tip);
  }

  private void paintMouth(Graphics2D g) {
    double noseBottom = eyeY + (chinY - eyeY) * 0.47;
    double y = noseBottom + (chinY - noseBottom) * (0.36 + random.nextDouble() * 0.05);
    double half = halfWidth * ((age < 14 ? 0.22 : 0.27) + random.nextDouble() * 0.05);
    double upper = 4 + random.nextDouble() * 2;
    double lower = upper + 2 + random.nextDouble() * 3;
    Color lip =
        mix(skin, sex == Sex.FEMALE ? new Color(196, 82, 92) : new Color(176, 96, 90), 0.45);

    Path2D upperLip = new Path2D.Double();
    upperLip.moveTo(CX - half, y);
    upperLip.curveTo(
        CX - half * 0.6, y - upper * 0.6, CX - half * 0.3, y - upper * 1.2, CX - 3, y - upper);
    upperLip.quadTo(CX, y - upper * 0.7, CX + 3, y - upper);
    upperLip.curveTo(
        CX + half * 0.3, y - upper * 1.2, CX + half * 0.6, y - upper * 0.6, CX + half, y);
    upperLip.closePath();
    Path2D lowerLip = new Path2D.Double();
    lowerLip.moveTo(CX - half, y);
    lowerLip.curveTo(
        CX - half * 0.6, y + lower * 1.2, CX + half * 0.6, y + lower * 1.2, CX + half, y);
    lowerLip.closePath();
    g.setColor(shade(lip, 0.92));
    g.fill(upperLip);
    g.setColor(lip);
    g.fill(lowerLip);
    g.setColor(shade(lip, 0.62));
    g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D parting = new Path2D.Double();
    parting.moveTo(CX - half - 1, y);
    parting.quadTo(CX, y + 1.5, CX + half + 1, y);
    g.draw(parting);
  }

  // Nasolabial folds and a forehead line, faint, for older faces.
  private void paintAgeLines(Graphics2D g) {
    int alpha = Math.min(120, 40 + (age - 55) * 3);
    g.setColor(withAlpha(shade(skin, 0.7), alpha));
    g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    double noseBottom = eyeY + (chinY - eyeY) * 0.47;
    for (int side = -1; side <= 1; side += 2) {
      Path2D fold = new Path2D.Double();
      fold.moveTo(CX + side * halfWidth * 0.3, noseBottom - 12);
      fold.quadTo(
          CX + side * halfWidth * 0.46, noseBottom + 12,
          CX + side * halfWidth * 0.36, noseBottom + 42);
      g.draw(fold);
    }
    double foreheadY = eyeY - (chinY - eyeY) * 0.36;
    Path2D line = new Path2D.Double();
    line.moveTo(CX - halfWidth * 0.4, foreheadY);
    line.quadTo(CX, foreheadY - 5, CX + halfWidth * 0.4, foreheadY);
    g.draw(line);
  }

  // ---------------------------------------------------------------- hair

  // Long and bob styles fall behind the ears and shoulders, so they are painted first.
  private void paintBackHair(Graphics2D g, HairStyle style) {
    if (style != HairStyle.LONG && style != HairStyle.BOB) {
      return;
    }
    double bottom = style == HairStyle.LONG ? chinY + 90 + random.nextDouble() * 40 : chinY - 10;
    double spread = halfWidth + (style == HairStyle.LONG ? 24 : 20);
    Path2D back = new Path2D.Double();
    back.moveTo(CX, skullTop - 12);
    back.curveTo(CX + spread * 0.7, skullTop - 12, CX + spread, centreY - 60, CX + spread, centreY);
    back.curveTo(
        CX + spread + 4, centreY + 70, CX + spread - 4, bottom - 20, CX + spread - 18, bottom);
    back.quadTo(CX, bottom + 14, CX - spread + 18, bottom);
    back.curveTo(CX - spread + 4, bottom - 20, CX - spread - 4, centreY + 70, CX - spread, centreY);
    back.curveTo(CX - spread, centreY - 60, CX - spread * 0.7, skullTop - 12, CX, skullTop - 12);
    back.closePath();
    g.setColor(shade(hair, 0.85));
    g.fill(back);
  }

  private void paintFrontHair(Graphics2D g, HairStyle style) {
    double volume =
        switch (style) {
          case BUZZ -> 5;
          case RECEDING -> 8;
          case CROP, SIDE_PART -> 16 + random.nextDouble() * 8;
          case TIED -> 12;
          default -> 20 + random.nextDouble() * 6;
        };
    Area hairArea = new Area(frontHairOutline(style, volume));
    if (style == HairStyle.SIDE_PART) {
      Area fringe = new Area(sweptFringe());
      // Keep the fringe inside the head's silhouette so it never sticks out like a tuft.
      fringe.intersect(new Area(ellipse(CX, centreY, halfWidth + 4, centreY - skullTop + volume)));
      hairArea.add(fringe);
    }
    if (style == HairStyle.CURLS) {
      addCurls(hairArea, volume);
    }
    g.setColor(hair);
    g.fill(hairArea);
    paintHairSheen(g, hairArea);
    if (style == HairStyle.LONG || style == HairStyle.BOB || style == HairStyle.TIED) {
      g.setColor(shade(hair, 0.7));
      g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Line2D.Double(CX, hairlineY(style) + 1, CX + 2, skullTop + 8));
    }
  }

  /**
   * The hair seen from the front: over the skull, down the sides to the ears (as sideburns for
   * men), and back along an arched hairline across the forehead.
   */
  private Shape frontHairOutline(HairStyle style, double volume) {
    double a = halfWidth;
    double bulge = volume * 0.35 + 2;
    double top = skullTop - volume;
    boolean sideburns = sex == Sex.MALE;
    double sideBottom = sideburns ? eyeY + (chinY - eyeY) * 0.1 : eyeY - 6;
    double inset = sideburns ? 11 : 5;
    double temple = eyeY - (eyeY - skullTop) * 0.38;
    double hairline = hairlineY(style);
    double templeX = style == HairStyle.RECEDING ? a * 0.8 : a * 0.87;
    double[][] rightHalf = {
      {a * 0.6 + bulge, top, a + bulge, top + (centreY - top) * 0.3, a + bulge, centreY - 25},
      {a + bulge, centreY - 5, a + bulge * 0.7, sideBottom - 10, a + bulge * 0.4, sideBottom},
      {a + bulge * 0.2, sideBottom + 3, a - inset + 3, sideBottom + 3, a - inset, sideBottom},
      {a - inset, sideBottom - 15, templeX, temple + 15, templeX, temple},
      {templeX - a * 0.05, hairline + 8, a * 0.35, hairline, 0, hairline}
    };
    return symmetricPath(top, rightHalf);
  }

  private double hairlineY(HairStyle style) {
    return skullTop + (eyeY - skullTop) * (style == HairStyle.RECEDING ? 0.36 : 0.22);
  }

  // A fringe swept from a side parting across the forehead, stopping above the eyebrows.
  private Shape sweptFringe() {
    double hairline = hairlineY(HairStyle.SIDE_PART);
    int side = random.nextBoolean() ? 1 : -1;
    double partX = CX + side * halfWidth * 0.35;
    double lowest = eyeY - (chinY - eyeY) * 0.3;
    Path2D fringe = new Path2D.Double();
    fringe.moveTo(partX, skullTop + 5);
    fringe.curveTo(
        partX - side * 30,
        hairline - 5,
        CX - side * halfWidth * 0.55,
        hairline + 10,
        CX - side * halfWidth * 0.95,
        Math.min(lowest, hairline + 26));
    fringe.lineTo(CX - side * halfWidth * 1.1, skullTop + 20);
    fringe.closePath();
    return fringe;
  }

  private void addCurls(Area cap, double volume) {
    Rectangle2D bounds = cap.getBounds2D();
    double radius = volume * 0.5;
    for (double angle = Math.PI * 1.05; angle <= Math.PI * 1.95; angle += 0.16) {
      double x = CX + Math.cos(angle) * (bounds.getWidth() / 2 - radius * 0.4);
      double y = centreY + Math.sin(angle) * (centreY - bounds.getY() - radius * 0.4);
      cap.add(new Area(ellipse(x, y, radius, radius)));
    }
  }

  private void paintHairSheen(Graphics2D g, Area cap) {
    Shape oldClip = g.getClip();
    g.clip(cap);
    g.setColor(withAlpha(mix(hair, Color.WHITE, 0.35), 50));
    g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D sheen = new Path2D.Double();
    sheen.moveTo(CX - halfWidth * 0.55, skullTop + 30);
    sheen.quadTo(CX - halfWidth * 0.1, skullTop - 4, CX + halfWidth * 0.4, skullTop + 14);
    g.draw(sheen);
    // A few darker strands give the hair direction and texture.
    g.setColor(withAlpha(shade(hair, 0.6), 90));
    g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < 6; i++) {
      double side = i % 2 == 0 ? 1 : -1;
      double spread = halfWidth * (0.25 + 0.22 * (i / 2));
      Path2D strand = new Path2D.Double();
      strand.moveTo(CX + side * 4, skullTop - 6);
      strand.quadTo(
          CX + side * spread, skullTop + 2,
          CX + side * (spread + halfWidth * 0.2), centreY - 40 + random.nextDouble() * 30);
      g.draw(strand);
    }
    g.setClip(oldClip);
  }

  // ---------------------------------------------------------------- helpers

  private static Ellipse2D ellipse(double centreX, double centreY, double halfW, double halfH) {
    return new Ellipse2D.Double(centreX - halfW, centreY - halfH, halfW * 2, halfH * 2);
  }

  private static byte[] encodeJpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(24 * 1024);
    // A memory-cached stream avoids ImageIO's temporary files without touching its global cache
    // flag.
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode portrait", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
