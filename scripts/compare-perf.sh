#!/usr/bin/env bash
# Instructions per checked file of this working tree against an earlier commit, on the same input:
# the earlier commit's own rules and examples, which both builds can read. Counted with
# valgrind's callgrind, which a busy machine does not disturb: the run on 360 files less the run
# on 60, over 300, so that start-up and loading the rules cancel out.
#
#   scripts/compare-perf.sh [COMMIT]      default e35b8e7, the baseline of issue 10
#
# Builds both in release mode (runtime linked statically); the earlier commit is built once in a
# worktree under .build/compare-COMMIT and kept for the next run. Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-e35b8e7}"
command -v valgrind >/dev/null || { echo "compare-perf: valgrind is not installed" >&2; exit 2; }
commit="$(git rev-parse --short "$base")"
tree=".build/compare-$commit"
flags=(-c release --static-swift-stdlib --product closeout)

if [ ! -d "$tree" ]; then git worktree add --detach -q "$tree" "$commit"; fi
echo "== building $commit and the working tree (release)" >&2
(cd "$tree" && swift build "${flags[@]}" >/dev/null)
swift build "${flags[@]}" >/dev/null
old="$tree/.build/release/closeout"
new=".build/release/closeout"

# The earlier commit's examples, each repeated: 60 and 360 paths.
mapfile -t examples < <(ls "$tree"/examples/*.yaml "$tree"/examples/*.json 2>/dev/null)
paths() { local n=$1; for ((i = 0; i < n; i++)); do printf '%s\n' "${examples[i % ${#examples[@]}]}"; done; }
mapfile -t few < <(paths 60)
mapfile -t many < <(paths 360)

count() {  # count BINARY FORMAT FILE... -> instructions
  local binary=$1 format=$2
  shift 2
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" check --rules "$tree/rules" --no-config \
    --format "$format" --color never --fail-on never "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

echo "input: the ${#examples[@]} examples and the rules of $commit"
printf '%-6s %12s %12s %7s\n' format "$commit" now ratio
for format in text json; do
  a=$(( ($(count "$old" "$format" "${many[@]}") - $(count "$old" "$format" "${few[@]}")) / 300 ))
  b=$(( ($(count "$new" "$format" "${many[@]}") - $(count "$new" "$format" "${few[@]}")) / 300 ))
  printf '%-6s %12d %12d %7s\n' "$format" "$a" "$b" "$(python3 -c "print(f'{$b / $a:.3f}')")"
done
