#!/usr/bin/env bash
# Spark in local mode from this checkout, without a Spark installation: the Spark jars are the ones
# Maven resolved for the spark module (where Spark is `provided`), run with the JDK options of
# Spark's launcher (org.apache.spark.launcher.JavaModuleOptions).
#
#   etc/spark-local.sh submit [spark-submit options] spark/target/sanctions-spark-all.jar [job args]
#       spark-submit itself (org.apache.spark.deploy.SparkSubmit) with the job's shaded jar, e.g.
#       etc/spark-local.sh submit --master 'local[2]' spark/target/sanctions-spark-all.jar \
#           --parties parties.csv --snapshots ~/.sanctions --output decisions
#   etc/spark-local.sh bench MASTER [PARTIES] [SHARED_DATA] [WORK_DIR] [SEED]
#       the benchmark (docs/spark.md), e.g. etc/spark-local.sh bench 'local[2]' 10000000
#
# Builds the module first when its jar is missing; SANCTIONS_SPARK_BUILD=1 rebuilds it anyway.
# SPARK_DRIVER_MEMORY (default 4g) sets the heap of the one local JVM.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=etc/find-jdk.sh
source "$root/etc/find-jdk.sh"
sanctions_find_jdk
cd "$root"

target=spark/target
if [[ ${SANCTIONS_SPARK_BUILD:-0} == 1 || ! -f $target/sanctions-spark-all.jar
      || ! -f $target/provided-classpath.txt || ! -f $target/test-classpath.txt ]]; then
  ./build -q -B -pl spark -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
  ./build -q -B -pl spark -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/provided-classpath.txt -Dmdep.includeScope=provided
fi

jvm=(
  -Xmx"${SPARK_DRIVER_MEMORY:-4g}"
  -XX:+IgnoreUnrecognizedVMOptions
  --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true
  -Dio.netty.allocator.type=pooled
  --sun-misc-unsafe-memory-access=allow
  --enable-native-access=ALL-UNNAMED
  -Dspark.ui.enabled=false
  -Dspark.driver.host=127.0.0.1
  -Dspark.driver.bindAddress=127.0.0.1
)

# The driver on the loopback address: nothing listens on the machine's other interfaces.
export SPARK_LOCAL_IP=127.0.0.1

command=${1:-}
shift || true
case $command in
  submit)
    exec "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$(<$target/provided-classpath.txt)" \
      org.apache.spark.deploy.SparkSubmit "$@" ;;
  bench)
    exec "$JAVA_HOME/bin/java" "${jvm[@]}" \
      -cp "$target/test-classes:$target/classes:$(<$target/test-classpath.txt)" \
      org.sanctionsengine.spark.SparkScreeningBenchmark "$@" ;;
  *)
    sed -n '2,16p' "${BASH_SOURCE[0]}" >&2
    exit 2 ;;
esac
