# Sourced by .ci/run: makes sure a PostgreSQL server runs for the tests and exports CHRONICLE_TEST_PG.
# Installs PostgreSQL from the distribution's packages when it is missing, starts a throw-away
# cluster in a temporary directory on 127.0.0.1, and stops it when the calling script exits.
# A CHRONICLE_TEST_PG already set (a server of your own) is used as it is.
if [ -z "${CHRONICLE_TEST_PG:-}" ]; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
  if [ -z "$(pg_bin)" ]; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  CHRONICLE_PG_BIN="$(pg_bin)"
  CHRONICLE_PG_PORT="${CHRONICLE_PG_PORT:-55432}"
  CHRONICLE_PG_DATA="$(mktemp -d -t chronicle-pg-XXXXXX)"
  # PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root.
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$CHRONICLE_PG_DATA"
    as_pg() { runuser -u postgres -- "$@"; }
  else
    as_pg() { "$@"; }
  fi
  as_pg "$CHRONICLE_PG_BIN/initdb" -D "$CHRONICLE_PG_DATA" -U chronicle --auth=trust --no-sync \
    --locale=C.UTF-8 --encoding=UTF8 >/dev/null
  as_pg "$CHRONICLE_PG_BIN/pg_ctl" -D "$CHRONICLE_PG_DATA" -l "$CHRONICLE_PG_DATA/server.log" -w \
    -o "-p $CHRONICLE_PG_PORT -k $CHRONICLE_PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    start >/dev/null
  trap 'as_pg "$CHRONICLE_PG_BIN/pg_ctl" -D "$CHRONICLE_PG_DATA" -m fast stop >/dev/null; rm -rf "$CHRONICLE_PG_DATA"' EXIT
  export CHRONICLE_TEST_PG="postgres://chronicle@127.0.0.1:$CHRONICLE_PG_PORT/postgres"
fi
