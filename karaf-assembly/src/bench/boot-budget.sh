#!/usr/bin/env bash
#
# Start-up and memory budget per module. Cold-starts copies of the built distribution with more and
# more of the product in its boot features, each REPS times (the median is printed):
#   floor     Karaf with the same HTTP service (mosaic-http: Felix HTTP on Jetty 12) and nothing of ours
#   platform  + the platform and the UI host (sign-in page served, security module ACTIVE)
#   customer  + the customer module (the distribution as shipped)
#   sales     + the sales module (every module)
# For each: cold start to ready (HTTP answering; or the sign-in page 200 and each module's bundles
# ACTIVE, its database open and its pages mapped),
# RSS 5 s later, heap and metaspace in use after a full GC, classes loaded. Each module's share is
# the difference to the configuration before it, printed beside its budget. Then the boot profile
# of the full configuration: each module's database open (schema check, EntityManagerFactory) and
# the Vaadin host's start from the log, and where the memory goes (Native Memory Tracking).
#
# Run after a build:  ./mvnw -q install -DskipTests && karaf-assembly/src/bench/boot-budget.sh
# Budgets: BUDGET_MS (default 500) and BUDGET_MB (default 25) per module.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/../.." && pwd)
DIST="$HERE/target/assembly"
WORK="$HERE/target/boot-bench"
PORT=${PORT:-18281}
REPS=${REPS:-3}
BUDGET_MS=${BUDGET_MS:-500}
BUDGET_MB=${BUDGET_MB:-25}
[ -x "$DIST/bin/karaf" ] || { echo "Build first: ./mvnw -q install -DskipTests" >&2; exit 1; }
# shellcheck source=bench-common.sh
. "$(dirname "$0")/bench-common.sh"

now() { date +%s%N; }
# a module is up when its bundles are ACTIVE and its services are: its database opened (the log line
# DataSourceModuleDatabases writes) and, for a module with pages, its first route mapped in the UI host
# (lines of the start being measured: from line $FROM of the log)
opened() { module_active "$1" && tail -n +"$FROM" "$WORK/data/log/karaf.log" 2>/dev/null | grep -q "Module '$1': database open in"; }
routed() { tail -n +"$FROM" "$WORK/data/log/karaf.log" 2>/dev/null | grep -q "Route '$1' -> "; }

# ready <configuration> <from line>: whether the configuration answers as it should once started
ready() {
    FROM=$2
    case $1 in
        floor) [ "$(http_code /)" != 000 ] ;;
        platform) [ "$(http_code /login)" = 200 ] && opened security && routed admin/users ;;
        customer) [ "$(http_code /login)" = 200 ] && opened security && routed admin/users && opened customer && routed customers ;;
        sales) [ "$(http_code /login)" = 200 ] && opened security && routed admin/users && opened customer && routed customers \
            && opened sales && routed sales/opportunities ;;
    esac
}

# boot features of a configuration: Karaf's own as shipped, then ours
boot_features() {
    local karaf mosaic
    karaf=$(sed -n '/^featuresBoot *=/,/^$/p' "$DIST/etc/org.apache.karaf.features.cfg" | tr -d '\\' | tr ',' '\n' \
        | sed 's/featuresBoot *=//; s/^ *//; s/ *$//' | grep -v '^$' | grep -v '^mosaic-' | paste -sd, -)
    local v; v=$(sed -n 's/.*mosaic-platform\/\([^ ,\\]*\).*/\1/p' "$DIST/etc/org.apache.karaf.features.cfg" | head -1)
    case $1 in
        floor) mosaic="mosaic-http/$v" ;;
        platform) mosaic="mosaic-platform/$v,mosaic-ui/$v" ;;
        customer) mosaic="mosaic-platform/$v,mosaic-ui/$v,mosaic-customer/$v" ;;
        sales) mosaic="mosaic-platform/$v,mosaic-ui/$v,mosaic-customer/$v,mosaic-sales/$v" ;;
    esac
    echo "$karaf,$mosaic"
}

prepare() { # configuration
    rm -rf "$WORK"; cp -a "$DIST" "$WORK"; rm -rf "$WORK/data" "$WORK"/deploy/*.xml
    own_ports
    local features; features=$(boot_features "$1")
    sed -i '/^featuresBoot *=/,/^$/d' "$WORK/etc/org.apache.karaf.features.cfg"
    printf 'featuresBoot = %s\n\n' "$features" >> "$WORK/etc/org.apache.karaf.features.cfg"
}

trap stop EXIT

# up <configuration> <from line>: waits until the start logged after that line is ready; prints its ms
up() {
    local t0=$LAUNCHED end; end=$(( $(date +%s) + 180 ))
    until ready "$1" "$2"; do
        [ "$(date +%s)" -lt "$end" ] || { echo "timeout: $1 not ready" >&2; tail -20 "$WORK/data/log/karaf.log" >&2; exit 1; }
        sleep 0.02
    done
    echo $(( ($(now) - t0) / 1000000 ))
}

# memory: "rss heap metaspace classes" of the running CRM, 5 s after it was ready
memory() {
    sleep 5
    local rss; rss=$(rss_mb)
    local used; used=$(used_after_gc)
    local classes; classes=$(jcmd "$(karaf_pid)" PerfCounter.print | awk -F= '/java.cls.loadedClasses/ {l=$2} /java.cls.unloadedClasses/ {u=$2} END {print l-u}')
    echo "$rss $used $classes"
}

log_lines() { echo $(( $(wc -l < "$WORK/data/log/karaf.log" 2>/dev/null || echo 0) + 1 )); }

# measure <configuration> [java options]: "cold-ms warm-ms rss heap metaspace classes": a cold start
# (empty data folder, the migrations run), its memory, then a warm restart of the same CRM
measure() {
    prepare "$1"
    LAUNCHED=$(now); start "${2:-}"
    local cold; cold=$(up "$1" 1)
    local mem; mem=$(memory)
    stop
    local from; from=$(log_lines)
    LAUNCHED=$(now); start "${2:-}"
    local warm; warm=$(up "$1" "$from")
    echo "$cold $warm $mem"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "Mosaic CRM boot budget ($(nproc) cores, $(java -version 2>&1 | head -1), median of $REPS runs each)"
printf '%-10s %8s %8s %7s %8s %10s %8s\n' configuration "cold ms" "warm ms" "RSS MB" "heap MB" "metaspace" classes
declare -A COLD WARM RSS HEAP META CLS
for config in floor platform customer sales; do
    : > "$WORK.runs"
    for _ in $(seq 1 "$REPS"); do measure "$config" >> "$WORK.runs"; stop; done
    COLD[$config]=$(awk '{print $1}' "$WORK.runs" | median)
    WARM[$config]=$(awk '{print $2}' "$WORK.runs" | median)
    RSS[$config]=$(awk '{print $3}' "$WORK.runs" | median)
    HEAP[$config]=$(awk '{print $4}' "$WORK.runs" | median)
    META[$config]=$(awk '{print $5}' "$WORK.runs" | median)
    CLS[$config]=$(awk '{print $6}' "$WORK.runs" | median)
    printf '%-10s %8s %8s %7s %8s %10s %8s\n' "$config" "${COLD[$config]}" "${WARM[$config]}" "${RSS[$config]}" "${HEAP[$config]}" \
        "${META[$config]}" "${CLS[$config]}"
done
rm -f "$WORK.runs"

echo
echo "Each part's share (difference to the configuration before it). Budget per module: $BUDGET_MS ms of warm"
echo "restart and $BUDGET_MB MB of memory in use (heap and metaspace after GC; RSS follows the JVM's heap sizing)"
previous=floor
for config in platform customer sales; do
    dwarm=$(( WARM[$config] - WARM[$previous] )); dused=$(( HEAP[$config] + META[$config] - HEAP[$previous] - META[$previous] ))
    if [ "$config" = platform ]; then
        verdict="(platform and UI host, not a module)"
    elif [ "$dwarm" -le "$BUDGET_MS" ] && [ "$dused" -le "$BUDGET_MB" ]; then
        verdict="within budget"
    else
        verdict="OVER BUDGET"
    fi
    printf '  %-9s cold +%5s ms  warm +%5s ms  in use +%3s MB (heap +%s, metaspace +%s)  RSS +%4s MB  +%5s classes  %s\n' \
        "$config" $(( COLD[$config] - COLD[$previous] )) "$dwarm" "$dused" $(( HEAP[$config] - HEAP[$previous] )) \
        $(( META[$config] - META[$previous] )) $(( RSS[$config] - RSS[$previous] )) $(( CLS[$config] - CLS[$previous] )) "$verdict"
    previous=$config
done
echo

# timeline <from line>: the milestones of a start in the log, in ms since the launch
timeline() {
    tail -n +"$1" "$WORK/data/log/karaf.log" | grep -E "Changes to perform|Starting bundles:|Done\.|UI ready in|Database ready|database open in|Route 'customers' -> |Route 'sales/opportunities' -> " \
        | while IFS='|' read -r stamp _ _ _ _ message; do
            local at; at=$(date -d "$(echo "$stamp" | sed 's/T/ /; s/,/./')" +%s%3N)
            printf '  %6s ms  %s\n' $(( at - LAUNCHED / 1000000 )) "$(echo "$message" | sed 's/^ *//' | cut -c1-110)"
        done
}

echo "Boot profile of the full configuration (one more run, with Native Memory Tracking); ms since launch:"
prepare sales
LAUNCHED=$(now); start "-XX:NativeMemoryTracking=summary"
echo "  cold start, ready in $(up sales 1) ms:"
timeline 1
echo "  where the memory goes (committed, Native Memory Tracking):"
jcmd "$(karaf_pid)" VM.native_memory summary scale=MB | awk '
    /^Total:/ {sub(/^Total: */, ""); print "    total            " $0}
    /^-/ {name=$2; for (i=3;i<=NF;i++) if ($i !~ /^\(/) name=name" "$i; else break}
    /^-/ && /committed=/ {match($0, /committed=[0-9]+MB/); c=substr($0, RSTART+10, RLENGTH-12); if (c+0 >= 5) printf "    %-16s %5s MB\n", name, c}'
stop
from=$(log_lines)
LAUNCHED=$(now); start
echo "  warm restart (data kept: schema checks only, no migrations), ready in $(up sales "$from") ms:"
timeline "$from"
stop
