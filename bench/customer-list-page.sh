#!/usr/bin/env bash
# How long the customer list page takes to answer with 100,000 customers in PostgreSQL.
#   bench/customer-list-page.sh [customers]     (default 100000)
# Starts the app with the run command (Payara Server, demo data) on a scratch database
# partnerhub_bench_page on 127.0.0.1:5432 (user postgres, trust auth), gives Contoso
# Distribution 90% of [customers] more customers (the rest to Fabrikam), signs in as
# ana@contoso.example and times the page and its Ajax requests (bench/lib/customer_list_page.py).
# Needs ports 8080 and 4848 free; stops the server at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
db=partnerhub_bench_page
log=ear/target/bench-server.log
. bench/lib/start-app.sh
contoso=$(psql_db -c "SELECT id FROM partner WHERE mpn_id = '1000001'")
fabrikam=$(psql_db -c "SELECT id FROM partner WHERE mpn_id = '2000001'")
psql_db -v count="$count" -v partner="$contoso" -v other="$fabrikam" -v first_id=1000000000 \
    -f bench/lib/fill-customers.sql
echo "customers added: $count (90% of them Contoso's)"
python3 bench/lib/customer_list_page.py http://localhost:8080/partnerhub ana@contoso.example Demo-Partner-2026
