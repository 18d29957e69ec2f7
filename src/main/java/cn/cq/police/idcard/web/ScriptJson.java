package cn.cq.police.idcard.web;

import jakarta.json.JsonValue;

/**
 * JSON that a page carries inside a {@code <script>} block, such as a chart's configuration. JSON-P
 * escapes quotes and backslashes but not {@code </}, so a staff member's display name {@code
 * </script><script>…} would end the block and run as script. Here {@code <}, {@code >} and {@code
 * &} become {@code \}{@code u003c}-style escapes, and so do U+2028 and U+2029, which JavaScript
 * before ES2019 reads as line ends inside a string. All five can occur only inside JSON strings,
 * where the escapes mean the same characters, so the value a script reads is unchanged.
 */
public final class ScriptJson {

  private ScriptJson() {}

  /** The value as JSON text that is safe anywhere inside a script element. */
  public static String of(JsonValue value) {
    String json = value.toString();
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
