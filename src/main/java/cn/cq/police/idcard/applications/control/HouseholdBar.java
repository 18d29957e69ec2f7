package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;

/**
 * Why a person cannot apply at this station now, whatever their photo: the household lies outside
 * its jurisdiction, or an application of theirs is in progress.
 *
 * @param inProgress the application in progress, for {@code APPLICATION_IN_PROGRESS}
 */
public record HouseholdBar(LookupOutcome outcome, AcceptanceNumber inProgress) {}
