-- A partner user may also get its notifications by email (off unless the user switches it on).
ALTER TABLE partner_user ADD COLUMN notify_by_email BOOLEAN DEFAULT FALSE NOT NULL;
