#!/usr/bin/env bash
#
# Platform benchmark: starts a copy of the built distribution and prints
#   - cold start (empty data folder) to first UI 200, and warm restart to first UI 200
#   - module install (features file dropped into deploy/) to route live, uninstall to route gone,
#     each beside Karaf's own part (file dropped -> module bundles active / gone in /health)
#   - RSS after start and after 50 install/uninstall cycles (+ the growth ratio)
# Run after a build:  ./mvnw -q install -DskipTests && karaf-assembly/src/bench/run-benchmark.sh
# Not part of the test command: figures vary with the machine; docs/benchmarks.md records them.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/../.." && pwd)
DIST="$HERE/target/assembly"
WORK="$HERE/target/bench"
CYCLES=${CYCLES:-50}
PORT=${PORT:-18181}
[ -x "$DIST/bin/karaf" ] || { echo "Build first: ./mvnw -q install -DskipTests" >&2; exit 1; }

# shellcheck source=bench-common.sh
. "$(dirname "$0")/bench-common.sh"
now() { date +%s.%N; }
ms() { echo "($2 - $1) * 1000 / 1" | bc; }
ui_up() { [ "$(http_code /)" = 303 ] && [ "$(http_code /login)" = 200 ]; } # signed out: / sends to the sign-in page
# The UI host logs each route it maps into (or removes from) Vaadin's route registry.
routes_mapped() { [ "$(grep -c "Route 'notes' -> " "$WORK/data/log/karaf.log")" -ge "$1" ]; }
routes_removed() { [ "$(grep -c "Route 'notes' removed" "$WORK/data/log/karaf.log")" -ge "$1" ]; }
module_listed() { curl -s "http://localhost:$PORT/health" | grep -q "\"id\":\"$1\""; }
wait_for() { # description, timeout seconds, command...
    local what=$1 limit=$2; shift 2
    local end=$(( $(date +%s) + limit ))
    until "$@"; do
        [ "$(date +%s)" -lt "$end" ] || { echo "timeout: $what" >&2; exit 1; }
        sleep 0.02
    done
}
drop_feature() {
    printf '<features name="bench" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0"><feature name="bench" install="auto"><feature>mosaic-example-notes</feature></feature></features>' > "$WORK/bench.tmp"
    mv "$WORK/bench.tmp" "$WORK/deploy/bench-features.xml"
}

rm -rf "$WORK"; cp -a "$DIST" "$WORK"; rm -rf "$WORK/data" "$WORK"/deploy/*.xml
own_ports
set_prop "$WORK/etc/org.apache.felix.fileinstall-deploy.cfg" felix.fileinstall.poll 50
trap stop EXIT

echo "Mosaic CRM platform benchmark ($(nproc) cores, $(java -version 2>&1 | head -1))"
t0=$(now); start; wait_for "cold start" 120 ui_up; t1=$(now)
COLD=$(ms "$t0" "$t1")
sleep 5; RSS_START=$(rss_mb); USED_START=$(used_after_gc | tr ' ' /)
stop
t0=$(now); start; wait_for "warm start" 120 ui_up; t1=$(now)
WARM=$(ms "$t0" "$t1")
echo "cold start to first UI 200:      $COLD ms"
echo "warm restart to first UI 200:    $WARM ms   (cold/warm = $(echo "scale=2; $COLD / $WARM" | bc))"
echo "RSS after start:                 $RSS_START MB   (heap/metaspace used after GC: $USED_START MB)"

sum_live=0; sum_active=0; sum_gone=0; sum_unlisted=0; max_live=0; max_gone=0
for i in $(seq 1 "$CYCLES"); do
    t0=$(now); drop_feature
    wait_for "module active" 60 module_active example-notes; ta=$(now)
    wait_for "route live" 60 routes_mapped "$i"; t1=$(now)
    live=$(ms "$t0" "$t1"); active=$(ms "$t0" "$ta")
    t0=$(now); rm -f "$WORK/deploy/bench-features.xml"
    wait_for "module unlisted" 60 bash -c "! curl -s http://localhost:$PORT/health | grep -q example-notes"; tu=$(now)
    wait_for "route gone" 60 routes_removed "$i"; t1=$(now)
    gone=$(ms "$t0" "$t1"); unlisted=$(ms "$t0" "$tu")
    sum_live=$((sum_live + live)); sum_active=$((sum_active + active)); sum_gone=$((sum_gone + gone)); sum_unlisted=$((sum_unlisted + unlisted))
    [ "$live" -gt "$max_live" ] && max_live=$live; [ "$gone" -gt "$max_gone" ] && max_gone=$gone
done
echo "install -> route live (mean of $CYCLES):  $((sum_live / CYCLES)) ms (max $max_live), of which Karaf file->bundles active $((sum_active / CYCLES)) ms"
echo "uninstall -> route gone (mean):  $((sum_gone / CYCLES)) ms (max $max_gone), Karaf file->bundles gone $((sum_unlisted / CYCLES)) ms"
sleep 40   # let the pool evict idle connections, as in production
USED_AFTER=$(used_after_gc | tr ' ' /)
RSS_AFTER=$(rss_mb)
echo "RSS after $CYCLES install cycles:   $RSS_AFTER MB   (after/start = $(echo "scale=2; $RSS_AFTER / $RSS_START" | bc); heap/metaspace used after GC: $USED_AFTER MB)"
