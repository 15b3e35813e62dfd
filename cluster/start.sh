#!/usr/bin/env bash
# Starts Partner Hub on a cluster: a Payara Server domain with a deployment group of N instances
# (Hazelcast underneath, sessions replicated) and HAProxy in front, round-robin without
# stickiness, sending requests only to instances whose /partnerhub/health/ready answers.
#   cluster/start.sh [instances] [balancer port]     (defaults 2 and 8088)
# Users open http://localhost:<balancer port>/partnerhub. cluster/stop.sh stops it all.
# PostgreSQL, with the settings from the environment as for one server (PARTNERHUB_DB_URL,
# PARTNERHUB_DB_USER, PARTNERHUB_DB_PASSWORD); unset: database partnerhub_cluster on
# 127.0.0.1:5432 as postgres, made if missing. Demo data unless PARTNERHUB_DEMO_DATA=false.
# Every instance gets the same PARTNERHUB_SEALING_KEY: the environment's, or one made for this
# cluster, kept in its processes only. Needs Java 17, Maven, HAProxy (apt-get install haproxy)
# and the built EAR (made if missing). Ports: admin 14848, instance i: HTTP 15080 + 100 i,
# Hazelcast from 5900.
set -euo pipefail
began=$SECONDS
cd "$(dirname "$0")/.."
. cluster/lib/settings.sh
instances=${1:-2}
balancer_port=${2:-8088}

command -v haproxy >/dev/null || { echo "cluster: HAProxy is missing (apt-get install haproxy)" >&2; exit 1; }
if [ -d "$domain_dir" ]; then
    cluster/stop.sh >/dev/null 2>&1 || true
    rm -rf "$domain_dir" "$nodes_dir"
fi
if [ ! -f ear/target/partnerhub.ear ]; then
    echo "cluster: building the EAR"
    mvn -B -q package -DskipTests
fi
if [ ! -x "$payara/bin/asadmin" ]; then
    echo "cluster: unpacking Payara Server $payara_version"
    mvn -B -q dependency:unpack -Dartifact="fish.payara.distributions:payara:$payara_version:zip" \
        -DoutputDirectory=cluster/target
fi

export PARTNERHUB_DB_URL=${PARTNERHUB_DB_URL:-jdbc:postgresql://127.0.0.1:5432/partnerhub_cluster}
export PARTNERHUB_DB_USER=${PARTNERHUB_DB_USER:-postgres}
export PARTNERHUB_DEMO_DATA=${PARTNERHUB_DEMO_DATA:-true}
# HAProxy on this machine tells each client's address (the sign-in throttle counts by it).
export PARTNERHUB_TRUSTED_PROXIES=${PARTNERHUB_TRUSTED_PROXIES:-127.0.0.1}
export PARTNERHUB_SEALING_KEY=${PARTNERHUB_SEALING_KEY:-$(head -c 32 /dev/urandom | base64)}
if [ "$PARTNERHUB_DB_URL" = "jdbc:postgresql://127.0.0.1:5432/partnerhub_cluster" ] \
        && ! psql -h 127.0.0.1 -U "$PARTNERHUB_DB_USER" -d postgres -tAc \
            "select 1 from pg_database where datname = 'partnerhub_cluster'" | grep -q 1; then
    psql -h 127.0.0.1 -U "$PARTNERHUB_DB_USER" -d postgres -qc "CREATE DATABASE partnerhub_cluster"
fi

echo "cluster: domain $domain with deployment group $group of $instances instances"
"$asadmin_bare" create-domain --nopassword --portbase 14800 --domaindir "$domains" "$domain" >/dev/null
"$asadmin_bare" start-domain --domaindir "$domains" "$domain" >/dev/null
# The instances' shared configuration: sessions kept in the data grid, the same HTTP settings as
# one server (no server name or version in responses, SameSite=Lax on the session cookie; one
# server gets them from ear/src/payara/domain-settings.xml).
asadmin copy-config default-config "$config" >/dev/null
# Members found over TCP on loopback: the default "domain" discovery would use the machine's
# address, where the instances never meet (../shared/RUNTIME-NOTES.md).
members=$(seq -s , -f "127.0.0.1:%g" 5900 $((5900 + instances + 1)))
asadmin set-hazelcast-configuration --clustermode tcpip --tcpipmembers "$members" --interfaces 127.0.0.1 >/dev/null
http=configs.config.$config.network-config.protocols.protocol.http-listener-1.http
asadmin set "$http.server-header=false" "$http.xpowered-by=false" "$http.cookie-same-site-enabled=true" \
    "$http.cookie-same-site-value=Lax" \
    "configs.config.$config.availability-service.availability-enabled=true" \
    "configs.config.$config.availability-service.web-container-availability.availability-enabled=true" \
    "configs.config.$config.availability-service.web-container-availability.persistence-type=hazelcast" >/dev/null
asadmin create-deployment-group "$group" >/dev/null
for i in $(seq 1 "$instances"); do
    asadmin create-instance --node "localhost-$domain" --config "$config" --portbase $((15000 + 100 * i)) \
        "$group-$i" >/dev/null
    asadmin add-instance-to-deployment-group --instance "$group-$i" --deploymentgroup "$group" >/dev/null
done
echo "cluster: configured in $((SECONDS - began)) s; deploying and starting the instances"
asadmin deploy --target "$group" --availabilityenabled=true --name partnerhub ear/target/partnerhub.ear >/dev/null
asadmin start-deployment-group "$group" >/dev/null

mkdir -p cluster/target
{
    cat <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    option forwardfor
    # A request an instance did not answer because it died (connection refused, or closed without
    # an answer) goes to another: the cluster has its session, and Partner Hub's writes are safe to
    # repeat (one customer per domain prefix, one import per checked file).
    retries 2
    option redispatch 1
    retry-on conn-failure empty-response
frontend partnerhub
    bind 127.0.0.1:$balancer_port
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /partnerhub/health/ready
    http-check expect status 200
    # A busy instance answers its probe late: measured, with 1 s checks and 2 misses, both
    # instances left the rotation under the load test and every user got 503.
    timeout check 10s
CFG
    for i in $(seq 1 "$instances"); do
        echo "    server $group-$i 127.0.0.1:$(instance_port "$i") check inter 2s fall 3 rise 2"
    done
} > cluster/target/haproxy.cfg

# ready <url> <what>: waits up to three minutes for the address to answer ready, or stops here.
ready() {
    for _ in $(seq 1 180); do
        curl -sf -o /dev/null "$1/partnerhub/health/ready" && return 0
        sleep 1
    done
    echo "cluster: $2 did not become ready" >&2
    exit 1
}
# start-deployment-group returns before the application answers: wait for every instance.
for i in $(seq 1 "$instances"); do
    ready "http://127.0.0.1:$(instance_port "$i")" "instance $group-$i (log: $nodes_dir/$group-$i/logs/server.log)"
done
# The balancer starts once they answer: its first checks then find them up.
haproxy -f cluster/target/haproxy.cfg -D -p cluster/target/haproxy.pid
ready "http://127.0.0.1:$balancer_port" "the balancer"
ports=$(for i in $(seq 1 "$instances"); do instance_port "$i"; done | paste -sd ' ')
echo "cluster: ready after $((SECONDS - began)) s at http://localhost:$balancer_port/partnerhub ($instances instances" \
    "on ports $ports; cluster/stop.sh stops it)"
