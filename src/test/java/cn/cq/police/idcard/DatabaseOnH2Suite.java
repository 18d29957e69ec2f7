package cn.cq.police.idcard;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The in-container ITs (tag {@code database}, one Arquillian deployment: {@link InContainerSuite})
 * on H2, in a Failsafe fork of their own beside {@link HttpAndBrowserSuite}. All of them run on
 * this fork's one thread, which Arquillian's client needs: it keeps the deployment per thread.
 */
@Suite
@IncludeEngines("junit-jupiter")
@SelectPackages("cn.cq.police.idcard")
@IncludeClassNamePatterns(".*IT")
@IncludeTags("database")
public class DatabaseOnH2Suite {

  /** At low CPU priority, with the Payara it starts ({@link BesideTheBrowserTests}). */
  @BeforeSuite
  static void besideTheBrowserTests() {
    BesideTheBrowserTests.yieldTheCpu();
  }
}
