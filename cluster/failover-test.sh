#!/usr/bin/env bash
# The failover test from nothing: a new database partnerhub_cluster on 127.0.0.1:5432 (user
# postgres), a cluster of 2 instances with HAProxy in front (cluster/start.sh), the test
# (cluster/failover_test.py: kill -9 of one instance in the middle of users' work), and the
# cluster stopped at the end, passed or not. Exits non-zero unless the test passed.
#   cluster/failover-test.sh [sessions]      (default 24)
set -euo pipefail
started=$SECONDS
cd "$(dirname "$0")/.."
sessions=${1:-24}
unset PARTNERHUB_DB_URL PARTNERHUB_DB_PASSWORD
export PARTNERHUB_DB_USER=postgres PARTNERHUB_DEMO_DATA=true
cluster/stop.sh >/dev/null 2>&1 || true
psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS partnerhub_cluster" -c "CREATE DATABASE partnerhub_cluster"
trap 'cluster/stop.sh >/dev/null 2>&1' EXIT
cluster/start.sh 2
echo "failover test: cluster up after $((SECONDS - started)) s"
python3 cluster/failover_test.py "$sessions"
echo "failover test: $((SECONDS - started)) s in all"
