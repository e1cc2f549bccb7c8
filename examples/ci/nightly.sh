#!/usr/bin/env bash
# Nightly check of an NDJSON export (one JSON snapshot per line), from a file or standard input:
#
#   examples/ci/nightly.sh export.ndjson
#   some-exporter | examples/ci/nightly.sh
#
# Writes results.ndjson (one result per line) and junit.xml (for the CI server's test report) in
# the current directory, prints how many snapshots got each verdict, and exits with closeout's
# status: 0 when no blocker fired, 1 when one did, 2 when a snapshot or the rules could not be read.
#
# CLOSEOUT names the binary (default: closeout on PATH); JOBS how many snapshots are checked at
# once (default: the number of cores). The summary uses jq (JQ names it) when it is installed, else
# python3.
set -uo pipefail

closeout="${CLOSEOUT:-closeout}"
jobs="${JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}"
input="${1:--}"

"$closeout" check --ndjson --jobs "$jobs" \
  --format ndjson --output results.ndjson \
  --format junit --output junit.xml \
  --fail-on blocker "$input"
status=$?

# Each line is a result with a verdict (ready, not_ready); when the rules could not be loaded the
# one line is a list of rule_errors instead.
echo "closeout nightly: verdicts in results.ndjson"
if [ -s results.ndjson ]; then
  if command -v "${JQ:-jq}" >/dev/null 2>&1; then
    "${JQ:-jq}" -r 'if has("rule_errors") then "rule_errors" else .verdict end' results.ndjson \
      | sort | uniq -c | awk '{ printf "  %s: %s\n", $2, $1 }'
  else
    python3 -c '
import collections, json, sys
counts = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        result = json.loads(line)
        counts["rule_errors" if "rule_errors" in result else result["verdict"]] += 1
for verdict in sorted(counts):
    print(f"  {verdict}: {counts[verdict]}")
' results.ndjson
  fi
fi
echo "closeout exit status: $status"
exit "$status"
