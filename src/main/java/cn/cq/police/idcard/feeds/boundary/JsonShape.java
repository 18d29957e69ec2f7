package cn.cq.police.idcard.feeds.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * Checks that every field of a feed request has the JSON type of the record component it binds to,
 * before JSON-B binds it. JSON-B converts leniently ({@code {"reason": 5}} became the reason "5"),
 * so a centre sending the wrong type would be misread instead of told. Absent and null fields fit:
 * the receipt rules name what is missing. Fields the record does not know are left alone.
 */
final class JsonShape {

  /** A field whose value has the wrong JSON type: its path (receipts[2].name) and what it needs. */
  record Mismatch(String path, String expected) {}

  private JsonShape() {}

  /**
   * The first field of the body that does not fit the record, if any.
   *
   * @throws jakarta.json.JsonException when the body is not JSON
   * @throws ClassCastException when the body is JSON but not an object
   */
  static Optional<Mismatch> of(byte[] body, Class<? extends Record> type) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return ofObject((JsonObject) reader.readValue(), type, "");
    }
  }

  private static Optional<Mismatch> ofObject(JsonObject object, Class<?> type, String path) {
    for (RecordComponent component : type.getRecordComponents()) {
      JsonValue value = object.get(component.getName());
      if (value == null || value.getValueType() == ValueType.NULL) {
        continue;
      }
      String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
      Optional<Mismatch> mismatch = of(value, component.getGenericType(), at);
      if (mismatch.isPresent()) {
        return mismatch;
      }
    }
    return Optional.empty();
  }

  private static Optional<Mismatch> of(JsonValue value, Type type, String path) {
    ValueType actual = value.getValueType();
    if (type == String.class) {
      return fits(actual == ValueType.STRING, path, "string");
    }
    if (type == boolean.class || type == Boolean.class) {
      return fits(actual == ValueType.TRUE || actual == ValueType.FALSE, path, "boolean");
    }
    if (type instanceof Class<?> number
        && (number.isPrimitive() || Number.class.isAssignableFrom(number))) {
      return fits(actual == ValueType.NUMBER, path, "number");
    }
    if (type instanceof Class<?> nested && nested.isRecord()) {
      return actual == ValueType.OBJECT
          ? ofObject(value.asJsonObject(), nested, path)
          : fits(false, path, "object");
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      if (actual != ValueType.ARRAY) {
        return fits(false, path, "array");
      }
      JsonArray items = value.asJsonArray();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).getValueType() == ValueType.NULL) {
          continue;
        }
        Optional<Mismatch> mismatch =
            of(items.get(i), list.getActualTypeArguments()[0], path + "[" + i + "]");
        if (mismatch.isPresent()) {
          return mismatch;
        }
      }
      return Optional.empty();
    }
    throw new IllegalArgumentException("No JSON type known for " + type + " at " + path);
  }

  private static Optional<Mismatch> fits(boolean fits, String path, String expected) {
    return fits ? Optional.empty() : Optional.of(new Mismatch(path, expected));
  }
}
