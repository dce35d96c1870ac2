#!/usr/bin/env bash
# Issue 16: the six reliability scenarios at full length (60 s of load, 10,000 hostile inputs) against
# real MariaDB servers, two Tether JVMs and HAProxy, all on 127.0.0.1. Writes
# target/reliability-report.md (one row per scenario, last line "held: K of 6") and exits non-zero
# when a scenario did not hold. CI runs the short version inside the normal test run.
set -uo pipefail
cd "$(dirname "$0")/.."
export TZ=${TZ:-UTC}
# The scenarios stop, copy and share the embedded MariaDB server, even where a Docker engine answers.
export TETHER_TEST_DB=embedded

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -x /usr/sbin/haproxy ] || command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian's ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

./mvnw -B -q test -Dtest=ReliabilityTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtether.reliability.full=true "$@"
status=$?
if [ -f target/reliability-report.md ]; then
  cat target/reliability-report.md
else
  echo "no report written" >&2
  status=1
fi
exit $status
