-- Home counts the partner's pending invitations whose link runs out soon: by partner, status
-- and expiry. With only ix_invitation_partner it read every invitation of the partner, on every
-- Home page: 73 ms for 90,000 on PostgreSQL, against under 1 ms.
CREATE INDEX ix_invitation_partner_status ON relationship_invitation (partner_id, status, expires_at);
