#!/usr/bin/env bash
# Sharded collection benchmark: a seeded organisation on the emulator, with a fixed delay added to every call,
# collected by one process and by N shard processes at once (each its own JVM), then merged and reported. Prints
# each wall time, the merge time and each process's peak heap. Needs moto_server on PATH.
# Usage: bench/shards.sh [accounts=200] [regions=4] [delay_ms=100] [shards=8]
# BENCH_HEAP sets each process's -Xmx (default 512m); BENCH_KEEP=true keeps the lockers and logs in /tmp.
# MVN_FLAGS passes flags to Maven (e.g. -o, offline).
# At full size this runs 9 collections and a report: run it on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build, so the collector module resolves from this tree rather than from a Maven repository.
./mvnw -q -B ${MVN_FLAGS:-} -pl reporting -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="reporting/target/test-classes:reporting/target/classes:collector/target/classes:collector/target/test-classes:$(cat reporting/target/bench.classpath)"
exec java -Xmx512m -Dsun.net.httpserver.nodelay=true -Dbench.heap="${BENCH_HEAP:-512m}" -Dbench.keep="${BENCH_KEEP:-false}" -cp "$cp" \
  dev.auditpack.bench.ShardsBenchmark "$@"
