-- Who the customer calls for support on a subscription: the partner it was bought through
-- (SELLER) or the indirect reseller credited with it (CREDITED_RESELLER).
ALTER TABLE subscription ADD COLUMN support_contact VARCHAR(20) DEFAULT 'SELLER' NOT NULL;
ALTER TABLE subscription ADD CONSTRAINT ck_subscription_support_contact
    CHECK (support_contact IN ('SELLER', 'CREDITED_RESELLER'));
