-- :count customers for the bench, 90% of them with an active relationship with partner
-- :partner, every tenth with partner :other instead (so the list query must filter).
-- Ids start at :first_id, above anything the application's sequences hand out in a bench.
INSERT INTO customer (id, version, company_name, company_name_key, domain_prefix, address_line1, city, country,
                      contact_first_name, contact_last_name, contact_email, language, created_at)
SELECT :first_id + i, 1, 'Company ' || md5(i::text), lower('Company ' || md5(i::text)), 'bench' || i,
       '1 Main St', 'Seattle', 'US', 'First', 'Last', 'it@bench' || i || '.example', 'EN',
       timestamp '2020-01-01' + i * interval '1 minute'
FROM generate_series(1, :count) AS i;
INSERT INTO reseller_relationship (id, version, partner_id, customer_id, status, since, delegated_admin,
                                   customer_name_key, customer_domain_key, customer_created_at)
SELECT :first_id + i, 1, CASE WHEN i % 10 = 0 THEN :other ELSE :partner END, c.id, 'ACTIVE', now(), true,
       c.company_name_key, c.domain_prefix, c.created_at
FROM generate_series(1, :count) AS i
JOIN customer c ON c.id = :first_id + i;
VACUUM ANALYZE;
