/**
 * The ID card application: from the receipt a clerk looks up at the counter to the card handed
 * over. Decides whether a receipt can start an application here and now ({@code
 * ReceiptEligibility}), because that depends on applications already made (receipt used, person
 * with an application in progress), which the receipts component must not know about. One receipt
 * serves one application, enforced by a unique constraint in the database, not only in code.
 */
package cn.cq.police.idcard.applications;
