-- The answers kept for MS-RequestId retries are sealed from now on: the row is found by a one-way
-- function of the request id and its body is encrypted with a key derived from it, so that a copy
-- of the database opens no temporary password or personal link. Rows kept the old way (at most
-- 24 hours' worth) cannot be read the new way: they go, and a retry of one of them runs again.
DELETE FROM api_request;
