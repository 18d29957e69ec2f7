package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import java.io.Serializable;

/**
 * What the clerk records when the card is collected against the collection voucher.
 *
 * @param byAgent false when the applicant collects in person
 * @param collectorIdNumber the collector's ID number as checked on their card
 * @param oldCardNote why the old card was not surrendered (required then)
 */
public record HandOver(
    boolean byAgent,
    CitizenIdNumber collectorIdNumber,
    boolean oldCardSurrendered,
    String oldCardNote)
    implements Serializable {}
