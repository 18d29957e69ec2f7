package cn.cq.police.idcard;

import cn.cq.police.idcard.applications.control.ApplicationSubmissionIT;
import cn.cq.police.idcard.applications.control.PostingsIT;
import cn.cq.police.idcard.applications.control.ReceiptEligibilityIT;
import cn.cq.police.idcard.audit.boundary.AuditAnchorIT;
import cn.cq.police.idcard.audit.boundary.AuditChainIT;
import cn.cq.police.idcard.audit.boundary.AuditPrivilegesIT;
import cn.cq.police.idcard.audit.boundary.AuditRecorder;
import cn.cq.police.idcard.insight.boundary.DailyRoundIT;
import cn.cq.police.idcard.insight.control.InsightQueriesIT;
import cn.cq.police.idcard.insight.control.InsightSeed;
import cn.cq.police.idcard.notices.control.NoticeOutboxIT;
import cn.cq.police.idcard.photos.control.StationPhotoKeepingIT;
import cn.cq.police.idcard.photos.control.TestPhotos;
import cn.cq.police.idcard.review.control.DayCloseAgreementIT;
import cn.cq.police.idcard.review.control.ReviewFixture;
import cn.cq.police.idcard.review.control.SupervisorReviewIT;
import cn.cq.police.idcard.security.boundary.LoginCostIT;
import cn.cq.police.idcard.security.control.PersonalDataAtRestIT;
import cn.cq.police.idcard.temporary.control.TemporaryCardIssueIT;
import java.util.List;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One deployment for every in-container test class of a Failsafe run: Payara Micro cannot deploy
 * into a running server, so each deployment is a Payara boot (~20 s on two cores). Shared, the
 * classes see each other's rows, as they always did on PostgreSQL: each seeds its own data and
 * asserts on it, never on totals. Named in arquillian.xml (extension "suite").
 */
@ArquillianSuiteDeployment
public final class InContainerSuite {

  /**
   * Every in-container test class and the beans it seeds with (member classes come along).
   * InContainerSuiteTest fails when an Arquillian test class is missing here.
   */
  public static final List<Class<?>> CLASSES =
      List.of(
          ApplicationSubmissionIT.class,
          PostingsIT.class,
          ReceiptEligibilityIT.class,
          AuditChainIT.class,
          AuditAnchorIT.class,
          AuditPrivilegesIT.class,
          AuditRecorder.class,
          InsightQueriesIT.class,
          InsightSeed.class,
          SupervisorReviewIT.class,
          DayCloseAgreementIT.class,
          ReviewFixture.class,
          LoginCostIT.class,
          TemporaryCardIssueIT.class,
          StationPhotoKeepingIT.class,
          TestPhotos.class,
          NoticeOutboxIT.class,
          DailyRoundIT.class,
          PersonalDataAtRestIT.class);

  private InContainerSuite() {}

  @Deployment
  public static WebArchive deployment() {
    return Deployments.readingPdfs(Deployments.demoWar())
        .addClasses(CLASSES.toArray(Class<?>[]::new))
        // The real face the station photo tests frame (TestPhotos).
        .addAsResource("photos/astronaut.png");
  }
}
