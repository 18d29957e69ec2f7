/**
 * The tamper-evident audit trail: every state change, reveal, login and printed form as an
 * append-only entry chained to the previous one by SHA-256. Depends on no other component, so every
 * component can record into it.
 */
package cn.cq.police.idcard.audit;
