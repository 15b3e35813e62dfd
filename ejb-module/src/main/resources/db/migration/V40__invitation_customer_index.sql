-- The relationship history reads a customer's invitations by the customer that answered them
-- (and by the one they were meant for: ix_invitation_for_customer). Without this index it read
-- every invitation of the partner: 190 ms for 90,000 on PostgreSQL, against 1 ms.
CREATE INDEX ix_invitation_customer ON relationship_invitation (customer_id);
