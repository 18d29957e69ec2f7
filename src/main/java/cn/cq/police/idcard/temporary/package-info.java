/**
 * The temporary resident ID card (临时居民身份证, 居民身份证法 art. 10 and 临时居民身份证管理办法): issued at the counter
 * to a resident of the station's jurisdiction, in person, who waits for a card or needs one at
 * once; 10 yuan, valid three months from issue ({@code TemporaryCardValidity}), collected by the
 * applicant against their signature on the 临时居民身份证申领登记表.
 *
 * <p>A component of its own rather than part of applications: a temporary card is not an
 * application — it has no type, fingerprints, approval or production — and does not use up its
 * receipt, which usually belongs to the application it bridges. It builds on the applications
 * component (the receipt look-up, the person's application in progress, the acceptance counter and
 * the {@code Submitting} event through which the daily close refuses a closed day) and on fees;
 * nothing there knows about it, so no cycle appears. The forms component prints its form, and the
 * counter and tracking pages put its sections beside the application's through EL, not through a
 * Java dependency of applications on this component.
 *
 * <p>The card's fee is an ordinary {@code Payment} of kind {@code TEMPORARY} that refers to the
 * card instead of an application, so the day's takings, fee receipts, their number check and the
 * daily close count it without a second path. Its number comes from the station's acceptance
 * counter: an {@code AcceptanceNumber}, unique and checked like every number given out at the
 * counter that day. At most one temporary card is valid for a person at a time, whichever station
 * issued it.
 */
package cn.cq.police.idcard.temporary;
