/**
 * Digital photo receipts (数码照相回执) as the photo detection centre delivers them, with the citizen ID
 * number value object and reference data (regions, ethnic groups). A receipt's photo is trusted
 * only if its SHA-256 matches the declared one and the centre's Ed25519 signature over number, ID
 * number and hash verifies; the photo lives in its own table so receipt queries stay lean at tens
 * of millions of rows. Knows nothing of applications.
 */
package cn.cq.police.idcard.receipts;
