-- The API's callers. An API client belongs to a partner and acts with one role; only the
-- SHA-256 of its secret is kept. A token is kept as its SHA-256 too, with the client's
-- credentials version at issue: rotating the secret or disabling the client ends it.
-- Standard SQL for H2 2.x and PostgreSQL 15.
CREATE SEQUENCE api_client_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_client (
    id                  BIGINT       NOT NULL,
    version             BIGINT       NOT NULL,
    partner_id          BIGINT       NOT NULL,
    name                VARCHAR(100) NOT NULL,
    role                VARCHAR(30)  NOT NULL,
    client_id           VARCHAR(40)  NOT NULL,
    secret_hash         VARCHAR(64)  NOT NULL,
    active              BOOLEAN      NOT NULL,
    credentials_version BIGINT       NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    created_by          VARCHAR(254) NOT NULL,
    CONSTRAINT pk_api_client PRIMARY KEY (id),
    CONSTRAINT uq_api_client_client_id UNIQUE (client_id),
    CONSTRAINT fk_api_client_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_api_client_partner ON api_client (partner_id);

CREATE TABLE api_token (
    token_hash          VARCHAR(64) NOT NULL,
    api_client_id       BIGINT      NOT NULL,
    credentials_version BIGINT      NOT NULL,
    expires_at          TIMESTAMP   NOT NULL,
    CONSTRAINT pk_api_token PRIMARY KEY (token_hash),
    CONSTRAINT fk_api_token_client FOREIGN KEY (api_client_id) REFERENCES api_client (id)
);
CREATE INDEX ix_api_token_expires ON api_token (expires_at);
CREATE INDEX ix_api_token_client ON api_token (api_client_id);
