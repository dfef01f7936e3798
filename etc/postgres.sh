#!/usr/bin/env bash
# Makes a PostgreSQL server available for the integration tests, and prints its JDBC URL.
#   etc/postgres.sh          install if missing, start, create user and database, print the URL
# Idempotent and quick when everything is already there; needs root (or sudo-less root in CI) only
# to install the Debian package the first time. Never reads from a terminal.
# The URL is also written to .sanctions/postgres.url, where the *IT tests look for it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

db_user=sanctions
db_password=sanctions
db_name=sanctions_test
export DEBIAN_FRONTEND=noninteractive

say() { echo "postgres.sh: $*" >&2; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi
}

install_if_missing() {
  if command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    return 0
  fi
  say "installing Debian's postgresql package (apt-get update, then install)"
  as_root apt-get update -qq >&2
  as_root apt-get install -y -qq postgresql >&2
}

cluster_line() {
  # "version cluster port status ..." of the first cluster, if any
  pg_lsclusters --no-header 2>/dev/null | head -n 1
}

ensure_cluster_running() {
  local line version name status
  line=$(cluster_line)
  if [[ -z $line ]]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    say "creating cluster $version/main"
    as_root pg_createcluster "$version" main >&2
    line=$(cluster_line)
  fi
  read -r version name _ status _ <<<"$line"
  if [[ $status != online* ]]; then
    say "starting cluster $version/$name"
    # pg_ctlcluster talks on stdout ("Removed stale pid file."); stdout is reserved for the URL.
    as_root pg_ctlcluster "$version" "$name" start >&2
  fi
  for _ in $(seq 1 30); do
    if as_root runuser -u postgres -- psql -p "$(port)" -tAc 'SELECT 1' >/dev/null 2>&1; then
      return 0
    fi
    sleep 1
  done
  say "the cluster $version/$name did not accept connections within 30 s; see /var/log/postgresql/"
  exit 1
}

port() {
  cluster_line | awk '{print $3}'
}

psql_admin() {
  as_root runuser -u postgres -- psql -p "$(port)" -v ON_ERROR_STOP=1 -tA "$@"
}

ensure_user_and_database() {
  if [[ -z $(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$db_user'") ]]; then
    say "creating role $db_user"
    psql_admin -c "CREATE ROLE $db_user LOGIN PASSWORD '$db_password'" >/dev/null
  fi
  if [[ -z $(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db_name'") ]]; then
    say "creating database $db_name"
    psql_admin -c "CREATE DATABASE $db_name OWNER $db_user" >/dev/null
  fi
}

install_if_missing
ensure_cluster_running
ensure_user_and_database
url="jdbc:postgresql://127.0.0.1:$(port)/$db_name?user=$db_user&password=$db_password"
mkdir -p .sanctions
printf '%s\n' "$url" >.sanctions/postgres.url
echo "$url"
