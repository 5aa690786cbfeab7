#!/usr/bin/env bash
# Regenerate docs/api-generated.md (every call, event, error, constant, type and runtime API
# of the Civitas pallets) from the metadata of a fresh dev node. Run it after changing a
# call, an event, an error, a constant or a runtime API: the dev end-to-end test fails while
# the committed file differs from what the chain says.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

"$CIVITAS_ROOT/scripts/setup.sh"
build_node
(cd "$CIVITAS_ROOT/clients" && npm ci --no-audit --no-fund --loglevel=error)

port=29944
"$CIVITAS_NODE" --dev --tmp --rpc-port "$port" --port 29333 --prometheus-port 29615 \
	--no-telemetry >/dev/null 2>&1 &
node_pid=$!
trap 'kill $node_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
	curl -sf -H 'content-type: application/json' \
		-d '{"id":1,"jsonrpc":"2.0","method":"system_health"}' "http://127.0.0.1:$port" >/dev/null && break
	sleep 1
done
node "$CIVITAS_ROOT/clients/api-doc.mjs" "ws://127.0.0.1:$port" >"$CIVITAS_ROOT/docs/api-generated.md"
log "wrote docs/api-generated.md"
