-- Granular admin relationships: admin roles a customer grants a partner for a limited time.
-- EXPIRING and EXPIRED are not stored: they follow from link_expires_at and ends_at when read,
-- as does auto-extension (ends_at is moved forward once it is reached). Standard SQL for H2 2.x
-- and PostgreSQL 15.

CREATE SEQUENCE admin_relationship_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE admin_relationship (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    partner_id      BIGINT       NOT NULL,
    customer_id     BIGINT       NOT NULL,
    name            VARCHAR(50)  NOT NULL,
    -- the admin roles' names, comma-separated
    roles           VARCHAR(200) NOT NULL,
    duration_days   INTEGER      NOT NULL,
    auto_extend     BOOLEAN      NOT NULL,
    -- SHA-256 (hex) of the token in the approval link; never the token itself
    link_hash       CHAR(64)     NOT NULL,
    link_expires_at TIMESTAMP    NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    requested_by    VARCHAR(254) NOT NULL,
    requested_at    TIMESTAMP    NOT NULL,
    answered_by     VARCHAR(254),
    answered_at     TIMESTAMP,
    ends_at         TIMESTAMP,
    terminated_by   VARCHAR(254),
    terminated_side VARCHAR(10),
    terminated_at   TIMESTAMP,
    CONSTRAINT pk_admin_relationship PRIMARY KEY (id),
    CONSTRAINT fk_admin_relationship_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_admin_relationship_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT uq_admin_relationship_link UNIQUE (link_hash),
    CONSTRAINT ck_admin_relationship_status CHECK (status IN ('PENDING_APPROVAL', 'ACTIVE', 'DECLINED', 'TERMINATED')),
    CONSTRAINT ck_admin_relationship_days CHECK (duration_days BETWEEN 1 AND 730),
    CONSTRAINT ck_admin_relationship_side CHECK (terminated_side IN ('PARTNER', 'CUSTOMER'))
);
CREATE INDEX ix_admin_relationship_customer ON admin_relationship (customer_id, partner_id, status);
CREATE INDEX ix_admin_relationship_partner_end ON admin_relationship (partner_id, status, ends_at);
