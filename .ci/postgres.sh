#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the web host's tests and exports its connection string.
# Use: `source .ci/postgres.sh` (exports KIEMTRA_TEST_POSTGRES into the calling shell and writes it to
# .ci/postgres.env), or run it (`bash .ci/postgres.sh`) and `source .ci/postgres.env` afterwards.
# Installs the distribution's postgresql package when no server binary is found (needs root and apt-get).
# The cluster lives under ${KIEMTRA_PG_DIR:-/tmp/kiemtra-pg}; the password and database are throwaway.
set -euo pipefail
_kt_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_kt_dir="${KIEMTRA_PG_DIR:-/tmp/kiemtra-pg}"
_kt_port="${KIEMTRA_PG_PORT:-55432}"
_kt_password="kiemtra-test-$(date +%s)"

_kt_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(_kt_bin)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y postgresql
fi
_kt_pgbin="$(_kt_bin)"

# initdb and the server refuse to run as root: run them as the 'postgres' user when we are root.
_kt_as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ -f "$_kt_dir/data/postmaster.pid" ]; then
  _kt_as_pg "$_kt_pgbin/pg_ctl" -D "$_kt_dir/data" -m fast stop >/dev/null 2>&1 || true
fi
rm -rf "$_kt_dir"
mkdir -p "$_kt_dir"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$_kt_dir"; fi
printf '%s\n' "$_kt_password" > "$_kt_dir/pwfile"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$_kt_dir/pwfile"; fi
_kt_as_pg "$_kt_pgbin/initdb" -D "$_kt_dir/data" -U kiemtra --pwfile="$_kt_dir/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
rm -f "$_kt_dir/pwfile"
_kt_as_pg "$_kt_pgbin/pg_ctl" -D "$_kt_dir/data" -l "$_kt_dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $_kt_port -k $_kt_dir" start >/dev/null
PGPASSWORD="$_kt_password" "$_kt_pgbin/psql" -h 127.0.0.1 -p "$_kt_port" -U kiemtra -d postgres -qc "CREATE DATABASE kiemtra_test ENCODING 'UTF8'" >/dev/null

export KIEMTRA_TEST_POSTGRES="Host=127.0.0.1;Port=$_kt_port;Database=kiemtra_test;Username=kiemtra;Password=$_kt_password"
printf 'export KIEMTRA_TEST_POSTGRES=%q\n' "$KIEMTRA_TEST_POSTGRES" > "$_kt_root/.ci/postgres.env"
echo "PostgreSQL on 127.0.0.1:$_kt_port (data $_kt_dir); KIEMTRA_TEST_POSTGRES exported and written to .ci/postgres.env"
