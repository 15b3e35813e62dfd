-- Whom an invitation was written to, as the partner typed it (optional: an invitation link
-- asked for through the API has no addressee). The invitations list shows it.
ALTER TABLE relationship_invitation ADD COLUMN recipient VARCHAR(254);
