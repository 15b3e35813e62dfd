-- Two customers of partner :partner for the account page bench: 1000000001 with :few users,
-- 1000000002 with :many. Ids are above anything the application's sequences hand out in a
-- bench. The users cannot sign in (the hash is no hash).
INSERT INTO customer (id, version, company_name, company_name_key, domain_prefix, address_line1, city, country,
                      contact_first_name, contact_last_name, contact_email, language, created_at)
VALUES (1000000001, 1, 'Few Users Ltd', 'few users ltd', 'bench-few', '1 Main St', 'Seattle', 'US',
        'First', 'Last', 'it@few.example', 'EN', now()),
       (1000000002, 1, 'Many Users Ltd', 'many users ltd', 'bench-many', '1 Main St', 'Seattle', 'US',
        'First', 'Last', 'it@many.example', 'EN', now());
INSERT INTO reseller_relationship (id, version, partner_id, customer_id, status, since, delegated_admin,
                                   customer_name_key, customer_domain_key, customer_created_at)
SELECT c.id, 1, :partner, c.id, 'ACTIVE', now(), true, c.company_name_key, c.domain_prefix, c.created_at
FROM customer c WHERE c.id IN (1000000001, 1000000002);
INSERT INTO customer_user (id, version, customer_id, user_name, display_name, display_name_key, administrator,
                           password_hash, created_at)
SELECT 1000000000 + i, 1, 1000000001, 'user' || i || '@bench-few.partnerhub.example', 'User ' || i,
       'user ' || i, i = 1, 'none', now()
FROM generate_series(1, :few) AS i
UNION ALL
SELECT 1100000000 + i, 1, 1000000002, 'user' || i || '@bench-many.partnerhub.example', 'User ' || i,
       'user ' || i, i = 1, 'none', now()
FROM generate_series(1, :many) AS i;
VACUUM ANALYZE;
