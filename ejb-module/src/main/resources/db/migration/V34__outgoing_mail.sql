-- Email Partner Hub sends itself when an SMTP server is configured (mail.OutgoingMail): queued
-- with the change it belongs to, sent and retried by a timer. The text is sealed: it holds a
-- personal link.
CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outgoing_mail (
    id              BIGINT         NOT NULL,
    partner_id      BIGINT         NOT NULL,
    recipient       VARCHAR(254)   NOT NULL,
    subject         VARCHAR(500)   NOT NULL,
    sealed_body     VARCHAR(20000) NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    last_error      VARCHAR(500),
    next_attempt_at TIMESTAMP      NOT NULL,
    claimed_until   TIMESTAMP,
    created_by      VARCHAR(254)   NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT pk_outgoing_mail PRIMARY KEY (id),
    CONSTRAINT fk_outgoing_mail_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);
-- What the sender looks for every few seconds: the pending ones that are due.
CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (status, next_attempt_at);
