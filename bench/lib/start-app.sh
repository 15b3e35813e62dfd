# Sourced by the bench scripts, from the project folder, with $db and $log set: makes the
# scratch database $db on 127.0.0.1:5432 (user postgres, trust auth) anew, starts the app on it
# with the run command (Payara Server, demo data), waits until it answers, and stops it when the
# script exits. Defines psql_db, which runs psql on that database.
psql_db() { psql -h 127.0.0.1 -p 5432 -U postgres -d "$db" -qtA -v ON_ERROR_STOP=1 "$@"; }

psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
mkdir -p ear/target
echo "starting the app on $db (log: $log)"
PARTNERHUB_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PARTNERHUB_DB_USER=postgres \
    setsid mvn -B -Prun package >"$log" 2>&1 &
server=$!
# The server's processes by their session (setsid made one for the run command): never by name,
# which would also stop another checkout's server.
stop() { kill -TERM -- "-$server" 2>/dev/null || true; pkill -TERM -s "$server" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 300); do
    if curl -fs -o /dev/null http://localhost:8080/partnerhub/login.xhtml; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then echo "the server stopped; see $log" >&2; exit 1; fi
    sleep 1
done
