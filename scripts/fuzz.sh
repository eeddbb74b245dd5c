#!/usr/bin/env bash
# Runs every Go fuzz target briefly (their committed seed corpora run in
# `go test` too). Usage: scripts/fuzz.sh [fuzztime]
#
# The budget is a count of executions (Nx), not a duration: with a duration,
# Go 1.26's fuzz coordinator can report a spurious "context deadline
# exceeded" failure when the deadline fires while a worker is mid-call on a
# loaded machine (go.dev/issue/75804, fixed in Go 1.27).
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-5000x}
grep -rl --include='*_test.go' '^func Fuzz' . | sort | while read -r file; do
	dir=$(dirname "$file")
	grep -o '^func Fuzz[A-Za-z0-9_]*' "$file" | sed 's/^func //' | while read -r name; do
		echo "fuzz $dir $name ($fuzztime)"
		go test -run='^$' -fuzz="^${name}\$" -fuzztime="$fuzztime" "$dir"
	done
done
