#!/usr/bin/env bash
# Regenerate the runtime's weights from benchmarks run on this machine.
#
#   scripts/bench-weights.sh [pallet ...]      (default: every pallet of the runtime)
#
# Builds civitas-node with `--features runtime-benchmarks` (a separate, longer build: the
# benchmarking CLI is never in the production node), runs `benchmark pallet` for each
# pallet on the `dev` genesis, and writes runtime/src/weights/<pallet>.rs. Commit the result
# with the machine it ran on named in the commit message.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# The pallets listed in runtime/src/benchmarks.rs, whose weights the runtime uses.
all=(frame_system frame_system_extensions pallet_transaction_payment pallet_balances pallet_timestamp pallet_utility pallet_sudo pallet_agencies pallet_citizens pallet_health pallet_property pallet_parking pallet_catalog pallet_governance pallet_aura_equivocation)
pallets=("${@:-${all[@]}}")
steps="${CIVITAS_BENCH_STEPS:-50}"
repeat="${CIVITAS_BENCH_REPEAT:-20}"

"$CIVITAS_ROOT/scripts/setup.sh"
log "building civitas-node with runtime-benchmarks"
(cd "$CIVITAS_ROOT" && cargo build --locked --release -p civitas-node --features runtime-benchmarks)
# Keep the benchmarking binary apart: the next ordinary build puts the production node
# back at $CARGO_TARGET_DIR/release/civitas-node.
bench_node="$CARGO_TARGET_DIR/civitas-node-benchmarks"
cp "$CARGO_TARGET_DIR/release/civitas-node" "$bench_node"

out_dir="$CIVITAS_ROOT/runtime/src/weights"
mkdir -p "$out_dir"
for pallet in "${pallets[@]}"; do
	log "benchmarking $pallet (steps $steps, repeat $repeat)"
	"$bench_node" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "$steps" \
		--repeat "$repeat" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--header "$CIVITAS_ROOT/scripts/weights-header.txt" \
		--output "$out_dir/$pallet.rs"
done
log "weights written to $out_dir"
