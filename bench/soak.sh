#!/usr/bin/env bash
# Soak test of crash recovery (not in CI): kill the monthly job at random moments, run the same command
# again, and compare every finished rerun with the files of a run never interrupted. Run it after
# touching the batch steps.
#
#   bench/soak.sh [KILLS]        default 100
#
# The province: SOAK_INPUT=DIR (period folders), or one generated here with the project's generator
# (SOAK_UNIONS unions, default 20000, in periods 2026-09 and 2026-10, some cities in Excel dress, planted
# bad rows, one return missing). First the reference: both periods
# run to the end. Then chains, until KILLS kills have landed: each chain starts either from nothing
# (a first run of every period) or from the reference's reports and database (a forced rerun,
# --period of one published period), kills the job one to three times in a row — kill -9 at a random
# moment, or, one time in three, the job's own halt at a random transaction boundary of a random city's
# ingest (-Dtwo-coverage.halt-at, see job/IngestHalt) — then runs the same command to the end and
# compares its reports folder with the reference (diff -r; the database aside). A kill that lands after
# the job ended is not counted. A chain that differs is kept under the work folder and the script
# exits 1. SOAK_JAR=FILE tests that jar instead of building one; SOAK_DB_ARGS adds arguments (e.g. a
# --db on another database) to every run; SOAK_REFERENCE=DIR (with SOAK_SECONDS, the length of a run)
# reuses the reports folder of an earlier uninterrupted run on the same input as the reference.
set -euo pipefail
cd "$(dirname "$0")/.."
kills_wanted=${1:-100}
if [ -n "${SOAK_JAR:-}" ]; then
	jar=$(realpath "$SOAK_JAR")
else
	./mvnw -q -DskipTests package
	jar=$PWD/target/two-coverage.jar
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/two-coverage-soak.XXXXXX")
if [ -n "${SOAK_INPUT:-}" ]; then
	input=$(realpath "$SOAK_INPUT")
else
	input=$work/input
	bench/sample.sh --out "$input" --periods 2026-09..2026-10 --unions "${SOAK_UNIONS:-20000}" \
		--dress mixed --bad-rows --missing 441500@2026-10 >/dev/null
fi
periods=($(cd "$input" && ls -d 20[0-9][0-9]-[01][0-9] | sort))
cities=(440100 440200 440300 440400 440500 440600 440700 440800 440900 441200 441300 441400 441500 441600
	441700 441800 441900 442000 445100 445200 445300)
job=(java -Xmx512m -XX:TieredStopAtLevel=1)
read -r -a db_args <<<"${SOAK_DB_ARGS:-}"

# The job's command line for a reports folder, into $command: [java options...] -- [job arguments...]
job_command() {
	local reports=$1; shift
	local options=()
	while [ "$1" != -- ]; do options+=("$1"); shift; done
	shift
	command=("${job[@]}" "${options[@]}" -jar "$jar" --input "$input" --reports "$reports" "${db_args[@]}" "$@")
}

run() { # as job_command, run to the end
	job_command "$@"
	"${command[@]}"
}

same() { # reports-folder: the reference's files, byte for byte, the database and its lock aside
	diff -r -x 'two-coverage.db*' "$work/reference" "$1" >/dev/null
}

start=$SECONDS
if [ -n "${SOAK_REFERENCE:-}" ]; then
	cp -r "$SOAK_REFERENCE" "$work/reference" # a reports folder of an uninterrupted run on the same input
	full=${SOAK_SECONDS:-60}
else
	run "$work/reference" -- >/dev/null
	full=$((SECONDS - start))
fi
[ "$full" -gt 0 ] || full=1
echo "soak: ${periods[*]}; kill -9 at a random moment up to ${full}s into a run"

kills=0 halts=0 chains=0 failed=0
while [ "$kills" -lt "$kills_wanted" ]; do
	chains=$((chains + 1))
	chain=$work/chain-$chains
	args=()
	if [ $((RANDOM % 2)) = 0 ]; then
		kind=first
		mkdir -p "$chain"
	else
		kind=rerun
		cp -r "$work/reference" "$chain"
		args=(--period "${periods[RANDOM % ${#periods[@]}]}")
	fi
	for _ in $(seq $((1 + RANDOM % 3))); do
		if [ $((RANDOM % 3)) = 0 ]; then
			halt=${cities[RANDOM % ${#cities[@]}]}:$((1 + RANDOM % 6))
			status=0
			run "$chain" "-Dtwo-coverage.halt-at=$halt" -- "${args[@]}" >/dev/null 2>&1 || status=$?
			if [ "$status" = 86 ]; then
				kills=$((kills + 1)) halts=$((halts + 1))
			fi
		else
			job_command "$chain" -- "${args[@]}"
			"${command[@]}" >/dev/null 2>&1 & # the JVM itself, so the kill reaches it
			pid=$!
			sleep "$((RANDOM % full)).$((RANDOM % 10))"
			kill -9 "$pid" 2>/dev/null || true
			status=0
			wait "$pid" 2>/dev/null || status=$?
			if [ "$status" = 137 ]; then # killed by the signal, not ended before it
				kills=$((kills + 1))
			fi
		fi
	done
	if run "$chain" -- "${args[@]}" >"$chain.out" 2>&1 && same "$chain"; then
		rm -rf "$chain" "$chain.out"
	else
		failed=$((failed + 1))
		echo "soak: chain $chains ($kind ${args[*]}) differs from the reference: kept in $chain" >&2
	fi
	echo "soak: $kills kills ($halts at a boundary) in $chains chains, $failed differing"
done
if [ "$failed" = 0 ]; then
	echo "soak: PASSED: $kills kills ($halts at an ingest boundary) in $chains chains; every rerun gave the reference's files"
	rm -rf "$work"
else
	echo "soak: FAILED: $failed of $chains chains differ (kept in $work)" >&2
	exit 1
fi
