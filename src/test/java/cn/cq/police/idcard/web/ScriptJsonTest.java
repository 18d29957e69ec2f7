package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  static final String HOSTILE = "</script><script>alert('x&y')</script>\u2028\u2029 王芳";

  @Test
  void nothingInTheTextCanEndTheScriptBlockOrAStringLiteral() {
    String json = ScriptJson.of(Json.createObjectBuilder().add("label", HOSTILE).build());
    for (String forbidden : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
      assertFalse(json.contains(forbidden), forbidden + " in " + json);
    }
    assertTrue(json.contains("\\u003c/script\\u003e"), json);
  }

  @Test
  void theScriptReadsExactlyTheOriginalValue() {
    JsonObject original =
        Json.createObjectBuilder()
            .add("labels", Json.createArrayBuilder().add(HOSTILE).add("a \"quoted\" \\ name"))
            .add("count", 3)
            .build();
    JsonObject read = Json.createReader(new StringReader(ScriptJson.of(original))).readObject();
    assertEquals(original, read);
  }
}
