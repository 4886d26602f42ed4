#!/usr/bin/env bash
# A throwaway PostgreSQL server for the storage tests: installed from Debian packages when
# missing, listening on 127.0.0.1 only (no other address, no Unix socket outside its folder).
#   .ci/postgres.sh start DIR PORT   prints the DATABASE_URL to use
#   .ci/postgres.sh stop DIR
set -euo pipefail

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    echo "Installing PostgreSQL from Debian packages..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

start() {
  local dir=$1 port=$2 bin owner=""
  bin=$(pg_bin)
  mkdir -p "$dir"
  # initdb refuses to run as root: run the server as the postgres user when we are root.
  if [ "$(id -u)" = 0 ]; then owner="runuser -u postgres --"; chown postgres "$dir"; fi
  $owner "$bin/initdb" -D "$dir/data" -U xaso --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  $owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
  $owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U xaso xaso_test
  echo "postgresql://xaso@127.0.0.1:$port/xaso_test"
}

stop() {
  local dir=$1 bin owner=""
  bin=$(pg_bin)
  [ -d "$dir/data" ] || return 0
  if [ "$(id -u)" = 0 ]; then owner="runuser -u postgres --"; fi
  $owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

"$@"
