package cn.cq.police.idcard.insight.control;

import java.io.Serializable;
import java.util.List;

/**
 * One case a signal found.
 *
 * @param subject what the case is about, safe to show: a masked agent ID number, a clerk's name, a
 *     receipt number, an acceptance number, a day
 * @param count the figure that crossed the threshold (applicants, voids and exemptions, look-ups,
 *     days, look-ups outside the jurisdiction)
 * @param detail a second figure where the signal has one: the status of a stuck application, the
 *     share in per cent of outside look-ups, "voids/exemptions"
 * @param acceptanceNumbers the station's applications concerned, to open on the tracking page
 * @param receiptNumbers the receipts concerned where there is no application
 */
public record Anomaly(
    Signal signal,
    String subject,
    long count,
    String detail,
    List<String> acceptanceNumbers,
    List<String> receiptNumbers)
    implements Serializable {}
