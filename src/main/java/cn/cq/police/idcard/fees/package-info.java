/**
 * The card production fee (工本费): the fee schedule over time, the payment recorded with each
 * application, exemptions a supervisor decides and the fee receipt numbers of the station's receipt
 * book.
 *
 * <p>The schedule is a list of tariffs per kind of fee with effective dates; a tariff is added,
 * never edited or removed, and exactly one applies on any day ({@code FeeScheduleChange}), so a
 * past payment can always be explained by the tariff of its day.
 *
 * <p>Money is an {@code Amount} in whole fen, never negative, and every component that shows or
 * adds up fees (the counter, the review and its daily close, the printed forms) takes it from here
 * rather than passing bare {@code long}s: the yuan form ("20.00"), the Chinese capital form of the
 * receipts and the parsing of a typed amount live in that one type. It is an entity-layer value so
 * the entities can hold it; a converter keeps the {@code amount_fen} BIGINT columns as they are.
 * Fee receipt numbers stay strings: they are whatever the station's pre-printed book says.
 */
package cn.cq.police.idcard.fees;
