-- Partners, their users and the audit log. Standard SQL that runs unchanged on H2 2.x and
-- PostgreSQL 15. Ids come from sequences: EclipseLink takes each value it reads as the top of a
-- block of 50 ids, so a sequence starts at 50 and steps by 50.

CREATE SEQUENCE partner_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE partner_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE partner (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    partner_type     VARCHAR(30)  NOT NULL,
    name             VARCHAR(120) NOT NULL,
    mpn_id           VARCHAR(10)  NOT NULL,
    country          CHAR(2)      NOT NULL,
    contact_email    VARCHAR(254) NOT NULL,
    website          VARCHAR(200),
    default_language VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_partner PRIMARY KEY (id),
    CONSTRAINT uq_partner_mpn_id UNIQUE (mpn_id),
    CONSTRAINT ck_partner_type CHECK (partner_type IN ('DIRECT_RESELLER', 'INDIRECT_PROVIDER', 'INDIRECT_RESELLER'))
);

CREATE TABLE partner_user (
    id                 BIGINT       NOT NULL,
    version            BIGINT       NOT NULL,
    partner_id         BIGINT       NOT NULL,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(100) NOT NULL,
    active             BOOLEAN      NOT NULL,
    password_hash      VARCHAR(500) NOT NULL,
    preferred_language VARCHAR(10)  NOT NULL,
    created_at         TIMESTAMP    NOT NULL,
    CONSTRAINT pk_partner_user PRIMARY KEY (id),
    CONSTRAINT uq_partner_user_email UNIQUE (email),
    CONSTRAINT fk_partner_user_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_partner_user_partner ON partner_user (partner_id);

CREATE TABLE partner_user_role (
    partner_user_id BIGINT      NOT NULL,
    role            VARCHAR(30) NOT NULL,
    CONSTRAINT pk_partner_user_role PRIMARY KEY (partner_user_id, role),
    CONSTRAINT fk_partner_user_role_user FOREIGN KEY (partner_user_id) REFERENCES partner_user (id),
    CONSTRAINT ck_partner_user_role CHECK (role IN ('GLOBAL_ADMIN', 'ADMIN_AGENT', 'SALES_AGENT', 'HELPDESK_AGENT'))
);

CREATE TABLE audit_event (
    id          BIGINT       NOT NULL,
    occurred_at TIMESTAMP    NOT NULL,
    actor_email VARCHAR(254),
    partner_id  BIGINT,
    action      VARCHAR(50)  NOT NULL,
    target      VARCHAR(254),
    summary     VARCHAR(500),
    CONSTRAINT pk_audit_event PRIMARY KEY (id),
    CONSTRAINT fk_audit_event_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_audit_event_partner_time ON audit_event (partner_id, occurred_at);
