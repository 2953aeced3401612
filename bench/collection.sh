#!/usr/bin/env bash
# Collection benchmark: a seeded organisation collected from the emulator with a fixed delay per call,
# concurrently and one call at a time, in a 512 MiB heap. Needs moto_server on PATH.
# Usage: bench/collection.sh [accounts=20] [regions=4] [delay_ms=100] [concurrency=32]
# BENCH_SEQUENTIAL=false skips the (slow) run with concurrency 1.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl collector test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java -Xmx512m -Dsun.net.httpserver.nodelay=true -Dbench.sequential="${BENCH_SEQUENTIAL:-true}" \
  -cp "collector/target/test-classes:collector/target/classes:$(cat collector/target/bench.classpath)" \
  dev.auditpack.bench.CollectionBenchmark "$@"
