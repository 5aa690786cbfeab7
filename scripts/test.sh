#!/usr/bin/env bash
# Run every Civitas test: the Rust unit tests, then the end-to-end tests with a real
# @polkadot/api client against a real 3-node network started from the release binary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
started=$SECONDS

"$CIVITAS_ROOT/scripts/setup.sh"
build_node
build_load
log "release build ready after $((SECONDS - started)) s"

# `--workspace` keeps cargo's feature resolution identical to the node build above, so the
# tests reuse its compiled dependencies (and its wasm runtime) instead of building new ones.
log "Rust unit tests"
(cd "$CIVITAS_ROOT" && cargo test --locked --release --workspace)

# Each pallet's benchmarks, run once as tests on its mock runtime, so a benchmark that no
# longer sets up its worst case fails here rather than when weights are generated.
pallets=()
for manifest in "$CIVITAS_ROOT"/pallets/*/Cargo.toml; do
	pallets+=(-p "$(sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -1)")
done
log "benchmark tests of $((${#pallets[@]} / 2)) pallets"
(cd "$CIVITAS_ROOT" && cargo test --locked --release "${pallets[@]}" --features runtime-benchmarks)

log "end-to-end tests (clients/)"
cd "$CIVITAS_ROOT/clients"
npm ci --no-audit --no-fund --loglevel=error
CIVITAS_NODE="$CIVITAS_NODE" CIVITAS_LOAD="$CIVITAS_LOAD" npm test

log "all tests passed in $((SECONDS - started)) s"
