#!/usr/bin/env bash
# Benchmark: the monthly job on generated provinces of N unions, against the sqlite3 shell doing only
# `.import` of the same files plus the coverage SQL (no validation), on the same machine in the same run.
#
#   bench/run.sh [N ...]        default: 250000 1000000
#
# BENCH_INPUTS=DIR keeps the generated provinces in DIR and reuses them on the next run (generation
# takes longer than the job). BENCH_RUNS=K runs the job and the shell K times per size, alternating,
# one row per run: on a busy machine the spread says as much as the figures. BENCH_JAR=FILE measures
# that jar (e.g. an older build) instead of building one.
#
# Besides wall time and peak memory, each row gives the CPU time (user + system) of the job and of the
# shell, and the job's own step times, read from its batch tables (BATCH_STEP_EXECUTION) after the
# run: start-up is from launching the JVM to the job's start (Spring context, batch schema, input
# digest), then the survey, ingest, publish and report steps.
#
# The job is launched as the README's "faster start" says: the jar extracted, a class-data archive
# (AppCDS) made by one training run on the sample input/, and the JIT's second compiler (C2) kept for
# the hottest code (ten times its default thresholds). BENCH_CDS=0 launches the plain fat jar.
#
# BENCH_PG=1 also runs the job on PostgreSQL (a throwaway cluster from .ci/postgres.sh, Debian's
# postgresql package; run as root): one more row per run, "pg" in the first column, the job's wall and
# CPU time and its steps (read from the cluster's batch tables), beside the same shell figures.
#
# Needs the sqlite3 shell and GNU time (Debian: apt-get install sqlite3 time). Builds the jar first.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(250000 1000000)
period=2026-10
d=2026-10-31
for tool in sqlite3 /usr/bin/time; do
	command -v "$tool" >/dev/null || { echo "bench: $tool is missing (Debian: apt-get install sqlite3 time)" >&2; exit 2; }
done
if [ -n "${BENCH_JAR:-}" ]; then
	jar=$(realpath "$BENCH_JAR")   # e.g. an older build, to compare
else
	./mvnw -q -DskipTests package
	jar=$PWD/target/two-coverage.jar
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/two-coverage-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
inputs=${BENCH_INPUTS:-$work}
runs=${BENCH_RUNS:-1}
job=(java -Xmx512m -jar "$jar")
if [ "${BENCH_CDS:-1}" != 0 ]; then
	# AppCDS cannot archive classes from the fat jar's nested jars: extract it, then one training run.
	java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
	java -XX:ArchiveClassesAtExit="$work/app/two-coverage.jsa" -jar "$work/app/${jar##*/}" \
		--period "$period" --input input --reports "$work/training" >/dev/null 2>&1
	job=(java -XX:SharedArchiveFile="$work/app/two-coverage.jsa" -XX:Tier4InvocationThreshold=50000
		-XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000
		-Xmx512m -jar "$work/app/${jar##*/}")
fi

if [ "${BENCH_PG:-0}" != 0 ]; then
	eval "$(.ci/postgres.sh start)"
	trap '.ci/postgres.sh stop "$TWO_COVERAGE_TEST_PG_DIR"; rm -rf "$work"' EXIT
	export TWO_COVERAGE_DB_USER=$TWO_COVERAGE_TEST_PG_USER TWO_COVERAGE_DB_PASSWORD=$TWO_COVERAGE_TEST_PG_PASSWORD
	pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
	pg_port=${TWO_COVERAGE_TEST_PG_URL##*:}; pg_port=${pg_port%%/*}
	psql_pg() { PGPASSWORD=$TWO_COVERAGE_TEST_PG_PASSWORD "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U "$TWO_COVERAGE_TEST_PG_USER" "$@"; }
fi

# Wall seconds, peak resident set (KB) and CPU seconds (user + system) of a command, from GNU time.
measure() {
	local out=$1; shift
	/usr/bin/time -f '%e %M %U %S' -o "$out" "$@" >/dev/null 2>"$out.err" || { cat "$out.err" >&2; return 1; }
}

# The job's start-up and step seconds from its batch tables: launch (epoch ms) to the job's start,
# then each top-level step's start to end.
steps() {
	local db=$1 launched=$2
	sqlite3 -separator ' ' "$db" "
		SELECT (MIN(j.start_time) - $launched) / 1000.0,
			(SELECT SUM(end_time - start_time) / 1000.0 FROM batch_step_execution WHERE step_name = 'survey'),
			(SELECT SUM(end_time - start_time) / 1000.0 FROM batch_step_execution WHERE step_name = 'ingest'),
			(SELECT SUM(end_time - start_time) / 1000.0 FROM batch_step_execution WHERE step_name = 'publish'),
			(SELECT SUM(end_time - start_time) / 1000.0 FROM batch_step_execution WHERE step_name = 'report')
		FROM batch_job_execution j"
}

# The same from PostgreSQL's batch tables (a fresh database per run).
pg_steps() {
	local db=$1 launched=$2
	psql_pg -d "$db" -A -t -F ' ' -c "
		SELECT (EXTRACT(EPOCH FROM MIN(j.start_time)) * 1000 - $launched) / 1000.0,
			(SELECT EXTRACT(EPOCH FROM SUM(end_time - start_time)) FROM batch_step_execution WHERE step_name = 'survey'),
			(SELECT EXTRACT(EPOCH FROM SUM(end_time - start_time)) FROM batch_step_execution WHERE step_name = 'ingest'),
			(SELECT EXTRACT(EPOCH FROM SUM(end_time - start_time)) FROM batch_step_execution WHERE step_name = 'publish'),
			(SELECT EXTRACT(EPOCH FROM SUM(end_time - start_time)) FROM batch_step_execution WHERE step_name = 'report')
		FROM batch_job_execution j"
}

# The sqlite3 shell's script for one input: import every city's two files, then the coverage SQL.
baseline_script() {
	local input=$1
	{
		echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
		echo "CREATE TABLE organization(employer_id TEXT, employer_name TEXT, county_code TEXT, industry TEXT,"
		echo "  ownership TEXT, employees INT, women_employees INT, women_members INT, women_org TEXT);"
		echo "CREATE TABLE contract(contract_id TEXT, scope TEXT, employer_id TEXT, effective_from TEXT, expires_on TEXT);"
		echo ".mode csv"
		for city in "$input/$period"/*/; do
			echo ".import --skip 1 ${city}organizations.csv organization"
			echo ".import --skip 1 ${city}contracts.csv contract"
		done
		echo "CREATE INDEX contract_by_employer ON contract (employer_id);"
		sed "s/:d/'$d'/g" bench/baseline-coverage.sql
	}
}

printf '| %9s | %13s | %7s | %7s | %8s | %6s | %6s | %7s | %6s | %7s | %9s | %11s | %11s |\n' unions "contract rows" \
	"job s" "job cpu" "start-up" survey ingest publish report "peak MB" "sqlite3 s" "sqlite3 cpu" "job/sqlite3"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' ----------: --------------: --------: --------: ---------: \
	-------: -------: --------: -------: --------: ----------: ----------: ------------:
declare -A seconds
for n in "${sizes[@]}"; do
	input=$inputs/input-$n
	if [ ! -d "$input/$period" ]; then
		bench/sample.sh --out "$input" --periods "$period" --unions "$n" --dress canonical >/dev/null
	fi
	contracts=$(cat "$input/$period"/*/contracts.csv | wc -l)
	contracts=$((contracts - 21))
	unions=$(cat "$input/$period"/*/organizations.csv | wc -l)
	unions=$((unions - 21))
	baseline_script "$input" > "$work/baseline-$n.sql"
	for ((run = 1; run <= runs; run++)); do
		sync
		launched=$(date +%s%3N)
		measure "$work/job-$n.time" "${job[@]}" --period "$period" --input "$input" --reports "$work/reports-$n"
		read -r job_s job_kb job_user job_sys < "$work/job-$n.time"
		read -r startup survey ingest publish report < <(steps "$work/reports-$n/two-coverage.db" "$launched")
		measure "$work/sqlite-$n.time" sh -c 'sqlite3 "$1" < "$2"' sh "$work/baseline-$n.db" "$work/baseline-$n.sql"
		read -r sql_s _ sql_user sql_sys < "$work/sqlite-$n.time"
		seconds[$n]=$job_s
		awk -v u="$unions" -v c="$contracts" -v j="$job_s" -v ju="$job_user" -v js="$job_sys" \
			-v st="$startup" -v sv="$survey" -v ig="$ingest" -v pu="$publish" -v re="$report" -v kb="$job_kb" \
			-v s="$sql_s" -v su="$sql_user" -v ss="$sql_sys" \
			'BEGIN { printf "| %9d | %13d | %7.1f | %7.1f | %8.1f | %6.1f | %6.1f | %7.1f | %6.1f | %7.0f | %9.1f | %11.1f | %11.2f |\n", u, c, j, ju + js, st, sv, ig, pu, re, kb / 1024, s, su + ss, j / s }'
		if [ "${BENCH_PG:-0}" != 0 ]; then
			db=bench_${n}_$run
			psql_pg -d two_coverage -q -c "CREATE DATABASE $db"
			sync
			launched=$(date +%s%3N)
			measure "$work/pg-$n.time" "${job[@]}" --period "$period" --input "$input" --reports "$work/reports-pg-$n" \
				--db "jdbc:postgresql://127.0.0.1:$pg_port/$db"
			read -r pg_s pg_kb pg_user pg_sys < "$work/pg-$n.time"
			read -r startup survey ingest publish report < <(pg_steps "$db" "$launched")
			awk -v u="$unions" -v c="$contracts" -v j="$pg_s" -v ju="$pg_user" -v js="$pg_sys" \
				-v st="$startup" -v sv="$survey" -v ig="$ingest" -v pu="$publish" -v re="$report" -v kb="$pg_kb" \
				-v s="$sql_s" -v su="$sql_user" -v ss="$sql_sys" \
				'BEGIN { printf "| pg %6d | %13d | %7.1f | %7.1f | %8.1f | %6.1f | %6.1f | %7.1f | %6.1f | %7.0f | %9.1f | %11.1f | %11.2f |\n", u, c, j, ju + js, st, sv, ig, pu, re, kb / 1024, s, su + ss, j / s }'
			psql_pg -d two_coverage -q -c "DROP DATABASE $db"
			rm -rf "$work/reports-pg-$n"
		fi
		rm -rf "$work/reports-$n" "$work/baseline-$n.db"*
	done
	[ "$inputs" != "$work" ] || rm -rf "$input"
done
if [ ${#sizes[@]} -ge 2 ]; then
	first=${sizes[0]}; last=${sizes[-1]}
	awk -v a="$first" -v b="$last" -v ta="${seconds[$first]}" -v tb="${seconds[$last]}" \
		'BEGIN { printf "\ntime(%d) / time(%d) = %.2f (size ratio %.1f)\n", b, a, tb / ta, b / a }'
fi
