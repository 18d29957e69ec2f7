/**
 * Applying on someone else's behalf (委托): the authorisation letter and agent recorded with an
 * application, the station's eligibility policy (data the administrator sets per station, applied
 * by {@code EligibilityRule}) and the agents turned away at the counter.
 *
 * <p>Decisions: why an agent is turned away is one enum, {@code entity.RefusalReason}, whether the
 * station's policy refused (its checks come first, in the order the rule runs them) or the clerk
 * found something at the counter; {@code ProxyRefusal} stores it by name and the database accepts
 * no other name (V15). When the policy refuses, its own reason is what the clerk records unless
 * they choose another; refusals stored before V15 say only {@code NOT_ELIGIBLE_UNDER_POLICY}, a
 * value kept for them and never offered again. Labels are {@code proxy.rejection.<name>} in the
 * resource bundles, the policy's explanations {@code proxy.refused.<name>}. The component knows
 * nothing of applications: its rows are keyed by the application's or receipt's id, and the
 * applications component drives the counter flow.
 */
package cn.cq.police.idcard.proxies;
