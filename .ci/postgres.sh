#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the web host's tests and exports its connection string.
# Use: `source .ci/postgres.sh` (exports KIEMTRA_TEST_POSTGRES into the calling shell and writes it to
# .ci/postgres.env), or run it (`bash .ci/postgres.sh`) and `source .ci/postgres.env` afterwards.
# Installs the distribution's postgresql package when no server binary is found (needs root and apt-get).
# The cluster lives under ${KIEMTRA_PG_DIR:-/tmp/kiemtra-pg} on port ${KIEMTRA_PG_PORT:-55432}; the password is
# generated per run and the database is throwaway (the tests create and drop one database per test class).
# The work runs in a subshell with `set -euo pipefail`, so sourcing this file does not change the caller's options.
_kiemtra_pg_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(
  set -euo pipefail
  dir="${KIEMTRA_PG_DIR:-/tmp/kiemtra-pg}"
  port="${KIEMTRA_PG_PORT:-55432}"
  password="kiemtra-test-$(date +%s)-$RANDOM"

  pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
  if [ -z "$(pg_bin)" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y postgresql
  fi
  bin="$(pg_bin)"

  # initdb and the server refuse to run as root: run them as the 'postgres' user when we are root.
  as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

  if [ -f "$dir/data/postmaster.pid" ]; then
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  printf '%s\n' "$password" > "$dir/pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$dir"; fi
  as_pg "$bin/initdb" -D "$dir/data" -U kiemtra --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$dir/pwfile"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" start >/dev/null
  PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U kiemtra -d postgres -qc "CREATE DATABASE kiemtra_test ENCODING 'UTF8'" >/dev/null

  printf 'export KIEMTRA_TEST_POSTGRES=%q\n' "Host=127.0.0.1;Port=$port;Database=kiemtra_test;Username=kiemtra;Password=$password" > "$_kiemtra_pg_root/.ci/postgres.env"
  echo "PostgreSQL on 127.0.0.1:$port (data $dir); connection string written to .ci/postgres.env"
)
_kiemtra_pg_status=$?
if [ "$_kiemtra_pg_status" -eq 0 ]; then
  # shellcheck disable=SC1091
  . "$_kiemtra_pg_root/.ci/postgres.env"
  echo "KIEMTRA_TEST_POSTGRES exported"
fi
unset _kiemtra_pg_root
# `return` when sourced, `exit` when run.
return "$_kiemtra_pg_status" 2>/dev/null || exit "$_kiemtra_pg_status"
