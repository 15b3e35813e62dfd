-- The customer's users as partners manage them, and the licenses of the customer's
-- subscriptions assigned to them. Standard SQL for H2 2.x and PostgreSQL 15.

ALTER TABLE customer_user ADD COLUMN first_name VARCHAR(50);
ALTER TABLE customer_user ADD COLUMN last_name VARCHAR(50);
ALTER TABLE customer_user ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE customer_user ADD COLUMN usage_location CHAR(2);
ALTER TABLE customer_user ADD COLUMN blocked BOOLEAN DEFAULT FALSE NOT NULL;
-- Lower-case display name, for searching without a function on the column.
ALTER TABLE customer_user ADD COLUMN display_name_key VARCHAR(100);
UPDATE customer_user SET display_name_key = LOWER(display_name);
ALTER TABLE customer_user ALTER COLUMN display_name_key SET NOT NULL;
CREATE INDEX ix_customer_user_search ON customer_user (customer_id, user_name);

CREATE TABLE license_assignment (
    customer_user_id BIGINT       NOT NULL,
    subscription_id  BIGINT       NOT NULL,
    assigned_by      VARCHAR(254) NOT NULL,
    assigned_at      TIMESTAMP    NOT NULL,
    CONSTRAINT pk_license_assignment PRIMARY KEY (customer_user_id, subscription_id),
    CONSTRAINT fk_license_user FOREIGN KEY (customer_user_id) REFERENCES customer_user (id),
    CONSTRAINT fk_license_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id)
);
CREATE INDEX ix_license_subscription ON license_assignment (subscription_id);
