# Sourced by ./build and ./sanctions: sets JAVA_HOME to a JDK of version 21 or newer.
# Order: $JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm.
# Fails with a message that says what to install when there is none.

sanctions_jdk_major() {
  # Prints the feature version of the JDK at $1 (17, 21, 25 ...), or nothing.
  local release="$1/release"
  [[ -x "$1/bin/java" && -x "$1/bin/javac" ]] || return 0
  if [[ -f $release ]]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

sanctions_find_jdk() {
  local minimum=21 candidate major best="" best_major=0
  if [[ -n ${JAVA_HOME:-} ]]; then
    major=$(sanctions_jdk_major "$JAVA_HOME")
    if [[ -n $major && $major -ge $minimum ]]; then
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [[ -d $candidate && ! -L $candidate ]] || continue
    major=$(sanctions_jdk_major "$candidate")
    if [[ -n $major && $major -ge $minimum && $major -gt $best_major ]]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [[ -z $best ]]; then
    echo "sanctions: no JDK ${minimum} or newer found." >&2
    echo "  Looked at JAVA_HOME (${JAVA_HOME:-unset}) and /usr/lib/jvm/*." >&2
    echo "  Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
}

sanctions_quiet_maven() {
  # Maven 3.9's Guice calls sun.misc.Unsafe, which JDK 24+ warns about on every run.
  local major
  major=$(sanctions_jdk_major "$JAVA_HOME")
  if [[ -n $major && $major -ge 24 ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
