#!/usr/bin/env bash
# The load test (Gatling, bench/src/test/java/org/partnerhub/bench/PortalSimulation.java): a
# distributor's agents at work, [users] sessions at once for [seconds], on PostgreSQL with
#   100,000 customers (90% Contoso Distribution's, every twentieth shared with Fabrikam),
#   1,000,000 subscriptions, 1,000 partners, one customer with 10,000 users.
#   bench/load.sh [users] [seconds] [rates]     (defaults 32, 120 and 250; rates e.g. "160 200 250")
# It measures twice: the capacity, [users] sessions asking without pause (every answer then also
# waits for the others: by Little's law 32 sessions at 150 pages/s wait 210 ms on average), and
# the latency at a load, the same sessions pacing themselves to [rate] pages a second in all,
# once for each of [rates].
# The sessions sign in first, all at once, and start on the pages when every one is signed in:
# the sign-ins (the password's hash, seconds of both cores for 32) are not measured.
# Starts the app with the run command (Payara Server, demo data) on a scratch database
# partnerhub_bench_load on 127.0.0.1:5432 (user postgres, trust auth), fills it, runs the
# simulation, then prints p50/p95/p99 and throughput per request kind (bench/lib/gatling_summary.py)
# and the server's heap after the runs (jcmd), with the machine's speed before and after
# (bench/lib/machine_speed.py). Exits non-zero if any request failed. Needs ports
# 8080 and 4848 free; stops the server at the end. Gatling's HTML reports: bench/target/gatling-capacity/
# and bench/target/gatling-at-<rate>/.
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-32}
seconds=${2:-120}
if [ "$seconds" -lt 30 ]; then echo "measure for 30 s or more" >&2; exit 2; fi
rates=${3:-250}
db=partnerhub_bench_load
log=ear/target/bench-load-server.log
first=1000001000
. bench/lib/start-app.sh
. bench/lib/fill-load-data.sh
fill_load_data "$users"
rm -rf bench/target/gatling
# A warm-up that is not measured: the server's JIT compiles the pages' paths, as it would have
# long before a working day's peak.
# Measured on 2 cores: the throughput rises for about five minutes of load (150 pages/s in the
# first minute, 200 after two, 290 after five) while the JIT compiles, then stays.
echo "warming up: $users sessions for 300 s"
mvn -B -q -f bench gatling:test -Dpartnerhub.url=http://localhost:8080/partnerhub -Dusers="$users" -Dseconds=300 \
    -DfirstCustomer=$first -DfirstSubscription=$((2 * first)) >/dev/null
rm -rf bench/target/gatling
server_pid=$(pgrep -f 'modules/glassfish.jar' | head -1)
mark=$PWD/bench/target/measured-since
cost=bench/target/server-cost
# gatling <name> <pages a second, 0 for no pause>: one measurement, its report in bench/target/gatling-<name>,
# and what a page cost the server meanwhile: CPU time and allocation over all but the last 10 s
# of the measured time, from when the simulation marks its start (bench/lib/server_cost.py)
gatling() {
    rm -f "$mark" "$cost"
    python3 bench/lib/server_cost.py watch "$server_pid" "$mark" $((seconds - 10)) "$cost" &
    local watcher=$!
    mvn -B -q -f bench gatling:test -Dpartnerhub.url=http://localhost:8080/partnerhub -Dusers="$users" \
        -Dseconds="$seconds" -Drate="$2" -DfirstCustomer=$first -DfirstSubscription=$((2 * first)) \
        -DmeasuredMark="$mark" >/dev/null || status=$?
    # a run that failed before its measured time never marks it
    [ -e "$mark" ] || kill "$watcher" 2>/dev/null || true
    wait "$watcher" || true
    local summary
    summary=$(python3 bench/lib/gatling_summary.py bench/target/gatling "$seconds")
    echo "$summary"
    if [ -e "$cost" ]; then
        python3 bench/lib/server_cost.py report "$cost" "$(echo "$summary" | awk '$1 == "all" && $2 == "pages" {print $5}')"
    fi
    rm -rf bench/target/gatling-"$1" && mv bench/target/gatling bench/target/gatling-"$1"
}
status=0
# after the warm-up, when the server has settled: timed right after the fill, it read 235 ms, and
# 160 after the runs (December 2026), the machine busy with something the fill or the start left
python3 bench/lib/machine_speed.py
echo "measuring the capacity: $users sessions without pause for $seconds s"
gatling capacity 0
for rate in $rates; do
    echo "measuring the latency at $rate pages/s: $users sessions pacing themselves for $seconds s"
    gatling at-"$rate" "$rate"
done
python3 bench/lib/machine_speed.py
echo "server heap after the run, then after a full GC (jcmd $server_pid):"
jcmd "$server_pid" GC.heap_info | grep -E 'garbage-first heap|region size|Metaspace'
jcmd "$server_pid" GC.run >/dev/null
jcmd "$server_pid" GC.heap_info | grep -E 'garbage-first heap'
exit $status
