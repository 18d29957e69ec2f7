package cn.cq.police.idcard.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryAddressTest {

  @Test
  void thePageUnderThePublicAddressUnlessConfigured() {
    QueryAddress cut = new QueryAddress();
    cut.publicUrl = "https://idcard.cq.example.cn";
    cut.configured = Optional.empty();
    assertEquals("https://idcard.cq.example.cn/progress.xhtml", cut.getUrl());
    cut.publicUrl = "http://localhost:8080/";
    assertEquals("http://localhost:8080/progress.xhtml", cut.getUrl());
    cut.configured = Optional.of(" https://gaj.cq.gov.cn/jd ");
    assertEquals("https://gaj.cq.gov.cn/jd", cut.getUrl());
  }
}
