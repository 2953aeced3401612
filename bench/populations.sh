#!/usr/bin/env bash
# Population benchmark: CloudTrail log files (generated once into target/bench-cloudtrail, about 1 KB an event,
# gzipped) stored in a locker, streamed through the parser and sorted into population files, in a 512 MiB heap.
# Usage: bench/populations.sh [events=10000000] [events_per_file=5000] [days=90] [folder]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl collector test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java -Xmx512m \
  -cp "collector/target/test-classes:collector/target/classes:$(cat collector/target/bench.classpath)" \
  dev.auditpack.collector.aws.cloudtrail.PopulationBenchmark "$@"
