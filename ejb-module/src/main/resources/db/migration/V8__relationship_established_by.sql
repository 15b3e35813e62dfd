-- Who made each relationship (the partner user who added the customer, or the customer admin
-- who accepted an invitation), for the relationship history. Rows made before are left empty.
-- An invitation may be meant for one known customer: the one a removed relationship is to be
-- re-established with; only that customer's admins can accept it, and it waits in their area.
ALTER TABLE reseller_relationship ADD COLUMN established_by VARCHAR(254);
ALTER TABLE relationship_invitation ADD COLUMN for_customer_id BIGINT;
ALTER TABLE relationship_invitation ADD CONSTRAINT fk_invitation_for_customer
    FOREIGN KEY (for_customer_id) REFERENCES customer (id);
CREATE INDEX ix_invitation_for_customer ON relationship_invitation (for_customer_id);
