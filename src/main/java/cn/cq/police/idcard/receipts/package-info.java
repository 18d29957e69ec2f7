/**
 * Digital photo receipts (数码照相回执) as the photo detection centre delivers them, with the citizen ID
 * number value object and reference data (regions, ethnic groups). A receipt's photo is trusted
 * only if its SHA-256 matches the declared one and the centre's Ed25519 signature over number, ID
 * number and hash verifies; the photo lives in its own table so receipt queries stay lean at tens
 * of millions of rows. Knows nothing of applications.
 *
 * <p>Its identifiers are value objects other components take as they are: {@code CitizenIdNumber}
 * (validated, masked in {@code toString}) and {@code ReceiptNumber} (the barcode's 10 to 20 letters
 * and digits; what a person types is normalized by its {@code parse}). Both are stored as plain
 * VARCHARs through converters. Input stays a {@code String} only until the place that turns a
 * malformed value into an answer rather than an exception (a look-up outcome, an intake rejection,
 * a 404), and is typed from there on; neither type's error messages repeat the input.
 */
package cn.cq.police.idcard.receipts;
