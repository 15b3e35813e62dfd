-- MS-RequestId as an idempotency key: the first answer to an API client's create, kept for 24
-- hours, so that a retry of the same request returns it and creates nothing. In the database,
-- so that a retry landing on another server of a cluster finds it too.
-- Standard SQL for H2 2.x and PostgreSQL 15.
CREATE TABLE api_request (
    caller      VARCHAR(80)  NOT NULL,
    request_id  VARCHAR(100) NOT NULL,
    operation   VARCHAR(200) NOT NULL,
    status      INTEGER      NOT NULL,
    body        TEXT,
    received_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_api_request PRIMARY KEY (caller, request_id)
);
CREATE INDEX ix_api_request_received ON api_request (received_at);
