package cn.cq.police.idcard.applications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only consistent fingerprint registrations can be built, with the codes of GA 1011. */
class FingerprintsTest {

  @Test
  void theCodesAreThoseOfGa1011() {
    assertEquals(
        List.of(11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 97, 98, 99),
        Arrays.stream(FingerPosition.values()).map(FingerPosition::code).toList());
    assertEquals(11, FingerPosition.RIGHT_THUMB.code());
    assertEquals(15, FingerPosition.RIGHT_LITTLE.code());
    assertEquals(16, FingerPosition.LEFT_THUMB.code());
    assertEquals(20, FingerPosition.LEFT_LITTLE.code());
    assertEquals(97, FingerPosition.RIGHT_UNCERTAIN.code());
    assertEquals(98, FingerPosition.LEFT_UNCERTAIN.code());
    assertEquals(99, FingerPosition.OTHER_UNCERTAIN.code());
  }

  @Test
  void onlyTheNinetiesAreUncertain() {
    assertTrue(FingerPosition.RIGHT_UNCERTAIN.isUncertain());
    assertTrue(FingerPosition.LEFT_UNCERTAIN.isUncertain());
    assertTrue(FingerPosition.OTHER_UNCERTAIN.isUncertain());
    assertFalse(FingerPosition.LEFT_LITTLE.isUncertain());
    assertFalse(FingerPosition.RIGHT_THUMB.isUncertain());
  }

  @Test
  void twoDifferentFingersAreRegistered() {
    Fingerprints cut =
        Fingerprints.registered(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB);
    assertEquals(FingerprintStatus.REGISTERED, cut.getStatus());
    assertEquals(FingerPosition.RIGHT_THUMB, cut.getFirst());
    assertEquals(FingerPosition.LEFT_THUMB, cut.getSecond());
    assertFalse(cut.isException());
  }

  @Test
  void oneCertainFingerIsNotRegisteredTwice() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Fingerprints.registered(FingerPosition.RIGHT_INDEX, FingerPosition.RIGHT_INDEX));
    assertThrows(
        IllegalArgumentException.class,
        () -> Fingerprints.registered(null, FingerPosition.RIGHT_UNCERTAIN));
    assertThrows(
        IllegalArgumentException.class,
        () -> Fingerprints.registered(FingerPosition.OTHER_UNCERTAIN, null));
  }

  @Test
  void uncertainPositionsAreRegistered() {
    Fingerprints mixed =
        Fingerprints.registered(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_UNCERTAIN);
    assertEquals(FingerPosition.LEFT_UNCERTAIN, mixed.getSecond());
    Fingerprints bothUncertain =
        Fingerprints.registered(FingerPosition.RIGHT_UNCERTAIN, FingerPosition.OTHER_UNCERTAIN);
    assertEquals(FingerPosition.RIGHT_UNCERTAIN, bothUncertain.getFirst());
    assertEquals(FingerPosition.OTHER_UNCERTAIN, bothUncertain.getSecond());
  }

  @Test
  void twoFingersOfOneHandMayShareItsUncertainCode() {
    for (FingerPosition uncertain :
        List.of(
            FingerPosition.RIGHT_UNCERTAIN,
            FingerPosition.LEFT_UNCERTAIN,
            FingerPosition.OTHER_UNCERTAIN)) {
      Fingerprints cut = Fingerprints.registered(uncertain, uncertain);
      assertEquals(uncertain, cut.getFirst());
      assertEquals(uncertain, cut.getSecond());
    }
  }

  @Test
  void everyPositionFitsItsColumn() throws NoSuchFieldException {
    int length = Fingerprints.class.getDeclaredField("first").getAnnotation(Column.class).length();
    assertEquals(
        length, Fingerprints.class.getDeclaredField("second").getAnnotation(Column.class).length());
    for (FingerPosition position : FingerPosition.values()) {
      assertTrue(position.name().length() <= length, position.name());
    }
  }

  @Test
  void noFingersWithAReasonOrAFailure() {
    assertTrue(Fingerprints.registrationFailed().isException());
    Fingerprints proxy = Fingerprints.notRegistered(FingerprintException.PROXY);
    assertEquals(FingerprintStatus.NOT_REGISTERED, proxy.getStatus());
    assertEquals(FingerprintException.PROXY, proxy.getException());
    assertThrows(NullPointerException.class, () -> Fingerprints.notRegistered(null));
  }
}
