-- Partnerships between an indirect provider and an indirect reseller, and the reseller a
-- subscription is credited to. Standard SQL for H2 2.x and PostgreSQL 15.

CREATE SEQUENCE partnership_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE partnership (
    id                BIGINT       NOT NULL,
    version           BIGINT       NOT NULL,
    provider_id       BIGINT       NOT NULL,
    reseller_id       BIGINT       NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    -- the side that asked; the other side accepts or declines
    requested_by_side VARCHAR(10)  NOT NULL,
    requested_by      VARCHAR(254) NOT NULL,
    requested_at      TIMESTAMP    NOT NULL,
    -- SHA-256 (hex) of the token in the link a provider sends; never the token itself
    link_hash         CHAR(64),
    link_expires_at   TIMESTAMP,
    accepted_by       VARCHAR(254),
    accepted_at       TIMESTAMP,
    -- who declined, revoked or ended it, when and why
    ended_by          VARCHAR(254),
    ended_at          TIMESTAMP,
    end_reason        VARCHAR(500),
    -- '<provider id>:<reseller id>' while PENDING or ACTIVE, NULL after: one open partnership per pair
    -- (a unique constraint both databases enforce; H2 has no partial indexes)
    open_pair         VARCHAR(41),
    CONSTRAINT pk_partnership PRIMARY KEY (id),
    CONSTRAINT fk_partnership_provider FOREIGN KEY (provider_id) REFERENCES partner (id),
    CONSTRAINT fk_partnership_reseller FOREIGN KEY (reseller_id) REFERENCES partner (id),
    CONSTRAINT uq_partnership_open_pair UNIQUE (open_pair),
    CONSTRAINT uq_partnership_link UNIQUE (link_hash),
    CONSTRAINT ck_partnership_status CHECK (status IN ('PENDING', 'ACTIVE', 'DECLINED', 'REVOKED', 'ENDED')),
    CONSTRAINT ck_partnership_side CHECK (requested_by_side IN ('PROVIDER', 'RESELLER'))
);
CREATE INDEX ix_partnership_provider ON partnership (provider_id, status);
CREATE INDEX ix_partnership_reseller ON partnership (reseller_id, status);

-- The indirect reseller credited with the subscription (incentives), if any.
ALTER TABLE subscription ADD COLUMN reseller_id BIGINT;
ALTER TABLE subscription ADD CONSTRAINT fk_subscription_reseller FOREIGN KEY (reseller_id) REFERENCES partner (id);
CREATE INDEX ix_subscription_reseller ON subscription (reseller_id, partner_id);
