#!/usr/bin/env bash
# Stops what cluster/start.sh started: HAProxy, the deployment group's instances and the domain.
# Instance by instance, the live ones only: asked to stop a group with an instance that was
# killed, Payara waits for the dead one for many minutes.
set -uo pipefail
cd "$(dirname "$0")/.."
. cluster/lib/settings.sh
if [ -f cluster/target/haproxy.pid ]; then
    kill "$(cat cluster/target/haproxy.pid)" 2>/dev/null
    rm -f cluster/target/haproxy.pid
fi
if [ -x "$asadmin_bare" ] && [ -d "$domain_dir" ]; then
    for instance_dir in "$nodes_dir"/"$group"-*; do
        [ -d "$instance_dir" ] || continue
        instance=$(basename "$instance_dir")
        if pgrep -f "$nodes_dir/$instance/" >/dev/null; then
            timeout 120 "$asadmin_bare" --port 14848 stop-instance "$instance" >/dev/null 2>&1
        fi
    done
    timeout 120 "$asadmin_bare" stop-domain --domaindir "$domains" "$domain" >/dev/null 2>&1
fi
# Whatever did not stop in time, or was left behind by an earlier run.
pkill -9 -f "$nodes_dir/" 2>/dev/null
pkill -9 -f "$domain_dir/" 2>/dev/null
echo "cluster: stopped"
