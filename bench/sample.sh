#!/usr/bin/env bash
# The deterministic sample-data generator (cn.gdftu.twocoverage.sample). It lives in the test sources,
# so the jar the cities run carries only the product; this script runs it from the compiled tests.
#
#   bench/sample.sh --out <folder> --periods 2026-10 --unions 1000000 [--seed N] [--dress mixed] ...
#
# Paths are relative to the top of the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/sample.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/sample.classpath)" \
	cn.gdftu.twocoverage.sample.SampleDataGenerator "$@"
