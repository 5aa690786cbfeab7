#!/usr/bin/env bash
# Build Civitas and run a single-authority development chain on ws://127.0.0.1:9944.
# Alice authors every block and holds the sudo key. The chain is temporary (--tmp): it
# starts from genesis every time. Extra arguments go to civitas-node.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$CIVITAS_ROOT/scripts/setup.sh"
build_node

log "dev chain: ws://127.0.0.1:9944  metrics: http://127.0.0.1:9615/metrics  (Ctrl-C stops it)"
exec "$CIVITAS_NODE" --dev --tmp --rpc-port 9944 --prometheus-port 9615 "$@"
