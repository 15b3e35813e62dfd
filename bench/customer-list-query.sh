#!/usr/bin/env bash
# How long the customer list's queries take on PostgreSQL with 100,000 customers of one partner.
#   bench/customer-list-query.sh [customers]     (default 100000)
# Builds a scratch database partnerhub_bench on 127.0.0.1:5432 (user postgres, trust auth) from
# the project's own Flyway migrations (the PostgreSQL-only ones among them, in version order),
# fills it with generate_series, then runs the SQL that CustomerQueries makes EclipseLink send for
# the customer list (the exact count, a page of ids by name, a far page read on from the nearest
# thousandth row, a contains-search's count and page, the page's customers by id) five times
# each and prints the best and median execution times.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
db=partnerhub_bench
psql_db() { psql -h 127.0.0.1 -p 5432 -U postgres -d "$db" -qtA -v ON_ERROR_STOP=1 "$@"; }

psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
# Flyway's order: by version across both folders (V2 before V10, V38 before V38_1), not by file name
for migration in $(ls ejb-module/src/main/resources/db/migration/V*.sql ejb-module/src/main/resources/db/postgresql/V*.sql \
        | awk -F/ '{ v = substr($NF, 2, index($NF, "__") - 2); gsub("_", ".", v); print v "\t" $0 }' \
        | sort -V | cut -f2); do
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
mine="FROM reseller_relationship WHERE partner_id = 1 AND status = 'ACTIVE'"
search="AND (customer_name_key LIKE '%abc1%' ESCAPE '\\' OR customer_domain_key LIKE '%abc1%' ESCAPE '\\')"
by_name="ORDER BY customer_name_key ASC, customer_id ASC LIMIT 25"
# where the far page reads on from: the 49,000th row's sort key
IFS='|' read -r key id <<<"$(psql_db -c "SELECT customer_name_key, customer_id $mine $by_name OFFSET 48999" | head -1)"
run "count (exact; above 10,000 kept 5 minutes)" "SELECT COUNT(id) $mine"
run "page 1 by name (ids)"                       "SELECT customer_id $mine $by_name OFFSET 0"
run "page 2000 by name (ids), from row 49,000"   "SELECT customer_id $mine AND customer_name_key >= '$key' AND (customer_name_key > '$key' OR customer_id > $id) $by_name OFFSET 975"
run "count, search 'abc1'"                       "SELECT COUNT(id) $mine $search"
run "page 1 by name, search 'abc1' (ids)"        "SELECT customer_id $mine $search $by_name OFFSET 0"
run "the page's 25 customers by id"              "SELECT id, company_name, domain_prefix, country, created_at FROM customer WHERE id IN (SELECT customer_id $mine $by_name OFFSET 0)"
