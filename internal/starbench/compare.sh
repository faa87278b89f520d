#!/usr/bin/env bash
# Builds starbench against netrepl's in-tree go.starlark.net and against
# the pinned upstream it was copied from, runs them in interleaved rounds
# on the same machine, and prints each workload's ns/iteration and the
# ratio patched/upstream (1.00: no cost; above 1: the patch is slower).
#
#	bash internal/starbench/compare.sh [ROUNDS]    (default 5)
#
# "fork" is the in-tree copy running upstream's dialect, "python" the same
# binary in netrepl's Python dialect (FileOptions.Python, PythonSemantics).
# Each figure is the median over rounds of the best of 3 runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/fork" ./internal/starbench
# The upstream build: netrepl's go.mod without the replace.
sed '/^replace go.starlark.net/d' go.mod > "$tmp/up.mod"
cp go.sum "$tmp/up.sum"
GOFLAGS=-mod=mod go build -modfile="$tmp/up.mod" -tags upstream -o "$tmp/upstream" ./internal/starbench

for r in $(seq "$rounds"); do
	"$tmp/upstream" -rounds 3 > "$tmp/upstream.$r"
	"$tmp/fork" -rounds 3 > "$tmp/fork.$r"
	"$tmp/fork" -rounds 3 -python > "$tmp/python.$r"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf '%-18s %10s %10s %10s %8s %8s\n' workload upstream fork python fork/up py/up
for w in $(awk '{print $1}' "$tmp/upstream.1"); do
	up=$(cat "$tmp"/upstream.* | awk -v w="$w" '$1==w {print $2}' | median)
	fk=$(cat "$tmp"/fork.* | awk -v w="$w" '$1==w {print $2}' | median)
	py=$(cat "$tmp"/python.* | awk -v w="$w" '$1==w {print $2}' | median)
	awk -v w="$w" -v u="$up" -v f="$fk" -v p="$py" 'BEGIN {printf "%-18s %10.2f %10.2f %10.2f %8.3f %8.3f\n", w, u, f, p, f/u, p/u}'
done
