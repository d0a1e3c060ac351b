# Helpers of the platform benchmarks (run-benchmark.sh, boot-budget.sh): a copy of the distribution
# in $WORK answering on $PORT. Sourced, not run.

set_prop() { # file key value
    if grep -q "^$2 *=" "$1"; then sed -i "s|^$2 *=.*|$2 = $3|" "$1"; else echo "$2 = $3" >> "$1"; fi
}
http_code() { curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$1" || true; }
# the copy in $WORK on ports of its own (HTTP $PORT, then SSH and JMX), so that it runs beside a CRM
own_ports() {
    set_prop "$WORK/etc/org.apache.felix.http.cfg" org.osgi.service.http.port "$PORT"
    set_prop "$WORK/etc/org.apache.karaf.shell.cfg" sshPort $((PORT + 1))
    set_prop "$WORK/etc/org.apache.karaf.management.cfg" rmiRegistryPort $((PORT + 2))
    set_prop "$WORK/etc/org.apache.karaf.management.cfg" rmiServerPort $((PORT + 3))
}
karaf_pid() { pgrep -f "karaf.base=$WORK" | head -1 || true; }
stop() { local pid; pid=$(karaf_pid); [ -n "$pid" ] && kill "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; true; }
rss_mb() { echo $(( $(ps -o rss= -p "$(karaf_pid)") / 1024 )); }
# heap and metaspace in use after a full GC, in MB: "heap metaspace"
used_after_gc() {
    local pid; pid=$(karaf_pid); jcmd "$pid" GC.run > /dev/null 2>&1; sleep 1
    jcmd "$pid" GC.heap_info | awk '/garbage-first heap|def new generation|tenured/ {for (i=1;i<=NF;i++) if ($i=="used") h+=$(i+1)} /Metaspace/ {for (i=1;i<=NF;i++) if ($i=="used") m=$(i+1)} END {gsub("K,?","",m); printf "%d %d", h/1024, m/1024}'
}
module_active() { curl -s "http://localhost:$PORT/health" | grep -q "\"id\":\"$1\",[^}]*\"state\":\"ACTIVE\""; }
# starts the copy in the background (bin/karaf server), with extra Java options if given
start() {
    (cd "$WORK" && JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")} \
        EXTRA_JAVA_OPTS="${1:-}" bin/karaf server > "$WORK/console.log" 2>&1 &)
}
