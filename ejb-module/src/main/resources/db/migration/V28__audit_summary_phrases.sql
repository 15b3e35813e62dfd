-- Audit summaries as message codes and arguments, so each reader sees them in their own
-- language (audit.Summary). Older events keep their English text in summary.
ALTER TABLE audit_event ADD COLUMN phrases VARCHAR(2000);
