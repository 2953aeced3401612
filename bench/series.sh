#!/usr/bin/env bash
# Snapshot series benchmark: a weekly series of a synthetic organisation (default 13 snapshots of 100 accounts in 4
# regions) turned into the full pack with its timeline in a 512 MiB heap, after `auditpack verify` of the chain.
# Usage: bench/series.sh [snapshots=13] [accounts=100] [regions=4] [users=120] [buckets=90] [groups_per_region=80]
set -euo pipefail
cd "$(dirname "$0")/.."
snapshots=${1:-13}; accounts=${2:-100}; regions=${3:-4}; users=${4:-120}; buckets=${5:-90}; groups=${6:-80}
work=$(mktemp -d /tmp/auditpack-series-XXXX)
trap 'rm -rf "$work"' EXIT

# One reactor build, so the collector module resolves from this tree rather than from a Maven repository.
./mvnw -q -B -pl reporting -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="reporting/target/test-classes:reporting/target/classes:collector/target/classes:collector/target/test-classes:$(cat reporting/target/bench.classpath)"

java -Xmx2g -cp "$cp" dev.auditpack.bench.GenerateSeries "$work/series" "$snapshots" "$accounts" "$regions" \
  "$users" "$buckets" "$groups"
echo "series: $(du -sh "$work/series" | cut -f1), $(find "$work/series/snapshots" -type f | wc -l) files"

echo "== verify the chain (-Xmx512m)"
/usr/bin/time -f "verify: %e s, max RSS %M KB" java -Xmx512m -cp "$cp" dev.auditpack.cli.Main verify "$work/series" | tail -1

echo "== for comparison: the latest snapshot alone, as one locker (-Xmx512m)"
latest=$(ls "$work/series/snapshots" | tail -1)
/usr/bin/time -f "one locker: %e s wall, %U s user, %S s system, max RSS %M KB" java -Xmx512m -cp "$cp" \
  dev.auditpack.cli.Main report --evidence "$work/series/snapshots/$latest" --out "$work/single" \
  --organisation "Benchmark Org" 2>&1 >/dev/null | tail -1

echo "== report with the timeline (-Xmx512m)"
/usr/bin/time -v java -Xmx512m -Xlog:gc*:file="$work/gc.log" -cp "$cp" dev.auditpack.cli.Main report \
  --evidence "$work/series" --out "$work/pack" --organisation "Benchmark Org" 2> "$work/time.txt" | tail -4
grep -E "Elapsed \(wall|User time|System time|Maximum resident|Exit status" "$work/time.txt"
peak=$(grep -oE "[0-9]+M->[0-9]+M" "$work/gc.log" | sed -E 's/M->.*//' | sort -n | tail -1)
after=$(grep -oE "[0-9]+M->[0-9]+M" "$work/gc.log" | sed -E 's/.*->//; s/M$//' | sort -n | tail -1)
echo "heap in use, from the GC log (max heap 512 MiB): at most ${peak} MiB before a collection, ${after} MiB after one"
if command -v jq >/dev/null; then
  echo "timeline rows: $(jq '.timeline.rows | length' "$work/pack/results.json"), intervals: $(jq '[.timeline.rows[].intervals | length] | add' "$work/pack/results.json")"
fi
ls -la "$work/pack" | awk 'NR>1 {print "  " $5 " bytes  " $9}'
