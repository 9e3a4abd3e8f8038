#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the store tests and prints its URL.
# Installs Debian's postgresql when it is missing. Usage: eval "$(bash scripts/ci-postgres.sh)"
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data=$(mktemp -d /tmp/tosei-pg.XXXXXX)
port=${TOSEI_PG_PORT:-54329}
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$data"
run "'$bin/initdb' -D '$data' -A trust -U postgres" >&2
run "'$bin/pg_ctl' -D '$data' -l '$data/server.log' -w -o \"-p $port -k '$data' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >&2
run "'$bin/createdb' -h 127.0.0.1 -p $port -U postgres tosei_test" >&2
echo "export TOSEI_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/tosei_test"
echo "export TOSEI_TEST_PG_STOP=\"$bin/pg_ctl -D $data -m fast stop\""
