package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.MobileNumber;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import java.time.LocalDateTime;

/**
 * An application was submitted with a mobile number for its arrival notice, consent given. Fired
 * synchronously within the submission, so the notices component stores the number (sealed) in the
 * same transaction, or the submission does not happen.
 *
 * @param byAgent whether the agent, not the applicant, gave the number and the consent
 */
public record NoticeRequested(
    Application application,
    MobileNumber mobile,
    boolean byAgent,
    StaffAccount clerk,
    LocalDateTime at) {}
