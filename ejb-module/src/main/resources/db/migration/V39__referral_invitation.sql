-- A won lead whose customer is invited (a reseller relationship request) rather than added: the
-- invitation it sent. The customer that accepts it becomes the lead's customer.
ALTER TABLE referral ADD COLUMN invitation_id BIGINT;
ALTER TABLE referral ADD CONSTRAINT fk_referral_invitation FOREIGN KEY (invitation_id) REFERENCES relationship_invitation (id);
CREATE INDEX ix_referral_invitation ON referral (invitation_id);
