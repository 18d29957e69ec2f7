/**
 * JSF plumbing shared by all screens: texts from the resource bundle (Simplified Chinese by
 * default, English on request) and the interface language. Templates and error pages are in {@code
 * WEB-INF}.
 */
package cn.cq.police.idcard.web;
