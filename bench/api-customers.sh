#!/usr/bin/env bash
# The API with 100,000 customers in PostgreSQL: a 500-item page of GET /v1/customers, every
# page up to the 200th through links.next, and creating [creates] customers one request each.
#   bench/api-customers.sh [customers] [creates]     (defaults 100000 and 1000)
# Starts the app with the run command (Payara Server, demo data) on a scratch database
# partnerhub_bench_api on 127.0.0.1:5432 (user postgres, trust auth) with the API rate limit
# lifted, gives Contoso Distribution 90% of [customers] customers and an API client, and times
# the requests (bench/lib/api_customers.py). Needs ports 8080 and 4848 free; stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
creates=${2:-1000}
db=partnerhub_bench_api
log=ear/target/bench-api-server.log
export PARTNERHUB_API_RATE_LIMIT=1000000
. bench/lib/start-app.sh
contoso=$(psql_db -c "SELECT id FROM partner WHERE mpn_id = '1000001'")
fabrikam=$(psql_db -c "SELECT id FROM partner WHERE mpn_id = '2000001'")
psql_db -v count="$count" -v partner="$contoso" -v other="$fabrikam" -v first_id=1000000000 \
    -f bench/lib/fill-customers.sql
secret=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
hash=$(printf '%s' "$secret" | sha256sum | cut -d' ' -f1)
psql_db -c "INSERT INTO api_client (id, version, partner_id, name, role, client_id, secret_hash, active,
    credentials_version, created_at, created_by) VALUES (1000000000, 1, $contoso, 'bench', 'ADMIN_AGENT',
    'bench-client-000000001', '$hash', true, 0, CURRENT_TIMESTAMP, 'bench')"
echo "customers added: $count (90% of them Contoso's); API client bench-client-000000001"
python3 bench/lib/api_customers.py http://localhost:8080/partnerhub bench-client-000000001 "$secret" "$creates"
