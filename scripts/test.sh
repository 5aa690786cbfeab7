#!/usr/bin/env bash
# Run every Civitas test: the Rust unit tests, the portal's browser tests (polkadot-api, in
# Chromium, against a dev node), then the end-to-end tests with a real @polkadot/api client
# against a real 3-node network started from the release binary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
started=$SECONDS

"$CIVITAS_ROOT/scripts/setup.sh"

# Style first: it fails in seconds, before the long builds.
log "cargo fmt --check"
(cd "$CIVITAS_ROOT" && cargo fmt --all --check)

# The node build also builds the upgrade rehearsal's runtime (CIVITAS_REHEARSAL_WASM, set in
# common.sh), which the upgrade e2e test applies to a running network.
build_node
build_clients
log "release build ready after $((SECONDS - started)) s"

# Lints on every crate and every test target, warnings as errors. In the release profile,
# after the build, so that the build scripts and the native code under them (the runtime's
# wasm, wasm-opt, OpenSSL) are the build's own and only the crates are checked anew.
log "cargo clippy"
(cd "$CIVITAS_ROOT" && cargo clippy --locked --release --workspace --all-targets -- -D warnings)
log "lints passed after $((SECONDS - started)) s"

# `--workspace` keeps cargo's feature resolution identical to the node build above, so the
# tests reuse its compiled dependencies (and its wasm runtime) instead of building new ones.
log "Rust unit tests"
(cd "$CIVITAS_ROOT" && cargo test --locked --release --workspace)

# Each pallet's benchmarks, run once as tests on its mock runtime, so a benchmark that no
# longer sets up its worst case fails here rather than when weights are generated.
pallets=()
for manifest in "$CIVITAS_ROOT"/pallets/*/Cargo.toml; do
	name="$(sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -1)"
	# pallets/test-utils is the mocks' helper crate, not a pallet: it has no benchmarks.
	if [[ "$name" == pallet-* ]]; then
		pallets+=(-p "$name")
	fi
done
# In the same build (one feature set, one compile): the runtime's and the pallets' tests with
# try-runtime on — every pallet's `try_state` hook, and `Executive::try_runtime_upgrade` (all
# migrations with their checks, the state decoded, every `try_state`) on a chain with data
# (`civitas_runtime::tests::state`). No wasm is needed for these, so none is built.
log "benchmark and try-runtime tests of $((${#pallets[@]} / 2)) pallets and the runtime"
(cd "$CIVITAS_ROOT" && SKIP_WASM_BUILD=1 cargo test --locked --release "${pallets[@]}" \
	-p civitas-runtime --features runtime-benchmarks,try-runtime)

# The upgrade rehearsal's migration (pallet-agencies at version 2, which the upgrade e2e test
# applies to a running network): pallet-agencies' tests with its `upgrade-rehearsal` feature,
# the migration's own test among them. Its dependencies are the step above's.
log "pallet-agencies with the upgrade rehearsal"
(cd "$CIVITAS_ROOT" && SKIP_WASM_BUILD=1 cargo test --locked --release -p pallet-agencies \
	--features runtime-benchmarks,try-runtime,upgrade-rehearsal)

# The portal: type-checked, built as the static files it is served as, and driven in Debian's
# Chromium (playwright-core) against a dev node of the release build above. Its first test
# fails if the metadata its descriptors were generated from is not this runtime's.
log "portal (portal/): type check, build, browser tests"
(cd "$CIVITAS_ROOT/portal" && npm ci --no-audit --no-fund --loglevel=error && npm run check &&
	npm run build && CIVITAS_NODE="$CIVITAS_NODE" npm test)

log "end-to-end tests (clients/)"
cd "$CIVITAS_ROOT/clients"
npm ci --no-audit --no-fund --loglevel=error
CIVITAS_NODE="$CIVITAS_NODE" CIVITAS_LOAD="$CIVITAS_LOAD" CIVITAS_GATEWAY="$CIVITAS_GATEWAY" \
	CIVITAS_REHEARSAL_RUNTIME="$CIVITAS_REHEARSAL_RUNTIME" npm test

log "all tests passed in $((SECONDS - started)) s"
