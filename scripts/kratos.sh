#!/usr/bin/env bash
# Builds the pinned Ory Kratos server from the Go module proxy, once per
# version, into a cache outside the repository, and prints the binary's path.
#
#   scripts/kratos.sh            # build when absent, print the path
#   KRATOS_VERSION=v1.1.0 scripts/kratos.sh
#
# The cache is $KRATOS_CACHE (default: ~/.cache/ory-rust-client/kratos), so a
# fresh clone on the same machine reuses the binary. The tests find it at the
# same place (tests/support/kratos.rs), or at $KRATOS_BIN.
set -euo pipefail

version="${KRATOS_VERSION:-v1.3.1}"
cache="${KRATOS_CACHE:-$HOME/.cache/ory-rust-client/kratos}"
bin="$cache/kratos-$version"

if [[ -x "$bin" ]]; then
  echo "$bin"
  exit 0
fi

if ! command -v go >/dev/null; then
  # Not an error for `cargo xtask test` on a machine without Go: the Kratos
  # tests say they are skipped (and fail in CI, where Go must be).
  echo "scripts/kratos.sh: go is not installed; Kratos is not built" >&2
  [[ -z "${CI:-}" ]] && exit 0
  exit 1
fi
mkdir -p "$cache"
start=$(date +%s)

# The module as the proxy serves it (read-only, in Go's module cache).
dir=$(go mod download -json "github.com/ory/kratos@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[[ -n "$dir" && -d "$dir" ]] || { echo "scripts/kratos.sh: go mod download gave no directory" >&2; exit 1; }

src="$cache/src-$version"
rm -rf "$src"
cp -r "$dir" "$src"
chmod -R u+w "$src"

# go.mod replaces github.com/ory/client-go with ./internal/client-go, a nested
# module that module zips leave out. Only examples/ import it, so an empty
# module of that name satisfies the replace.
if [[ ! -f "$src/internal/client-go/go.mod" ]]; then
  mkdir -p "$src/internal/client-go"
  printf 'module github.com/ory/client-go\n\ngo 1.21\n' >"$src/internal/client-go/go.mod"
fi

# sqlite (cgo) gives the in-memory database the tests use.
(cd "$src" && CGO_ENABLED=1 go build -tags sqlite -o "$bin.tmp" .)
mv "$bin.tmp" "$bin"
rm -rf "$src"
echo "scripts/kratos.sh: built Kratos $version in $(( $(date +%s) - start )) s" >&2
echo "$bin"
