#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (Debian's postgresql package, run as root):
#   eval "$(.ci/postgres.sh start)"   initdb in a temporary folder owned by postgres, start it on a free
#                                     port on 127.0.0.1 with password (scram) auth over TCP, create a role
#                                     that may create databases, and print the TWO_COVERAGE_TEST_PG_* exports
#   .ci/postgres.sh stop DIR          stop that cluster and remove its folder (DIR = $TWO_COVERAGE_TEST_PG_DIR)
# The tests that need PostgreSQL read TWO_COVERAGE_TEST_PG_URL/_USER/_PASSWORD and create a fresh
# database per test class; without them they are skipped, saying so.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z "$bin" ]]; then
	echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
	exit 1
fi
as_postgres() { su postgres -s /bin/sh -c "$1"; }

case "${1:-}" in
start)
	dir=$(mktemp -d /tmp/two-coverage-pg.XXXXXX)
	chown postgres "$dir"
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
	as_postgres "$bin/initdb -D $dir/data -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8" >/dev/null
	as_postgres "$bin/pg_ctl -D $dir/data -l $dir/log -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off' -w start" >/dev/null
	as_postgres "$bin/psql -h $dir -p $port -U postgres -q -c \"CREATE ROLE two_coverage LOGIN CREATEDB PASSWORD '$password'\""
	as_postgres "$bin/psql -h $dir -p $port -U postgres -q -c 'CREATE DATABASE two_coverage OWNER two_coverage'"
	echo "export TWO_COVERAGE_TEST_PG_DIR=$dir"
	echo "export TWO_COVERAGE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/two_coverage"
	echo "export TWO_COVERAGE_TEST_PG_USER=two_coverage"
	echo "export TWO_COVERAGE_TEST_PG_PASSWORD=$password"
	;;
stop)
	dir=${2:?"usage: postgres.sh stop DIR"}
	[[ -d "$dir/data" ]] && as_postgres "$bin/pg_ctl -D $dir/data -m immediate -w stop" >/dev/null || true
	rm -rf "$dir"
	;;
*)
	echo "usage: postgres.sh start | stop DIR" >&2
	exit 2
	;;
esac
