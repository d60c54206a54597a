#!/usr/bin/env bash
# Load script for the collection site (SPEC §9), not a timed test: 21 city accounts upload their
# returns (about 1,000 unions each: 21,000 unions over the province's city shares) at the same time,
# three rounds, each round a different generated return (another seed). Loopback only; each upload is
# bounded by a curl timeout. Prints uploads per second per round and the server's CPU seconds, then
# checks that every city's current return (input/<period>/<city>/) is its last upload, byte for byte.
#
#   bench/upload-load.sh [UNIONS_PER_PROVINCE]     default 21000
#
# Needs curl. Builds the jar first.
set -euo pipefail
cd "$(dirname "$0")/.."
unions=${1:-21000}
period=2026-10
rounds=3
command -v curl >/dev/null || { echo "upload-load: curl is missing (Debian: apt-get install curl)" >&2; exit 2; }
[ -f target/two-coverage.jar ] || ./mvnw -q -DskipTests package
jar=$PWD/target/two-coverage.jar
work=$(mktemp -d "${TMPDIR:-/tmp}/two-coverage-upload-load.XXXXXX")
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT

generate() { # round
	java -cp "$jar" -Dloader.main=cn.gdftu.twocoverage.sample.SampleDataGenerator \
		org.springframework.boot.loader.launch.PropertiesLauncher --out "$work/returns-$1" --periods "$period" \
		--unions "$unions" --seed "$((20261000 + $1))" >/dev/null
}
for round in $(seq 1 $rounds); do generate "$round"; done
cities=$(ls "$work/returns-1/$period")

for city in $cities; do
	echo "load-$city-password" | java -jar "$jar" users add "load-$city" --city "$city" --password-stdin \
		--db "$work/reports/two-coverage.db" >/dev/null
done
java -jar "$jar" serve --bind 127.0.0.1 --port 0 --input "$work/input" --reports "$work/reports" \
	>"$work/serve.log" 2>&1 &
server=$!
# --port 0: a free port, read from the line serve prints once it listens.
for _ in $(seq 1 180); do
	base=$(sed -n 's|.*\(http://127.0.0.1:[0-9]*\)/.*|\1|p' "$work/serve.log")
	[ -n "$base" ] && break
	kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
	sleep 1
done
[ -n "$base" ] || { echo "upload-load: the site did not start" >&2; exit 1; }

token() { # cookie-jar url
	curl -s -c "$1" -b "$1" "$2" | sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p'
}
# Log every city in once; the session and its CSRF token serve all rounds.
for city in $cities; do
	jar_file="$work/cookies-$city"
	t=$(token "$jar_file" "$base/login")
	curl -s -c "$jar_file" -b "$jar_file" -o /dev/null -d "username=load-$city&password=load-$city-password&_csrf=$t" "$base/login"
	token "$jar_file" "$base/returns/$period" >"$work/token-$city"
	[ -s "$work/token-$city" ] || { echo "upload-load: login failed for $city" >&2; exit 1; }
done

cpu() { # utime + stime of the server, in seconds
	awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$server/stat"
}

upload() { # round city
	local dir="$work/returns-$1/$period/$2"
	curl -s --max-time 300 -b "$work/cookies-$2" -H "Accept: application/json" -H "X-CSRF-TOKEN: $(cat "$work/token-$2")" \
		-F "organizations=@$dir/organizations.csv" -F "contracts=@$dir/contracts.csv" \
		-o "$work/answer-$1-$2.json" -w '%{http_code}' "$base/returns/$period"
}

total_uploads=0
total_seconds=0
failed=0
for round in $(seq 1 $rounds); do
	cpu_before=$(cpu)
	start=$(date +%s.%N)
	pids=()
	for city in $cities; do
		upload "$round" "$city" >"$work/status-$round-$city" &
		pids+=($!)
	done
	for pid in "${pids[@]}"; do wait "$pid" || true; done
	end=$(date +%s.%N)
	ok=0
	for city in $cities; do
		if [ "$(cat "$work/status-$round-$city")" = 200 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
	done
	cpu_after=$(cpu)
	seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
	total_uploads=$((total_uploads + ok))
	total_seconds=$(awk -v a="$total_seconds" -v b="$seconds" 'BEGIN { print a + b }')
	awk -v r="$round" -v ok="$ok" -v n="$(echo "$cities" | wc -w)" -v s="$seconds" -v c0="$cpu_before" -v c1="$cpu_after" \
		'BEGIN { printf "round %d: %d/%d uploads stored in %.2f s = %.2f uploads/s (server CPU %.1f s)\n", r, ok, n, s, ok / s, c1 - c0 }'
done
awk -v n="$total_uploads" -v s="$total_seconds" 'BEGIN { printf "all rounds: %d uploads in %.2f s = %.2f uploads/s\n", n, s, n / s }'

mismatched=0
for city in $cities; do
	for table in organizations contracts; do
		if ! cmp -s "$work/returns-$rounds/$period/$city/$table.csv" "$work/input/$period/$city/$table.csv"; then
			echo "MISMATCH: $city $table.csv is not the last upload" >&2
			mismatched=$((mismatched + 1))
		fi
	done
done
if [ "$failed" -gt 0 ] || [ "$mismatched" -gt 0 ]; then
	echo "upload-load: $failed upload(s) failed, $mismatched file(s) differ" >&2
	exit 1
fi
echo "every city's current return is its last upload, byte for byte ($(echo "$cities" | wc -w) cities)"
