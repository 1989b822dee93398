#!/usr/bin/env bash
# HTTP load on loopback with wrk (Debian's package; installed here when missing): a plain Netty 4.2
# Java handler, an Eshkol handler returning "hello", and an Eshkol handler allocating 16 KiB in its
# region. One server process at a time, alternating, ROUNDS rounds; each: WARM s of warm-up, then
# SECS s measured with --latency. Prints req/s and p99 per run. Bounded in time: about
# ROUNDS * 3 * (WARM + SECS + 3) seconds.
#   benchmarks/http-load.sh [ROUNDS] [SECS] [WORKERS: pool|virtual]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bin/lib/java-env.sh"
rounds=${1:-2}; secs=${2:-10}; workers=${3:-pool}; warm=${WARM:-5}
port=${PORT:-18080}; conns=${CONNS:-64}
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
jar="$root/benchmarks/target/benchmarks.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package -pl benchmarks -am)
for r in $(seq 1 "$rounds"); do
  for mode in plain hello alloc16k; do
    "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$jar" \
      org.eshkol.bench.http.LoadServers "$mode" "$port" "$workers" > /tmp/eshkol-load-server.log 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do grep -q serving /tmp/eshkol-load-server.log 2>/dev/null && break; sleep 0.1; done
    timeout $((warm + 5)) wrk -t2 -c"$conns" -d"${warm}s" "http://127.0.0.1:$port/" >/dev/null
    out=$(timeout $((secs + 10)) wrk -t2 -c"$conns" -d"${secs}s" --latency "http://127.0.0.1:$port/")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    errs=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
    printf 'round %s %-9s %10s req/s  p99 %8s  %s\n' "$r" "$mode" "$rps" "$p99" "$errs"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
