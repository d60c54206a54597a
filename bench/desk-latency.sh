#!/usr/bin/env bash
# The site keeps answering while a run of the month goes on (SPEC §15), measured, not a timed test: a
# generated province (215,000 unions by default) is run from the province's desk, and while it runs
# the desk page (GET /periods/<period>) is fetched every half second; prints how many answers, their
# median and slowest time, and the run's length.
#
#   bench/desk-latency.sh [UNIONS] [DB]     DB: a SQLite file (default: a fresh one) or a fresh, empty
#                                           jdbc:postgresql://HOST[:PORT]/DATABASE with
#                                           TWO_COVERAGE_DB_USER / TWO_COVERAGE_DB_PASSWORD set
# Needs curl. Builds the jar first when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
unions=${1:-215000}
period=2026-10
command -v curl >/dev/null || { echo "desk-latency: curl is missing" >&2; exit 2; }
[ -f target/two-coverage.jar ] || ./mvnw -q -DskipTests package
jar=$PWD/target/two-coverage.jar
work=$(mktemp -d "${TMPDIR:-/tmp}/two-coverage-desk-latency.XXXXXX")
db=${2:-$work/reports/two-coverage.db}
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null && { wait "$server" 2>/dev/null || true; }
	rm -rf "$work"
}
trap cleanup EXIT

bench/sample.sh --out "$work/input" --periods "$period" --unions "$unions" --dress canonical >/dev/null
echo "desk-latency-password" | java -jar "$jar" users add desk --province --password-stdin --db "$db" >/dev/null
java -jar "$jar" serve --bind 127.0.0.1 --port 0 --input "$work/input" --reports "$work/reports" --db "$db" \
	>"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 180); do
	base=$(sed -n 's|.*\(http://127.0.0.1:[0-9]*\)/.*|\1|p' "$work/serve.log")
	[ -n "$base" ] && break
	kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
	sleep 1
done
[ -n "$base" ] || { echo "desk-latency: the site did not start" >&2; exit 1; }

cookies=$work/cookies
token() { curl -s -c "$cookies" -b "$cookies" "$1" | sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p'; }
t=$(token "$base/login")
curl -s -c "$cookies" -b "$cookies" -o /dev/null -d "username=desk&password=desk-latency-password&_csrf=$t" "$base/login"
t=$(token "$base/periods/$period")
[ -n "$t" ] || { echo "desk-latency: login failed" >&2; exit 1; }
page() { curl -s -b "$cookies" -o /dev/null -w '%{time_total}\n' "$base/periods/$period"; }
for _ in 1 2 3; do page >/dev/null; done   # warm

start=$(date +%s.%N)
curl -s -b "$cookies" -H "Accept: application/json" -H "X-CSRF-TOKEN: $t" -X POST -o /dev/null "$base/periods/$period/run"
: >"$work/times"
while curl -s -b "$cookies" -H "Accept: application/json" "$base/periods/$period/run" | grep -q '"RUNNING"\|"running"'; do
	page >>"$work/times"
	sleep 0.5
done
end=$(date +%s.%N)
state=$(curl -s -b "$cookies" -H "Accept: application/json" "$base/periods/$period/run")
sort -n "$work/times" | awk -v run="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" -v state="$state" '
	{ t[NR] = $1 } END {
		if (NR == 0) { print "desk-latency: the run ended before the first page was fetched; state: " state; exit 1 }
		printf "desk page during a run of %.0f s: %d answers, median %.3f s, slowest %.3f s\n", run, NR, t[int((NR + 1) / 2)], t[NR]
	}'
