#!/usr/bin/env bash
# A throwaway PostgreSQL for the consent-log tests: installs Debian's postgresql when missing,
# starts a cluster on 127.0.0.1:${PGPORT:-5433} in a temporary directory as the postgres user,
# creates the database almajet_test and prints the TEST_DATABASE_URL (the only line on stdout):
#
#   TEST_DATABASE_URL="$(bash scripts/start-postgres.sh)" && export TEST_DATABASE_URL
#
# Progress goes to stderr. Re-running while the cluster is up reuses it. Needs root (apt-get, runuser).
set -euo pipefail

PORT="${PGPORT:-5433}"
DB=almajet_test
URL="postgres://postgres@127.0.0.1:${PORT}/${DB}"
log() { echo "[start-postgres] $*" >&2; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ]; then
  log "installing Debian's postgresql (apt-get)…"
  # The package's own cluster on 5432 is not used; ours runs on $PORT from a temp directory.
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } >&2
fi
BIN="$(pg_bin)"
[ -n "$BIN" ] || { log "no PostgreSQL binaries under /usr/lib/postgresql after installing"; exit 1; }

as_postgres() { runuser -u postgres -- "$@"; }

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  log "a server already answers on 127.0.0.1:$PORT; reusing it"
else
  DIR="${PG_TEST_DIR:-$(mktemp -d /tmp/almajet-pg.XXXXXX)}"
  mkdir -p "$DIR"
  chown postgres:postgres "$DIR"
  chmod 700 "$DIR"
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    log "initialising a cluster in $DIR/data"
    # trust on loopback only: a test cluster with no data worth a password, reachable from this machine alone.
    as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
  fi
  log "starting PostgreSQL on 127.0.0.1:$PORT"
  # fsync off: a throwaway test cluster; the sockets live in $DIR so /var/run/postgresql is not needed.
  as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DIR -c fsync=off" start >&2
  log "stop it with: runuser -u postgres -- $BIN/pg_ctl -D $DIR/data stop"
fi

if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" postgres | grep -q 1; then
  log "creating database $DB"
  "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi
echo "$URL"
