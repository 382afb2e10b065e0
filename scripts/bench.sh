#!/usr/bin/env bash
# Runs a benchmark driver; it starts what it needs (PostgreSQL databases on the local server or a
# container, an in-JVM Kafka broker, the services) and writes target/benchmarks/<name>.json.
# Usage: scripts/bench.sh spine|adsb|flights [-Dproperty=value ...]
#   e.g. scripts/bench.sh adsb -Dbench.adsb.seconds=10   (a quick run)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${CONTRAIL_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
scripts/services.sh ensure
case "${1:-spine}" in
  spine) main=dev.contrail.benchmarks.SpineBenchmark ;;
  flights) main=dev.contrail.benchmarks.FlightsBenchmark ;;
  adsb) main=dev.contrail.benchmarks.adsb.AdsbBenchmark ;;
  *) echo "usage: $0 spine|adsb|flights [-Dproperty=value ...]" >&2; exit 2 ;;
esac
./mvnw -B -q -ntp -DskipTests -Djacoco.skip=true install -pl benchmarks -am
./mvnw -B -q -ntp -pl benchmarks exec:exec -Dbench.main="$main" "${@:2}"
