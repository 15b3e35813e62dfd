#!/usr/bin/env bash
# How long the customer list's queries take on PostgreSQL with 100,000 customers of one partner.
#   bench/customer-list-query.sh [customers]     (default 100000)
# Builds a scratch database partnerhub_bench on 127.0.0.1:5432 (user postgres, trust auth) from
# the project's own Flyway migrations, fills it with generate_series, then runs the SQL that
# CustomerQueries makes EclipseLink send (count + one page; with and without search; by name
# and by date) five times each and prints the best and median execution times.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
db=partnerhub_bench
psql_db() { psql -h 127.0.0.1 -p 5432 -U postgres -d "$db" -qtA -v ON_ERROR_STOP=1 "$@"; }

psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
for migration in ejb-module/src/main/resources/db/migration/V*.sql; do
    psql_db -f "$migration"
done
psql_db <<SQL
INSERT INTO partner (id, version, partner_type, name, mpn_id, country, contact_email, default_language)
VALUES (1, 1, 'INDIRECT_PROVIDER', 'Bench Partner', '9000001', 'US', 'bench@example.com', 'EN'),
       (2, 1, 'INDIRECT_RESELLER', 'Other Partner', '9000002', 'US', 'other@example.com', 'EN');
SQL
psql_db -v count="$count" -v partner=1 -v other=2 -v first_id=0 -f bench/lib/fill-customers.sql
echo "customers: $count (90% of them the bench partner's)"

run() {
    local label=$1 sql=$2
    local times=()
    for _ in 1 2 3 4 5; do
        times+=("$(psql_db -c "EXPLAIN (ANALYZE, FORMAT JSON) $sql" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])')")
    done
    printf '%-44s best %7.2f ms   median %7.2f ms\n' "$label" \
        "$(printf '%s\n' "${times[@]}" | sort -n | head -1)" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
}
from="FROM reseller_relationship t0, customer t1 WHERE t0.partner_id = 1 AND t0.status = 'ACTIVE' AND t1.id = t0.customer_id"
all=""
some="AND (t1.company_name_key LIKE '%abc1%' ESCAPE '\\' OR t1.domain_prefix LIKE '%abc1%' ESCAPE '\\')"
cols="SELECT t1.id, t1.company_name, t1.domain_prefix, t1.country, t1.created_at"
run "count, no search"                 "SELECT COUNT(t0.id) FROM reseller_relationship t0 WHERE t0.partner_id = 1 AND t0.status = 'ACTIVE'"
run "page 1 by name, no search"        "$cols $from $all ORDER BY t1.company_name_key ASC, t1.id ASC LIMIT 25 OFFSET 0"
run "page 2000 by name, no search"     "$cols $from $all ORDER BY t1.company_name_key ASC, t1.id ASC LIMIT 25 OFFSET 49975"
run "page 1 newest first, no search"   "$cols $from $all ORDER BY t1.created_at DESC, t1.id DESC LIMIT 25 OFFSET 0"
run "count, search 'abc1'"             "SELECT COUNT(t1.id) $from $some"
run "page 1 by name, search 'abc1'"    "$cols $from $some ORDER BY t1.company_name_key ASC, t1.id ASC LIMIT 25 OFFSET 0"
