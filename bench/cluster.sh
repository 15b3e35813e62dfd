#!/usr/bin/env bash
# What a second instance brings: the load test's page mix (bench/load.sh's simulation, [users]
# sessions without pause for [seconds]) against a cluster of two Payara Server instances behind
# HAProxy, then against one of them alone, in the same run on the same machine, and the ratio of
# their throughputs. On the database bench/load.sh filled (partnerhub_bench_load; run that
# first); the cluster is cluster/start.sh's, stopped at the end.
#   bench/cluster.sh [users] [seconds]     (defaults 32 and 60; about ten minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-32}
seconds=${2:-60}
first=1000001000
if ! psql -h 127.0.0.1 -U postgres -d partnerhub_bench_load -tAc "select count(*) from customer" >/dev/null 2>&1; then
    echo "bench/cluster.sh: no bench database; run bench/load.sh first" >&2
    exit 1
fi
. cluster/lib/settings.sh
export PARTNERHUB_DB_URL=jdbc:postgresql://127.0.0.1:5432/partnerhub_bench_load PARTNERHUB_DB_USER=postgres
trap 'cluster/stop.sh >/dev/null 2>&1' EXIT
cluster/start.sh 2
status=0
gatling() { # <url> <seconds> [report name]; a run with failed requests is reported, and fails the script at the end
    mvn -B -q -f bench gatling:test -Dpartnerhub.url="$1" -Dusers="$users" -Dseconds="$2" \
        -DfirstCustomer=$first -DfirstSubscription=$((2 * first)) >/dev/null || status=1
    if [ -n "${3:-}" ]; then
        python3 bench/lib/gatling_summary.py bench/target/gatling "$2" | tee "bench/target/cluster-$3.txt"
        rm -rf "bench/target/gatling-cluster-$3" && mv bench/target/gatling "bench/target/gatling-cluster-$3"
    fi
    rm -rf bench/target/gatling
}
rm -rf bench/target/gatling
# Both instances' JIT warmed, as bench/load.sh does for one (through the balancer, each gets half).
echo "warming up both instances: $users sessions for 240 s through the balancer"
gatling http://localhost:8088/partnerhub 240
status=0 # the warm-up's own failures are not measured
echo "two instances behind the balancer: $users sessions without pause for $seconds s"
gatling http://localhost:8088/partnerhub "$seconds" two
echo "one instance alone (the other idle): $users sessions without pause for $seconds s"
gatling "http://127.0.0.1:$(instance_port 1)/partnerhub" "$seconds" one
two=$(awk '/^all pages/ {print $5}' bench/target/cluster-two.txt)
one=$(awk '/^all pages/ {print $5}' bench/target/cluster-one.txt)
echo "throughput: two instances $two pages/s, one instance $one pages/s, ratio $(python3 -c "print(round($two / $one, 2))")"
exit $status
