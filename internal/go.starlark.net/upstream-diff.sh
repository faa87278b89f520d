#!/bin/sh
# Prints the diff of this in-tree go.starlark.net against the pinned
# upstream version it was copied from (NETREPL.md). Needs the Go module
# proxy (or the module cache). Usage: upstream-diff.sh [--stat]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
version=v0.0.0-20260908191801-89a6a09411d5
upstream=$(cd "$here" && GOFLAGS=-mod=mod go mod download -json "go.starlark.net@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$upstream" ] || { echo "upstream-diff.sh: cannot download go.starlark.net@$version" >&2; exit 1; }
cd "$here/.."
# Upstream's site and CI files are removed here on purpose (NETREPL.md).
opts="-ruN -x docs -x .github -x CNAME -x NETREPL.md -x upstream-diff.sh"
if [ "${1:-}" = --stat ]; then
	diff $opts "$upstream" go.starlark.net | grep '^diff ' | sed 's|.* go.starlark.net/|go.starlark.net/|' || true
else
	diff $opts "$upstream" go.starlark.net || true
fi
