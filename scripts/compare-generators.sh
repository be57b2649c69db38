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
# Outputs go to memory when it can (the same for every tool), so disk
# journaling does not disturb the shorter runs.
work=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
# A spec progenitor can read: it asserts on operations whose success (or
# error) responses have different bodies (Ory's operations answer with a
# `default` error and several do with 200 and 204), so the like-for-like
# comparison with it uses a variant with one success and one error response
# per operation, and no `default`.
for_progenitor() { # in, out
  python3 - "$1" "$2" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
try:
    doc = json.loads(text)
except ValueError:
    import yaml
    doc = yaml.safe_load(text)
for item in doc.get("paths", {}).values():
    for op in item.values():
        if isinstance(op, dict) and "responses" in op:
            responses = op["responses"]
            responses.pop("default", None)
            kept, success, error = {}, False, False
            for status, response in responses.items():
                if str(status).startswith("2") and not success:
                    kept[status], success = response, True
                elif not str(status).startswith("2") and not error:
                    kept[status], error = response, True
            op["responses"] = kept
json.dump(doc, open(sys.argv[2], "w"))
PY
}

expanded=()
for spec in "${specs[@]}"; do
  expanded+=("$spec")
  if command -v cargo-progenitor >/dev/null && ! cargo-progenitor progenitor -i "$spec" -o "$work/probe" -n probe -v 0.1.0 >/dev/null 2>&1; then
    variant="$work/$(basename "${spec%.*}")-for-progenitor.json"
    for_progenitor "$spec" "$variant" && expanded+=("$variant")
  fi
  rm -rf "$work/probe"
done

for spec in "${expanded[@]}"; do
  spec=$(realpath "$spec")
  echo
  echo "== $(basename "$spec") ($(du -h "$spec" | cut -f1))"
  names=() commands=() cleanups=()
  add() { # name, output dir, command: kept when the command succeeds once
    local name=$1 out=$2 cmd=$3 log="$work/$1.log"
    rm -rf "$out"
    if bash -c "$cmd" >"$log" 2>&1; then
      names+=("$name") commands+=("$cmd") cleanups+=("rm -rf $out")
    else
      echo "$name fails on this spec:"
      grep -iE 'error|exception|panicked' "$log" | head -5 | sed 's/^/    /'
      [ -s "$log" ] && ! grep -qiE 'error|exception|panicked' "$log" && tail -3 "$log" | sed 's/^/    /'
    fi
  }
  add ours "$work/ours" "$ours generate --spec $spec --out $work/ours --name bench-client"
  if command -v cargo-progenitor >/dev/null; then
    add progenitor "$work/progenitor" "cargo-progenitor progenitor -i $spec -o $work/progenitor -n bench-client -v 0.1.0"
  else
    echo "progenitor: not installed (cargo install cargo-progenitor)"
  fi
  if command -v openapi-generator-cli >/dev/null; then
    add openapi-generator "$work/oag" "openapi-generator-cli generate -i $spec -g rust -o $work/oag --skip-validate-spec"
  else
    echo "openapi-generator: not installed (pip install openapi-generator-cli)"
  fi
  [ ${#names[@]} -eq 0 ] && continue
  # Measured without a shell (-N); the previous output is removed before each run.
  args=()
  for i in "${!names[@]}"; do args+=(--prepare "${cleanups[$i]}"); done
  for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
  sleep 2 # let the probe runs above settle
  hyperfine -N --warmup 5 --min-runs 60 --style none --export-json "$work/times.json" "${args[@]}" >/dev/null 2>&1
  python3 - "$work/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
ours = next((r for r in results if r["command"] == "ours"), None)
# Medians: on a shared machine a few runs are stalled by others, which
# moves a mean by more than the difference being measured.
for r in results:
    line = f'  {r["command"]:<18} median {r["median"]*1000:7.1f} ms (mean {r["mean"]*1000:.1f} ± {r["stddev"]*1000:.1f})'
    if ours and r is not ours:
        line += f'   {r["median"] / ours["median"]:5.1f}× the time of ours'
    print(line)
PY
done

# Scale: five copies of Ory's document under renamed paths, operations and
# schemas (855 operations, 5.7 MB), against the document itself in the same
# run; the design's bar is ~900 operations and 3.7 MB in under 2 s. Only
# this generator: the others take seconds per copy, or fail.
ory=../shared/specs/ory-client-v1.22.65.json
if [ -f "$ory" ]; then
  python3 - "$ory" "$work/ory-x5.json" <<'PY'
import json, sys
source = json.load(open(sys.argv[1]))
out = dict(source, paths={}, components=dict(source["components"], schemas={}, responses={}))
def reference(ref, k):  # into copy k
    return ref.replace("/schemas/", "/schemas/c%d_" % k, 1).replace("/responses/", "/responses/c%d_" % k, 1)
def renamed(value, k):
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key == "$ref" and isinstance(item, str):
                out[key] = reference(item, k)
            elif key == "mapping" and isinstance(item, dict):
                out[key] = {tag: reference(ref, k) for tag, ref in item.items()}
            else:
                out[key] = renamed(item, k)
        return out
    if isinstance(value, list):
        return [renamed(item, k) for item in value]
    return value
for k in range(5):
    for path, item in source["paths"].items():
        item = renamed(item, k)
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                op["operationId"] = "c%d%s" % (k, op["operationId"][:1].upper() + op["operationId"][1:])
        out["paths"]["/c%d%s" % (k, path)] = item
    for part in ("schemas", "responses"):
        for name, item in source["components"].get(part, {}).items():
            out["components"][part]["c%d_%s" % (k, name)] = renamed(item, k)
json.dump(out, open(sys.argv[2], "w"), indent=1)
PY
  echo
  echo "== scale: ory-x5.json ($(du -h "$work/ory-x5.json" | cut -f1)) against $(basename "$ory")"
  hyperfine -N --warmup 2 --min-runs 10 --style none --export-json "$work/scale.json" \
    --prepare "rm -rf $work/x1" -n one-copy "$ours generate --spec $(realpath "$ory") --out $work/x1 --name bench-client" \
    --prepare "rm -rf $work/x5" -n five-copies "$ours generate --spec $work/ory-x5.json --out $work/x5 --name bench-client" >/dev/null 2>&1
  python3 - "$work/scale.json" <<'PY'
import json, sys
one, five = json.load(open(sys.argv[1]))["results"]
print(f'  one copy      {one["mean"]*1000:9.1f} ms ± {one["stddev"]*1000:6.1f}')
print(f'  five copies   {five["mean"]*1000:9.1f} ms ± {five["stddev"]*1000:6.1f}   {five["mean"] / one["mean"]:.2f}× one copy')
PY
fi
