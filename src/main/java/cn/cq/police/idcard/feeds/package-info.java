/**
 * The two machine feeds around the station: receipts and photos arriving from the photo detection
 * centre, applications leaving for the ID card production centre. So far: the centres' credentials.
 * Each credential is a key id, an API key that authenticates requests (kept only as its SHA-256)
 * and an HMAC signing secret for payloads (sealed with AES-GCM under the configured master key, so
 * a copy of the database alone does not reveal it). Both are shown once, when issued.
 *
 * <p>Production outbox: the applications component fires {@code ApplicationReleased} when an
 * application becomes SUBMITTED; {@code ProductionOutbox} observes it synchronously and writes the
 * outbox row in that same transaction (an event, so applications does not depend on feeds). {@code
 * OutboxSender} runs on every instance: it claims rows with a lease (conditional update of {@code
 * claimed_until}, portable to H2 where SKIP LOCKED is missing), sends outside any transaction
 * through {@code ProductionCentreClient} (timeout, retry, circuit breaker), and settles each row in
 * its own transaction with exponential back-off. Those transactions are {@code
 * ProductionDeliveries}: inner units of work of the sender, not entry points, so a control bean
 * with {@code @Transactional(REQUIRES_NEW)} and no access rule of its own. The entry points say who
 * may call them: the administrator's {@code Credentials}, {@code @PermitAll} on the resources (the
 * centres are no container users; {@code CentreRequestAuthentication} admits their signed requests
 * only) and on the beans only the container calls (the sender's timer, the simulator's startup).
 * The centre receives the acceptance number as {@code Idempotency-Key}, so at-least-once on the
 * wire is once in effect. Status reports come back through {@code StatusReportResource}; {@code
 * StatusReports} applies each kind once per application and refuses impossible steps; a report for
 * a string that is no {@code AcceptanceNumber} is answered like one for an unknown application.
 * {@code simulator} holds a JDK-only stand-in for the centre.
 */
package cn.cq.police.idcard.feeds;
