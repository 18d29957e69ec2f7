package cn.cq.police.idcard;

import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every IT that runs outside a container (HTTP and browser tests against the application the build
 * starts, checks of the built wars), one class after another in a Failsafe fork of its own, while
 * other forks run {@link DatabaseOnPostgresSuite} (profile postgres-it) and then {@link
 * DatabaseOnH2Suite}, at low priority: the in-container suites spend most of their time booting
 * Payara, which the browser tests leave room for on two cores.
 */
@Suite
@IncludeEngines("junit-jupiter")
@SelectPackages("cn.cq.police.idcard")
@IncludeClassNamePatterns(".*IT")
@ExcludeTags("database")
public class HttpAndBrowserSuite {}
