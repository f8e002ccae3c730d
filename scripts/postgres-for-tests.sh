#!/usr/bin/env bash
# Starts a local PostgreSQL for the API tests and prints a TEST_DATABASE_URL for it.
# Installs Debian's postgresql when missing (as root); reuses a running cluster. Used by .ci/run.
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then echo "PostgreSQL is not installed; install it (apt-get install postgresql) to run these tests." >&2; exit 1; fi
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
[ "$status" = online ] || pg_ctlcluster "$version" "$cluster" start >&2
su postgres -c "psql -p $port -qtAc \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'recovery_tests') then create role recovery_tests login createdb password 'recovery_tests'; end if; end \\\$\\\$;\"" >&2
echo "postgres://recovery_tests:recovery_tests@127.0.0.1:$port/postgres"
