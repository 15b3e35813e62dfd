-- A provider asks a reseller by email (and, if it has it, MPN ID). Without an MPN ID the request
-- names no reseller until one answers: any indirect reseller's admin who opens the link may.
-- open_pair is then '<provider id>:@<email>' (one open request per address), and becomes
-- '<provider id>:<reseller id>' when accepted.
ALTER TABLE partnership ALTER COLUMN reseller_id DROP NOT NULL;
ALTER TABLE partnership ADD COLUMN invited_email VARCHAR(254);
ALTER TABLE partnership ALTER COLUMN open_pair SET DATA TYPE VARCHAR(300);
