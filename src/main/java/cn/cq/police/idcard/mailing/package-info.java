/**
 * 邮寄送证: a card delivered by post instead of collected at the station. The lowest of the components
 * that know about it, like fees: {@code PostalDelivery} keeps where the card goes (the recipient, a
 * phone, a GB/T 2260 region of Chongqing and the rest of the address), the old-card rule taken at
 * the counter (nobody hands an old card over to a courier), the tracking number and what the
 * courier reported. It refers to its application by id only, so the applications component may
 * depend on this one and not the other way round.
 *
 * <p>Who does what: the counter's submission ({@code applications.control.ApplicationSubmission})
 * checks the {@code PostalRequest}, charges the postage from the tariff (fee kind {@code POSTAGE},
 * with effective dates like every fee) on the same payment and fee receipt as the card fee, and
 * stores the delivery. When the card arrives the clerk prints the mailing slip (forms component)
 * and records the tracking number ({@code applications.control.Postings}): the application becomes
 * MAILED and {@code CardReady} fires with the tracking number. The courier adapter and its signed
 * callback live with the other external systems in the feeds component; the callback makes the
 * application DELIVERED, which is its hand-over record.
 */
package cn.cq.police.idcard.mailing;
