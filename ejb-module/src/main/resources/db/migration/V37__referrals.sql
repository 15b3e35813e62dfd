-- Referrals (referral.Referral): a lead for a new customer, recorded by a partner (owner) and
-- worked by a partner (assignee): the owner itself, or the partnered reseller a provider referred
-- it to. The owner of a referred lead sees its status and answer, never the assignee's notes.
CREATE SEQUENCE referral_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE referral (
    id                  BIGINT         NOT NULL,
    version             BIGINT         NOT NULL,
    owner_id            BIGINT         NOT NULL,
    assignee_id         BIGINT         NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    company_name        VARCHAR(120)   NOT NULL,
    contact_first_name  VARCHAR(50)    NOT NULL,
    contact_last_name   VARCHAR(50)    NOT NULL,
    contact_email       VARCHAR(254)   NOT NULL,
    contact_phone       VARCHAR(30),
    country             VARCHAR(2)     NOT NULL,
    offer_id            BIGINT,
    licenses            INTEGER,
    estimated_value     DECIMAL(14, 2),
    currency            VARCHAR(3),
    source              VARCHAR(100),
    note                VARCHAR(2000),
    work_note           VARCHAR(2000),
    decline_reason      VARCHAR(500),
    lost_reason         VARCHAR(500),
    customer_id         BIGINT,
    created_by          VARCHAR(254)   NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    referred_at         TIMESTAMP,
    changed_at          TIMESTAMP      NOT NULL,
    CONSTRAINT pk_referral PRIMARY KEY (id),
    CONSTRAINT fk_referral_owner FOREIGN KEY (owner_id) REFERENCES partner (id),
    CONSTRAINT fk_referral_assignee FOREIGN KEY (assignee_id) REFERENCES partner (id),
    CONSTRAINT fk_referral_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_referral_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_referral_licenses CHECK (licenses IS NULL OR licenses > 0),
    CONSTRAINT ck_referral_value CHECK (estimated_value IS NULL OR estimated_value >= 0)
);
-- The two lists, newest first: the leads a partner works, and those a provider referred.
CREATE INDEX ix_referral_assignee_time ON referral (assignee_id, created_at, id);
CREATE INDEX ix_referral_owner_time ON referral (owner_id, created_at, id);
-- A customer comes from one lead at most.
CREATE UNIQUE INDEX ux_referral_customer ON referral (customer_id);
