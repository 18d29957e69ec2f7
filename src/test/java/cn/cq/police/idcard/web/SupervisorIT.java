package cn.cq.police.idcard.web;

import static cn.cq.police.idcard.web.ApplicationFlowIT.checkProxy;
import static cn.cq.police.idcard.web.ApplicationFlowIT.choose;
import static cn.cq.police.idcard.web.ApplicationFlowIT.fillAgent;
import static cn.cq.police.idcard.web.ApplicationFlowIT.lookUp;
import static cn.cq.police.idcard.web.ApplicationFlowIT.screenshot;
import static cn.cq.police.idcard.web.ApplicationFlowIT.submit;
import static cn.cq.police.idcard.web.ApplicationFlowIT.tick;
import static cn.cq.police.idcard.web.ApplicationFlowIT.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A supervisor's day at 古南派出所 (guardian-only proxy policy), where no other browser test submits:
 * the clerk submits two proxy applications; the supervisor approves one, returns the other, the
 * clerk resubmits it, and the supervisor closes the day carrying it over. The exempted renewal is
 * registered with the uncertain finger position 97, which the supervisor sees with its code.
 */
class SupervisorIT {

  static final int QIJIANG = 4;

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  static DemoReceipt usable(int n) {
    return RunningApp.demoReceipts(QIJIANG, DemoReceiptState.USABLE)
        .skip(2 + n)
        .findFirst()
        .orElseThrow();
  }

  /**
   * The clerk submits a guardian's renewal for a disabled applicant; returns its acceptance number.
   */
  static String proxyApplication(Browser clerk, DemoReceipt receipt, String feeReceipt) {
    lookUp(clerk, receipt);
    fillAgent(clerk, "PARENT");
    tick(clerk, "disabled");
    tick(clerk, "undertaking");
    choose(clerk, "type", "RENEWAL_ON_EXPIRY");
    checkProxy(clerk);
    type(clerk, "feeReceipt", feeReceipt);
    submit(clerk);
    assertEquals("待审核", clerk.text("#application-status"));
    return clerk.text("#acceptance-number");
  }

  /**
   * An in-person renewal with a 低保 exemption; returns its acceptance number. On the way, the clerk
   * sees that a lost card's fee is never waived, and what half the fee would be.
   */
  static String exemptedRenewal(Browser clerk, DemoReceipt receipt) {
    lookUp(clerk, receipt);
    choose(clerk, "type", "LOST");
    assertEquals("丢失补领不减免工本费。", clerk.text("#no-relief"));
    assertFalse(clerk.exists("#application\\:relief"));
    choose(clerk, "type", "RENEWAL_ON_EXPIRY");
    relief(clerk, "OTHER_HARDSHIP");
    assertEquals("10.00", clerk.text("#reduced-fee"));
    assertTrue(clerk.exists("#application\\:feeReceipt"));
    relief(clerk, "MINIMUM_LIVING_ALLOWANCE");
    assertFalse(clerk.exists("#application\\:feeReceipt"), "nothing to pay, no fee receipt");
    type(clerk, "reliefReason", "低保户");
    // Two fingers of a right hand whose positions cannot be told: 97 twice (GA 1011).
    new Select(clerk.find("#application\\:firstFinger")).selectByValue("RIGHT_UNCERTAIN");
    new Select(clerk.find("#application\\:secondFinger")).selectByValue("RIGHT_UNCERTAIN");
    submit(clerk);
    assertEquals("待审核", clerk.text("#application-status"));
    return clerk.text("#acceptance-number");
  }

  static void relief(Browser clerk, String kind) {
    clerk.awaitAjaxAfter(() -> new Select(clerk.find("#application\\:relief")).selectByValue(kind));
  }

  /** The review list filtered to "needs my decision"; returns the list's text. */
  static String needingDecision(Browser supervisor) {
    supervisor.get("supervisor/review.xhtml");
    supervisor.find("#review\\:needsDecision").click();
    supervisor.awaitAjaxAfter(() -> supervisor.find("#review\\:apply").click());
    return supervisor.text("#review\\:applications");
  }

  static void openInReview(Browser supervisor, String acceptanceNumber) {
    needingDecision(supervisor);
    supervisor.driver.findElement(By.linkText(acceptanceNumber)).click();
    assertEquals(acceptanceNumber, supervisor.text("#case-number"));
  }

  static void signWith(Browser supervisor, String password, String note) {
    supervisor.find("#case\\:note").clear();
    supervisor.find("#case\\:note").sendKeys(note);
    supervisor.find("#case\\:password").sendKeys(password);
    supervisor.find("#case\\:code").sendKeys(OneTimeCodes.freshCode(supervisor.signedInAs()));
  }

  @Test
  void aSupervisorApprovesAProxyApplicationReturnsOneAndClosesTheDay() throws Exception {
    String approved;
    String returned;
    String exempted;
    try (Browser clerk = Browser.open("zh-CN")) {
      clerk.signIn("qijiang.clerk");
      approved = proxyApplication(clerk, usable(0), "QJ-1001");
      returned = proxyApplication(clerk, usable(1), "QJ-1003");
      exempted = exemptedRenewal(clerk, usable(2));
    }
    try (Browser supervisor = Browser.open("zh-CN")) {
      supervisor.signIn("qijiang.supervisor");
      openInReview(supervisor, approved);
      assertTrue(supervisor.exists("#photo"));
      assertTrue(supervisor.text("#case\\:decide").length() > 0);
      // No password is asked for; a wrong one decides nothing.
      supervisor.awaitAjaxAfter(() -> supervisor.find("#case\\:approve").click());
      assertEquals("请输入您的密码以签批，未作出任何决定。", supervisor.text("#case\\:messages .ui-messages-error"));
      signWith(supervisor, "wrong-password", "材料齐全");
      supervisor.awaitAjaxAfter(() -> supervisor.find("#case\\:approve").click());
      assertEquals("密码错误，未作出任何决定。", supervisor.text("#case\\:messages .ui-messages-error"));
      assertEquals("待审核", supervisor.text("#case-status"));
      signWith(supervisor, RunningApp.DEMO_PASSWORD, "材料齐全");
      supervisor.awaitAjaxAfter(() -> supervisor.find("#case\\:approve").click());
      assertEquals("已受理", supervisor.text("#case-status"));
      screenshot(supervisor, "supervisor-approved");

      openInReview(supervisor, returned);
      new Select(supervisor.find("#case\\:reason")).selectByValue("PROXY_DOCUMENTS");
      // The supervisor names what is to be corrected: the authorization letter's date.
      supervisor.find("input[name='case:fieldsToCorrect'][value='LETTER_DATE']").click();
      signWith(supervisor, RunningApp.DEMO_PASSWORD, "关系证明复印件不清晰");
      supervisor.awaitAjaxAfter(() -> supervisor.find("#case\\:return").click());
      assertEquals("退回修改", supervisor.text("#case-status"));

      // A refused exemption: the fee must be collected before the application can be approved.
      openInReview(supervisor, exempted);
      signWith(supervisor, RunningApp.DEMO_PASSWORD, "低保证明已过期");
      supervisor.awaitAjaxAfter(() -> supervisor.find("#case\\:refuseExemption").click());
      signWith(supervisor, RunningApp.DEMO_PASSWORD, "同意");
      supervisor.awaitAjaxAfter(() -> supervisor.find("#case\\:approve").click());
      assertTrue(
          supervisor.text("#case\\:messages .ui-messages-error").startsWith("免收申请未获批准"),
          supervisor.text("#case\\:messages"));
      assertEquals("待审核", supervisor.text("#case-status"));
      new Select(supervisor.find("#case\\:reason")).selectByValue("FEE");
      signWith(supervisor, RunningApp.DEMO_PASSWORD, "请收取工本费");
      supervisor.awaitAjaxAfter(() -> supervisor.find("#case\\:return").click());
      assertEquals("退回修改", supervisor.text("#case-status"));
    }
    try (Browser clerk = Browser.open("zh-CN")) {
      clerk.signIn("qijiang.clerk");
      clerk.get("counter/track.xhtml");
      // Enter in the one search box searches.
      clerk.awaitAjaxAfter(() -> clerk.find("#track\\:term").sendKeys(exempted + Keys.ENTER));
      assertEquals("20.00", clerk.text("#owed-amount"));
      clerk.find("#track\\:correction").sendKeys("已收取工本费");
      clerk.awaitAjaxAfter(() -> clerk.find("#track\\:resubmit").click());
      assertEquals("请选择收费方式。", clerk.text("#track\\:messages .ui-messages-error"));
      new Select(clerk.find("#track\\:owedMethod")).selectByValue("WECHAT_PAY");
      clerk.find("#track\\:owedFeeReceipt").sendKeys("QJ-1005");
      screenshot(clerk, "supervisor-fee-owed");
      clerk.awaitAjaxAfter(() -> clerk.find("#track\\:resubmit").click());
      assertEquals("待审核", clerk.text("#detail-status"));
      assertTrue(clerk.text("#track\\:detail").contains("20.00"));
      assertTrue(!clerk.exists("#owed-amount"));
    }
    try (Browser supervisor = Browser.open("zh-CN")) {
      supervisor.signIn("qijiang.supervisor");
      openInReview(supervisor, exempted);
      assertTrue(
          supervisor.text("#case-fingerprints").contains("97 右手不确定指位 · 97 右手不确定指位"),
          supervisor.text("#case-fingerprints"));
      signWith(supervisor, RunningApp.DEMO_PASSWORD, "已收费");
      supervisor.awaitAjaxAfter(() -> supervisor.find("#case\\:approve").click());
      assertEquals("已受理", supervisor.text("#case-status"));
    }
    try (Browser clerk = Browser.open("zh-CN")) {
      clerk.signIn("qijiang.clerk");
      // 退回待改 on the counter page: the returned application with the field to correct.
      clerk.get("counter/index.xhtml");
      assertTrue(clerk.text("#returned").contains(returned), clerk.text("#returned-queue"));
      assertTrue(clerk.text("#returned").contains("委托书日期"), clerk.text("#returned"));
      clerk.clickAndAwaitNewPage(clerk.driver.findElement(By.linkText(returned)));
      assertTrue(clerk.text("#track\\:decisions").contains("关系证明复印件不清晰"));
      assertEquals("须更正的项目：委托书日期", clerk.text("#fields-to-correct"));
      assertFalse(clerk.exists("#track\\:correctedType"), "only the named field is offered");
      clerk.find("#track\\:correction").sendKeys("已重新查验关系证明原件");
      clerk.awaitAjaxAfter(() -> clerk.find("#track\\:resubmit").click());
      assertEquals("请填写退回时指明须更正的每一项。", clerk.text("#track\\:messages .ui-messages-error"));
      clerk
          .find("#track\\:correctedLetterDate")
          .sendKeys(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
      clerk.find("#track\\:correction").clear();
      clerk.find("#track\\:correction").sendKeys("已重新查验关系证明原件，更正委托书日期");
      clerk.awaitAjaxAfter(() -> clerk.find("#track\\:resubmit").click());
      assertEquals("待审核", clerk.text("#detail-status"));
      screenshot(clerk, "supervisor-resubmitted");
    }
    try (Browser supervisor = Browser.open("zh-CN")) {
      supervisor.signIn("qijiang.supervisor");
      supervisor.get("supervisor/close.xhtml");
      assertTrue(supervisor.text("#close\\:undecided").contains(returned));
      supervisor.find("#close\\:password").sendKeys(RunningApp.DEMO_PASSWORD);
      supervisor.find("#close\\:code").sendKeys(OneTimeCodes.freshCode("qijiang.supervisor"));
      supervisor.awaitAjaxAfter(() -> supervisor.find("#close\\:closeDay").click());
      assertTrue(
          supervisor.text("#close\\:messages .ui-messages-error").startsWith("仍有待审核的申请"),
          supervisor.text("#close\\:messages"));
      supervisor
          .driver
          .findElements(By.cssSelector("#close\\:undecided input[type=checkbox]"))
          .forEach(box -> box.click());
      supervisor.find("#close\\:password").sendKeys(RunningApp.DEMO_PASSWORD);
      supervisor.find("#close\\:code").sendKeys(OneTimeCodes.freshCode("qijiang.supervisor"));
      supervisor.awaitAjaxAfter(() -> supervisor.find("#close\\:closeDay").click());
      assertEquals("true", supervisor.find("#close-state").getAttribute("data-closed"));
      assertTrue(supervisor.exists("#close-pdf"));
      screenshot(supervisor, "supervisor-closed");

      // The closed day cannot change: the returned application can no longer be decided.
      openInReview(supervisor, returned);
      assertTrue(supervisor.exists("#day-closed"));
      assertTrue(!supervisor.exists("#case\\:approve"));
    }
    try (Browser clerk = Browser.open("zh-CN")) {
      // The closed day is announced at look-up: no form to fill in vain.
      clerk.signIn("qijiang.clerk");
      lookUp(clerk, usable(3));
      assertTrue(
          clerk.text("#lookup\\:messages").contains("本所今日已日结，不能受理新申请"),
          clerk.text("#lookup\\:messages"));
      assertFalse(clerk.exists("#application\\:submit"));
    }
    try (Browser admin = Browser.open("zh-CN")) {
      admin.signIn("qijiang.admin");
      admin.get("admin/day-closes.xhtml");
      WebElement row =
          admin.driver.findElements(By.cssSelector("#closes\\:list_data tr")).stream()
              .filter(r -> r.getText().contains("古南派出所") && r.getText().contains("已日结"))
              .findFirst()
              .orElseThrow();
      admin.find("#closes\\:reason").sendKeys("更正收费票据号");
      admin.awaitAjaxAfter(() -> row.findElement(By.cssSelector("button")).click());
      assertTrue(admin.text("#closes\\:messages").contains("已重新开启"), admin.text("#closes"));
    }
    try (Browser supervisor = Browser.open("zh-CN")) {
      supervisor.signIn("qijiang.supervisor");
      openInReview(supervisor, returned);
      assertTrue(supervisor.exists("#case\\:approve"), "reopened: decisions possible again");
      // The application corrected field by field is approved like any other.
      signWith(supervisor, RunningApp.DEMO_PASSWORD, "委托书日期已更正，同意");
      supervisor.awaitAjaxAfter(() -> supervisor.find("#case\\:approve").click());
      assertEquals("已受理", supervisor.text("#case-status"));
    }
  }

  /**
   * 解放碑 has one supervisor: an application that supervisor submitted at the counter cannot be
   * approved by them, and waits in the district supervisor's "needs my decision" list instead.
   */
  @Test
  void aLoneSupervisorsOwnApplicationIsDecidedByTheDistrictSupervisor() throws Exception {
    String own;
    try (Browser supervisor = Browser.open("zh-CN")) {
      supervisor.signIn("yuzhong.supervisor");
      // 解放碑's policy lets a spouse apply; any application by an agent needs approval.
      ApplicationFlowIT.proxyRenewal(
          supervisor, ApplicationFlowIT.usable(ApplicationFlowIT.YUZHONG, 20), "SPOUSE");
      type(supervisor, "feeReceipt", "YZ-7001");
      submit(supervisor);
      assertEquals("待审核", supervisor.text("#application-status"));
      own = supervisor.text("#acceptance-number");
      openInReview(supervisor, own);
      signWith(supervisor, RunningApp.DEMO_PASSWORD, "本人受理");
      supervisor.awaitAjaxAfter(() -> supervisor.find("#case\\:approve").click());
      assertTrue(
          supervisor.text("#case\\:messages .ui-messages-error").contains("分局户政审核"),
          supervisor.text("#case\\:messages"));
      assertEquals("待审核", supervisor.text("#case-status"));
    }
    try (Browser district = Browser.open("zh-CN")) {
      district.signIn("yuzhong.district.supervisor");
      String list = needingDecision(district);
      assertTrue(list.contains(own) && list.contains("解放碑派出所"), list);
      assertEquals("本分局各派出所受理审核", district.text("#review-title"));
      screenshot(district, "district-review");
      district.driver.findElement(By.linkText(own)).click();
      assertEquals(own, district.text("#case-number"));
      // 解放碑's 2006 policy asks a spouse for no undertaking and no video call.
      assertTrue(district.text("#check-undertaking").startsWith("不适用"));
      assertTrue(district.text("#check-video-call").startsWith("不适用"));
      signWith(district, RunningApp.DEMO_PASSWORD, "分局审核通过");
      district.awaitAjaxAfter(() -> district.find("#case\\:approve").click());
      assertEquals("已受理", district.text("#case-status"));
    }
  }
}
