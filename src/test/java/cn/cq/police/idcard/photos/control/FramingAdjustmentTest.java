package cn.cq.police.idcard.photos.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class FramingAdjustmentTest {

  // A crop of twice the photo's size: a step of 4 photo pixels is 8 source pixels.
  static final Rectangle CROP = new Rectangle(100, 50, 716, 882);
  static final PhotoStandard STANDARD = PhotoStandard.defaults();

  @Test
  void noStepsKeepTheCrop() {
    assertEquals(CROP, FramingAdjustment.NONE.applyTo(CROP, STANDARD));
  }

  @Test
  void movingThePersonMovesTheCropTheOtherWay() {
    assertEquals(
        new Rectangle(84, 50, 716, 882),
        FramingAdjustment.NONE.right().right().applyTo(CROP, STANDARD));
    assertEquals(
        new Rectangle(108, 50, 716, 882), FramingAdjustment.NONE.left().applyTo(CROP, STANDARD));
    assertEquals(
        new Rectangle(100, 58, 716, 882), FramingAdjustment.NONE.up().applyTo(CROP, STANDARD));
    assertEquals(
        new Rectangle(100, 42, 716, 882), FramingAdjustment.NONE.down().applyTo(CROP, STANDARD));
  }

  @Test
  void zoomingInShrinksTheCropKeepingTheCrownsPlaceAndTheAspect() {
    Rectangle zoomed = FramingAdjustment.NONE.zoomIn().zoomIn().applyTo(CROP, STANDARD);
    assertEquals(Math.round(716 / 1.03 / 1.03), zoomed.width);
    assertEquals(441.0 / 358, (double) zoomed.height / zoomed.width, 0.01);
    assertEquals(CROP.getCenterX(), zoomed.getCenterX(), 1);
    // The crown's place, 14 photo pixels below the top: 28 source pixels before, as many after.
    double crownBefore = CROP.y + 14 * 2.0;
    double crownAfter = zoomed.y + 14 * (double) zoomed.width / 358;
    assertEquals(crownBefore, crownAfter, 1);
    assertEquals(CROP, FramingAdjustment.NONE.zoomIn().zoomOut().applyTo(CROP, STANDARD));
  }

  @Test
  void zoomHasItsLimits() {
    FramingAdjustment far = new FramingAdjustment(FramingAdjustment.MAX_ZOOM_STEPS, 0, 0);
    assertEquals(far, far.zoomIn());
    assertThrows(IllegalArgumentException.class, () -> new FramingAdjustment(31, 0, 0));
  }
}
