#!/usr/bin/env bash
# Stops what cluster/start.sh started: HAProxy, the deployment group's instances and the domain.
set -uo pipefail
cd "$(dirname "$0")/.."
. cluster/lib/settings.sh
if [ -f cluster/target/haproxy.pid ]; then
    kill "$(cat cluster/target/haproxy.pid)" 2>/dev/null
    rm -f cluster/target/haproxy.pid
fi
if [ -x "$asadmin_bare" ] && [ -d "$domain_dir" ]; then
    asadmin stop-deployment-group "$group" >/dev/null 2>&1
    "$asadmin_bare" stop-domain --domaindir "$domains" "$domain" >/dev/null 2>&1
fi
# An instance killed on purpose (the failover test) or left behind by an earlier run.
pkill -f "glassfish.jar.*$domain" 2>/dev/null
pkill -f -- "-domainname $domain" 2>/dev/null
pkill -f "nodes/localhost-$domain" 2>/dev/null
echo "cluster: stopped"
