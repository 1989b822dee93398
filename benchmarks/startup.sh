#!/usr/bin/env bash
# Startup time of a hello-world script: bin/eshkol against Kawa's own launcher (kawa.repl), both on
# the same JDK (found like bin/eshkol finds it), with a plain Java hello world as the floor.
# Uses hyperfine when installed (apt-get install -y hyperfine), else a bash loop: median of RUNS.
# Build first with bin/build (it also records the ahead-of-time cache bin/eshkol uses on JDK 25+),
# then mvn -q -pl benchmarks -am package -DskipTests once (downloads Kawa).
# Usage: benchmarks/startup.sh [RUNS]    (default 10; NO_HYPERFINE=1 forces the bash loop)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
runs=${1:-10}
. "$root/bin/lib/java-env.sh"
java="$JAVA_HOME/bin/java"

kawa_jar=$(ls "${M2_REPO:-$HOME/.m2/repository}"/com/github/arvyy/kawa/3.1.1/kawa-3.1.1.jar 2>/dev/null | head -n1 || true)
if [ -z "$kawa_jar" ]; then
  echo "startup.sh: kawa-3.1.1.jar not in ~/.m2; build the benchmarks module once (it downloads Kawa)" >&2
  exit 3
fi
if ! "$root/bin/eshkol" "$here/startup/hello.esk" >/dev/null; then
  echo "startup.sh: bin/eshkol does not run; build first (mvn -q -pl benchmarks -am package -DskipTests)" >&2
  exit 3
fi
classes="$here/target/startup-classes"
mkdir -p "$classes"
[ "$classes/Hello.class" -nt "$here/startup/Hello.java" ] || "$JAVA_HOME/bin/javac" -d "$classes" "$here/startup/Hello.java"
# Kawa again with bin/eshkol's own JVM flags (serial GC, an automatic CDS archive), to separate the
# launcher's flags from the language runtime's own start-up work.
kawa_cds="$here/target/kawa.jsa"
kawa_flags="-XX:+UseSerialGC -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$kawa_cds -Xlog:cds=off -Xlog:cds+dynamic=off"

names=("eshkol (bin/eshkol hello.esk)" "kawa (java -cp kawa.jar kawa.repl hello.scm)"
       "kawa with bin/eshkol's JVM flags" "java Hello (JVM floor)")
cmds=("$root/bin/eshkol $here/startup/hello.esk"
      "$java -cp $kawa_jar kawa.repl $here/startup/hello.scm"
      "$java $kawa_flags -cp $kawa_jar kawa.repl $here/startup/hello.scm"
      "$java -cp $classes Hello")

echo "JDK: $("$java" -version 2>&1 | head -n1); $(nproc) processors; $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"; echo
if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null 2>&1; then
  args=()
  for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$here/target/startup.json" "${args[@]}" >&2
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$here/target/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print("| command | median ms | min ms | max ms |")
print("| --- | ---: | ---: | ---: |")
for r in results:
    print("| %s | %.0f | %.0f | %.0f |" % (r["command"], r["median"] * 1000, r["min"] * 1000, r["max"] * 1000))
PY
  else
    echo "(python3 not found: see hyperfine's summary above, or $here/target/startup.json)"
  fi
else
  echo "| command | median ms (of $runs) |"
  echo "| --- | ---: |"
  for i in "${!cmds[@]}"; do
    for w in 1 2 3; do ${cmds[$i]} >/dev/null; done
    times=()
    for ((r = 0; r < runs; r++)); do
      t0=$(date +%s%N); ${cmds[$i]} >/dev/null; t1=$(date +%s%N)
      times+=($(( (t1 - t0) / 1000000 )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
    echo "| ${names[$i]} | $median |"
  done
fi
