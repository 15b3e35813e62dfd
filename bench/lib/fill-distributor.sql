-- A distributor's data for the load test, after bench/lib/fill-customers.sql made :customers
-- customers from id :first_id + 1 (90% of provider :provider, every tenth reseller :reseller's):
--   * every twentieth of the provider's customers is served by the partnered reseller too;
--   * the provider's relationships each from an invitation its customer accepted;
--   * one order and :per_customer subscriptions per customer (1,000,000 for 100,000 customers),
--     bought through the partner that serves it, the shared ones crediting the reseller (the
--     reseller's own tenth are bought through it, as data from before the two-tier rule would
--     be: README, "Who buys", migration note);
--   * partners up to 1,000 in all (indirect resellers, each partnered with the provider);
--   * :users partner users bench1@… to bench<users>@… of the provider, with the password of
--     ana@contoso.example (its hash is copied), one per simulated session.
-- Ids start at :first_id (subscriptions at 2 × :first_id), above anything the application's
-- sequences hand out in a bench.
INSERT INTO reseller_relationship (id, version, partner_id, customer_id, status, since, delegated_admin,
                                   customer_name_key, customer_domain_key, customer_created_at)
SELECT 2 * :first_id + i, 1, :reseller, c.id, 'ACTIVE', now(), false, c.company_name_key, c.domain_prefix, c.created_at
FROM generate_series(1, :customers) AS i
JOIN customer c ON c.id = :first_id + i
WHERE i % 20 = 5;

-- The provider's relationships came from invitations its customers accepted, as relationships
-- do; the account page's history reads them.
INSERT INTO relationship_invitation (id, version, partner_id, language, link_hash, status, created_by, created_at,
                                     expires_at, answered_by, answered_at, customer_id)
SELECT :first_id + i, 1, :provider, 'EN', md5('bench' || i) || md5('link' || i), 'ACCEPTED', 'bench@contoso.example',
       timestamp '2024-01-01' + i * interval '1 minute', timestamp '2024-01-31' + i * interval '1 minute',
       'admin@customer' || i || '.example', timestamp '2024-01-02' + i * interval '1 minute', :first_id + i
FROM generate_series(1, :customers) AS i
WHERE i % 10 <> 0;

INSERT INTO customer_order (id, partner_id, customer_id, submitted_at, submitted_by)
SELECT :first_id + i, CASE WHEN i % 10 = 0 THEN :reseller ELSE :provider END, :first_id + i,
       timestamp '2024-01-01' + i * interval '1 minute', 'bench@contoso.example'
FROM generate_series(1, :customers) AS i;

INSERT INTO subscription (id, version, customer_id, partner_id, order_id, offer_id, licenses, status, created_at,
                          reseller_id, term_end, licenses_changed_at)
SELECT 2 * :first_id + (i - 1) * :per_customer + j, 1, :first_id + i,
       CASE WHEN i % 10 = 0 THEN :reseller ELSE :provider END, :first_id + i, o.id,
       o.min_licenses + (i * j) % 40, CASE WHEN (i + j) % 25 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END,
       timestamp '2024-01-01' + i * interval '1 minute',
       CASE WHEN i % 20 = 5 THEN :reseller END,
       CAST(timestamp '2024-01-01' + i * interval '1 minute'
            + CASE o.billing_cycle WHEN 'ANNUAL' THEN interval '1 year' ELSE interval '1 month' END AS DATE),
       timestamp '2024-01-01' + i * interval '1 minute'
FROM generate_series(1, :customers) AS i
CROSS JOIN generate_series(1, :per_customer) AS j
JOIN offer o ON o.id = 1 + (i + j) % 8;

INSERT INTO partner (id, version, partner_type, name, mpn_id, country, contact_email, default_language)
SELECT :first_id + i, 1, 'INDIRECT_RESELLER', 'Bench Reseller ' || i, CAST(5000000 + i AS VARCHAR), 'US',
       'contact@reseller' || i || '.example', 'EN'
FROM generate_series(1, 1000 - (SELECT count(*) FROM partner)) AS i;

INSERT INTO partnership (id, version, provider_id, reseller_id, status, requested_by_side, requested_by, requested_at,
                         sent_by, sent_at, accepted_by, accepted_at, open_pair)
SELECT :first_id + i, 1, :provider, :first_id + i, 'ACTIVE', 'PROVIDER', 'bench@contoso.example', now(),
       'bench@contoso.example', now(), 'bench@contoso.example', now(), :provider || ':' || (:first_id + i)
FROM generate_series(1, 1000) AS i
WHERE EXISTS (SELECT 1 FROM partner p WHERE p.id = :first_id + i);

INSERT INTO partner_user (id, version, partner_id, email, display_name, active, password_hash, preferred_language,
                          created_at, credentials_version)
SELECT :first_id + i, 1, :provider, 'bench' || i || '@contoso.example', 'Bench Agent ' || i, true, u.password_hash,
       'EN', now(), 0
FROM generate_series(1, :users) AS i
CROSS JOIN partner_user u
WHERE u.email = 'ana@contoso.example';

INSERT INTO partner_user_role (partner_user_id, role)
SELECT :first_id + i, 'ADMIN_AGENT' FROM generate_series(1, :users) AS i;

VACUUM ANALYZE;
