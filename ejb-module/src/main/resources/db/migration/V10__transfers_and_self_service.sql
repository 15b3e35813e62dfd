-- Subscriptions moving to another partner on that partner's request, approved by the current
-- partner of record; and customers a partner lets buy their own services. Standard SQL for
-- H2 2.x and PostgreSQL 15.

CREATE SEQUENCE subscription_transfer_seq START WITH 50 INCREMENT BY 50;

-- EXPIRED is not stored: a PENDING request past expires_at is expired, with no job to run.
CREATE TABLE subscription_transfer (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    customer_id     BIGINT       NOT NULL,
    from_partner_id BIGINT       NOT NULL,
    to_partner_id   BIGINT       NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    requested_by    VARCHAR(254) NOT NULL,
    requested_at    TIMESTAMP    NOT NULL,
    expires_at      TIMESTAMP    NOT NULL,
    decided_by      VARCHAR(254),
    decided_at      TIMESTAMP,
    decision_reason VARCHAR(500),
    CONSTRAINT pk_subscription_transfer PRIMARY KEY (id),
    CONSTRAINT fk_transfer_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_transfer_from FOREIGN KEY (from_partner_id) REFERENCES partner (id),
    CONSTRAINT fk_transfer_to FOREIGN KEY (to_partner_id) REFERENCES partner (id),
    CONSTRAINT ck_transfer_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT ck_transfer_partners CHECK (from_partner_id <> to_partner_id)
);
CREATE INDEX ix_transfer_from ON subscription_transfer (from_partner_id, status);
CREATE INDEX ix_transfer_to ON subscription_transfer (to_partner_id, status);

CREATE TABLE subscription_transfer_item (
    transfer_id     BIGINT NOT NULL,
    subscription_id BIGINT NOT NULL,
    CONSTRAINT pk_subscription_transfer_item PRIMARY KEY (transfer_id, subscription_id),
    CONSTRAINT fk_transfer_item_transfer FOREIGN KEY (transfer_id) REFERENCES subscription_transfer (id),
    CONSTRAINT fk_transfer_item_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id)
);
CREATE INDEX ix_transfer_item_subscription ON subscription_transfer_item (subscription_id);

-- Whether the customer may buy (self-service offers) through this partner; off unless the
-- partner switches it on.
ALTER TABLE reseller_relationship ADD COLUMN self_service BOOLEAN DEFAULT FALSE NOT NULL;
