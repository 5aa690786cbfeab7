#!/usr/bin/env bash
# Start a civitas-gateway beside a dev or local-net node.
#
#   scripts/gateway.sh --agency N --key-file FILE [--node URL] [--data DIR]
#                      [--outward HOST:PORT] [--inward HOST:PORT] [--log-format text|json]
#
#   --agency    the agency it acts for
#   --key-file  a file with the secret URI of an operator key of that agency (sr25519)
#   --node      the node's JSON-RPC WebSocket (default ws://127.0.0.1:9944)
#   --data      its data directory (default ./gateway-data/agency-N)
#   --outward   the HTTPS face for other gateways (default 127.0.0.1:8443)
#   --inward    the HTTP face for the agency's own systems (default 127.0.0.1:8080)
#   --log-format  text (default) or json: one JSON object per log line, for a log shipper
#
# Writes DATA/gateway.toml the first time (edit it afterwards; see docs/gateway.md), builds
# the gateway if needed, prints the TLS key to name on chain, and runs in the foreground.
# Name the gateway on chain with the agency's admin key:
#   agencies.setGateway({ endpoint: "<outward host:port>", tlsKey: "<the key printed>" })
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

agency="" key_file="" node="ws://127.0.0.1:9944" data="" outward="127.0.0.1:8443" inward="127.0.0.1:8080"
log_format="text"
while [[ $# -gt 0 ]]; do
	case "$1" in
	--agency) agency="$2"; shift 2 ;;
	--key-file) key_file="$2"; shift 2 ;;
	--node) node="$2"; shift 2 ;;
	--data) data="$2"; shift 2 ;;
	--outward) outward="$2"; shift 2 ;;
	--inward) inward="$2"; shift 2 ;;
	--log-format) log_format="$2"; shift 2 ;;
	-h | --help) sed -n '2,18p' "$0"; exit 0 ;;
	*) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
	esac
done
[[ -n "$agency" && -n "$key_file" ]] || { echo "--agency and --key-file are required (see --help)" >&2; exit 2; }
data="${data:-$PWD/gateway-data/agency-$agency}"
mkdir -p "$data"
config="$data/gateway.toml"
if [[ ! -f "$config" ]]; then
	cat >"$config" <<TOML
agency = $agency
node = "$node"
operator_key_file = "$(realpath "$key_file")"
data_dir = "$data"
outward = "$outward"
inward = "$inward"
TOML
	log "wrote $config"
fi
if [[ ! -x "$CIVITAS_GATEWAY" ]]; then
	build_clients
fi
log "TLS key to name on chain: $("$CIVITAS_GATEWAY" tls-key --config "$config")"
exec "$CIVITAS_GATEWAY" --log-format "$log_format" run --config "$config"
