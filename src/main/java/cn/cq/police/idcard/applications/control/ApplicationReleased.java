package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.Application;

/**
 * An application became SUBMITTED and may leave for the production centre. Fired synchronously, so
 * observers (the production outbox) write in the same transaction as the status change.
 */
public record ApplicationReleased(Application application) {}
