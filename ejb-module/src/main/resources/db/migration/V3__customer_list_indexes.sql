-- The customer list's two orders, so that a page of a partner with many customers walks an
-- index instead of sorting them all (measured with bench/customer-list-query.sh).
CREATE INDEX ix_customer_name_key ON customer (company_name_key, id);
CREATE INDEX ix_customer_created ON customer (created_at, id);
