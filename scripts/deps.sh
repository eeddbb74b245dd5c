#!/usr/bin/env bash
# Installs what the build and tests need beyond Go modules, idempotently:
# the pinned solc and OpenZeppelin from npm (contracts/package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f contracts/package-lock.json ]; then
	if [ ! -d contracts/node_modules ] || [ contracts/package-lock.json -nt contracts/node_modules/.package-lock.json ]; then
		npm ci --prefix contracts --no-audit --no-fund --loglevel=error
	fi
fi
