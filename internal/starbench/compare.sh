#!/usr/bin/env bash
# Builds starbench against netrepl's in-tree go.starlark.net and against
# the pinned upstream it was copied from, and compares them on the same
# machine, in one run.
#
#	bash internal/starbench/compare.sh [ROUNDS]        time: ns/iteration, median of ROUNDS (default 5)
#	bash internal/starbench/compare.sh -instructions   instructions/iteration, under callgrind
#
# "fork" is the in-tree copy running upstream's dialect, "python" the same
# binary in netrepl's Python dialect (FileOptions.Python, PythonSemantics).
# Ratios are against upstream (1.00: no cost; above 1: the patch is
# slower). Times swing on a loaded machine; instruction counts do not
# (callgrind counts each instruction executed, whatever else runs), so
# -instructions is the figure for a small (3 %) difference. Each count is
# that of n iterations less that of none (start-up and parse), over n, on
# one OS thread with the collector off (valgrind runs Go's threads one at
# a time, and a collection's timing would move the count: the run-to-run
# difference is then under 0.1 %); async preemption is off, as its
# signals crash valgrind now and then.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/fork" ./internal/starbench
# The upstream build: netrepl's go.mod without the replace.
sed '/^replace go.starlark.net/d' go.mod > "$tmp/up.mod"
cp go.sum "$tmp/up.sum"
GOFLAGS=-mod=mod go build -modfile="$tmp/up.mod" -tags upstream -o "$tmp/upstream" ./internal/starbench
workloads=$("$tmp/upstream" -n 1 | awk '{print $1}')

if [ "${1:-}" = -instructions ]; then
	command -v valgrind >/dev/null || { echo "compare.sh: -instructions needs valgrind" >&2; exit 2; }
	n=${N:-100000}
	count() { # binary args... -> instructions executed
		GOMAXPROCS=1 GOGC=off GODEBUG=asyncpreemptoff=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
			sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
	}
	printf '%-18s %10s %10s %10s %8s %8s\n' workload upstream fork python fork/up py/up
	for w in $workloads; do
		row=()
		for variant in "upstream" "fork" "fork -python"; do
			set -- $variant
			b="$tmp/$1"; shift
			full=$(count "$b" "$@" -only "$w" -n "$n")
			base=$(count "$b" "$@" -only "$w" -n 0)
			row+=("$(awk -v f="$full" -v b="$base" -v n="$n" 'BEGIN {printf "%.1f", (f-b)/n}')")
		done
		awk -v w="$w" -v u="${row[0]}" -v f="${row[1]}" -v p="${row[2]}" 'BEGIN {printf "%-18s %10.1f %10.1f %10.1f %8.3f %8.3f\n", w, u, f, p, f/u, p/u}'
	done
	exit 0
fi

rounds=${1:-5}
for r in $(seq "$rounds"); do
	"$tmp/upstream" -rounds 3 > "$tmp/upstream.$r"
	"$tmp/fork" -rounds 3 > "$tmp/fork.$r"
	"$tmp/fork" -rounds 3 -python > "$tmp/python.$r"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf '%-18s %10s %10s %10s %8s %8s\n' workload upstream fork python fork/up py/up
for w in $workloads; do
	up=$(cat "$tmp"/upstream.* | awk -v w="$w" '$1==w {print $2}' | median)
	fk=$(cat "$tmp"/fork.* | awk -v w="$w" '$1==w {print $2}' | median)
	py=$(cat "$tmp"/python.* | awk -v w="$w" '$1==w {print $2}' | median)
	awk -v w="$w" -v u="$up" -v f="$fk" -v p="$py" 'BEGIN {printf "%-18s %10.2f %10.2f %10.2f %8.3f %8.3f\n", w, u, f, p, f/u, p/u}'
done
