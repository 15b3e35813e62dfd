-- Who sent a partnership request last, and when (Resend sends its link again): what the pending
-- list shows. requested_at stays the day it was asked, by which lists are paged.
ALTER TABLE partnership ADD COLUMN sent_by VARCHAR(254);
ALTER TABLE partnership ADD COLUMN sent_at TIMESTAMP;
UPDATE partnership SET sent_by = requested_by, sent_at = requested_at;
ALTER TABLE partnership ALTER COLUMN sent_by SET NOT NULL;
ALTER TABLE partnership ALTER COLUMN sent_at SET NOT NULL;
