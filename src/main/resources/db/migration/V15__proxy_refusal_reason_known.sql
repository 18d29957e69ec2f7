-- A proxy refusal's reason is a name of the RefusalReason enum (proxies.entity), no longer any
-- string. The counter has only ever stored names of that list (NOT_ELIGIBLE_UNDER_POLICY for every
-- refusal by the policy, whose own reason is stored from now on), so no row needs mapping.
-- RefusalReasonTest stores every name of the enum, so this list cannot fall behind it unseen.
alter table proxy_refusal add constraint proxy_refusal_reason_known check (reason in (
    'RELATIONSHIP_NOT_ALLOWED', 'APPLICANT_NOT_MINOR_OR_DISABLED', 'NOT_ABROAD',
    'NOT_EXPIRED_RENEWAL', 'AGENT_ID_NOT_MATCHING', 'SIGNATURES_MISSING', 'RELATIONSHIP_NOT_PROVEN',
    'UNDERTAKING_REFUSED', 'VIDEO_CALL_FAILED', 'OTHER', 'NOT_ELIGIBLE_UNDER_POLICY'));
