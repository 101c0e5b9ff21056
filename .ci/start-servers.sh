#!/usr/bin/env bash
# Installs (when missing) and starts PostgreSQL and Redis on 127.0.0.1 for the tests, without containers or systemd.
# Idempotent: a second run only checks they answer. Leaves an empty database graphapi_test owned by the role
# graphapi (password graphapi, CREATEDB: suites create databases of their own) and an empty Redis.
# Stop them with: pg_ctlcluster <version> main stop; redis-cli shutdown
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8   # without LANG, the cluster would be SQL_ASCII

missing=()
ls /usr/lib/postgresql/*/bin/postgres &>/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
[ -f "/etc/postgresql/$version/main/postgresql.conf" ] || pg_createcluster --locale=C.UTF-8 "$version" main >/dev/null
# Loopback only; durability off: test data is thrown away, and fsync on a CI disk costs minutes.
printf "listen_addresses='127.0.0.1'\nfsync=off\nsynchronous_commit=off\nfull_page_writes=off\nmax_connections=300\n" \
  >"/etc/postgresql/$version/main/conf.d/90-ci.conf"
for _ in $(seq 15); do  # a just-stopped postmaster lingers a few seconds
  pg_isready -qh 127.0.0.1 && break
  pg_ctlcluster "$version" main start 2>/dev/null || sleep 2
done
pg_isready -h 127.0.0.1 || { tail "/var/log/postgresql/postgresql-$version-main.log"; exit 1; }

# `service redis-server` would also bind ::1; this binds 127.0.0.1 only and keeps nothing on disk.
redis-cli ping &>/dev/null || runuser -u redis -- redis-server --bind 127.0.0.1 --daemonize yes --save '' \
  --dir /var/lib/redis --pidfile /var/lib/redis/ci.pid --logfile /var/log/redis/ci.log
for _ in $(seq 30); do [ "$(redis-cli ping 2>/dev/null)" = PONG ] && break; sleep 0.5; done
redis-cli flushall | grep -q OK

(cd / && runuser -u postgres -- psql -q -v ON_ERROR_STOP=1) <<'SQL'
SET client_min_messages=warning;
SELECT 'CREATE ROLE graphapi' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname='graphapi')\gexec
ALTER ROLE graphapi LOGIN CREATEDB PASSWORD 'graphapi';
DROP DATABASE IF EXISTS graphapi_test WITH (FORCE);
CREATE DATABASE graphapi_test OWNER graphapi TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8';
SQL
echo "PostgreSQL $version and $(redis-server --version | cut -d' ' -f1-3) answer on 127.0.0.1"
