#!/usr/bin/env bash
# Measure throughput, latency and memory under load with civitas-load, and write the figures
# into BENCHMARKS.md (between the `bench.sh` markers; the text around them is kept).
#
#   scripts/bench.sh                  every workload on a dev node, transfers on 4 nodes
#   CIVITAS_BENCH_SCALE=0.2 scripts/bench.sh     the same at a fifth of the size (a check)
#
# Each dev-node workload runs on a fresh `--dev --tmp` node (the whole machine); the
# network run starts four authorities on loopback with scripts/local-net.sh. A node's
# resident memory under load is the largest VmRSS sampled from /proc every half second
# while civitas-load runs (its set-up included); VmHWM, which also counts the runtime's
# compilation at start-up, is kept in the raw files. Raw reports (civitas-load's JSON) go to
# $CIVITAS_BENCH_DIR (default /tmp/civitas-bench).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

scale="${CIVITAS_BENCH_SCALE:-1}"
out="${CIVITAS_BENCH_DIR:-/tmp/civitas-bench}"
rm -rf "$out" && mkdir -p "$out"
sized() { python3 -c "print(max(1, int($1 * $scale)))"; }

"$CIVITAS_ROOT/scripts/setup.sh"
build_node
build_clients

wait_rpc() {
	for _ in $(seq 1 120); do
		curl -sf -H 'content-type: application/json' \
			-d '{"id":1,"jsonrpc":"2.0","method":"system_health"}' "http://127.0.0.1:$1" >/dev/null && return 0
		sleep 0.5
	done
	log "node on port $1 did not answer"
	return 1
}

rss_kib() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# Sample the largest VmRSS of the pids in $1 (a file of pids) into $2 until $3 exists.
sample_rss() {
	local pids=$1 result=$2 stop=$3
	declare -A peak
	while [ ! -e "$stop" ]; do
		for pid in $(cat "$pids"); do
			local now
			now=$(rss_kib "$pid" VmRSS)
			[ "${now:-0}" -gt "${peak[$pid]:-0}" ] && peak[$pid]=$now
		done
		sleep 0.5
	done
	local list=() hwm=()
	for pid in $(cat "$pids"); do
		list+=("$((${peak[$pid]:-0} / 1024))")
		hwm+=("$(($(rss_kib "$pid" VmHWM) / 1024))")
	done
	(IFS=,; echo "{\"peakRssMiB\": [${list[*]}], \"vmHwmMiB\": [${hwm[*]}]}") >"$result"
}

# Run civitas-load (arguments after --) while sampling the memory of the pids in $1;
# reports go to $out/$2.json and $out/$2.rss.json.
measure() {
	local pids=$1 name=$2
	shift 2
	rm -f "$out/$name.stop"
	sample_rss "$pids" "$out/$name.rss.json" "$out/$name.stop" &
	local sampler=$!
	# The generator stands for clients on other machines: it runs at a lower priority so the
	# nodes' block authors are not the ones waiting for a core.
	nice -n 10 "$CIVITAS_LOAD" "$@" >"$out/$name.json" 2>"$out/$name.load.log"
	touch "$out/$name.stop"
	wait "$sampler"
}

# One workload on a fresh dev node: run_dev NAME civitas-load-arguments...
run_dev() {
	local name=$1
	shift
	log "dev node: $name"
	"$CIVITAS_NODE" --dev --tmp --rpc-port 9944 --prometheus-port 9615 --port 30333 \
		--no-telemetry >"$out/$name.node.log" 2>&1 &
	local pid=$!
	wait_rpc 9944
	echo "$pid" >"$out/$name.pids"
	measure "$out/$name.pids" "$name" --url ws://127.0.0.1:9944 --seed "$name" "$@"
	kill "$pid"
	wait "$pid" || true
}

run_dev transfer --workload transfer --count "$(sized 30000)" --accounts 500
run_dev anchor --workload anchor --count "$(sized 30000)" --accounts 500
run_dev catalog --workload catalog --count "$(sized 20000)" --accounts 400 --agencies 8
run_dev parking --workload parking --count "$(sized 1500)" --accounts 20 --batch 1000

log "4-node network: transfer"
net_dir="$out/net"
CIVITAS_NET_DIR="$net_dir" CIVITAS_SKIP_BUILD=1 "$CIVITAS_ROOT/scripts/local-net.sh" 4 >"$out/net.log" 2>&1 &
net_pid=$!
for port in 9944 9945 9946 9947; do wait_rpc "$port"; done
# Let the four agree on a first finalized block before loading them.
sleep 12
pgrep -f -- "--base-path $net_dir/node" >"$out/network.pids"
cp "$out/network.pids" "$out/paced.pids"
urls=(--url ws://127.0.0.1:9944 --url ws://127.0.0.1:9945 --url ws://127.0.0.1:9946 --url ws://127.0.0.1:9947)
# First a sustained load (600 a second offered, above the 500 the issue asks for): the
# latency an agency sees when the network keeps up. Then a burst: what it can take at most,
# with latencies that include the queue the burst builds. The burst keeps at most 6,000
# awaiting inclusion, not the dev node's 9,000: every node validates every transaction (its
# own and the gossiped ones), and with 15,000 queued the four nodes on two cores stopped
# producing blocks for 40 s.
measure "$out/paced.pids" paced "${urls[@]}" --seed paced --workload transfer \
	--count "$(sized 24000)" --accounts 500 --rate 600
measure "$out/network.pids" network "${urls[@]}" --seed network --workload transfer \
	--count "$(sized 20000)" --accounts 500 --window 6000
kill "$net_pid"
wait "$net_pid" || true
pkill -f -- "--base-path $net_dir/node" || true

python3 - "$out" "$CIVITAS_ROOT/BENCHMARKS.md" "$scale" <<'PY'
import datetime, json, os, platform, sys
out, target, scale = sys.argv[1], sys.argv[2], sys.argv[3]
def load(name):
    with open(os.path.join(out, name)) as f:
        return json.load(f)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((int(l.split()[1]) // 1024 // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
rows = []
for name, where in [("transfer", "dev node"), ("anchor", "dev node"), ("catalog", "dev node"),
                    ("parking", "dev node"), ("paced", "4 nodes, 600/s offered"),
                    ("network", "4 nodes, burst")]:
    r, rss = load(f"{name}.json"), load(f"{name}.rss.json")["peakRssMiB"]
    def rate(key):
        value = r.get(key)
        return "—" if value is None else f"{int(value):,}"
    units = (f" ({rate('sustainedUnitsPerSecond')} / {rate('unitsPerSecond')} lot updates)"
             if r["unitsPerExtrinsic"] > 1 else "")
    rows.append(
        f"| {r['workload']} | {where} | {r['count']:,} | "
        f"{rate('sustainedPerSecond')} / {rate('includedPerSecond')}{units} | "
        f"{r['blocks']['maxPerBlock']:,} | {r['inclusionMs']['p50'] / 1000:.1f} / {r['inclusionMs']['p95'] / 1000:.1f} s | "
        f"{r['finalityMs']['p50'] / 1000:.1f} / {r['finalityMs']['p95'] / 1000:.1f} s | "
        f"{r['rejected']} / {r['lost']} | {', '.join(map(str, rss))} MiB |")
section = "\n".join([
    "<!-- bench.sh:begin (generated by scripts/bench.sh; edit the text outside these markers) -->",
    f"Run of {datetime.date.today().isoformat()} (`scripts/bench.sh`, scale {scale}) on {cpu}, "
    f"{os.cpu_count()} cores, {mem} GiB; {platform.system()} {platform.release()}.",
    "",
    "| workload | where | extrinsics | included per second: steady / whole run | most in a block | inclusion p50 / p95 | finality p50 / p95 | refused / lost | RSS under load |",
    "|---|---|---|---|---|---|---|---|---|",
    *rows,
    "<!-- bench.sh:end -->",
])
text = open(target).read() if os.path.exists(target) else "# Benchmarks\n"
begin, end = text.find("<!-- bench.sh:begin"), text.find("<!-- bench.sh:end -->")
if begin >= 0 and end >= 0:
    text = text[:begin] + section + text[end + len("<!-- bench.sh:end -->"):]
else:
    text = text.rstrip("\n") + "\n\n## Load (issue 9)\n\n" + section + "\n"
open(target, "w").write(text)
print(section)
PY
