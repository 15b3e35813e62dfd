-- PostgreSQL only (db/postgresql; H2 filters the partner's events it reads): the audit log's
-- free-text filter, "like '%words%'" on search_text (V38), served by a trigram index, so that
-- words found in few of a partner's millions of events are found without reading them all.
-- Version 38.1 rather than 39: the next migration every database runs keeps its number.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS ix_audit_event_search_trgm ON audit_event USING gin (search_text gin_trgm_ops);
