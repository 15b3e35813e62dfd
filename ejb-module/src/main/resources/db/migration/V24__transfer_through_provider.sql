-- An indirect reseller asks for subscriptions through one of its partnered providers: on approval
-- the provider becomes their partner of record and the reseller is credited (README, "Who buys").
ALTER TABLE subscription_transfer ADD COLUMN via_provider_id BIGINT;
ALTER TABLE subscription_transfer ADD CONSTRAINT fk_transfer_via_provider
    FOREIGN KEY (via_provider_id) REFERENCES partner (id);
