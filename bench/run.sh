#!/usr/bin/env bash
# Runs the benchmarks outside the Maven build (./mvnw verify never compiles or runs it).
#   bench/run.sh writes 20      # audited writes/s at 4, 16, 64 callers, 20 s each
#   bench/run.sh verify 10000000  # append, link and verify ten million entries
#   bench/run.sh people-quality 1000000         # duplicate engine, in memory: recall, precision, keys, candidates
#   bench/run.sh people-profile-size 300000     # what a decoded stored profile takes on the heap (the profile cache)
#   bench/run.sh people-generate 1000000 target/people.jsonl  # synthetic persons as API JSON lines (+ known pairs)
#   bench/run.sh people-load target/people.jsonl   # the whole application: load them (duplicate checking on), then
#                                                  # search latency, single registrations, precision/recall, memory
#   bench/run.sh people-pairs a.jsonl b.jsonl     # sets of hand-written pairs through the API, each set in a register of
#                                                  # its own: recall, precision, across scripts (and <set>.misses.txt)
#   bench/run.sh dtm-flow                          # DTM flow monitoring: years of daily counts and 10,000,000 surveys
#                                                  # loaded by SQL, then GET /api/v1/dtm/flow-summary p50/p99 over HTTP
#   bench/run.sh cases-lists                       # lists of cases: 1,000,000 persons and cases (10 % restricted) by
#                                                  # SQL, then GET /api/v1/cases p50/p99 for caseworkers and supervisors
#   bench/run.sh assistance-handovers              # hand-overs: 1,000,000 persons and 100,000 distributions of history
#                                                  # by SQL, then POST …/handovers at 1/4/16 callers (per second, p99)
#                                                  # and the sync of a phone's 1,000 queued hand-overs
#   bench/run.sh collect-submissions               # field collection: a 250-question form bound to dtm-flow-survey,
#                                                  # POST /submission at 4/8/16 phones with and without a photo, then
#                                                  # 1,000,000 stored by COPY and the same again (per second, p50/p99)
#   bench/run.sh collect-export                    # the CSV export of the submissions the run above left, streamed
#   bench/run.sh dtm-dashboard 100 200 4   # DTM publishing: 100 published rounds of every muhalla, then p50/p99 of the
#                                          # dashboard, its JSON, /figures per level and the HXL exports (1 and 4 clients)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
JAVA_HOME="${JAVA_HOME:-$( (ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null || true) | head -1)}"
# A copy of the application's classes, so that a build running meanwhile in this folder cannot change them under it.
rm -rf target/bench-app && cp -r target/classes target/bench-app
classpath="target/bench-app:$(cat target/bench.classpath)"
mkdir -p target/bench-classes
case "${1:-}" in
  people-load)
    # The whole application on a fresh embedded PostgreSQL, in this JVM: its heap is the application's.
    "$JAVA_HOME/bin/javac" --release 21 -d target/bench-classes -cp "$classpath" bench/src/org/masar/bench/PeopleLoadBench.java
    exec "$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:$classpath" org.masar.bench.PeopleLoadBench "${@:2}"
    ;;
  people-pairs)
    # Sets of hand-written pairs through the API, each in a register of its own (target/bench-pairsets, wiped at start).
    "$JAVA_HOME/bin/javac" --release 21 -d target/bench-classes -cp "$classpath" bench/src/org/masar/bench/PeoplePairSetsBench.java bench/src/org/masar/bench/PeopleLoadBench.java bench/src/org/masar/bench/assistance/HandoverBench.java
    exec "$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:$classpath" org.masar.bench.PeoplePairSetsBench "${@:2}"
    ;;
  dtm-flow)
    # The whole application on its own embedded PostgreSQL (target/bench-dtm-flow; -Dbench.reuse=true keeps it).
    "$JAVA_HOME/bin/javac" --release 21 -d target/bench-classes -cp "$classpath" bench/src/org/masar/bench/dtmflow/*.java
    exec "$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:$classpath" org.masar.bench.dtmflow.DtmFlowBench "${@:2}"
    ;;
  cases-lists)
    # The whole application on its own embedded PostgreSQL (target/bench-cases; -Dbench.reuse=true keeps it).
    "$JAVA_HOME/bin/javac" --release 21 -d target/bench-classes -cp "$classpath" bench/src/org/masar/bench/cases/*.java
    exec "$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:$classpath" org.masar.bench.cases.CaseListBench "${@:2}"
    ;;
  assistance-handovers)
    # The whole application on its own embedded PostgreSQL (target/bench-assistance; -Dbench.reuse=true keeps it).
    "$JAVA_HOME/bin/javac" --release 21 -d target/bench-classes -cp "$classpath" bench/src/org/masar/bench/assistance/*.java
    exec "$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:$classpath" org.masar.bench.assistance.HandoverBench "${@:2}"
    ;;
  collect-*)
    # The whole application on its own embedded PostgreSQL (target/bench-collect; collect-export reuses it).
    "$JAVA_HOME/bin/javac" --release 21 -d target/bench-classes -cp "$classpath" bench/src/org/masar/bench/collect/*.java
    exec "$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:$classpath" org.masar.bench.collect.CollectBench "$@"
    ;;
  dtm-dashboard)
    # The whole application on its own embedded PostgreSQL (target/bench-dtm, wiped at start).
    "$JAVA_HOME/bin/javac" --release 21 -d target/bench-classes -cp "$classpath" bench/src/org/masar/bench/dtm/DtmDashboardBench.java
    exec "$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:$classpath" org.masar.bench.dtm.DtmDashboardBench "${@:2}"
    ;;
  people-*)
    # The duplicate engine alone (no database, no Spring): its own heap, as it holds a million profiles.
    "$JAVA_HOME/bin/javac" --release 21 -d target/bench-classes -cp "$classpath" bench/src/org/masar/bench/people/*.java
    exec "$JAVA_HOME/bin/java" -Xmx${PEOPLE_BENCH_HEAP:-8g} -cp "target/bench-classes:$classpath" org.masar.bench.people.PeopleBench "$@"
    ;;
esac
"$JAVA_HOME/bin/javac" --release 21 -d target/bench-classes -cp "$classpath" bench/src/org/masar/bench/*.java
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "target/bench-classes:$classpath" org.masar.bench.AuditBench "$@"
