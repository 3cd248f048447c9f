#!/usr/bin/env bash
# Benchmark (not a test): production as docs/deploy.md describes it, on this one machine. A
# second PostgreSQL cluster is made a real streaming replica of the primary (127.0.0.1:5432)
# on 127.0.0.1:5433; a fresh database gets the demo content; two app processes (granian,
# bantin.settings.production, reads through the replica router, cache and page cache in Redis)
# run behind nginx (deploy/nginx/bantin.conf, front cache and PURGE). wrk loads nginx with the
# home page and an article (cached) and with addresses no cache holds (rendered, from the
# replica); during the load bench/scale_out_publish.py publishes a new title of the article
# and times until each app process, polled on its own port, and nginx serve it.
#
#   bash bench/scale_out.sh                 # DURATION=20 seconds of load; KEEP=1 keeps $WORK
#   CACHED_CONNECTIONS=16 UNCACHED_CONNECTIONS=4 bash bench/scale_out.sh   # wrk's connections
#
# Fails (exit 1) when a delay reaches one second, an old title comes back, or any request of
# the load fails or answers other than 2xx/3xx. Everything it starts is stopped on exit, the
# replica's files and the database removed. Needs PostgreSQL, Redis on 127.0.0.1:6379, and
#   apt-get install -y nginx libnginx-mod-http-cache-purge wrk
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY="$ROOT/.venv/bin/python"
DURATION=${DURATION:-20}
PRIMARY_PORT=5432
REPLICA_PORT=5433
NGINX_PORT=${NGINX_PORT:-8080}
APP_PORTS=(8001 8002)
PG_USER=${PG_USER:-postgres}
DB=bantin_scale
PG_BIN=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
PURGE_MODULE=/usr/lib/nginx/modules/ngx_http_cache_purge_module.so
HBA_MARK="# bantin bench/scale_out.sh, process $$"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'scale_out: %s\n' "$*" >&2; exit 1; }
psql_primary() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PRIMARY_PORT" -U "$PG_USER" "$@"; }
psql_replica() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$REPLICA_PORT" -U "$PG_USER" "$@"; }
# PostgreSQL refuses to run as root: the replica belongs to the primary's owner then.
if [ "$(id -u)" = 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi

# One run at a time on a machine: they would share ports, the pg_hba line and the database.
exec 9>/tmp/bantin-scale-out.lock
flock -n 9 || die "another bench/scale_out.sh is running"
for tool in nginx wrk psql pg_isready redis-cli curl; do
  command -v "$tool" >/dev/null || die "$tool is missing (see the header of this script)"
done
[ -f "$PURGE_MODULE" ] || die "no $PURGE_MODULE: apt-get install -y libnginx-mod-http-cache-purge"
[ -x "$PG_BIN/pg_basebackup" ] || die "no pg_basebackup in $PG_BIN"
pg_isready -q -h 127.0.0.1 -p "$PRIMARY_PORT" || die "no PostgreSQL on 127.0.0.1:$PRIMARY_PORT"
redis-cli -h 127.0.0.1 ping >/dev/null || die "no Redis on 127.0.0.1:6379"
for port in "$REPLICA_PORT" "$NGINX_PORT" "${APP_PORTS[@]}"; do
  ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || die "port $port is taken"
done

WORK=$(mktemp -d /tmp/bantin-scale.XXXXXX)
chmod 755 "$WORK"
PREFIX="bantin-scale-$$"
pids=()
replica_started=""
hba_file=""
db_created=""

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  say "Cleaning up"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  if [ -n "$replica_started" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/replica" -m fast -w stop >/dev/null || true
  fi
  if [ -n "$db_created" ]; then
    psql_primary -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
  fi
  if [ -n "$hba_file" ]; then
    sed -i "\|$HBA_MARK|d" "$hba_file"
    psql_primary -d postgres -Atc "SELECT pg_reload_conf()" >/dev/null || true
  fi
  redis-cli -n 13 --scan --pattern "$PREFIX*" | xargs -r redis-cli -n 13 del >/dev/null || true
  if [ "${KEEP:-}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "Streaming replica of 127.0.0.1:$PRIMARY_PORT on 127.0.0.1:$REPLICA_PORT ($WORK/replica)"
can_replicate() {
  psql -X -h 127.0.0.1 -p "$PRIMARY_PORT" -U "$PG_USER" \
    "replication=true" -Atc "IDENTIFY_SYSTEM" >/dev/null 2>&1
}
if ! can_replicate; then
  # Physical replication matches only pg_hba lines that name "replication": one is added for
  # the run and removed on exit.
  hba_file=$(psql_primary -d postgres -Atc "SHOW hba_file")
  [ -w "$hba_file" ] || die "replication from 127.0.0.1 is refused and $hba_file is not writable"
  echo "host replication $PG_USER 127.0.0.1/32 trust $HBA_MARK" >>"$hba_file"
  psql_primary -d postgres -Atc "SELECT pg_reload_conf()" >/dev/null
  sleep 0.5
  can_replicate || die "replication is still refused after adding a line to $hba_file"
  echo "added to $hba_file for this run: host replication $PG_USER 127.0.0.1/32 trust"
fi
install -d -m 700 "$WORK/replica" "$WORK/replica-run"
[ "$(id -u)" = 0 ] && chown postgres: "$WORK/replica" "$WORK/replica-run"
started=$(date +%s.%N)
as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U "$PG_USER" -D "$WORK/replica" \
  -R -X stream -c fast
echo "base backup: $(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $started}") s," \
  "$(du -sh "$WORK/replica" | cut -f1)"
# Debian keeps postgresql.conf and pg_hba.conf outside the data directory: the copy gets its
# own. A hot standby needs at least the primary's numbers of connections, workers and locks.
{
  echo "port = $REPLICA_PORT"
  echo "listen_addresses = '127.0.0.1'"
  echo "unix_socket_directories = '$WORK/replica-run'"
  echo "hot_standby = on"
  echo "logging_collector = off"
  for name in max_connections max_worker_processes max_wal_senders max_prepared_transactions \
              max_locks_per_transaction; do
    echo "$name = $(psql_primary -d postgres -Atc "SHOW $name")"
  done
} >"$WORK/replica/postgresql.conf"
printf 'host all all 127.0.0.1/32 trust\nlocal all all trust\n' >"$WORK/replica/pg_hba.conf"
: >"$WORK/replica/pg_ident.conf"
[ "$(id -u)" = 0 ] && chown postgres: "$WORK/replica/"*.conf
replica_started=1  # before starting: a start that times out leaves a server to stop
as_pg "$PG_BIN/pg_ctl" -D "$WORK/replica" -l "$WORK/replica-run/postgresql.log" -w start >/dev/null
psql_replica -d postgres -Atc "SELECT 'in recovery: ' || pg_is_in_recovery()"

say "Fresh database $DB on the primary: migrate, static files, demo content"
export DJANGO_SETTINGS_MODULE=bantin.settings.production
export SECRET_KEY="scale-out-bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export SECURE_SSL_REDIRECT=false
export ALLOWED_HOSTS=localhost,127.0.0.1
export DATABASE_URL="postgres://$PG_USER@127.0.0.1:$PRIMARY_PORT/$DB"
export DATABASE_REPLICA_URL="postgres://$PG_USER@127.0.0.1:$REPLICA_PORT/$DB"
export REDIS_URL=redis://127.0.0.1:6379/13
export CACHE_KEY_PREFIX="$PREFIX"
export TRUST_X_FORWARDED_FOR=true
export STATIC_ROOT="$WORK/static" MEDIA_ROOT="$WORK/media"
export LIBRARY_FILES_ROOT="$WORK/documents" IMPORT_ORIGINALS_ROOT="$WORK/originals"
export WAGTAILADMIN_BASE_URL="http://localhost:$NGINX_PORT"
PGOPTIONS="-c client_min_messages=warning" psql_primary -d postgres \
  -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
db_created=1
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py collectstatic --noinput -v0
"$PY" manage.py seed_demo --port "$NGINX_PORT" -v0
"$PY" manage.py ensure_admin >/dev/null
chmod -R a+rX "$WORK/static" "$WORK/media"
# The replica replays all the primary writes (other databases too): wait until it has what the
# primary has now, so that the load starts on a replica that is streaming, not catching up.
target=$(psql_primary -d postgres -Atc "SELECT pg_current_wal_lsn()")
started=$(date +%s.%N)
for _ in $(seq 600); do
  [ "$(psql_replica -d postgres -Atc "SELECT pg_last_wal_replay_lsn() >= '$target'")" = t ] && break
  sleep 0.1
done
echo "replica caught up with the seeding after" \
  "$(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $started}") s;" \
  "$(psql_primary -d postgres -Atc "SELECT 'primary sees it ' || state || ', replay lag ' \
       || coalesce(replay_lag::text, 'none') FROM pg_stat_replication")"

say "Two app processes and nginx in front"
# From now on publishing purges nginx (the seeding above had nothing to purge).
export FRONTEND_CACHE_URL="http://127.0.0.1:$NGINX_PORT"
for port in "${APP_PORTS[@]}"; do
  "$ROOT/.venv/bin/granian" --interface wsgi --host 127.0.0.1 --port "$port" \
    --workers 2 --blocking-threads 4 --no-access-log bantin.wsgi:application \
    >"$WORK/app-$port.log" 2>&1 &
  pids+=($!)
done
mkdir -p "$WORK/nginx/cache" "$WORK/nginx/temp"
upstreams=""
for port in "${APP_PORTS[@]}"; do upstreams+="server 127.0.0.1:$port; "; done
sed -e "s|@LISTEN@|127.0.0.1:$NGINX_PORT|" -e "s|@SERVER_NAMES@|localhost|" \
    -e "s|@UPSTREAM_SERVERS@|$upstreams|" -e "s|@CACHE_DIR@|$WORK/nginx/cache|" \
    -e "s|@STATIC_ROOT@|$WORK/static|" -e "s|@MEDIA_ROOT@|$WORK/media|" \
    -e "s|@PURGE_FROM@|127.0.0.1|" deploy/nginx/bantin.conf >"$WORK/nginx/bantin.conf"
user_line=""
if [ "$(id -u)" = 0 ]; then
  user_line="user www-data;"
  chown -R www-data: "$WORK/nginx/cache" "$WORK/nginx/temp"
fi
cat >"$WORK/nginx/nginx.conf" <<EOF
load_module $PURGE_MODULE;
$user_line
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path $WORK/nginx/temp/body;
    proxy_temp_path $WORK/nginx/temp/proxy;
    fastcgi_temp_path $WORK/nginx/temp/fastcgi;
    uwsgi_temp_path $WORK/nginx/temp/uwsgi;
    scgi_temp_path $WORK/nginx/temp/scgi;
    # Only the answers that are not 2xx or 3xx are logged.
    map \$status \$bantin_failed { ~^[23] 0; default 1; }
    access_log $WORK/nginx/failed.log combined if=\$bantin_failed;
    include $WORK/nginx/bantin.conf;
}
EOF
nginx -t -q -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf"
nginx -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" -g "daemon off;" &
pids+=($!)
for port in "${APP_PORTS[@]}" "$NGINX_PORT"; do
  for _ in $(seq 100); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz/" 2>/dev/null && break
    sleep 0.2
  done
  curl -fsS "http://127.0.0.1:$port/healthz/" >/dev/null || die "nothing answers on $port"
done
ARTICLE=$("$PY" bench/scale_out_publish.py pick)
HOST="localhost:$NGINX_PORT"
for path in / "$ARTICLE"; do
  curl -fsS -o /dev/null -H "Host: $HOST" "http://127.0.0.1:$NGINX_PORT$path"
done
echo "article: $ARTICLE"
cache_status=$(curl -sS -o /dev/null -D - -H "Host: $HOST" "http://127.0.0.1:$NGINX_PORT$ARTICLE" \
  | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache-status" {print $2}')
echo "nginx, second read of the article: ${cache_status:-no X-Cache-Status}"

say "nginx as deploy/nginx/bantin.conf says"
nginx_failed=0
check() {  # check DESCRIPTION COMMAND...: run the command, print ok or FAIL
  local what=$1
  shift
  if "$@" >/dev/null 2>&1; then echo "  ok   $what"; else echo "  FAIL $what"; nginx_failed=1; fi
}
headers() { curl -sS -o /dev/null -D - "$@" | tr -d '\r'; }
front() { echo "http://127.0.0.1:$NGINX_PORT$1"; }
css=$("$PY" -c "import json, sys; paths = json.load(open(sys.argv[1]))['paths']; \
print(next(v for v in paths.values() if v.endswith('.css')))" "$WORK/static/staticfiles.json")
check "hashed static file ($css) kept a year, immutable" \
  grep -qi '^cache-control: public, max-age=31536000, immutable' \
  <(headers "$(front "/static/$css")")
check "static file sent from its .gz copy" \
  grep -qi '^content-encoding: gzip' <(headers -H 'Accept-Encoding: gzip' "$(front "/static/$css")")
check "a request with a session bypasses the front cache" \
  grep -qi '^x-cache-status: BYPASS' \
  <(headers -H "Host: $HOST" -H 'Cookie: sessionid=abc' "$(front "$ARTICLE")")
check "a client without gzip gets the page uncompressed" \
  grep -q '</html>' <(curl -sS -H "Host: $HOST" "$(front "$ARTICLE")")
check "/media/documents/ is never served from disk" \
  grep -qx 404 <(curl -sS -o /dev/null -w '%{http_code}' "$(front /media/documents/a.pdf)")
check "PURGE from another address is refused" \
  grep -qx 403 <(curl -sS -o /dev/null -w '%{http_code}' --interface 127.0.0.2 -X PURGE \
                 -H "Host: $HOST" "$(front "$ARTICLE")")
# The refusals above were wanted: the log of failed answers starts empty for the load.
: >"$WORK/nginx/failed.log"

interval=0.1
if [ "$cache_status" = HIT ]; then
  cached_connections=${CACHED_CONNECTIONS:-16}
  uncached_connections=${UNCACHED_CONNECTIONS:-4}
else
  # An app without its page cache sends no s-maxage: every request is rendered, a few a second
  # on two cores. The load and the reads after publishing are lowered to what that can serve.
  echo "no front cache: every request is rendered; load and reads lowered"
  cached_connections=${CACHED_CONNECTIONS:-2}
  uncached_connections=${UNCACHED_CONNECTIONS:-1}
  interval=0.5
fi

cat >"$WORK/cached.lua" <<EOF
-- The home page and the article, in turn: what nginx and the page cache answer.
local paths = {"/", "$ARTICLE"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1])
end
EOF
cat >"$WORK/uncached.lua" <<EOF
-- The article at addresses no cache holds: each one rendered by an app process.
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "$ARTICLE?lan=" .. n)
end
EOF
transactions() {  # transactions the database on port \$1 has committed
  psql -X -h 127.0.0.1 -p "$1" -U "$PG_USER" -d postgres -Atc \
    "SELECT xact_commit FROM pg_stat_database WHERE datname = '$DB'"
}
replica_before=$(transactions "$REPLICA_PORT")
primary_before=$(transactions "$PRIMARY_PORT")

say "Load: ${DURATION} s of wrk on nginx; a new title published a third of the way in"
# wrk runs at a lower priority, as if from another machine: the app processes, nginx and
# PostgreSQL get the two cores first.
load=(nice -n 10 wrk -t1 -d"${DURATION}s" --timeout 10s -H "Host: $HOST" -H "Accept-Encoding: gzip")
"${load[@]}" -c"$cached_connections" -s "$WORK/cached.lua" "$(front "")" >"$WORK/wrk-cached.txt" &
wrk_cached=$!
"${load[@]}" -c"$uncached_connections" -s "$WORK/uncached.lua" "$(front "")" \
  >"$WORK/wrk-uncached.txt" &
wrk_uncached=$!
pids+=("$wrk_cached" "$wrk_uncached")
sleep "$((DURATION / 3))"
publish_status=0
"$PY" bench/scale_out_publish.py publish --path "$ARTICLE" --host "$HOST" --interval "$interval" \
  --target "app1=http://127.0.0.1:${APP_PORTS[0]}" \
  --target "app2=http://127.0.0.1:${APP_PORTS[1]}" \
  --target "nginx=http://127.0.0.1:$NGINX_PORT" || publish_status=$?
wait "$wrk_cached" "$wrk_uncached"

say "Results"
failed=$nginx_failed
[ "$publish_status" = 0 ] || failed=1
for run in cached uncached; do
  out="$WORK/wrk-$run.txt"
  requests=$(awk '/requests in/ {print $1}' "$out")
  rate=$(awk '/Requests\/sec/ {print $2}' "$out")
  non2xx=$(awk -F': ' '/Non-2xx/ {print $2}' "$out")
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")
  latency=$(awk '/Latency/ {print $2 " avg, " $4 " max"}' "$out")
  errors=$(( ${non2xx:-0} + ${socket:-0} ))
  printf '%-8s %s requests (%s/s), latency %s, non-2xx/3xx %s, socket errors %s\n' \
    "$run" "$requests" "$rate" "$latency" "${non2xx:-0}" "${socket:-0}"
  [ -n "$requests" ] && [ "$requests" -gt 0 ] && [ "$errors" = 0 ] || failed=1
done
if [ -s "$WORK/nginx/failed.log" ]; then
  echo "nginx logged $(wc -l <"$WORK/nginx/failed.log") failed answers, e.g.:"
  head -3 "$WORK/nginx/failed.log"
  failed=1
fi
echo "transactions during the load: replica" \
  "$(( $(transactions "$REPLICA_PORT") - replica_before )), primary" \
  "$(( $(transactions "$PRIMARY_PORT") - primary_before ))"
if [ "$failed" = 0 ]; then echo "scale_out: all checks passed"; else echo "scale_out: FAILED"; fi
exit "$failed"
