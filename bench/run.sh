#!/usr/bin/env bash
# Benchmark: the monthly job on generated provinces of N unions, against the sqlite3 shell doing only
# `.import` of the same files plus the coverage SQL (no validation), on the same machine in the same run.
#
#   bench/run.sh [N ...]        default: 250000 1000000
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
./mvnw -q -DskipTests package
jar=$PWD/target/two-coverage.jar
work=$(mktemp -d "${TMPDIR:-/tmp}/two-coverage-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Seconds and peak resident set (MB) of a command, from GNU time.
measure() {
	local out=$1; shift
	/usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null 2>"$out.err" || { cat "$out.err" >&2; return 1; }
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

printf '| %9s | %13s | %7s | %9s | %11s | %9s | %11s |\n' unions "contract rows" "job s" "unions/s" "job peak MB" "sqlite3 s" "job/sqlite3"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' ----------: --------------: --------: ----------: ------------: ----------: ------------:
declare -A seconds
for n in "${sizes[@]}"; do
	input=$work/input-$n
	bench/sample.sh --out "$input" --periods "$period" --unions "$n" --dress canonical >/dev/null
	contracts=$(cat "$input/$period"/*/contracts.csv | wc -l)
	contracts=$((contracts - 21))
	unions=$(cat "$input/$period"/*/organizations.csv | wc -l)
	unions=$((unions - 21))
	sync
	measure "$work/job-$n.time" java -Xmx512m -jar "$jar" --period "$period" --input "$input" --reports "$work/reports-$n"
	read -r job_s job_kb < "$work/job-$n.time"
	baseline_script "$input" > "$work/baseline-$n.sql"
	measure "$work/sqlite-$n.time" sh -c 'sqlite3 "$1" < "$2"' sh "$work/baseline-$n.db" "$work/baseline-$n.sql"
	read -r sql_s _ < "$work/sqlite-$n.time"
	seconds[$n]=$job_s
	awk -v u="$unions" -v c="$contracts" -v j="$job_s" -v kb="$job_kb" -v s="$sql_s" \
		'BEGIN { printf "| %9d | %13d | %7.1f | %9.0f | %11.0f | %9.1f | %11.2f |\n", u, c, j, u / j, kb / 1024, s, j / s }'
	rm -rf "$input" "$work/reports-$n" "$work/baseline-$n.db"*
done
if [ ${#sizes[@]} -ge 2 ]; then
	first=${sizes[0]}; last=${sizes[-1]}
	awk -v a="$first" -v b="$last" -v ta="${seconds[$first]}" -v tb="${seconds[$last]}" \
		'BEGIN { printf "\ntime(%d) / time(%d) = %.2f (size ratio %.1f)\n", b, a, tb / ta, b / a }'
fi
