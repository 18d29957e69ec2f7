package cn.cq.police.idcard.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.progress.control.ProgressQuery.Problem;
import org.junit.jupiter.api.Test;

class ProgressQueryTest {

  static final String NUMBER = "500103510001202612010007";
  static final String ID = "50010319900101123X";

  @Test
  void aTypedQueryIsReadAsPrintedWithSpacesDashesFullWidthAndLowerCaseX() {
    ProgressQuery query = ProgressQuery.parse(" 5001-0351-0001 2026-1201-0007 ", "１2 3 4 5x");
    assertEquals(NUMBER, query.acceptanceNumber().value());
    assertEquals("12345X", query.idSuffix());
    assertTrue(ProgressQuery.parse(NUMBER, "01123x").matches(ID));
  }

  @Test
  void onlyTheLastSixCharactersMatch() {
    assertTrue(ProgressQuery.parse(NUMBER, "01123X").matches(ID));
    assertFalse(ProgressQuery.parse(NUMBER, "01124X").matches(ID));
    assertFalse(ProgressQuery.parse(NUMBER, "011230").matches(ID));
    assertFalse(ProgressQuery.parse(NUMBER, "01123X").matches(null), "no application");
  }

  @Test
  void missingAndMalformedFieldsAreNamedAndNeverEchoed() {
    assertProblem(Problem.NUMBER_MISSING, null, "01123X");
    assertProblem(Problem.NUMBER_MISSING, "  ", "01123X");
    assertProblem(Problem.NUMBER_INVALID, "12345", "01123X");
    assertProblem(Problem.NUMBER_INVALID, "500103510001202602300007", "01123X"); // 30 February
    assertProblem(Problem.NUMBER_INVALID, "' or 1=1 --", "01123X");
    assertProblem(Problem.NUMBER_INVALID, "<script>alert(1)</script>", "01123X");
    assertProblem(Problem.NUMBER_INVALID, "5".repeat(100_000), "01123X");
    assertProblem(Problem.SUFFIX_MISSING, NUMBER, null);
    assertProblem(Problem.SUFFIX_MISSING, NUMBER, "");
    assertProblem(Problem.SUFFIX_INVALID, NUMBER, "1123X");
    assertProblem(Problem.SUFFIX_INVALID, NUMBER, "X01123");
    assertProblem(Problem.SUFFIX_INVALID, NUMBER, "01123Y");
    assertProblem(Problem.SUFFIX_INVALID, NUMBER, "０１１２３４５");
    assertProblem(Problem.SUFFIX_INVALID, NUMBER, "01123\u0000");
    assertProblem(Problem.SUFFIX_INVALID, NUMBER, "٠١١٢٣٤"); // Arabic-Indic digits
    assertProblem(Problem.SUFFIX_INVALID, NUMBER, "x".repeat(100_000));
  }

  @Test
  void theSuffixNeverShowsInTheQuerysText() {
    String text = ProgressQuery.parse(NUMBER, "01123X").toString();
    assertTrue(text.contains(NUMBER), text);
    assertFalse(text.contains("01123X"), text);
  }

  private static void assertProblem(Problem expected, String number, String suffix) {
    ProgressQuery.Invalid invalid =
        assertThrows(ProgressQuery.Invalid.class, () -> ProgressQuery.parse(number, suffix));
    assertEquals(expected, invalid.problem());
    assertEquals(expected.name(), invalid.getMessage());
  }
}
