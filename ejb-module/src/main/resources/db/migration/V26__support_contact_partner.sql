-- The designated support contact of a subscription is a partner: the partner of record (null),
-- the credited reseller, or another partnered reseller of the partner of record that serves the
-- customer. What support_contact said is carried over: CREDITED_RESELLER becomes that reseller.
ALTER TABLE subscription ADD COLUMN support_partner_id BIGINT;
ALTER TABLE subscription ADD CONSTRAINT fk_subscription_support_partner
    FOREIGN KEY (support_partner_id) REFERENCES partner (id);
UPDATE subscription SET support_partner_id = reseller_id
    WHERE support_contact = 'CREDITED_RESELLER' AND reseller_id IS NOT NULL;
ALTER TABLE subscription DROP CONSTRAINT ck_subscription_support_contact;
ALTER TABLE subscription DROP COLUMN support_contact;
