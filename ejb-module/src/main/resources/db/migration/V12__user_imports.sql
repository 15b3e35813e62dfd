-- Imports of many customer users from a CSV file: the job and its outcome, visible on the
-- customer after the browser is gone. The rows themselves are written in one transaction:
-- all or none. Standard SQL for H2 2.x and PostgreSQL 15.
CREATE SEQUENCE user_import_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_import (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    customer_id    BIGINT       NOT NULL,
    partner_id     BIGINT       NOT NULL,
    created_by     VARCHAR(254) NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    file_rows      INTEGER      NOT NULL,
    rows_to_import INTEGER      NOT NULL,
    processed      INTEGER      NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    failure        VARCHAR(500),
    finished_at    TIMESTAMP,
    CONSTRAINT pk_user_import PRIMARY KEY (id),
    CONSTRAINT fk_user_import_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_user_import_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
CREATE INDEX ix_user_import_customer ON user_import (customer_id, created_at);
