#!/usr/bin/env bash
# Parking benchmark (a measurement, not a test): on a dev node holding 10,000 lots over a
# 40 km × 40 km city, occupancy updates applied per second of block execution (batches of
# 1,000) and civitas_parkingNearby's p50/p99 latency. Figures as JSON on stdout; progress on
# stderr. Sizes can be changed with PARKING_LOTS, PARKING_UPDATE_BATCHES, PARKING_QUERIES.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$CIVITAS_ROOT/scripts/setup.sh"
build_node
cd "$CIVITAS_ROOT/clients"
npm ci --no-audit --no-fund --loglevel=error >&2
node bench/parking.mjs
