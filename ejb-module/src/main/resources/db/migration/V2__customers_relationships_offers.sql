-- Customers, the reseller relationships through which partners act for them, the offer
-- catalog, orders and their subscriptions, and the customer's own users (its first admin).
-- Standard SQL for H2 2.x and PostgreSQL 15; sequences step by 50 (see V1).

CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE reseller_relationship_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customer_order_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE subscription_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customer_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE customer (
    id                 BIGINT       NOT NULL,
    version            BIGINT       NOT NULL,
    company_name       VARCHAR(120) NOT NULL,
    -- lower-case copy of the company name: the customer list searches it with LIKE
    company_name_key   VARCHAR(120) NOT NULL,
    domain_prefix      VARCHAR(27)  NOT NULL,
    address_line1      VARCHAR(200) NOT NULL,
    address_line2      VARCHAR(200),
    city               VARCHAR(100) NOT NULL,
    region             VARCHAR(100),
    postal_code        VARCHAR(20),
    country            CHAR(2)      NOT NULL,
    contact_first_name VARCHAR(50)  NOT NULL,
    contact_last_name  VARCHAR(50)  NOT NULL,
    contact_email      VARCHAR(254) NOT NULL,
    contact_phone      VARCHAR(30),
    language           VARCHAR(10)  NOT NULL,
    created_at         TIMESTAMP    NOT NULL,
    CONSTRAINT pk_customer PRIMARY KEY (id),
    CONSTRAINT uq_customer_domain_prefix UNIQUE (domain_prefix)
);

CREATE TABLE reseller_relationship (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    partner_id      BIGINT       NOT NULL,
    customer_id     BIGINT       NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    since           TIMESTAMP    NOT NULL,
    delegated_admin BOOLEAN      NOT NULL,
    removed_at      TIMESTAMP,
    removed_by      VARCHAR(254),
    removal_reason  VARCHAR(500),
    CONSTRAINT pk_reseller_relationship PRIMARY KEY (id),
    CONSTRAINT fk_relationship_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_relationship_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_relationship_status CHECK (status IN ('ACTIVE', 'REMOVED'))
);
-- The customer list of a partner starts here: its active relationships.
CREATE INDEX ix_relationship_partner_status ON reseller_relationship (partner_id, status, customer_id);
CREATE INDEX ix_relationship_customer ON reseller_relationship (customer_id);

CREATE TABLE offer (
    id                BIGINT        NOT NULL,
    code              VARCHAR(40)   NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    description       VARCHAR(500)  NOT NULL,
    billing_cycle     VARCHAR(10)   NOT NULL,
    price_per_license DECIMAL(10,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    min_licenses      INTEGER       NOT NULL,
    max_licenses      INTEGER       NOT NULL,
    CONSTRAINT pk_offer PRIMARY KEY (id),
    CONSTRAINT uq_offer_code UNIQUE (code),
    CONSTRAINT ck_offer_billing_cycle CHECK (billing_cycle IN ('MONTHLY', 'ANNUAL')),
    CONSTRAINT ck_offer_licenses CHECK (min_licenses >= 1 AND max_licenses >= min_licenses)
);

CREATE TABLE customer_order (
    id           BIGINT       NOT NULL,
    partner_id   BIGINT       NOT NULL,
    customer_id  BIGINT       NOT NULL,
    submitted_at TIMESTAMP    NOT NULL,
    submitted_by VARCHAR(254) NOT NULL,
    CONSTRAINT pk_customer_order PRIMARY KEY (id),
    CONSTRAINT fk_order_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

CREATE TABLE subscription (
    id          BIGINT      NOT NULL,
    version     BIGINT      NOT NULL,
    customer_id BIGINT      NOT NULL,
    partner_id  BIGINT      NOT NULL,
    order_id    BIGINT      NOT NULL,
    offer_id    BIGINT      NOT NULL,
    licenses    INTEGER     NOT NULL,
    status      VARCHAR(10) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    CONSTRAINT pk_subscription PRIMARY KEY (id),
    CONSTRAINT fk_subscription_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_subscription_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_subscription_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT fk_subscription_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT ck_subscription_status CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    CONSTRAINT ck_subscription_licenses CHECK (licenses >= 1)
);
CREATE INDEX ix_subscription_customer ON subscription (customer_id, partner_id);

CREATE TABLE customer_user (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    customer_id   BIGINT       NOT NULL,
    user_name     VARCHAR(254) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    administrator BOOLEAN      NOT NULL,
    password_hash VARCHAR(500) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT pk_customer_user PRIMARY KEY (id),
    CONSTRAINT uq_customer_user_name UNIQUE (user_name),
    CONSTRAINT fk_customer_user_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_customer_user_customer ON customer_user (customer_id);

-- The catalog the first orders choose from. Prices are per license and billing period.
INSERT INTO offer (id, code, name, description, billing_cycle, price_per_license, currency, min_licenses, max_licenses)
VALUES (1, 'M365-BUSINESS-BASIC', 'Microsoft 365 Business Basic',
        'Web and mobile Office apps, Teams, 1 TB of cloud storage and business email per user.',
        'MONTHLY', 6.00, 'USD', 1, 300);
INSERT INTO offer (id, code, name, description, billing_cycle, price_per_license, currency, min_licenses, max_licenses)
VALUES (2, 'M365-BUSINESS-STANDARD', 'Microsoft 365 Business Standard',
        'Everything in Business Basic plus desktop Office apps with premium features.',
        'MONTHLY', 12.50, 'USD', 1, 300);
INSERT INTO offer (id, code, name, description, billing_cycle, price_per_license, currency, min_licenses, max_licenses)
VALUES (3, 'M365-BUSINESS-PREMIUM', 'Microsoft 365 Business Premium',
        'Business Standard plus advanced security, device management and threat protection.',
        'ANNUAL', 264.00, 'USD', 1, 300);
INSERT INTO offer (id, code, name, description, billing_cycle, price_per_license, currency, min_licenses, max_licenses)
VALUES (4, 'O365-E3', 'Office 365 E3',
        'Office apps, email, file storage and collaboration for enterprises, without seat limit.',
        'ANNUAL', 276.00, 'USD', 5, 50000);
INSERT INTO offer (id, code, name, description, billing_cycle, price_per_license, currency, min_licenses, max_licenses)
VALUES (5, 'EXCHANGE-ONLINE-P1', 'Exchange Online (Plan 1)',
        'Business email with a 50 GB mailbox per user.',
        'MONTHLY', 4.00, 'USD', 1, 50000);
INSERT INTO offer (id, code, name, description, billing_cycle, price_per_license, currency, min_licenses, max_licenses)
VALUES (6, 'TEAMS-ESSENTIALS', 'Microsoft Teams Essentials',
        'Online meetings, chat and file sharing for small teams.',
        'MONTHLY', 4.00, 'USD', 1, 300);
