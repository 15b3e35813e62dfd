#!/usr/bin/env bash
# How long a customer's account page takes to answer for a customer with 10 users and for one
# with [users] users (default 10000), in PostgreSQL.
#   bench/customer-account-page.sh [users]
# Starts the app with the run command (Payara Server, demo data) on a scratch database
# partnerhub_bench_account on 127.0.0.1:5432 (user postgres, trust auth), gives Contoso
# Distribution two more customers, one with 10 users and one with [users], signs in as
# ana@contoso.example and times both account pages and a far page of the Users tab
# (bench/lib/customer_account_page.py). Needs ports 8080 and 4848 free; stops the server at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-10000}
db=partnerhub_bench_account
log=ear/target/bench-account-server.log
. bench/lib/start-app.sh
contoso=$(psql_db -c "SELECT id FROM partner WHERE mpn_id = '1000001'")
psql_db -v partner="$contoso" -v few=10 -v many="$users" -f bench/lib/fill-customer-users.sql
echo "customers added: 1000000001 with 10 users, 1000000002 with $users users"
python3 bench/lib/customer_account_page.py http://localhost:8080/partnerhub ana@contoso.example Demo-Partner-2026 \
    1000000001 "1000000002:$((users / 2))"
