#!/usr/bin/env bash
# How long checking and importing a file of 10,000 customer users takes, through the page.
#   bench/user-import.sh [rows]     (default 10000)
# Starts the app with the run command (Payara Server, demo data) on a scratch database
# partnerhub_bench_import on 127.0.0.1:5432 (user postgres, trust auth), gives a Contoso
# customer a subscription with enough licenses, signs in as ana@contoso.example, uploads a
# generated file in which every line asks for a license, and times the check and the import
# (bench/lib/user_import.py); then prints the server's own figures from its log.
# Needs ports 8080 and 4848 free; stops the server at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}
db=partnerhub_bench_import
log=ear/target/bench-import-server.log
. bench/lib/start-app.sh
customer=$(psql_db -c "SELECT r.customer_id FROM reseller_relationship r JOIN partner p ON p.id = r.partner_id
    WHERE p.mpn_id = '1000001' AND r.delegated_admin ORDER BY r.customer_id LIMIT 1")
contoso=$(psql_db -c "SELECT id FROM partner WHERE mpn_id = '1000001'")
e3=$(psql_db -c "SELECT id FROM offer WHERE code = 'O365-E3'")
psql_db -c "INSERT INTO customer_order (id, partner_id, customer_id, submitted_at, submitted_by)
    VALUES (2000000000, $contoso, $customer, CURRENT_TIMESTAMP, 'bench')" \
    -c "INSERT INTO subscription (id, version, customer_id, partner_id, order_id, offer_id, licenses, status,
        created_at, term_end, licenses_changed_at)
    VALUES (2000000000, 1, $customer, $contoso, 2000000000, $e3, $rows, 'ACTIVE', CURRENT_TIMESTAMP,
        CURRENT_DATE + 365, CURRENT_TIMESTAMP)"
echo "customer $customer has an Office 365 E3 subscription with $rows licenses"
python3 bench/lib/user_import.py http://localhost:8080/partnerhub ana@contoso.example Demo-Partner-2026 \
    "$customer" "$rows"
echo "server's own figures:"
grep -o "import check: .*\|import [0-9]*: .* users in .*" "$log" | sed 's/|#\]$//' || true
