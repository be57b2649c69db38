#!/usr/bin/env bash
# What a generated crate costs to compile, on its own: its lines (per
# operation), and the time of a clean `cargo build` and `cargo check` of the
# crate alone once its dependencies are built (median of --runs, dev
# profile, no incremental cache, as cargo builds a dependency). Side by side,
# in the same run, with the client OpenAPI Generator made for the same API:
# `ory-client` 1.22.89 from crates.io (downloaded and extracted by cargo).
# With cargo-llvm-lines installed (`cargo install cargo-llvm-lines`), the
# LLVM IR lines each crate's code turns into, and ours by function.
#
#   scripts/crate-cost.sh [--spec FILE] [--runs N] [--features LIST] [--no-baseline]
#
# Defaults: Ory's v1.22.65 document (../shared/specs), 3 runs, the default
# features. --features is passed to our crate's builds (a features-per-tag
# crate: `--features users --no-default-features` and so on go in LIST).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
spec=../shared/specs/ory-client-v1.22.65.json
runs=3
features=""
baseline=1
while [ $# -gt 0 ]; do
  case $1 in
    --spec) spec=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --features) features=$2; shift 2 ;;
    --no-baseline) baseline=0; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
[ -f "$spec" ] || { echo "no spec at $spec"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARGO_INCREMENTAL=0

cargo build --release --quiet -p xtask || exit 1
"$root/target/release/xtask" generate --spec "$spec" --out "$work/ours" --name generated-api >/dev/null 2>&1 \
  || { echo "generation failed"; exit 1; }
# Each crate is a workspace of its own (`xtask generate` writes a standalone one).
own_workspace() { grep -q '^\[workspace\]' "$1/Cargo.toml" || printf '\n[workspace]\n' >>"$1/Cargo.toml"; }
own_workspace "$work/ours"

if [ "$baseline" = 1 ]; then
  # ory-client as cargo downloads it: a throwaway crate depends on it, and
  # its extracted source is copied out of cargo's registry.
  mkdir -p "$work/fetch/src"
  printf '[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\nory-client = "=1.22.89"\n\n[workspace]\n' >"$work/fetch/Cargo.toml"
  : >"$work/fetch/src/lib.rs"
  (cd "$work/fetch" && cargo fetch --quiet) || { echo "cannot download ory-client 1.22.89"; exit 1; }
  extracted=$(cd "$work/fetch" && cargo metadata --format-version 1 2>/dev/null \
    | python3 -c 'import json,sys; print(next(p["manifest_path"] for p in json.load(sys.stdin)["packages"] if p["name"]=="ory-client"))')
  cp -r "$(dirname "$extracted")" "$work/theirs"
  # Built as a dependency is, its own lock file ignored (it pins versions
  # this registry may not serve).
  rm -f "$work/theirs/Cargo.lock"
  own_workspace "$work/theirs"
fi

operations=$(python3 scripts/count-operations.py "$spec")

# median of the seconds each line of stdin holds
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# clean build (or check) of the crate alone, dependencies built: seconds
timed() { # dir, package, cargo command, extra args
  local dir=$1 package=$2 command=$3; shift 3
  (cd "$dir" && cargo "$command" --quiet "$@" >/dev/null 2>&1) || { echo "FAILED"; return; }
  for _ in $(seq "$runs"); do
    (cd "$dir" && cargo clean --quiet -p "$package" >/dev/null 2>&1)
    local start end
    start=$(date +%s.%N)
    (cd "$dir" && cargo "$command" --quiet "$@" >/dev/null 2>&1)
    end=$(date +%s.%N)
    printf '%.1f\n' "$(echo "$end - $start" | bc)"
  done | median
}

lines() { find "$1/src" -name '*.rs' -print0 | xargs -0 cat | wc -l; }

llvm_lines() { # dir, extra args
  local dir=$1; shift
  command -v cargo-llvm-lines >/dev/null || { echo "-"; return; }
  (cd "$dir" && cargo llvm-lines --lib "$@" 2>/dev/null) | awk '/\(TOTAL\)/ {print $1; exit}'
}

# shellcheck disable=SC2086 # the features are meant to split
ours_args=($features)
echo "machine: $(nproc) cores; dev profile, no incremental; median of $runs"
echo "spec: $spec ($operations operations)"
printf '%-34s %10s %9s %9s %9s %12s\n' "crate" "lines" "per op" "build s" "check s" "LLVM lines"
report() { # label, dir, package, args...
  local label=$1 dir=$2 package=$3; shift 3
  local n b c l
  n=$(lines "$dir")
  b=$(timed "$dir" "$package" build "$@")
  c=$(timed "$dir" "$package" check "$@")
  l=$(llvm_lines "$dir" "$@")
  printf '%-34s %10d %9.0f %9s %9s %12s\n' "$label" "$n" "$(echo "$n / $operations" | bc -l)" "$b" "$c" "$l"
  echo "$b $c" >"$work/$package.times"
}
report "ours (generated-api)" "$work/ours" generated-api "${ours_args[@]}"
if [ "$baseline" = 1 ]; then
  report "ory-client 1.22.89 (OpenAPI Gen.)" "$work/theirs" ory-client
  read -r ob oc <"$work/generated-api.times"
  read -r tb tc <"$work/ory-client.times"
  if [ "$ob" != FAILED ] && [ "$tb" != FAILED ]; then
    printf 'ours / ory-client: build %.2fx, check %.2fx\n' "$(echo "$ob / $tb" | bc -l)" "$(echo "$oc / $tc" | bc -l)"
  fi
fi
if command -v cargo-llvm-lines >/dev/null; then
  echo
  echo "ours, the functions with the most LLVM lines:"
  (cd "$work/ours" && cargo llvm-lines --lib "${ours_args[@]}" 2>/dev/null) | sed -n '1,2p;4,18p'
fi
