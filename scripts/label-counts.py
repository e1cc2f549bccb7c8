#!/usr/bin/env python3
"""Per-rule false positives and false negatives of a closeout binary on a labelled corpus.

Usage: python3 scripts/label-counts.py CLOSEOUT_BINARY FOLDER [FOLDER ...]

Each FOLDER holds snapshots and an expect.json in the format of ../shared/realism/ (labels
`fire`, `not`, `exit`, `status`). A false positive is a rule that fired on a snapshot labelled
`not` for it; a false negative a rule labelled `fire` that stayed silent. Prints one line per
rule with a miss, then the totals, and the wrong exit codes and statuses.
"""
import collections
import json
import os
import subprocess
import sys


def result_of(binary, path):
    proc = subprocess.run([binary, "check", "--format", "json", path], capture_output=True, text=True)
    try:
        result = json.loads(proc.stdout)["results"][0]
    except (ValueError, KeyError, IndexError):
        return proc.returncode, None, {}
    fired, statuses = set(), {}
    for step in result.get("steps") or []:
        statuses[step["id"]] = step["status"]
        fired |= {f["rule"] for f in step.get("findings") or []}
    return proc.returncode, fired, statuses


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    binary = argv[1]
    fp, fn, labelled = collections.Counter(), collections.Counter(), collections.Counter()
    exits = statuses_wrong = unreadable = 0
    for folder in argv[2:]:
        with open(os.path.join(folder, "expect.json"), encoding="utf-8") as fh:
            expect = json.load(fh)
        for name, labels in sorted(expect.items()):
            rc, fired, statuses = result_of(binary, os.path.join(folder, name))
            if fired is None:
                unreadable += 1
                continue
            for rule in labels.get("fire", []):
                labelled[rule] += 1
                fn[rule] += rule not in fired
            for rule in labels.get("not", []):
                labelled[rule] += 1
                fp[rule] += rule in fired
            exits += "exit" in labels and rc != labels["exit"]
            statuses_wrong += sum(statuses.get(s) != v for s, v in (labels.get("status") or {}).items())
    for rule in sorted(labelled):
        if fp[rule] or fn[rule]:
            print("%-28s %2d false positives, %2d false negatives (of %d labels)" % (rule, fp[rule], fn[rule], labelled[rule]))
    print("total: %d false positives, %d false negatives, %d wrong exit codes, %d wrong statuses, %d unreadable"
          % (sum(fp.values()), sum(fn.values()), exits, statuses_wrong, unreadable))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
