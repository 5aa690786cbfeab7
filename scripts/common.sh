# Shared settings for the scripts. Source it; do not run it.

# The repository root, wherever the script is called from.
CIVITAS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CIVITAS_ROOT

# One build directory outside the work tree, shared by every session, clone and CI run.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/civitas-target}"

# The release binary that dev.sh, local-net.sh and the end-to-end tests run.
export CIVITAS_NODE="${CIVITAS_NODE:-$CARGO_TARGET_DIR/release/civitas-node}"
# The load generator that bench.sh and the end-to-end tests run.
export CIVITAS_LOAD="${CIVITAS_LOAD:-$CARGO_TARGET_DIR/release/civitas-load}"
# The exchange gateway that gateway.sh, bench-gateway.sh and the end-to-end tests run.
export CIVITAS_GATEWAY="${CIVITAS_GATEWAY:-$CARGO_TARGET_DIR/release/civitas-gateway}"
# The upgrade rehearsal's runtime (spec_version + 1, one migration) that the upgrade e2e test
# applies to a running network, built beside the node's when CIVITAS_REHEARSAL_WASM is set
# (runtime/build.rs). Every script sets it, so that no script's build undoes another's (the
# runtime's build script runs again whenever the variable changes).
export CIVITAS_REHEARSAL_WASM=1
export CIVITAS_REHEARSAL_RUNTIME="${CIVITAS_REHEARSAL_RUNTIME:-$CARGO_TARGET_DIR/release/wbuild/civitas-runtime/civitas_runtime_rehearsal.compact.compressed.wasm}"

log() { printf '[civitas] %s\n' "$*" >&2; }

# Build the release node (incremental: seconds when nothing changed).
build_node() {
	log "building civitas-node (release) into $CARGO_TARGET_DIR"
	(cd "$CIVITAS_ROOT" && cargo build --locked --release -p civitas-node)
}

# Build the node's clients: the load generator and the gateway. A build of their own: built
# together with the node, cargo would unify the clients' features (the RPC client's, HTTP's)
# into the node's dependencies and rebuild the node.
build_clients() {
	log "building civitas-load and civitas-gateway (release) into $CARGO_TARGET_DIR"
	(cd "$CIVITAS_ROOT" && cargo build --locked --release -p civitas-load -p civitas-gateway)
}

# Build the node and the load generator and run the resilience run $1 (chaos, soak or stall) of
# clients/bench/resilience.mjs with the remaining arguments (scripts/chaos.sh, soak.sh, stall.sh).
run_resilience() {
	"$CIVITAS_ROOT/scripts/setup.sh"
	build_node
	build_clients
	[ -d "$CIVITAS_ROOT/clients/node_modules" ] ||
		(cd "$CIVITAS_ROOT/clients" && npm ci --no-audit --no-fund --loglevel=error)
	(cd "$CIVITAS_ROOT/clients" && node bench/resilience.mjs "$@")
}
