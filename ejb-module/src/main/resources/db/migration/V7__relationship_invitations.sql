-- Invitations a partner sends a customer to accept it as reseller (an indirect reseller may
-- invite jointly with its indirect provider). EXPIRED is not stored: a PENDING invitation past
-- expires_at is expired, with no job to run. Standard SQL for H2 2.x and PostgreSQL 15.

CREATE SEQUENCE relationship_invitation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE relationship_invitation (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    partner_id   BIGINT       NOT NULL,
    -- the indirect provider invited with the reseller, for a joint invitation
    provider_id  BIGINT,
    language     VARCHAR(10)  NOT NULL,
    -- SHA-256 (hex) of the token in the link; never the token itself
    link_hash    CHAR(64)     NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    created_by   VARCHAR(254) NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    -- the customer admin who answered, and the customer it connected
    answered_by  VARCHAR(254),
    answered_at  TIMESTAMP,
    customer_id  BIGINT,
    revoked_by   VARCHAR(254),
    revoked_at   TIMESTAMP,
    CONSTRAINT pk_relationship_invitation PRIMARY KEY (id),
    CONSTRAINT fk_invitation_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_invitation_provider FOREIGN KEY (provider_id) REFERENCES partner (id),
    CONSTRAINT fk_invitation_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT uq_invitation_link UNIQUE (link_hash),
    CONSTRAINT ck_invitation_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED'))
);
CREATE INDEX ix_invitation_partner ON relationship_invitation (partner_id, created_at);
