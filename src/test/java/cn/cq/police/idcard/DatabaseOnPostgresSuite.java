package cn.cq.police.idcard;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The in-container ITs of {@link DatabaseOnH2Suite} once more, on PostgreSQL (Failsafe includes
 * this suite with the profile postgres-it), in a fork of its own beside {@link
 * HttpAndBrowserSuite}.
 */
@Suite
@IncludeEngines("junit-jupiter")
@SelectPackages("cn.cq.police.idcard")
@IncludeClassNamePatterns(".*IT")
@IncludeTags("database")
public class DatabaseOnPostgresSuite {

  /**
   * Arquillian's container "postgres" of arquillian.xml, read when the first class starts it, at
   * low CPU priority ({@link BesideTheBrowserTests}).
   */
  @BeforeSuite
  static void onPostgres() {
    System.setProperty("arquillian.launch", "postgres");
    BesideTheBrowserTests.yieldTheCpu();
  }
}
