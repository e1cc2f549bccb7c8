#!/usr/bin/env bash
# Runs one libFuzzer target for a while with a seed corpus made from the repository's tests.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'EOF'
usage: scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-OPTION...]

Fuzzes one entry point of Closeout with libFuzzer and AddressSanitizer (Linux, the toolchain's
libFuzzer) for SECONDS seconds.

Targets:
  yaml    bytes -> YAML node tree (libyaml and the JSON fast path)
  json    bytes -> node tree through the JSON fast path, compared with libyaml's tree
  cel     bytes as a CEL expression: parse, check, compile, evaluate on small dyn values
  rules   bytes as one rule file, alone and layered on the default rules; lint output in
          text, JSON and SARIF; a rule set that loads checks `closeout init`'s template
  check   bytes as a snapshot (YAML or JSON) checked with the default rules and rendered
          as text, JSON and ICS

The fuzzer is built (if needed) from Fuzz/ into .build/fuzz, a scratch folder of its own, so the
normal build is untouched. Seeds are extracted at each run into .build/fuzz-corpus/TARGET/
(snapshots from examples/, rules/tests/snapshots/, ../shared/realism/, Tests/Realism*/; rule
files from rules/; CEL expressions from the rules' conditions and ../shared/conformance/), which
also keeps what the fuzzer finds. Crashing, leaking, slow (-timeout=10) or memory-hungry
(-rss_limit_mb=2048) inputs are written to .build/fuzz-artifacts/TARGET/.

Replay an artifact:
  SWIFT_BACKTRACE=enable=no CLOSEOUT_FUZZ_TARGET=TARGET .build/fuzz/release/closeout-fuzz FILE
Extra arguments go to libFuzzer, e.g. -jobs=2 or -only_ascii=1.
EOF
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  yaml | json | cel | rules | check) target="$1" ;;
  *) usage >&2; exit 2 ;;
esac
seconds="${2:-}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz: SECONDS must be a whole number" >&2; exit 2; }
shift 2

corpus=".build/fuzz-corpus/$target"
artifacts=".build/fuzz-artifacts/$target"
mkdir -p "$corpus" "$artifacts"
supp="$PWD/.ci/lsan.supp"

# Optimised (a debug build runs a check a hundred times slower), with -enable-testing for the
# targets' `@testable import`. Every module is built with AddressSanitizer and libFuzzer's coverage; only the fuzz executable
# links libFuzzer itself (see Fuzz/Package.swift). lld, because gold fails on ASan's debug info.
# The build runs the embed-rules plugin, built with ASan too: its leaks are not ours to report.
echo "fuzz: building closeout-fuzz in .build/fuzz" >&2
(cd Fuzz && ASAN_OPTIONS=detect_leaks=0 swift build -c release --scratch-path ../.build/fuzz --product closeout-fuzz \
  -Xswiftc -enable-testing \
  -Xswiftc -sanitize=address \
  -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table \
  -Xswiftc -use-ld=lld 2>&1 | grep -v 'warning: Cannot export local symbol' | tail -3) >&2
binary=".build/fuzz/release/closeout-fuzz"
[ -x "$binary" ] || { echo "fuzz: the build did not produce $binary" >&2; exit 2; }

# Seeds: each file under its content's hash, so runs add nothing twice.
python3 - "$target" "$corpus" <<'PY'
import glob, hashlib, json, os, re, sys

target, corpus = sys.argv[1], sys.argv[2]

def files(*patterns):
    for pattern in patterns:
        yield from sorted(glob.glob(pattern, recursive=True))

def seed(data):
    if isinstance(data, str):
        data = data.encode()
    if data:
        with open(os.path.join(corpus, hashlib.sha1(data).hexdigest()), "wb") as out:
            out.write(data)

def read(path):
    with open(path, "rb") as f:
        return f.read()

snapshots = list(files("examples/*.yaml", "examples/*.json", "rules/tests/snapshots/*",
                       "../shared/realism/**/*.yaml", "../shared/realism/**/*.json",
                       "Tests/Realism*/**/*.yaml", "Tests/Realism*/**/*.json"))
rule_files = list(files("rules/*.yaml"))

def expressions():
    # Conditions and bindings of the rule files (a line-based read: no YAML library needed).
    key = re.compile(r"^\s*(?:-\s+)?[a-z_]+:\s+(.+?)\s*$")
    for path in files("rules/*.yaml"):
        for line in read(path).decode("utf-8", "replace").splitlines():
            m = key.match(line)
            if m and re.search(r"[.()=<>!&|]", m.group(1)):
                text = m.group(1)
                if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
                    text = text[1:-1]
                yield text
    for path in files("../shared/conformance/cel/*.json", "../shared/conformance/cel-ext/*.json"):
        for section in json.loads(read(path)).get("sections", []):
            for test in section.get("tests", []):
                if "expr" in test:
                    yield test["expr"]

if target in ("yaml", "check"):
    for path in snapshots:
        seed(read(path))
if target == "yaml":
    for path in rule_files:
        seed(read(path))
if target == "json":
    for path in snapshots:
        if path.endswith(".json"):
            seed(read(path))
    for path in files("../shared/conformance/json/test_parsing/*.json"):
        seed(read(path))
if target == "rules":
    for path in rule_files:
        seed(read(path))
if target == "cel":
    for expression in expressions():
        seed(expression)
print(f"fuzz: {len(os.listdir(corpus))} inputs in {corpus}", file=sys.stderr)
PY

# Inputs a bit longer than the longest seeds worth keeping whole; longer ones only slow the runs.
case "$target" in
  yaml | check) max_len=32768 dict=Fuzz/dicts/yaml.dict ;;
  json) max_len=16384 dict=Fuzz/dicts/json.dict ;;
  rules) max_len=32768 dict=Fuzz/dicts/yaml.dict ;;
  cel) max_len=2048 dict=Fuzz/dicts/cel.dict ;;
esac

echo "fuzz: $target for ${seconds}s; artifacts in $artifacts/" >&2
# Swift's own backtracer would run inside a crashing ASan process and report itself; libFuzzer
# prints the stack.
CLOSEOUT_FUZZ_TARGET="$target" SWIFT_BACKTRACE=enable=no \
  ASAN_OPTIONS="detect_leaks=1:${ASAN_OPTIONS:-}" LSAN_OPTIONS="suppressions=$supp:${LSAN_OPTIONS:-}" \
  "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="$max_len" \
  -dict="$dict" -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" "$corpus"
