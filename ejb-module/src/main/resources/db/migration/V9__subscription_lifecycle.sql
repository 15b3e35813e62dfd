-- Subscriptions over their life: license changes (and the window in which a decrease is
-- allowed), suspension, cancellation and upgrades; the offer catalog, which the catalog file
-- (catalog/offers.csv) now keeps up to date at each start. Standard SQL for H2 2.x and PostgreSQL 15.

-- Offers: whether customers may buy one themselves, whether the catalog file still has it, and
-- the upgrade paths between offers.
ALTER TABLE offer ADD COLUMN self_service BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE offer ADD COLUMN withdrawn BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE offer_upgrade (
    from_offer_id BIGINT NOT NULL,
    to_offer_id   BIGINT NOT NULL,
    CONSTRAINT pk_offer_upgrade PRIMARY KEY (from_offer_id, to_offer_id),
    CONSTRAINT fk_upgrade_from FOREIGN KEY (from_offer_id) REFERENCES offer (id),
    CONSTRAINT fk_upgrade_to FOREIGN KEY (to_offer_id) REFERENCES offer (id),
    CONSTRAINT ck_upgrade_other CHECK (from_offer_id <> to_offer_id)
);

-- Offers a partner does not sell: left out of its order forms.
CREATE TABLE partner_hidden_offer (
    partner_id BIGINT NOT NULL,
    offer_id   BIGINT NOT NULL,
    CONSTRAINT pk_partner_hidden_offer PRIMARY KEY (partner_id, offer_id),
    CONSTRAINT fk_hidden_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_hidden_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
);

-- The statuses follow the vendor's and may grow: the application shows one it does not know as
-- its code, so the database does not refuse it either.
ALTER TABLE subscription DROP CONSTRAINT ck_subscription_status;
ALTER TABLE subscription ALTER COLUMN status SET DATA TYPE VARCHAR(20);

-- The end of the current term (a year for annual billing, a month for monthly).
ALTER TABLE subscription ADD COLUMN term_end DATE;
UPDATE subscription SET term_end = CAST(created_at + INTERVAL '1' YEAR AS DATE)
    WHERE offer_id IN (SELECT id FROM offer WHERE billing_cycle = 'ANNUAL');
UPDATE subscription SET term_end = CAST(created_at + INTERVAL '1' MONTH AS DATE) WHERE term_end IS NULL;
ALTER TABLE subscription ALTER COLUMN term_end SET NOT NULL;

-- Purchase or last increase: a decrease is allowed only within the cancellation window after it.
ALTER TABLE subscription ADD COLUMN licenses_changed_at TIMESTAMP;
UPDATE subscription SET licenses_changed_at = created_at;
ALTER TABLE subscription ALTER COLUMN licenses_changed_at SET NOT NULL;

-- The last status change, why and by whom; and the upgrade that ended or started it.
ALTER TABLE subscription ADD COLUMN status_reason VARCHAR(500);
ALTER TABLE subscription ADD COLUMN status_changed_by VARCHAR(254);
ALTER TABLE subscription ADD COLUMN status_changed_at TIMESTAMP;
ALTER TABLE subscription ADD COLUMN upgraded_from_id BIGINT;
ALTER TABLE subscription ADD COLUMN upgraded_to_id BIGINT;
ALTER TABLE subscription ADD CONSTRAINT fk_subscription_upgraded_from
    FOREIGN KEY (upgraded_from_id) REFERENCES subscription (id);
ALTER TABLE subscription ADD CONSTRAINT fk_subscription_upgraded_to
    FOREIGN KEY (upgraded_to_id) REFERENCES subscription (id);
