#!/usr/bin/env bash
# Whole-process time of generating a Rust client from the same spec with this
# generator (its release binary, without cargo's start-up), progenitor
# (`cargo install cargo-progenitor`) and OpenAPI Generator
# (`pip install openapi-generator-cli`, needs Java), in one run, with ratios.
# A tool that fails on a spec prints its error instead of a time.
#
#   scripts/compare-generators.sh [SPEC...]
#
# Defaults: spec/identity.yaml and ../shared/specs/ory-client-v1.22.65.json.
# Needs hyperfine (Debian: apt-get install hyperfine) and python3.
set -uo pipefail
cd "$(dirname "$0")/.."

specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
  specs=(spec/identity.yaml)
  [ -f ../shared/specs/ory-client-v1.22.65.json ] && specs+=(../shared/specs/ory-client-v1.22.65.json)
fi
command -v hyperfine >/dev/null || { echo "hyperfine is missing (apt-get install hyperfine)"; exit 1; }

cargo build --release --quiet -p xtask || exit 1
ours="$PWD/target/release/xtask"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
for spec in "${specs[@]}"; do
  spec=$(realpath "$spec")
  echo
  echo "== $(basename "$spec") ($(du -h "$spec" | cut -f1))"
  names=() commands=()
  add() { # name, command: kept when the command succeeds once
    local name=$1 cmd=$2 log="$work/$1.log"
    if bash -c "$cmd" >"$log" 2>&1; then
      names+=("$name") commands+=("$cmd")
    else
      echo "$name fails on this spec:"
      grep -iE 'error|exception|panicked' "$log" | head -5 | sed 's/^/    /'
      [ -s "$log" ] && ! grep -qiE 'error|exception|panicked' "$log" && tail -3 "$log" | sed 's/^/    /'
    fi
  }
  add ours "rm -rf $work/ours && $ours generate --spec $spec --out $work/ours --name bench-client"
  if command -v cargo-progenitor >/dev/null; then
    add progenitor "rm -rf $work/progenitor && cargo progenitor -i $spec -o $work/progenitor -n bench-client -v 0.1.0"
  else
    echo "progenitor: not installed (cargo install cargo-progenitor)"
  fi
  if command -v openapi-generator-cli >/dev/null; then
    add openapi-generator "rm -rf $work/oag && openapi-generator-cli generate -i $spec -g rust -o $work/oag --skip-validate-spec"
  else
    echo "openapi-generator: not installed (pip install openapi-generator-cli)"
  fi
  [ ${#names[@]} -eq 0 ] && continue
  args=()
  for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
  hyperfine --warmup 2 --min-runs 10 --style none --export-json "$work/times.json" "${args[@]}" >/dev/null 2>&1
  python3 - "$work/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
ours = next((r for r in results if r["command"] == "ours"), None)
for r in results:
    line = f'  {r["command"]:<18} {r["mean"]*1000:9.1f} ms ± {r["stddev"]*1000:6.1f}'
    if ours and r is not ours:
        line += f'   {r["mean"] / ours["mean"]:6.1f}× the time of ours'
    print(line)
PY
done
