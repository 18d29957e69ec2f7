package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AuditWordingTest {

  static final Function<String, Optional<String>> ZH = bundle("i18n/messages_zh.properties");

  static Function<String, Optional<String>> bundle(String resource) {
    Properties texts = new Properties();
    try (InputStream in = AuditWordingTest.class.getClassLoader().getResourceAsStream(resource)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return key -> Optional.ofNullable(texts.getProperty(key));
  }

  @Test
  void aSubmissionReadsAsASentenceWithLabelsAndYuan() {
    assertEquals(
        "受理号：500103202612060001；申请类型：丢失补领；本人到场：是；状态：已受理；费用：40.00 元；免收：否",
        AuditWording.sentence(
            "acceptanceNumber=500103202612060001; type=LOST; inPerson=true; status=SUBMITTED;"
                + " fee=4000; exempted=false",
            ZH));
    assertEquals(
        "金额：0.00 元；收费方式：—；免收审核：待审核",
        AuditWording.sentence("amountFen=0; method=null; exemption=PENDING", ZH));
    assertEquals("状态：已使用；申请：5001", AuditWording.sentence("status=USED; application=5001", ZH));
    assertEquals(
        "状态：退回修改；理由：代办材料；须更正：委托书日期、申请类型；备注：请补",
        AuditWording.sentence(
            "status=RETURNED; reason=PROXY_DOCUMENTS; correct=LETTER_DATE,APPLICATION_TYPE;"
                + " note=请补",
            ZH));
    assertEquals(
        "角色：窗口民警、审核民警；管理范围：本派出所",
        AuditWording.sentence("roles=CLERK, SUPERVISOR; reach=STATION", ZH));
  }

  @Test
  void typedTextStaysWholeAndUnknownsStayAsStored() {
    assertEquals(
        "状态：退回修改；理由：材料不全; 另缺照片 <b>",
        AuditWording.sentence("status=RETURNED; reason=材料不全; 另缺照片 <b>", ZH));
    assertEquals("novel：SOMETHING_NEW", AuditWording.sentence("novel=SOMETHING_NEW", ZH));
    assertEquals("已日结", AuditWording.sentence("closed", ZH));
    assertEquals("free text without pairs", AuditWording.sentence("free text without pairs", ZH));
    assertEquals(null, AuditWording.sentence(null, ZH));
  }
}
