#!/usr/bin/env bash
# Pack benchmark: a synthetic organisation (default 100 accounts, about a million findings) turned into the
# full pack in a 512 MiB heap (BENCH_HEAP sets another, e.g. 3g), then `auditpack verify` on the pack next to
# sha256sum on the same files.
# Usage: bench/pack.sh [accounts=100] [users=1200] [buckets=900] [groups_per_region=800]
# BENCH_REDACT=true also times the same pack built with --redact. The pack is signed with a throwaway key, as a pack
# for an audit ticket would be; BENCH_SIGN=false builds it unsigned.
set -euo pipefail
cd "$(dirname "$0")/.."
accounts=${1:-100}; users=${2:-1200}; buckets=${3:-900}; groups=${4:-800}; heap=${BENCH_HEAP:-512m}
work=$(mktemp -d /tmp/auditpack-bench-XXXX)
trap 'rm -rf "$work"' EXIT

# One reactor build, so the collector module resolves from this tree rather than from a Maven repository.
./mvnw -q -B -pl reporting -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="reporting/target/test-classes:reporting/target/classes:collector/target/classes:collector/target/test-classes:$(cat reporting/target/bench.classpath)"

java -Xmx3g -cp "$cp" dev.auditpack.bench.GenerateOrganisation "$work/locker" "$accounts" "$users" "$buckets" "$groups"
echo "locker: $(du -sh "$work/locker" | cut -f1), $(find "$work/locker/raw" -type f | wc -l) files"

signing=()
if [ "${BENCH_SIGN:-true}" = true ]; then
  openssl req -x509 -newkey rsa:3072 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -subj "/CN=Benchmark Signer" \
    -days 7 >/dev/null 2>&1
  signing=(--sign-key "$work/key.pem" --sign-cert "$work/cert.pem")
fi

echo "== report (full pack, -Xmx$heap${signing:+, signed})"
/usr/bin/time -v java -Xmx"$heap" -Xlog:gc*:file="$work/gc.log" -cp "$cp" dev.auditpack.cli.Main report \
  --evidence "$work/locker" --out "$work/pack" --organisation "Benchmark Org" "${signing[@]}" 2> "$work/time.txt" | tail -4
grep -E "Elapsed \(wall|Maximum resident" "$work/time.txt"
peak=$(grep -oE "[0-9]+M->[0-9]+M" "$work/gc.log" | sed -E 's/M->.*//' | sort -n | tail -1)
after=$(grep -oE "[0-9]+M->[0-9]+M" "$work/gc.log" | sed -E 's/.*->//; s/M$//' | sort -n | tail -1)
echo "heap in use, from the GC log (-Xmx$heap): at most ${peak} MiB before a collection, ${after} MiB after one"
ls -la "$work/pack" | awk 'NR>1 {print "  " $5 " bytes  " $9}'
if command -v jq >/dev/null; then
  echo "findings in results.json: $(jq '[.checks[] | .counts[]] | add' "$work/pack/results.json")"
fi

if [ "${BENCH_REDACT:-false}" = true ]; then
  echo "== the same pack with --redact (-Xmx$heap)"
  /usr/bin/time -f "redacted pack: %e s, max RSS %M KB" java -Xmx"$heap" -cp "$cp" dev.auditpack.cli.Main report \
    --evidence "$work/locker" --out "$work/redacted" --organisation "Benchmark Org" --redact 2>&1 >/dev/null | tail -1
fi

echo "== verify the pack vs sha256sum on the same files"
/usr/bin/time -f "auditpack verify: %e s, max RSS %M KB" java -Xmx512m -cp "$cp" dev.auditpack.cli.Main verify "$work/pack/evidence-pack.zip" | tail -1
mkdir -p "$work/unzipped" && (cd "$work/unzipped" && unzip -q "$work/pack/evidence-pack.zip")
bytes=$(du -sb "$work/unzipped" | cut -f1)
echo "pack contents: $bytes bytes"
/usr/bin/time -f "sha256sum -c: %e s" bash -c "cd '$work/unzipped' && sha256sum -c --quiet SHA256SUMS"
