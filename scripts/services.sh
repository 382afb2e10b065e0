#!/usr/bin/env bash
# Makes sure the local PostgreSQL and Redis the tests use are running; starts them if stopped.
# Usage: scripts/services.sh ensure | drop-test-databases
# With Docker available, tests use Testcontainers instead and this is not needed.
set -euo pipefail

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
redis_up() { (exec 3<>/dev/tcp/127.0.0.1/6379 && printf 'PING\r\n' >&3 && head -c 5 <&3 | grep -q PONG) 2>/dev/null; }

wait_for() { # name check
  for _ in $(seq 1 30); do
    if "$2"; then return 0; fi
    sleep 1
  done
  echo "services: $1 did not come up" >&2
  return 1
}

ensure_postgres() {
  if pg_up; then echo "services: PostgreSQL is up"; return 0; fi
  echo "services: starting PostgreSQL"
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
  fi
  wait_for PostgreSQL pg_up
}

ensure_redis() {
  if redis_up; then echo "services: Redis is up"; return 0; fi
  echo "services: starting Redis"
  if command -v redis-server >/dev/null 2>&1; then
    mkdir -p /var/lib/redis /var/log/redis
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  fi
  wait_for Redis redis_up
}

case "${1:-ensure}" in
  ensure)
    if ! ensure_postgres || ! ensure_redis; then
      if [ "${CI:-}" = "true" ]; then
        echo "services: PostgreSQL and Redis are required under CI=true" >&2
        exit 1
      fi
      echo "services: a service is missing; integration tests will fail" >&2
    fi
    ;;
  drop-test-databases)
    # Each test class creates a database t_<class>_<pid>_<n>; earlier runs' are dropped here.
    psql -h 127.0.0.1 -U postgres -d postgres -Atc "select datname from pg_database where datname like 't\_%'" |
      while read -r db; do dropdb -h 127.0.0.1 -U postgres --if-exists "$db" || true; done
    ;;
  *) echo "usage: $0 ensure | drop-test-databases" >&2; exit 2 ;;
esac
