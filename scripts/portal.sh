#!/usr/bin/env bash
# Build the portal (portal/) and serve it: a static single-page app that talks to a Civitas
# node directly, with no server of its own.
#
#   scripts/portal.sh [--node URL] [--host HOST] [--port PORT] [--build-only]
#
#   --node        the node's JSON-RPC WebSocket the portal talks to (default ws://127.0.0.1:9944);
#                 a user may name another on the page's address: ?node=wss://…
#   --host        where to serve (default 127.0.0.1; 0.0.0.0 for a whole network)
#   --port        (default 4173)
#   --build-only  build portal/dist/ and stop: serve it with any static web server (nginx,
#                 Caddy) behind the agency's TLS, as production deployments do
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

node_url="ws://127.0.0.1:9944" host="127.0.0.1" port="4173" build_only=""
while [[ $# -gt 0 ]]; do
	case "$1" in
	--node) node_url="$2"; shift 2 ;;
	--host) host="$2"; shift 2 ;;
	--port) port="$2"; shift 2 ;;
	--build-only) build_only=1; shift ;;
	-h | --help) sed -n '2,13p' "$0"; exit 0 ;;
	*) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
	esac
done

cd "$CIVITAS_ROOT/portal"
[[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error
log "building the portal for $node_url"
VITE_CIVITAS_NODE="$node_url" npm run build --silent
[[ -n "$build_only" ]] && { log "built $CIVITAS_ROOT/portal/dist"; exit 0; }
log "serving the portal at http://$host:$port/ (Ctrl-C stops it)"
exec node_modules/.bin/vite preview --host "$host" --port "$port" --strictPort
