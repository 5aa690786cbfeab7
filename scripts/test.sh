#!/usr/bin/env bash
# Run every Civitas test: the Rust unit tests, then the end-to-end tests with a real
# @polkadot/api client against a real 3-node network started from the release binary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
started=$SECONDS

"$CIVITAS_ROOT/scripts/setup.sh"
build_node
log "release build ready after $((SECONDS - started)) s"

# `--workspace` keeps cargo's feature resolution identical to the node build above, so the
# tests reuse its compiled dependencies (and its wasm runtime) instead of building new ones.
log "Rust unit tests"
(cd "$CIVITAS_ROOT" && cargo test --locked --release --workspace)

log "end-to-end tests (clients/)"
cd "$CIVITAS_ROOT/clients"
npm ci --no-audit --no-fund --loglevel=error
CIVITAS_NODE="$CIVITAS_NODE" npm test

log "all tests passed in $((SECONDS - started)) s"
