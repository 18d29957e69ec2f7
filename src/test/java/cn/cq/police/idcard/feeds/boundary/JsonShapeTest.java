package cn.cq.police.idcard.feeds.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cq.police.idcard.feeds.boundary.IntakeJson.Batch;
import cn.cq.police.idcard.feeds.boundary.IntakeJson.RevocationRequest;
import cn.cq.police.idcard.feeds.boundary.JsonShape.Mismatch;
import jakarta.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

  static Optional<Mismatch> check(String json, Class<? extends Record> type) {
    return JsonShape.of(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void aNumberWhereTextBelongsIsNamed() {
    assertEquals(
        Optional.of(new Mismatch("reason", "string")),
        check("{\"reason\": 5}", RevocationRequest.class));
    assertEquals(
        Optional.of(new Mismatch("reason", "string")),
        check("{\"reason\": {\"text\": \"x\"}}", RevocationRequest.class));
  }

  @Test
  void fieldsInsideListsAreCheckedWithTheirIndex() {
    assertEquals(
        Optional.of(new Mismatch("receipts[1].name", "string")),
        check("{\"receipts\": [{\"name\": \"王芳\"}, {\"name\": true}]}", IntakeJson.Batch.class));
    assertEquals(
        Optional.of(new Mismatch("receipts", "array")),
        check("{\"receipts\": {\"name\": \"王芳\"}}", Batch.class));
    assertEquals(
        Optional.of(new Mismatch("receipts[0]", "object")),
        check("{\"receipts\": [\"a receipt\"]}", Batch.class));
  }

  @Test
  void theRightTypesAbsentAndNullFieldsAndUnknownFieldsFit() {
    assertEquals(Optional.empty(), check("{\"reason\": \"作废\"}", RevocationRequest.class));
    assertEquals(Optional.empty(), check("{}", RevocationRequest.class));
    assertEquals(
        Optional.empty(), check("{\"reason\": null, \"extra\": 1}", RevocationRequest.class));
    assertEquals(
        Optional.empty(),
        check("{\"receipts\": [{\"name\": \"王芳\", \"photo\": null}, null]}", Batch.class));
  }

  @Test
  void textThatIsNotAJsonObjectIsRefusedAsSuch() {
    assertThrows(JsonException.class, () -> check("{\"reason\": ", RevocationRequest.class));
    assertThrows(ClassCastException.class, () -> check("[1, 2]", RevocationRequest.class));
  }
}
