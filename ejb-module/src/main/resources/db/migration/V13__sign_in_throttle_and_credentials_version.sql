-- The front door. Failed sign-ins are counted per account and per client address in the
-- database, so every server of a cluster sees the same counts and a restart forgets none.
-- credentials_version changes whenever a user's roles or active flag change: each request of a
-- live session compares it and takes on the new roles at once. Standard SQL for H2 2.x and
-- PostgreSQL 15.
CREATE TABLE sign_in_throttle (
    throttle_key   VARCHAR(300) NOT NULL,
    failures       INTEGER      NOT NULL,
    window_start   TIMESTAMP    NOT NULL,
    locked_until   TIMESTAMP,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (throttle_key)
);
CREATE INDEX ix_sign_in_throttle_window ON sign_in_throttle (window_start);

ALTER TABLE partner_user ADD COLUMN credentials_version BIGINT DEFAULT 0 NOT NULL;
