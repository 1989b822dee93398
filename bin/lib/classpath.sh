# Sourced by bin/eshkol and bin/build: sets ESHKOL_CP to the engine's jar and libraries, plus the HTTP
# server module (netty-bindings) when it is built, so that `eshkol serve` and http-serve just work.
# bin/build records its ahead-of-time cache with this same class path, as the JVM requires.
eshkol_classpath() {
  local root=$1 jar netty
  jar=$(ls "$root"/engine/target/eshkol-engine-*.jar 2>/dev/null | head -n1 || true)
  [ -n "$jar" ] && [ -d "$root/engine/target/lib" ] || return 1
  ESHKOL_CP="$jar:$root/engine/target/lib/*"
  netty=$(ls "$root"/netty-bindings/target/eshkol-netty-*.jar 2>/dev/null | head -n1 || true)
  if [ -n "$netty" ] && [ -d "$root/netty-bindings/target/lib" ]; then
    ESHKOL_CP="$ESHKOL_CP:$netty:$root/netty-bindings/target/lib/*"
  fi
  export ESHKOL_CP
}
