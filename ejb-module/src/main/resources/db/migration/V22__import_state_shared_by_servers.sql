-- What an import keeps between requests moves from the memory of the server that checked the file
-- into the database, so that any server of a cluster can answer the next request:
--   the checked lines between the preview and Import (kept two hours);
--   the result file with the temporary passwords until it is downloaded (kept one hour), sealed
--   with a key that is never in the database (PARTNERHUB_SEALING_KEY): a copy of the database
--   opens no password;
--   which server runs an import, and until when its lease holds: the server renews it while the
--   import runs, and any server marks an import whose lease ran out failed (its server is gone).
-- Standard SQL for H2 2.x and PostgreSQL 15.
CREATE TABLE import_checked_file (
    token        VARCHAR(64)  NOT NULL,
    partner_id   BIGINT       NOT NULL,
    customer_id  BIGINT       NOT NULL,
    checked_by   VARCHAR(254) NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    checked_rows TEXT         NOT NULL,
    checked_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_import_checked_file PRIMARY KEY (token),
    CONSTRAINT fk_import_checked_file_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_import_checked_file_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_import_checked_file_at ON import_checked_file (checked_at);

CREATE TABLE import_result (
    import_id BIGINT    NOT NULL,
    sealed    TEXT      NOT NULL,
    made_at   TIMESTAMP NOT NULL,
    CONSTRAINT pk_import_result PRIMARY KEY (import_id),
    CONSTRAINT fk_import_result_import FOREIGN KEY (import_id) REFERENCES user_import (id)
);
CREATE INDEX ix_import_result_made ON import_result (made_at);

ALTER TABLE user_import ADD COLUMN runner VARCHAR(64);
ALTER TABLE user_import ADD COLUMN lease_until TIMESTAMP;
CREATE INDEX ix_user_import_running ON user_import (status, lease_until);
