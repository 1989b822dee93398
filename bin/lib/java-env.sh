# Sourced by bin/* and .ci/run: sets JAVA_HOME to a JDK >= 21 and puts it first on PATH.
# Honours JAVA_HOME when it is new enough; otherwise looks for the newest JDK under /usr/lib/jvm,
# then for `java` on PATH. Fails with a one-line message when none is found.

eshkol_java_major() {
  # prints the major version of the java binary $1, or nothing. Reads the JDK's `release` file when
  # there is one (instant); otherwise asks the JVM (a full start-up).
  local home release v
  home=$(dirname "$(dirname "$1")")
  release="$home/release"
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release" | head -n1)
    if [ -n "$v" ]; then echo "$v"; return; fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n1
}

eshkol_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(eshkol_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(eshkol_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ -n "$best" ]; then echo "$best"; return 0; fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(eshkol_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  fi
  return 1
}

if ! ESHKOL_JDK=$(eshkol_find_jdk); then
  echo "eshkol: needs a JDK 21 or newer (none found in JAVA_HOME, /usr/lib/jvm or PATH); install one, e.g. Temurin 25 or 'apt-get install openjdk-21-jdk', or set JAVA_HOME" >&2
  exit 3
fi
export JAVA_HOME="$ESHKOL_JDK"
ESHKOL_JAVA_MAJOR=$(eshkol_java_major "$JAVA_HOME/bin/java")
export ESHKOL_JAVA_MAJOR
export PATH="$JAVA_HOME/bin:$PATH"
