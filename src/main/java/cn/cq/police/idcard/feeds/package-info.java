/**
 * The two machine feeds around the station: receipts and photos arriving from the photo detection
 * centre, applications leaving for the ID card production centre. So far: the centres' credentials.
 * Each credential is a key id, an API key that authenticates requests (kept only as its SHA-256)
 * and an HMAC signing secret for payloads (sealed with AES-GCM under the configured master key, so
 * a copy of the database alone does not reveal it). Both are shown once, when issued.
 */
package cn.cq.police.idcard.feeds;
