#!/usr/bin/env bash
# Start N (default 3) agency authority nodes on loopback, wired as peers; Ctrl-C stops all.
#
#   ./scripts/local-net.sh [N] [--p2p-port P] [--rpc-port R] [--prometheus-port M]
#                              [--no-prometheus] [--bootnodes all|first]
#
# Node i (0-based) listens on p2p port P+i (default 30333+i), JSON-RPC/WebSocket R+i
# (default 9944+i) and Prometheus M+i (default 9615+i; --no-prometheus for none), keeps its
# database in $CIVITAS_NET_DIR/node<i> (default /tmp/civitas-net) and holds the well-known
# development keys of its agency: //Alice, //Bob, //Charlie, then //Dave, //Eve, //Ferdie, then
# //Agency7, //Agency8, ... With N = 3 the built-in `local` chain spec is used; for any other
# N a spec with those N authorities is written first.
#
# --bootnodes all (the default) gives every node every other node's address, so losing any
# one node never leaves the others without an address to dial; --bootnodes first gives
# every node only node 0's (the wiring whose weakness docs/operations.md describes: with
# local discovery off, node 0's loss leaves the others unable to find each other).
# The databases persist: running it again continues the same chain; remove the directory
# to start from genesis.
# Set CIVITAS_SKIP_BUILD=1 to use the binary as it is.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

count=3 p2p_port=30333 rpc_port=9944 prometheus_port=9615 bootnodes=all
while [[ $# -gt 0 ]]; do
	case "$1" in
	--p2p-port) p2p_port="$2"; shift 2 ;;
	--rpc-port) rpc_port="$2"; shift 2 ;;
	--prometheus-port) prometheus_port="$2"; shift 2 ;;
	--no-prometheus) prometheus_port=""; shift ;;
	--bootnodes) bootnodes="$2"; shift 2 ;;
	-h | --help) sed -n '2,22p' "$0"; exit 0 ;;
	[0-9]*) count="$1"; shift ;;
	*) log "unknown argument: $1 (see --help)"; exit 2 ;;
	esac
done
if ! [[ "$count" =~ ^[0-9]+$ ]] || [ "$count" -lt 1 ] || [ "$count" -gt 50 ]; then
	log "usage: $0 [N], with 1 <= N <= 50 nodes (see --help)"
	exit 2
fi
# A listening port in the kernel's ephemeral range may already be an outgoing connection's
# local port, and a node whose port is in use stops: such a base is warned of.
read -r ephemeral_from ephemeral_to 2>/dev/null </proc/sys/net/ipv4/ip_local_port_range || ephemeral_from=32768 ephemeral_to=60999
for port in "$p2p_port" "$rpc_port" ${prometheus_port:+"$prometheus_port"}; do
	[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ $((port + count)) -le 65535 ] ||
		{ log "a base port must be a number from 1024 up, with room for $count nodes: $port"; exit 2; }
	if [ $((port + count)) -gt "$ephemeral_from" ] && [ "$port" -le "$ephemeral_to" ]; then
		log "warning: ports $port-$((port + count - 1)) reach the ephemeral range ($ephemeral_from-$ephemeral_to); an outgoing connection may hold one, and a node whose port is in use stops"
	fi
done
[[ "$bootnodes" == all || "$bootnodes" == first ]] || { log "--bootnodes is all or first: $bootnodes"; exit 2; }
net_dir="${CIVITAS_NET_DIR:-/tmp/civitas-net}"

if [ "${CIVITAS_SKIP_BUILD:-0}" != 1 ]; then
	"$CIVITAS_ROOT/scripts/setup.sh"
	build_node
fi

seeds=(Alice Bob Charlie Dave Eve Ferdie)
seed_of() { if [ "$1" -lt ${#seeds[@]} ]; then echo "//${seeds[$1]}"; else echo "//Agency$(($1 + 1))"; fi; }

# A field (ss58Address, ss58PublicKey, ...) of a key, from the node's own key tool.
public_key() { "$CIVITAS_NODE" key inspect --scheme "$1" --output-type json "$2" | python3 -c "import json,sys; print(json.load(sys.stdin)['$3'])"; }

mkdir -p "$net_dir"
# A fixed node key per node gives it a stable peer id across restarts: node i's key is the
# number i + 1 (the `local` spec names the peer ids of the keys 1, 2 and 3 as its nodes).
write_node_key() {
	mkdir -p "$net_dir/node$1"
	[ -f "$net_dir/node$1/node-key" ] || printf '%064x' $(($1 + 1)) >"$net_dir/node$1/node-key"
}

chain=local
if [ "$count" -ne 3 ]; then
	chain="$net_dir/civitas-local-$count.json"
	"$CIVITAS_NODE" export-chain-spec --chain local >"$net_dir/local.json"
	accounts=() grandpa_keys=() peer_ids=()
	for ((i = 0; i < count; i++)); do
		accounts+=("$(public_key sr25519 "$(seed_of "$i")" ss58Address)")
		grandpa_keys+=("$(public_key ed25519 "$(seed_of "$i")" ss58PublicKey)")
		write_node_key "$i"
		peer_ids+=("$("$CIVITAS_NODE" key inspect-node-key --file "$net_dir/node$i/node-key")")
	done
	python3 - "$net_dir/local.json" "$chain" "${accounts[*]}" "${grandpa_keys[*]}" "${peer_ids[*]}" <<'PY'
import importlib.util, json, os, sys
source, target, accounts, grandpa, peers = sys.argv[1], sys.argv[2], *(a.split() for a in sys.argv[3:6])
loader = importlib.util.spec_from_file_location(
    "chain_spec", os.path.join(os.environ["CIVITAS_ROOT"], "scripts", "chain-spec.py"))
chain_spec = importlib.util.module_from_spec(loader)
loader.loader.exec_module(chain_spec)
spec = json.load(open(source))
patch = spec["genesis"]["runtimeGenesis"]["patch"]
# The first agencies are the local spec's own (health, land, transport); any further ones
# are data bureaus. Each agency's admin and node account is its well-known account.
agencies = patch["agencies"]["agencies"][: len(accounts)]
for i in range(len(agencies), len(accounts)):
    agencies.append({"name": f"District Data Bureau {i + 1}", "roles": 1 << 10,
                     "admin": accounts[i], "authority": accounts[i]})
for agency, peer in zip(agencies, peers):
    agency["nodes"] = [chain_spec.node_id(peer, agency["name"])]
patch["agencies"]["agencies"] = agencies
patch["session"]["keys"] = [
    [account, account, {"aura": account, "grandpa": key}] for account, key in zip(accounts, grandpa)
]
spec["name"] = f"Civitas Local ({len(accounts)} agencies)"
# Its own id (so its own database directory) and network protocol: a base path that once
# held a chain of another size is never reused for this one.
spec["id"] = f"civitas_local_{len(accounts)}"
spec["protocolId"] = f"civitas-local-{len(accounts)}"
json.dump(spec, open(target, "w"), indent=1)
PY
	log "wrote a chain spec for $count agencies: $chain"
fi

pids=()
any_alive() {
	local pid
	for pid in "${pids[@]}"; do
		kill -0 "$pid" 2>/dev/null && return 0
	done
	return 1
}
stop_all() {
	trap - INT TERM EXIT
	if [ ${#pids[@]} -gt 0 ]; then
		log "stopping ${#pids[@]} nodes"
		kill "${pids[@]}" 2>/dev/null || true
		# Give them 20 s to close their databases cleanly, then kill what is left.
		for _ in $(seq 100); do
			any_alive || break
			sleep 0.2
		done
		kill -9 "${pids[@]}" 2>/dev/null || true
		wait "${pids[@]}" 2>/dev/null || true
	fi
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

# Every node's address, known before any starts: the node keys are fixed.
addresses=()
for ((i = 0; i < count; i++)); do
	write_node_key "$i"
	addresses+=("/ip4/127.0.0.1/tcp/$((p2p_port + i))/p2p/$("$CIVITAS_NODE" key inspect-node-key --file "$net_dir/node$i/node-key")")
done
for ((i = 0; i < count; i++)); do
	base="$net_dir/node$i"
	seed="$(seed_of "$i")"
	"$CIVITAS_NODE" key insert --base-path "$base" --chain "$chain" --scheme sr25519 --suri "$seed" --key-type aura
	"$CIVITAS_NODE" key insert --base-path "$base" --chain "$chain" --scheme ed25519 --suri "$seed" --key-type gran

	args=(--validator --chain "$chain" --base-path "$base" --name "agency-$i"
		--port $((p2p_port + i)) --rpc-port $((rpc_port + i))
		--node-key-file "$base/node-key" --rpc-cors all --no-telemetry --no-mdns)
	if [ -n "$prometheus_port" ]; then
		args+=(--prometheus-port $((prometheus_port + i)))
	else
		args+=(--no-prometheus)
	fi
	for ((j = 0; j < count; j++)); do
		[ "$j" -ne "$i" ] || continue
		[ "$bootnodes" == all ] || [ "$j" -eq 0 ] || continue
		args+=(--bootnodes "${addresses[$j]}")
	done
	"$CIVITAS_NODE" "${args[@]}" >"$net_dir/node$i.log" 2>&1 &
	pids+=($!)
	log "agency-$i ($seed): ws://127.0.0.1:$((rpc_port + i))  p2p $((p2p_port + i))  log $net_dir/node$i.log"
done

log "$count nodes running; Ctrl-C stops them all"
# Exit (and stop the rest) as soon as any node dies.
wait -n "${pids[@]}" || true
log "a node exited on its own; stopping the others (logs in $net_dir)"
exit 1
