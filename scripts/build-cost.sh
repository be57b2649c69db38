#!/usr/bin/env bash
# What depending on ory-identity-client costs: a clean `cargo build` of a
# minimal consumer (crates compiled, wall time), then the rebuild of the
# client crate alone after a change to it; with the default features and
# with `rustls-ring`. With OpenAPI Generator installed
# (pip install openapi-generator-cli), the same for the client it generates
# from spec/identity.yaml, for comparison.
#
#   scripts/build-cost.sh [--release]
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
profile=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One consumer per client: it builds a client and calls an operation, so the
# whole API is type-checked and linked.
consumer() { # dir, dependency line, main.rs
  mkdir -p "$1/src"
  printf '[package]\nname = "consumer"\nversion = "0.1.0"\nedition = "2024"\n\n[workspace]\n\n[dependencies]\n%s\ntokio = { version = "1", features = ["rt", "macros"] }\n' "$2" >"$1/Cargo.toml"
  printf '%s\n' "$3" >"$1/src/main.rs"
  cp "$root/Cargo.lock" "$1/Cargo.lock"
}

measure() { # label, dir, package to touch (its src/lib.rs)
  local label=$1 dir=$2 touched=$3
  (cd "$dir" && cargo fetch --quiet) || return 1
  local start end crates
  start=$(date +%s.%N)
  crates=$(cd "$dir" && CARGO_TARGET_DIR="$dir/target" cargo build $profile --message-format=json 2>/dev/null | grep -c '"reason":"compiler-artifact"')
  end=$(date +%s.%N)
  printf '  %-34s clean build: %3d crates, %6.1f s' "$label" "$crates" "$(echo "$end - $start" | bc)"
  touch "$touched"
  start=$(date +%s.%N)
  (cd "$dir" && CARGO_TARGET_DIR="$dir/target" cargo build $profile --quiet 2>/dev/null)
  end=$(date +%s.%N)
  printf ';  client rebuilt: %5.1f s\n' "$(echo "$end - $start" | bc)"
}

echo "machine: $(nproc) cores; profile: ${profile:-dev}"
# A copy of the client, so touching it leaves the repository alone.
cp -r "$root/generated-client" "$work/ours-client"
consumer "$work/ours" "ory-identity-client = { path = \"$work/ours-client\" }" '
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = ory_identity_client::Client::builder().bearer_token("t").build().unwrap();
    let _ = client.list_identities().per_page(1).await;
}'
measure "ory-identity-client (this repo)" "$work/ours" "$work/ours-client/src/lib.rs"
# The same with rustls on ring instead of reqwest's aws-lc.
consumer "$work/ours-ring" "ory-identity-client = { path = \"$work/ours-client\", default-features = false, features = [\"rustls-ring\"] }" "$(cat "$work/ours/src/main.rs")"
measure "  … with rustls-ring" "$work/ours-ring" "$work/ours-client/src/lib.rs"

if command -v openapi-generator-cli >/dev/null; then
  if openapi-generator-cli generate -i "$root/spec/identity.yaml" -g rust -o "$work/oag-client" \
      --additional-properties=packageName=oag-client,supportAsync=true >"$work/oag.log" 2>&1; then
    consumer "$work/oag" "oag-client = { path = \"$work/oag-client\" }" '
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let configuration = oag_client::apis::configuration::Configuration::new();
    let _ = oag_client::apis::identity_api::list_identities(&configuration, Some(1), None, None).await;
}'
    measure "OpenAPI Generator client" "$work/oag" "$work/oag-client/src/lib.rs"
  else
    echo "  OpenAPI Generator fails on spec/identity.yaml:"; tail -5 "$work/oag.log" | sed 's/^/    /'
  fi
else
  echo "  (OpenAPI Generator not installed: pip install openapi-generator-cli)"
fi
