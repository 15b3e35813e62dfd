-- The audit log workspace (activity.AuditLogQueries): a partner's whole log, newest first a page
-- at a time, filtered by time, acting user or API client, action, customer and words; and kept
-- only as long as PARTNERHUB_AUDIT_RETENTION_DAYS says, when it is set (audit.AuditPruning).
--
-- The customer an event concerns and the subscription or referral its action is about (by the
-- action, audit.AuditAction.subject), by id, as the recording services know them from now on:
-- ids rather than the target's text, which names a customer by its domain but a referral by its
-- company's name, a partnership by the other partner's. No foreign keys: an event outlives what
-- it names, and nothing is ever checked against them.
ALTER TABLE audit_event ADD COLUMN customer_id BIGINT;
ALTER TABLE audit_event ADD COLUMN subject_id BIGINT;
-- What the free-text filter searches, in lower case: the target and the names, numbers and
-- reasons of the summary, without the wording around them (each reader's language).
ALTER TABLE audit_event ADD COLUMN search_text VARCHAR(2400);

-- Events recorded before: those of the actions that named their customer by its domain
-- (<prefix>.<customer domain>; a prefix has no dot) find it by its prefix, unique among
-- customers. Their subscription or referral stays unknown: their rows open the customer.
UPDATE audit_event SET customer_id = (
        SELECT c.id FROM customer c
        WHERE c.domain_prefix = SUBSTRING(audit_event.target FROM 1 FOR POSITION('.' IN audit_event.target) - 1))
    WHERE action IN ('CUSTOMER_CREATED', 'ACCOUNT_UPDATED', 'ORDER_SUBMITTED', 'RELATIONSHIP_REMOVED',
            'SUBSCRIPTION_ATTRIBUTED', 'RELATIONSHIP_INVITED', 'INVITATION_RESENT', 'INVITATION_REVOKED',
            'INVITATION_ACCEPTED', 'INVITATION_DECLINED', 'LICENSES_CHANGED', 'SUBSCRIPTION_SUSPENDED',
            'SUBSCRIPTION_REACTIVATED', 'SUBSCRIPTION_CANCELLED', 'SUBSCRIPTION_UPGRADED', 'TRANSFER_REQUESTED',
            'TRANSFER_APPROVED', 'TRANSFER_REJECTED', 'SELF_SERVICE_CHANGED', 'CUSTOMER_USER_ADDED',
            'CUSTOMER_USER_PASSWORD_RESET', 'CUSTOMER_USER_BLOCKED', 'CUSTOMER_USER_UNBLOCKED', 'CUSTOMER_USER_DELETED',
            'LICENSE_ASSIGNED', 'LICENSE_REMOVED', 'USERS_IMPORTED', 'ADMIN_RELATIONSHIP_REQUESTED',
            'ADMIN_RELATIONSHIP_APPROVED', 'ADMIN_RELATIONSHIP_DECLINED', 'ADMIN_RELATIONSHIP_TERMINATED',
            'LEGACY_ADMIN_REMOVED')
        AND POSITION('.' IN target) > 1 AND POSITION('@' IN target) = 0;
-- Their words: the target and the stored summary (the English text of the oldest events, or the
-- phrases' codes and arguments, separators made spaces: a phrase's code is searched with them).
UPDATE audit_event SET search_text = LOWER(TRIM(COALESCE(target, '') || ' '
        || COALESCE(REPLACE(REPLACE(REPLACE(phrases, CHR(29), ' '), CHR(30), ' '), CHR(31), ' '), summary, '')));

-- A page of a partner's log, by any one filter, starts where the index of that filter puts the
-- partner's newest matching events and reads on in (time, id) order: a page costs the same with
-- ten events or ten million. Time range and words narrow whichever of these the database uses.
CREATE INDEX ix_audit_event_partner_log ON audit_event (partner_id, occurred_at, id);
DROP INDEX ix_audit_event_partner_time;
CREATE INDEX ix_audit_event_customer ON audit_event (partner_id, customer_id, occurred_at, id);
CREATE INDEX ix_audit_event_actor ON audit_event (partner_id, actor_email, occurred_at, id);
CREATE INDEX ix_audit_event_action ON audit_event (partner_id, action, occurred_at, id);
-- Retention deletes the oldest events of every partner, a batch at a time.
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, id);
