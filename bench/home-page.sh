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
. bench/lib/fill-load-data.sh
fill_load_data 1
echo "customers: $(psql_db -c "SELECT count(*) FROM customer"), subscriptions: $(psql_db -c "SELECT count(*) FROM subscription")"
for user in ana@contoso.example elena@fabrikam.example gabriela@tailspin.example; do
    python3 bench/lib/home_page.py http://localhost:8080/partnerhub "$user" Demo-Partner-2026 "$requests"
done
