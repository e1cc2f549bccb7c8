#!/usr/bin/env bash
# Rerunnable performance benchmark of Closeout (release build), anchored to a baseline measured in
# the same run so that ratios hold on a busy or slower machine.
#
#   scripts/bench.sh [N]      N generated snapshots (default 5000)
#
# Needs ../shared/bench (the snapshot generator and the parse baseline) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5000}"
shared="../shared/bench"
[ -d "$shared" ] || { echo "bench: $shared not found (it ships beside the repository in CI)" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# The release binary as it ships: Swift's runtime linked statically, so it starts in a few
# milliseconds instead of loading the shared runtime and Foundation.
flags=(-c release --static-swift-stdlib)
swift build "${flags[@]}" --product closeout >/dev/null
swift build "${flags[@]}" --product closeout-bench >/dev/null
bin="$(swift build "${flags[@]}" --show-bin-path)"

echo "== machine: $(nproc) cores, $(uname -m); $(date -u +%Y-%m-%dT%H:%M:%SZ)"
python3 "$shared/gen_snapshots.py" "$n" "$out" --no-files > /dev/null

echo "== baseline: CPython's json module (C) parsing the same NDJSON, no checks"
baseline=$(python3 "$shared/parse_baseline.py" "$out/snapshots.ndjson")
echo "$baseline"

echo "== Closeout, one core, generated JSON snapshots (parse + evaluate every default rule)"
"$bin/closeout-bench" --rounds 7 "$out/snapshots.ndjson" | tee "$out/json.txt"

echo "== Closeout, one core, the YAML examples in examples/, each repeated 1000 times"
"$bin/closeout-bench" --rounds 7 --repeat 1000 --per-rule examples/*.yaml | tee "$out/yaml.txt"

echo "== the same, validating only the core of the snapshot format (what validating every field costs)"
"$bin/closeout-bench" --rounds 7 --repeat 1000 --stage all --core-schema examples/*.yaml | tail -1

echo "== libyaml's own event loop on the same YAML examples, nothing built (the floor for YAML)"
"$bin/closeout-bench" --rounds 7 --repeat 1000 --stage libyaml examples/*.yaml | tee "$out/libyaml.txt"

echo "== one check as a whole process: closeout check examples/not-ready.yaml (30 runs)"
python3 - "$bin/closeout" <<'PY'
import statistics, subprocess, sys, time
times = []
for _ in range(30):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "check", "examples/not-ready.yaml"], stdout=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
print(f"median {statistics.median(times):.1f} ms, min {min(times):.1f} ms, max {max(times):.1f} ms")
PY

echo "== a batch through the command line: closeout check on 3000 files (the YAML examples, copied), median of 5 runs"
mkdir -p "$out/batch"
for i in $(seq 1 1000); do for f in examples/*.yaml; do cp "$f" "$out/batch/$(basename "$f" .yaml)-$i.yaml"; done; done
python3 - "$bin/closeout" "$out/batch" <<'PY'
import glob, statistics, subprocess, sys, time
files = sorted(glob.glob(sys.argv[2] + "/*.yaml"))
for fmt in ("text", "json"):
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.argv[1], "check", "--format", fmt, "--fail-on", "never", *files], stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"{fmt}: median {median:.2f} s, {len(files) / median:.0f} files/s")
PY

echo "== the command line end to end: closeout check --ndjson on the generated NDJSON (median of 3 runs), against the baseline"
python3 - "$bin/closeout" "$out/snapshots.ndjson" "$baseline" "$n" <<'PY'
import re, statistics, subprocess, sys, time
closeout, stream, baseline, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
base = float(re.search(r"([0-9.]+) docs/s", baseline).group(1))
for jobs in (1, 2):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([closeout, "check", "--ndjson", "--jobs", str(jobs), "--format", "ndjson", "--fail-on", "never",
                        stream], stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    rate = count / statistics.median(times)
    print(f"jobs {jobs}: median {statistics.median(times):.2f} s, {rate:.0f} docs/s, ratio to CPython json parse {rate / base:.2f}")
PY

# Peak memory over a long stream: the generated lines repeated to BENCH_RSS_LINES (default 200,000;
# the target is stated for 1,000,000), read from standard input so nothing is written to disk.
repeats=$(( (${BENCH_RSS_LINES:-200000} + n - 1) / n ))
echo "== peak RSS: closeout check --ndjson --jobs 2 on $(( repeats * n )) lines from standard input"
for _ in $(seq "$repeats"); do cat "$out/snapshots.ndjson"; done \
  | /usr/bin/time -f "%e s, max RSS %M KB" "$bin/closeout" check --ndjson --jobs 2 --format ndjson --fail-on never - \
  2>&1 >/dev/null | tail -1

python3 - "$baseline" "$out/json.txt" "$out/yaml.txt" "$out/libyaml.txt" <<'PY'
import re, sys
def rate(text, label):
    return float(re.search(label + r" median ([0-9.]+)", text).group(1))
base = float(re.search(r"([0-9.]+) docs/s", sys.argv[1]).group(1))
json_full = rate(open(sys.argv[2]).read(), r"parse \+ check:")
yaml_full = rate(open(sys.argv[3]).read(), r"parse \+ check:")
libyaml = rate(open(sys.argv[4]).read(), r"libyaml only: ")
print(f"== ratio: Closeout parse + check (JSON) / CPython json parse = {json_full / base:.2f}")
print(f"== ratio: Closeout parse + check (YAML) / libyaml events alone = {yaml_full / libyaml:.2f}"
      f" (Closeout's own share: {1e6 / yaml_full - 1e6 / libyaml:.1f} µs a snapshot)")
PY
