/**
 * Arrival notices (issue 19): a mobile number given at the counter with consent receives one text
 * message when the card can be had — arrived at the station to be collected, or posted.
 *
 * <p>The applications component fires {@code NoticeRequested} within a submission (the number is
 * stored sealed here, in the same transaction) and {@code CardReady} when the card arrives or is
 * posted (the message is rendered from the city's template and written to the notice outbox). A
 * timer on every member sends due messages through the SMS gateway under a lease, retries with
 * growing waits, and gives up after a set number of attempts; a given-up message shows on the
 * station supervisor's notices page, who may send it again. Once a message is delivered the sealed
 * number is erased: only its masked form and the consent stay.
 */
package cn.cq.police.idcard.notices;
