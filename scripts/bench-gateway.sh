#!/usr/bin/env bash
# Gateway benchmark (a measurement, not a test): on a 3-node local network with two agencies'
# civitas-gateways, 10 KiB fetches per second with their latency and how soon their receipts
# are on chain; a 1 GiB payload streamed end to end with the gateways' memory; and what a
# delivery costs the chain. Figures as JSON on stdout; progress on stderr. Sizes:
# GATEWAY_FETCHES, GATEWAY_CONCURRENCY, GATEWAY_BIG_MIB (see clients/bench/gateway.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$CIVITAS_ROOT/scripts/setup.sh"
build_node
build_clients
cd "$CIVITAS_ROOT/clients"
npm ci --no-audit --no-fund --loglevel=error >&2
node bench/gateway.mjs
