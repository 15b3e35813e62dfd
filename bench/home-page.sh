#!/usr/bin/env bash
# How long Home takes to answer with the load test's data in PostgreSQL: 100,000 customers
# (90% of them Contoso Distribution's), 1,000,000 subscriptions, 1,000 partners.
#   bench/home-page.sh [requests]     (default 100)
# Starts the app with the run command (Payara Server, demo data) on a scratch database
# partnerhub_bench_home on 127.0.0.1:5432 (user postgres, trust auth), fills it as bench/load.sh
# does, then times Home for ana@contoso.example (the provider's Global admin, 90,000 customers),
# elena@fabrikam.example (its partnered reseller's, 15,000) and gabriela@tailspin.example (a direct
# reseller with 3), each [requests] times one after the other after as many unmeasured ones
# (bench/lib/home_page.py). Needs ports 8080 and 4848 free; stops the server at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-100}
db=partnerhub_bench_home
log=ear/target/bench-home-server.log
first=1000001000
. bench/lib/start-app.sh
contoso=$(psql_db -c "SELECT id FROM partner WHERE mpn_id = '1000001'")
fabrikam=$(psql_db -c "SELECT id FROM partner WHERE mpn_id = '2000001'")
echo "filling $db: customers, subscriptions, partners, users (about a minute)"
psql_db -v count=100000 -v partner="$contoso" -v other="$fabrikam" -v first_id=$first -f bench/lib/fill-customers.sql
psql_db -v partner="$contoso" -v few=10 -v many=10000 -f bench/lib/fill-customer-users.sql
psql_db -v provider="$contoso" -v reseller="$fabrikam" -v first_id=$first -v customers=100000 -v per_customer=10 \
    -v users=1 -f bench/lib/fill-distributor.sql
echo "customers: $(psql_db -c "SELECT count(*) FROM customer"), subscriptions: $(psql_db -c "SELECT count(*) FROM subscription")"
for user in ana@contoso.example elena@fabrikam.example gabriela@tailspin.example; do
    python3 bench/lib/home_page.py http://localhost:8080/partnerhub "$user" Demo-Partner-2026 "$requests"
done
