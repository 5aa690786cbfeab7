// Resilience runs (issue 21): not tests — they print figures, and write them into
// RESILIENCE.md between the run's markers.
//
//   node clients/bench/resilience.mjs chaos [--minutes 10] [--rate 400] [--every 60-90] [--down 20]
//   node clients/bench/resilience.mjs soak  [--minutes 60] [--rate 600] [--sample 60]
//                                             [--trie-cache-mib N] [--memory-limit-mib M]
//   node clients/bench/resilience.mjs stall [--minutes 12] [--rate 600] [--stall-minutes 8]
//                                             [--memory-limit-mib M]
//
// Both start four authority nodes on loopback (a `Live` spec from scripts/chain-spec.py, every
// node a boot node of the spec) and run `civitas-load --workload mixed` (health anchors and
// transfers in turn) against all four at `--rate` signed calls a second for `--minutes` (then
// submission stops, all offered or not: `civitas-load --max-secs`), as a
// client that outlives its node would: an extrinsic still in no block 20 s after a node
// accepted it is sent again, to its node or the next that answers (`--resubmit-secs`).
//
// chaos: every 60–90 s (at random) a random node is SIGKILLed, and restarted 20 s later on
//   the same database. Reported: accepted extrinsics lost (must be 0), how many had to be
//   sent again, the longest time the network finalized nothing, each restarted node's time
//   to answer and to catch up with the others' best block, and whether all four end on the
//   same finalized hash.
// soak: no faults; every node's resident memory (VmRSS, and its anonymous and file-mapped
//   parts) and database size are sampled each `--sample` seconds. Reported: the growth of
//   each node's RSS, and of its anonymous part, over the last 20 minutes (or the last third
//   of a shorter run) as a share of its RSS, the database bytes per million
//   extrinsics, and a plot of the RSS curves (docs/resilience/soak-rss.svg). Then the chain
//   the soak built is synced from nothing while the load goes on: node 3's database is
//   deleted and it is restarted, first with `--sync full`, then with `--sync warp`; reported:
//   the time each takes to reach the others' best block, and full sync's blocks a second.
//   `--trie-cache-mib N` starts every node with `--trie-cache-size` N MiB (Civitas' default
//   is 16 MiB); `--memory-limit-mib M` runs each node in a memory cgroup of its own
//   limited to M MiB, as a service manager would (systemd's MemoryMax=): cgroup v2's
//   memory.max or cgroup v1's memory.limit_in_bytes. Root only.
// stall: two minutes into the load, nodes 2 and 3 are SIGKILLed, so that the two left (half
//   the authorities) author blocks that nothing finalizes; `--stall-minutes` later both are
//   restarted. Until a block is final every node keeps the state it wrote in memory, so this
//   is the heap's worst case: reported are the two nodes' heap (RssAnon, every 10 s) before,
//   through and after the stall, the extrinsics in node 0's best block, the heap's growth per
//   block within the authors' slack (32 blocks not yet final) and past it (64 transactions a
//   block), a council motion put through node 0 once past the slack (how many blocks it took
//   through the backlog), how long finality takes to move again, and accepted extrinsics lost
//   (must be 0).
//
// Progress goes to stderr; the report (JSON) to stdout and $RESILIENCE_DIR/<mode>.json (default
// /tmp/civitas-resilience), with the nodes' and the generator's logs. CIVITAS_NODE and
// CIVITAS_LOAD name the binaries (scripts/chaos.sh and scripts/soak.sh build and set them).

import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Keyring } from '@polkadot/keyring';
import { LocalNetwork, submit, waitFor, writeAgencySpec } from '../e2e/network.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const mode = process.argv[2];
if (!['chaos', 'soak', 'stall', 'report'].includes(mode)) {
  console.error('usage: resilience.mjs chaos|soak|stall [--minutes M] [--rate R] ... | report RUN.json');
  process.exit(2);
}
const { values: options, positionals } = parseArgs({
  args: process.argv.slice(3),
  allowPositionals: mode === 'report',
  options: {
    minutes: { type: 'string', default: { chaos: '10', soak: '60', stall: '12' }[mode] ?? '10' },
    rate: { type: 'string', default: mode === 'chaos' ? '400' : '600' },
    'stall-minutes': { type: 'string', default: '8' },
    every: { type: 'string', default: '60-90' },
    down: { type: 'string', default: '20' },
    sample: { type: 'string', default: '60' },
    'trie-cache-mib': { type: 'string' },
    'memory-limit-mib': { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const minutes = Number(options.minutes);
const rate = Number(options.rate);
const [killMin, killMax] = options.every.split('-').map(Number);
const downSecs = Number(options.down);
const sampleSecs = Number(options.sample);
const stallMinutes = Number(options['stall-minutes']);
const trieCacheMiB = options['trie-cache-mib'] === undefined ? undefined : Number(options['trie-cache-mib']);
const memoryLimitMiB = options['memory-limit-mib'] === undefined ? undefined : Number(options['memory-limit-mib']);
for (const [name, value] of [['minutes', minutes], ['rate', rate], ['every', killMin], ['every', killMax], ['down', downSecs],
  ['sample', sampleSecs], ['stall-minutes', stallMinutes], ['trie-cache-mib', trieCacheMiB ?? 1], ['memory-limit-mib', memoryLimitMiB ?? 1]]) {
  if (!(value > 0)) throw new Error(`--${name} must be a positive number`);
}
// The stall starts two minutes in and ends with load still offered, so finality is seen to move again under it.
if (mode === 'stall' && minutes < stallMinutes + 4) throw new Error('--minutes must be at least --stall-minutes + 4');

const PORT_BASE = 19000;
const COUNT = 4;
const RESUBMIT_SECS = 20;
const say = (text) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${text}`);
const secondsSince = (t) => Math.round((Date.now() - t) / 100) / 10;

// `report RUN.json`: write a saved run's figures into RESILIENCE.md again (after the report's
// form changed), recomputing what derives from its samples.
if (mode === 'report') {
  const saved = JSON.parse(readFileSync(positionals[0], 'utf8'));
  if (saved.rss && saved.samples) Object.assign(saved.rss, memoryTrends(saved.samples));
  writeSection(saved.mode, markdown(saved));
  process.exit(0);
}

const binary = process.env.CIVITAS_NODE;
const loadBinary = process.env.CIVITAS_LOAD;
if (!binary || !loadBinary) throw new Error('set CIVITAS_NODE and CIVITAS_LOAD (scripts/chaos.sh and scripts/soak.sh do)');
const out = process.env.RESILIENCE_DIR ?? '/tmp/civitas-resilience';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// ---- the network ----------------------------------------------------------------------------

const spec = writeAgencySpec({
  binary, dir: out, count: COUNT, portBase: PORT_BASE, id: `civitas_${mode}`,
  // Alice's agency registers the citizens and anchors their records (she is its admin and
  // an operator, as on the dev chain, where civitas-load's set-up expects her); she funds
  // the load.
  roles: (i) => (i === 0 ? ['CIVIL_AFFAIRS', 'HEALTH'] : ['DATA_BUREAU']),
  operators: (i) => (i === 0 ? ['Alice'] : []),
  endowed: { Alice: (10n ** 6n * 10n ** 12n).toString() },
});
/**
 * Memory cgroup `i` of this run, made (or emptied of limits) and limited to `limitMiB`; its
 * directory. cgroup v2 if the unified hierarchy has the memory controller, else v1's.
 */
function memoryCgroup(i, limitMiB) {
  const name = `civitas-${mode}-node${i}`;
  const bytes = (mib) => `${Math.round(mib * 2 ** 20)}`;
  const unified = '/sys/fs/cgroup';
  if (existsSync(join(unified, 'cgroup.controllers'))
    && readFileSync(join(unified, 'cgroup.controllers'), 'utf8').split(/\s+/).includes('memory')) {
    writeFileSync(join(unified, 'cgroup.subtree_control'), '+memory');
    const dir = join(unified, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'memory.max'), bytes(limitMiB));
    return dir;
  }
  const dir = join('/sys/fs/cgroup/memory', name);
  if (!existsSync('/sys/fs/cgroup/memory')) throw new Error('--memory-limit-mib: this machine has no memory cgroup');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'memory.limit_in_bytes'), bytes(limitMiB));
  return dir;
}
const cgroups = memoryLimitMiB ? [...Array(COUNT).keys()].map((i) => memoryCgroup(i, memoryLimitMiB)) : null;
const network = new LocalNetwork({
  binary, chain: spec, count: COUNT, portBase: PORT_BASE,
  nodeArgs: trieCacheMiB ? ['--trie-cache-size', `${Math.round(trieCacheMiB * 2 ** 20)}`] : [],
  // The shell joins the cgroup, then becomes the node (same pid, so it is sampled as before).
  launcher: cgroups && ((i) => ['sh', '-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', cgroups[i]]),
});
say(`starting ${COUNT} nodes (logs in ${network.dir})`);
await network.start();
const up = new Set([0, 1, 2, 3]);
let started = null;
// Nodes that died on their own (the kernel's OOM killer under --memory-limit-mib, a panic):
// reported, not hidden. Chaos's own kills are not counted.
const deaths = [];
let killing = null;
let deathsClosed = false;
for (const node of network.nodes) {
  node.process.once('exit', (code, signal) => {
    if (killing === node.index || deathsClosed) return;
    deaths.push({ node: node.index, minute: Math.round((Date.now() - (started ?? Date.now())) / 6000) / 10, exit: signal ?? code });
    say(`node ${node.index} died (${signal ?? code}); its log: ${node.log}`);
  });
}

const best = async (index) => (await network.heights(index)).best;
const exited = (child) => child.exitCode !== null || child.signalCode !== null;
const finalized = async (index) => (await network.heights(index)).finalized;
async function blockHash(index, number) {
  return (await network.rpc(index, 'chain_getBlockHash', [number])).result;
}

await waitFor('finality past block 2 on every node', async () =>
  (await Promise.all([0, 1, 2, 3].map(finalized))).every((n) => n >= 2), { timeoutMs: 300_000 });

// ---- the load -------------------------------------------------------------------------------

const count = Math.round(rate * minutes * 60);
const loadLog = join(out, 'load.log');
const load = spawn('nice', ['-n', '10', loadBinary, '--workload', 'mixed', '--count', `${count}`,
  '--rate', `${rate}`, '--max-secs', `${Math.round(minutes * 60)}`, '--accounts', '500',
  '--resubmit-secs', `${RESUBMIT_SECS}`, '--stall-secs', '300',
  '--seed', mode, ...network.nodes.flatMap((node) => ['--url', `ws://127.0.0.1:${node.rpcPort}`])],
{ stdio: ['ignore', 'pipe', openSync(loadLog, 'w')] });
let loadOut = '';
load.stdout.on('data', (chunk) => { loadOut += chunk; });
const loadDone = new Promise((resolve) => load.once('exit', resolve));
let loadExited = false;
loadDone.then(() => { loadExited = true; });
say(`civitas-load: ${count} extrinsics at ${rate} a second (log: ${loadLog})`);
await waitFor('civitas-load to finish its set-up and sign', async () =>
  loadExited || readFileSync(loadLog, 'utf8').includes('signed '), { timeoutMs: 900_000, intervalMs: 1_000 });
if (loadExited) throw new Error(`civitas-load stopped during set-up:\n${readFileSync(loadLog, 'utf8').slice(-2000)}`);
started = Date.now();
say('submission started');

// ---- watching finality ----------------------------------------------------------------------

// The network's finalized height (the most any running node has finalized), each second.
let topFinalized = await finalized(0);
let lastAdvance = Date.now();
let longestGap = { seconds: 0, from: null, at: null };
let watching = true;
const watcher = (async () => {
  while (watching) {
    const heights = await Promise.all([...up].map((i) => finalized(i).catch(() => 0)));
    const top = Math.max(0, ...heights);
    const now = Date.now();
    if (top > topFinalized) {
      const gap = (now - lastAdvance) / 1000;
      if (gap > longestGap.seconds) {
        longestGap = { seconds: Math.round(gap * 10) / 10, from: topFinalized, at: secondsSince(started) };
      }
      topFinalized = top;
      lastAdvance = now;
    }
    await sleep(1_000);
  }
})();

// ---- chaos: kill and restart ----------------------------------------------------------------

const kills = [];
async function chaos() {
  while (!loadExited) {
    const wait = (killMin + Math.random() * (killMax - killMin)) * 1000;
    await Promise.race([sleep(wait), loadDone]);
    if (loadExited) break;
    const index = Math.floor(Math.random() * COUNT);
    const record = { node: index, killedAt: secondsSince(started) };
    say(`SIGKILL node ${index}`);
    up.delete(index);
    killing = index;
    await network.killNode(index, 'SIGKILL');
    killing = null;
    await sleep(downSecs * 1000);
    const others = [...up];
    const target = Math.max(...(await Promise.all(others.map((i) => best(i).catch(() => 0)))));
    const restarted = Date.now();
    network.startNode(index);
    say(`restarted node ${index}; the others' best block is #${target}`);
    const from = await waitFor(`node ${index} to answer`, () => best(index).then((n) => n + 1, () => false),
      { timeoutMs: 300_000, intervalMs: 200 }) - 1;
    record.answersAfterS = secondsSince(restarted);
    record.blocksBehind = target - from;
    up.add(index);
    await waitFor(`node ${index} to reach #${target}`, async () => (await best(index)) >= target,
      { timeoutMs: 600_000, intervalMs: 200 });
    record.caughtUpAfterS = secondsSince(restarted);
    say(`node ${index} answered after ${record.answersAfterS} s (${record.blocksBehind} blocks behind), caught up after ${record.caughtUpAfterS} s`);
    kills.push(record);
  }
}

// ---- stall: half the authorities gone --------------------------------------------------------

const STALL_AFTER_SECS = 120;
// The node's author_pool::UNFINALIZED_SLACK: past it, a block takes at most 64 transactions.
const UNFINALIZED_SLACK = 32;
const stallRecord = { series: [] };

/** Node 0's block `hash` (its best block without one): its number and extrinsics, inherents included. */
async function blockOf(hash) {
  const { block } = (await network.rpc(0, 'chain_getBlock', hash ? [hash] : [])).result;
  return { number: Number(block.header.number), extrinsics: block.extrinsics.length };
}

/**
 * A whole council motion through node 0 while finality is stalled and the load's backlog
 * fills the pool: Bob proposes to set the session length to what it is (a motion that
 * changes nothing), he, Charlie and Dave vote aye (three of four, the council's two thirds;
 * Dave's node is one of those killed: an admin signs through any node), Bob closes. What it
 * records: the seconds and blocks from the proposal to the motion's execution, the ready
 * transactions in node 0's pool when it began, and each step's block with its number of
 * extrinsics.
 */
async function councilMotion() {
  const record = { steps: [] };
  let api;
  try {
    api = await network.api(0);
    const keyring = new Keyring({ type: 'sr25519' });
    const [bob, charlie, dave] = ['Bob', 'Charlie', 'Dave'].map((name) => keyring.addFromUri(`//${name}`));
    const call = api.tx.agencies.setSessionLength(await api.query.agencies.sessionLength());
    const lengthBound = call.method.encodedLength;
    record.poolTxs = (await heapParts(network.nodes[0])).poolTxs;
    record.startBest = await best(0);
    const began = Date.now();
    const step = async (name, tx, signer) => {
      const done = await submit(api, tx, signer, { timeoutMs: 300_000 });
      const { number, extrinsics } = await blockOf(done.blockHash);
      record.steps.push({ name, block: number, extrinsics, error: done.error });
      return done;
    };
    const proposed = await step('propose', api.tx.council.propose(3, call, lengthBound), bob);
    const [, index, hash] = proposed.events.find((e) => api.events.council.Proposed.is(e)).data;
    await Promise.all([bob, charlie, dave].map((voter) => step('vote', api.tx.council.vote(hash, index, true), voter)));
    const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call, lengthBound);
    const closed = await step('close', api.tx.council.close(hash, index, weight, lengthBound), bob);
    const executed = closed.events.find((e) => api.events.council.Executed.is(e));
    record.executed = executed ? executed.data.result.isOk : false;
    record.seconds = secondsSince(began);
    record.blocks = record.steps[record.steps.length - 1].block - record.startBest;
    say(`stall: a council motion went through in ${record.seconds} s, ${record.blocks} blocks (pool ${record.poolTxs} ready; executed ${record.executed})`);
  } catch (error) {
    record.error = String(error.message ?? error);
    say(`stall: the council motion failed: ${record.error}`);
  } finally {
    await api?.disconnect().catch(() => {});
  }
  return record;
}
async function stall() {
  await Promise.race([sleep(STALL_AFTER_SECS * 1000), loadDone]);
  if (loadExited) throw new Error('the load ended before the stall began');
  const kept = [0, 1];
  const gone = [2, 3];
  const heaps = () => kept.map((i) => memoryMiB(network.nodes[i].process.pid).anon);
  const point = async () => {
    const at = { second: secondsSince(started), heapMiB: heaps() };
    try {
      const { number, extrinsics } = await blockOf();
      Object.assign(at, { best: number, finalized: await finalized(0), extrinsics });
    } catch {
      Object.assign(at, { best: null, finalized: null, extrinsics: null });
    }
    return at;
  };
  const before = await point();
  stallRecord.before = before;
  say(`stall: SIGKILL nodes ${gone.join(' and ')} at #${before.best} (finalized #${before.finalized}); heap ${before.heapMiB.join(', ')} MiB`);
  for (const index of gone) {
    up.delete(index);
    killing = index;
    await network.killNode(index, 'SIGKILL');
  }
  killing = null;
  const ends = Date.now() + stallMinutes * 60_000;
  stallRecord.series.push(before);
  let council = null;
  while (Date.now() < ends && !loadExited && !kept.some((i) => exited(network.nodes[i].process))) {
    await sleep(10_000);
    const p = await point();
    stallRecord.series.push(p);
    // Once the authors take only a few transactions a block, the council acts through the
    // backlog (the runbook's recovery starts with a motion).
    if (!council && p.best !== null && p.best - p.finalized > UNFINALIZED_SLACK + 3) council = councilMotion();
  }
  stallRecord.council = council ? await council : { error: 'finality never lagged past the slack' };
  const last = stallRecord.series[stallRecord.series.length - 1];
  stallRecord.end = last;
  stallRecord.heapMostMiB = kept.map((_, k) => Math.max(...stallRecord.series.map((p) => p.heapMiB[k] ?? 0)));
  say(`stall: at its end #${last.best} (finalized #${last.finalized}); heap ${last.heapMiB.join(', ')} MiB; restarting nodes ${gone.join(' and ')}`);
  const restarted = Date.now();
  for (const index of gone) {
    network.startNode(index);
    up.add(index);
  }
  // Finality moves again once the restarted nodes are back and voting.
  await waitFor('finality to move again', async () => (await finalized(0)) > last.finalized,
    { timeoutMs: 600_000, intervalMs: 500 });
  stallRecord.resumedAfterS = secondsSince(restarted);
  say(`stall: finality moved again ${stallRecord.resumedAfterS} s after the restart`);
  // What the heap gives back once the stalled blocks are final.
  await waitFor('finality to catch up with the best block', async () => {
    const [b, f] = [await best(0), await finalized(0)];
    return b - f <= 3;
  }, { timeoutMs: 900_000, intervalMs: 1_000 });
  stallRecord.caughtUpAfterS = secondsSince(restarted);
  await sleep(30_000);
  stallRecord.after = await point();
  say(`stall: finality caught up ${stallRecord.caughtUpAfterS} s after the restart; 30 s later heap ${stallRecord.after.heapMiB.join(', ')} MiB`);
}

// ---- soak: memory and disk ------------------------------------------------------------------

/**
 * A process's resident memory in MiB, from /proc/PID/status: `rss` (VmRSS, all of it),
 * `anon` (RssAnon: the heap and stacks, memory only the process holds) and `file`
 * (RssFile + RssShmem: pages of mapped files, which ParityDB's mmapped tables add and the
 * kernel may drop at any time). Nulls once the process is gone.
 */
function memoryMiB(pid) {
  try {
    const fields = Object.fromEntries(readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')
      .map((line) => line.match(/^(\w+):\s+(\d+) kB/)).filter(Boolean).map(([, k, v]) => [k, Number(v)]));
    const mib = (kb) => Math.round(kb / 1024);
    return { rss: mib(fields.VmRSS), anon: mib(fields.RssAnon), file: mib(fields.RssFile + (fields.RssShmem ?? 0)) };
  } catch {
    return { rss: null, anon: null, file: null };
  }
}
/** How much of a process's RSS is pages of files under `dir` (its mapped database), in MiB. */
function mappedUnderMiB(pid, dir) {
  try {
    let inside = false;
    let kb = 0;
    for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
      const mapping = line.match(/^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/);
      if (mapping) inside = mapping[1].startsWith(dir);
      else if (inside && line.startsWith('Rss:')) kb += Number(line.split(/\s+/)[1]);
    }
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}
function dbDir(node) {
  return join(node.base, 'chains', `civitas_${mode}`, 'paritydb');
}
function dbBytes(node) {
  const dir = dbDir(node);
  const target = existsSync(dir) ? dir : join(node.base, 'chains');
  return Number(execFileSync('du', ['-sb', target], { encoding: 'utf8' }).split('\t')[0]);
}
/**
 * What a node's Prometheus endpoint says of the parts of its heap that grow with the chain:
 * the shared trie cache's size in MiB (bounded by `--trie-cache-size`, 16 MiB by default) and
 * the ready transactions in its (single-state) pool. Nulls if it does not answer.
 */
async function heapParts(node) {
  try {
    const response = await fetch(`http://127.0.0.1:${node.prometheusPort}/metrics`, { signal: AbortSignal.timeout(5_000) });
    const metrics = (await response.text()).split('\n').filter((line) => !line.startsWith('#'))
      .map((line) => line.match(/^([a-z_:]+)(?:\{[^}]*\})?\s+(\S+)/)).filter(Boolean);
    const sum = (...names) => metrics.filter(([, name]) => names.some((n) => name.endsWith(n)))
      .reduce((total, [, , value]) => total + Number(value), 0);
    return {
      trieCacheMiB: Math.round(sum('trie_cache_shared_cache_inline_size', 'trie_cache_shared_cache_heap_size') / 2 ** 20),
      poolTxs: sum('ready_transactions_number'),
    };
  } catch {
    return { trieCacheMiB: null, poolTxs: null };
  }
}
const samples = [];
async function sample() {
  const parts = await Promise.all(network.nodes.map(heapParts));
  samples.push({
    minute: Math.round((Date.now() - started) / 6000) / 10,
    ...Object.fromEntries(['rss', 'anon', 'file'].map((kind) =>
      [`${kind}MiB`, network.nodes.map((node) => memoryMiB(node.process.pid)[kind])])),
    dbBytes: network.nodes.map(dbBytes),
    dbMappedMiB: network.nodes.map((node) => mappedUnderMiB(node.process.pid, dbDir(node))),
    ...Object.fromEntries(['trieCacheMiB', 'poolTxs'].map((key) => [key, parts.map((p) => p[key])])),
    // Blocks not yet final: each keeps what it wrote to the state in the node's heap.
    unfinalized: await Promise.all(network.nodes.map((node) => network.heights(node.index)
      .then((h) => h.best - h.finalized, () => null))),
  });
}
async function soak() {
  await sample();
  while (!loadExited) {
    await Promise.race([sleep(sampleSecs * 1000), loadDone]);
    await sample();
  }
}

const dbBefore = network.nodes.map(dbBytes);
await ({ chaos, soak, stall }[mode])();
await loadDone;
const report = JSON.parse(loadOut);
say(`civitas-load finished: ${report.included} of ${report.submitted} included, ${report.lost} lost`);

// ---- the end: one chain ---------------------------------------------------------------------

// Every node reaches the network's finalized height, and they agree on its hash.
const end = topFinalized;
await waitFor(`every node to finalize #${end}`, async () =>
  (await Promise.all([0, 1, 2, 3].map(finalized))).every((n) => n >= end), { timeoutMs: 300_000 });
const hashes = await Promise.all([0, 1, 2, 3].map((i) => blockHash(i, end)));
watching = false;
await watcher;
const dbAfter = network.nodes.map(dbBytes);

const machine = `${cpus()[0]?.model?.trim() ?? '?'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Linux ${release()}`;
const result = {
  mode,
  date: new Date().toISOString().slice(0, 10),
  machine,
  command: `scripts/${mode}.sh --minutes ${minutes} --rate ${rate}${mode === 'chaos' ? ` --every ${options.every} --down ${downSecs}` : ''}`
    + `${mode === 'stall' ? ` --stall-minutes ${stallMinutes}` : ''}`
    + `${trieCacheMiB ? ` --trie-cache-mib ${trieCacheMiB}` : ''}${memoryLimitMiB ? ` --memory-limit-mib ${memoryLimitMiB}` : ''}`,
  offered: { perSecond: rate, minutes, extrinsics: count },
  load: {
    submitted: report.submitted, included: report.included, finalized: report.finalized,
    refused: report.rejected, refusals: report.rejections, lost: report.lost,
    resubmitted: report.resubmitted, includedPerSecond: report.includedPerSecond,
    inclusionMs: report.inclusionMs, finalityMs: report.finalityMs,
  },
  longestFinalityGap: longestGap,
  endFinalized: { number: end, hashes, agree: hashes.every((h) => h === hashes[0]) },
  deaths,
};
deathsClosed = true; // the sync stage that follows kills node 3 on purpose
if (mode === 'chaos') result.kills = kills;
if (mode === 'stall') {
  const { before, end: last } = stallRecord;
  const minutesStalled = (last.second - before.second) / 60;
  const blocks = last.best - before.best;
  result.stall = {
    ...stallRecord,
    memoryLimitMiB: memoryLimitMiB ?? null,
    minutes: Math.round(minutesStalled * 10) / 10,
    blocks,
    growthMiBPerMinute: last.heapMiB.map((mib, i) => Math.round((mib - before.heapMiB[i]) / minutesStalled)),
    growthMiBPerBlock: last.heapMiB.map((mib, i) => Math.round(((mib - before.heapMiB[i]) / Math.max(1, blocks)) * 10) / 10),
  };
  // Within the slack blocks are full; past it the authors take a few transactions a block.
  const lagging = (p) => p.best !== null && p.best - p.finalized > UNFINALIZED_SLACK + 1;
  const within = stallRecord.series.filter((p) => p.best !== null && !lagging(p));
  const past = stallRecord.series.filter(lagging);
  const perBlock = (from, to) => to.heapMiB.map((mib, i) => Math.round(((mib - from.heapMiB[i]) / Math.max(1, to.best - from.best)) * 100) / 100);
  // A phase's blocks, the heap's growth per block and its largest block; none with one point.
  const phaseOf = (points) => (points.length > 1 ? {
    blocks: points.at(-1).best - points[0].best,
    growthMiBPerBlock: perBlock(points[0], points.at(-1)),
    extrinsicsMost: Math.max(...points.map((p) => p.extrinsics).filter((n) => n !== null)),
  } : undefined);
  result.stall.slack = UNFINALIZED_SLACK;
  result.stall.withinSlack = phaseOf(within);
  result.stall.pastSlack = phaseOf(past);
}
if (mode === 'soak') {
  const last = samples[samples.length - 1];
  const windowMin = Math.min(20, last.minute / 3);
  const from = [...samples].reverse().find((s) => s.minute <= last.minute - windowMin) ?? samples[0];
  const growth = (kind) => last[kind].map((mib, i) => Math.round(((mib - from[kind][i]) / mib) * 1000) / 10);
  result.rss = {
    windowMinutes: Math.round((last.minute - from.minute) * 10) / 10,
    endMiB: last.rssMiB,
    growthPct: growth('rssMiB'),
    anonEndMiB: last.anonMiB,
    anonGrowthPct: growth('anonMiB'),
    // The heap's growth as a share of the whole RSS, the goal's measure.
    anonGrowthOfRssPct: last.anonMiB.map((mib, i) => Math.round(((mib - from.anonMiB[i]) / last.rssMiB[i]) * 1000) / 10),
    trieCacheMiB: trieCacheMiB ?? null,
    memoryLimitMiB: memoryLimitMiB ?? null,
    fileEndMiB: last.fileMiB,
    dbMappedEndMiB: last.dbMappedMiB,
    trieCacheEndMiB: last.trieCacheMiB,
    trieCacheMaxMiB: last.trieCacheMiB.map((_, i) => Math.max(...samples.map((s) => s.trieCacheMiB[i] ?? 0))),
    poolTxsMax: last.poolTxs.map((_, i) => Math.max(...samples.map((s) => s.poolTxs[i] ?? 0))),
    ...memoryTrends(samples),
    unfinalizedMost: last.unfinalized.map((_, i) => Math.max(...samples.map((s) => s.unfinalized?.[i] ?? 0))),
  };
  const grown = dbAfter.map((bytes, i) => bytes - dbBefore[i]);
  result.database = {
    endBytes: dbAfter,
    bytesPerMillionExtrinsics: grown.map((bytes) => Math.round((bytes / Math.max(1, report.included)) * 1e6)),
  };
  result.samples = samples;
  mkdirSync(join(root, 'docs', 'resilience'), { recursive: true });
  writeFileSync(join(root, 'docs', 'resilience', 'soak-rss.svg'), plot(samples, result));
}
if (mode === 'soak') {
  // The soak's figures are down before the sync from nothing, which may take long or fail.
  writeFileSync(join(out, `${mode}.json`), JSON.stringify(result, null, 1));
  if (!options['no-write']) writeSection(mode, markdown(result));
  result.sync = await syncFromNothing();
}
writeFileSync(join(out, `${mode}.json`), JSON.stringify(result, null, 1));
console.log(JSON.stringify(result, null, 1));
await network.stop({ keepFiles: true });
// A cgroup goes with rmdir once empty (its files cannot be unlinked).
for (const dir of cgroups ?? []) {
  try { rmdirSync(dir); } catch (error) { say(`cgroup ${dir} left behind: ${error.message}`); }
}
if (!options['no-write']) writeSection(mode, markdown(result));
say(`done; nodes' logs in ${network.dir}`);

// ---- syncing the soak's chain from nothing ----------------------------------------------------

/**
 * While a second load keeps the network at `rate`, delete node 3's database and restart it
 * with `--sync full`, then again with `--sync warp`; how long each takes to reach the best
 * block the others had when it started (full sync: blocks a second over that time).
 */
async function syncFromNothing() {
  const SYNC = 3;
  const seconds = 8 * 60;
  // Transfers: they need no operators (the agency has the soak's 500 and Alice; it may have 1,000).
  const busy = spawn('nice', ['-n', '10', loadBinary, '--workload', 'transfer', '--count', `${Math.round(rate * seconds)}`,
    '--rate', `${rate}`, '--accounts', '500', '--resubmit-secs', `${RESUBMIT_SECS}`, '--stall-secs', '120',
    '--seed', 'sync', ...[0, 1, 2].map((i) => ['--url', `ws://127.0.0.1:${network.nodes[i].rpcPort}`]).flat()],
  { stdio: ['ignore', 'ignore', openSync(join(out, 'sync-load.log'), 'w')] });
  const busyDone = new Promise((resolve) => busy.once('exit', resolve));
  await waitFor('the second load to start', () => readFileSync(join(out, 'sync-load.log'), 'utf8').includes('signed '),
    { timeoutMs: 900_000, intervalMs: 1_000 });
  const runs = {};
  for (const how of ['full', 'warp']) {
    await network.killNode(SYNC, 'SIGTERM');
    rmSync(dbDir(network.nodes[SYNC]), { recursive: true, force: true });
    const target = Math.max(...(await Promise.all([0, 1, 2].map(best))));
    const began = Date.now();
    say(`node ${SYNC}: ${how} sync from nothing to #${target}`);
    network.startNode(SYNC, ['--sync', how]);
    const child = network.nodes[SYNC].process;
    let reached = 0;
    let heapPeakMiB = 0; // the syncing node's RssAnon at its most, read every half second
    // A node that dies while it syncs (the OOM killer under --memory-limit-mib) is a result.
    const outcome = await waitFor(`node ${SYNC} to reach #${target} by ${how} sync`, async () => {
      if (exited(child)) return 'died';
      // (A process that has just died, not yet reaped, has no RssAnon: NaN, skipped.)
      const heap = memoryMiB(child.pid).anon;
      if (Number.isFinite(heap)) heapPeakMiB = Math.max(heapPeakMiB, heap);
      reached = Math.max(reached, await best(SYNC));
      return reached >= target && 'reached';
    }, { timeoutMs: 1_800_000, intervalMs: 500 });
    const took = (Date.now() - began) / 1000;
    if (outcome === 'died') {
      runs[how] = { blocks: target, died: child.signalCode ?? child.exitCode, reached, seconds: Math.round(took * 10) / 10, heapPeakMiB };
      say(`node ${SYNC} died (${runs[how].died}) during ${how} sync, at #${reached} after ${runs[how].seconds} s`);
      continue;
    }
    runs[how] = { blocks: target, seconds: Math.round(took * 10) / 10, blocksPerSecond: Math.round((target / took) * 10) / 10, heapPeakMiB };
    say(`node ${SYNC}: ${how} sync reached #${target} in ${runs[how].seconds} s, its heap at most ${heapPeakMiB} MiB`);
  }
  busy.kill('SIGTERM');
  await busyDone;
  return runs;
}

/**
 * The memory's trend over the last 20 minutes (or the last third of a shorter run): the
 * least-squares line through every sample of the window, so that one sample taken at a dip
 * or a peak of the heap's band does not decide it. Per node: the RSS's change along the line
 * over the window as a share of the node's mean RSS there (the goal: under 5 %), and the
 * heap's (RssAnon's) change in MiB and as a share of that RSS.
 */
function memoryTrends(points) {
  const last = points[points.length - 1];
  const windowMin = Math.min(20, last.minute / 3);
  const window = points.filter((p) => p.minute >= last.minute - windowMin);
  const span = last.minute - window[0].minute;
  const slope = (kind, i) => {
    const xs = window.map((p) => p.minute);
    const ys = window.map((p) => p[kind][i] ?? 0);
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    return sxx ? xs.reduce((a, x, k) => a + (x - mx) * (ys[k] - my), 0) / sxx : 0;
  };
  const meanRss = last.rssMiB.map((_, i) => window.reduce((a, p) => a + (p.rssMiB[i] ?? 0), 0) / window.length);
  const pct = (mib, i) => Math.round((mib / meanRss[i]) * 1000) / 10;
  return {
    trendWindowMinutes: Math.round(span * 10) / 10,
    trendSamples: window.length,
    rssTrendPct: meanRss.map((_, i) => pct(slope('rssMiB', i) * span, i)),
    anonTrendMiB: meanRss.map((_, i) => Math.round(slope('anonMiB', i) * span)),
    anonTrendOfRssPct: meanRss.map((_, i) => pct(slope('anonMiB', i) * span, i)),
  };
}

// ---- writing it down ------------------------------------------------------------------------

function markdown(r) {
  const lines = [
    `Run of ${r.date} (\`${r.command}\`) on ${r.machine}.`,
    '',
    '| measure | figure |',
    '|---|---|',
    `| offered | ${r.offered.extrinsics.toLocaleString('en')} extrinsics (health anchors and transfers in turn) at ${r.offered.perSecond} a second for ${r.offered.minutes} min, to all four nodes; ${r.load.submitted.toLocaleString('en')} submitted in that time${r.load.submitted < r.offered.extrinsics ? ' (the generator keeps at most 9,000 in flight, so it offers no faster than the chain carries)' : ''} |`,
    `| included / finalized | ${r.load.included.toLocaleString('en')} / ${r.load.finalized.toLocaleString('en')} (${r.load.includedPerSecond} a second over the run) |`,
    `| refused by a pool | ${r.load.refused} ${Object.keys(r.load.refusals ?? {}).length ? `(${Object.entries(r.load.refusals).map(([why, n]) => `${n} × ${why}`).join('; ')})` : ''} |`,
    `| **accepted and lost** | **${r.load.lost}** |`,
    `| sent again (in no block ${RESUBMIT_SECS} s after acceptance) | ${r.load.resubmitted.toLocaleString('en')} |`,
    `| inclusion p50 / p95 / max | ${fmtMs(r.load.inclusionMs)} |`,
    `| finality p50 / p95 / max | ${fmtMs(r.load.finalityMs)} |`,
    `| longest time nothing was finalized | ${r.longestFinalityGap.seconds} s${r.longestFinalityGap.at ? ` (ending ${r.longestFinalityGap.at} s into the run, after #${r.longestFinalityGap.from})` : ''} |`,
    `| nodes that died on their own | ${r.deaths.length ? `**${r.deaths.map((d) => `node ${d.node} at minute ${d.minute} (${d.exit})`).join('; ')}**` : 'none'} |`,
    `| all four on one finalized chain at the end | ${r.endFinalized.agree ? 'yes' : '**no**'}: #${r.endFinalized.number} ${r.endFinalized.hashes[0]?.slice(0, 18)}… |`,
  ];
  if (r.kills) {
    lines.push('', `Each node killed was restarted ${downSecs} s later on its database:`, '',
      '| kill | node | at (s into the run) | answers RPC after restart | blocks behind then | caught up with the others\' best block |', '|---|---|---|---|---|---|');
    r.kills.forEach((k, i) => lines.push(`| ${i + 1} | ${k.node} | ${k.killedAt} | ${k.answersAfterS} s | ${k.blocksBehind} | ${k.caughtUpAfterS} s after restart |`));
  }
  if (r.stall) {
    const st = r.stall;
    const list = (xs) => xs.join(', ');
    lines.push(
      `| the stall | nodes 2 and 3 SIGKILLed ${st.before.second} s into the run, restarted ${st.minutes} min later${st.memoryLimitMiB ? `; each node in a memory cgroup of ${st.memoryLimitMiB} MiB` : '; no memory limit'} |`,
      `| blocks authored while nothing was final | ${st.blocks} (#${st.before.best} → #${st.end.best}; finalized held at #${st.end.finalized}) |`,
      `| heap (RssAnon) of nodes 0 and 1: before / at the stall's end / its most | ${list(st.before.heapMiB)} / ${list(st.end.heapMiB)} / ${list(st.heapMostMiB)} MiB |`,
      `| the heap's growth while stalled | ${list(st.growthMiBPerMinute)} MiB a minute; ${list(st.growthMiBPerBlock)} MiB per block |`,
    );
    const phase = (name, ph) => ph && lines.push(`| ${name} | ${ph.blocks} blocks of at most ${ph.extrinsicsMost.toLocaleString('en')} extrinsics; the heap grew ${list(ph.growthMiBPerBlock)} MiB per block |`);
    phase(`within the slack (finality at most ${st.slack ?? 32} blocks behind)`, st.withinSlack);
    phase(`past the slack (each block at most 64 transactions, 4 of one signer)`, st.pastSlack);
    const c = st.council;
    if (c) {
      lines.push(c.error
        ? `| a council motion while stalled | failed: ${c.error} |`
        : `| a council motion while stalled (propose, three votes, close, through node 0; ${c.poolTxs?.toLocaleString('en') ?? '?'} transactions ready in its pool) | ${c.executed ? 'executed' : `not executed (${c.steps.at(-1)?.error ?? 'no Executed event'})`} ${c.blocks} blocks and ${c.seconds} s after it was sent; its steps in blocks ${c.steps.map((x) => `#${x.block} (${x.extrinsics} extrinsics)`).join(', ')} |`);
    }
    lines.push(
      `| finality moved again / caught up with the best block | ${st.resumedAfterS} s / ${st.caughtUpAfterS} s after the restart |`,
      `| heap of nodes 0 and 1 30 s after finality caught up | ${list(st.after.heapMiB)} MiB |`,
    );
  }
  if (r.rss) {
    lines.push(`| each node's trie cache / memory limit | ${r.rss.trieCacheMiB ? `${r.rss.trieCacheMiB} MiB` : 'the default (16 MiB)'} / ${r.rss.memoryLimitMiB ? `${r.rss.memoryLimitMiB} MiB (a memory cgroup of its own)` : 'none'} |`);
    lines.push(`| RSS at the end | ${r.rss.endMiB.join(', ')} MiB |`);
    lines.push(`| of which anonymous (the heap) | ${r.rss.anonEndMiB.join(', ')} MiB |`);
    if (r.rss.trieCacheEndMiB) {
      lines.push(`| the shared trie cache (in the heap) at the end / its most | ${r.rss.trieCacheEndMiB.join(', ')} MiB / ${r.rss.trieCacheMaxMiB.join(', ')} MiB |`);
      lines.push(`| the transaction pool at its fullest | ${r.rss.poolTxsMax.map((n) => n.toLocaleString('en')).join(', ')} ready transactions |`);
    }
    if (r.rss.unfinalizedMost) {
      lines.push(`| blocks not yet final (whose state changes the heap holds), at most, at the samples | ${r.rss.unfinalizedMost.join(', ')} |`);
    }
    lines.push(`| of which pages of mapped files / of those, the database's own files | ${r.rss.fileEndMiB.join(', ')} MiB / ${r.rss.dbMappedEndMiB.join(', ')} MiB |`);
    if (r.rss.rssTrendPct) {
      lines.push(`| RSS growth over the last ${r.rss.trendWindowMinutes} min, along the least-squares line through its ${r.rss.trendSamples} samples | ${r.rss.rssTrendPct.map((p) => `**${p} %**`).join(', ')} of the node's mean RSS there (the goal: under 5 %) |`);
      lines.push(`| the heap's (RssAnon's) growth along its line over the same minutes | ${r.rss.anonTrendMiB.map((m) => `${m} MiB`).join(', ')} (${r.rss.anonTrendOfRssPct.map((p) => `${p} %`).join(', ')} of the node's RSS) |`);
    }
    lines.push(`| RSS growth from the sample ${r.rss.windowMinutes} min before the end to the last | ${r.rss.growthPct.map((p) => `${p} %`).join(', ')} of the node's RSS |`);
    lines.push(`| anonymous memory's growth between the same two samples | ${r.rss.anonGrowthPct.map((p) => `${p} %`).join(', ')} of the node's anonymous memory${r.rss.anonGrowthOfRssPct ? ` (${r.rss.anonGrowthOfRssPct.map((p) => `${p} %`).join(', ')} of its RSS)` : ''} |`);
    lines.push(`| database per million extrinsics | ${r.database.bytesPerMillionExtrinsics.map((b) => `${(b / 2 ** 20).toFixed(0)} MiB`).join(', ')} (ParityDB, archive of blocks, pruned state) |`);
    for (const [how, run] of Object.entries(r.sync ?? {})) {
      lines.push(`| ${how} sync from an empty database, the network at ${r.offered.perSecond} a second | ${run.died === undefined
        ? `#${run.blocks} in ${run.seconds} s${how === 'full' ? ` (${run.blocksPerSecond} blocks a second)` : ''}`
        : `**the node died (${run.died}) at #${run.reached} of #${run.blocks}, ${run.seconds} s in**`}${Number.isFinite(run.heapPeakMiB) ? `; its heap (RssAnon, read every half second) at most ${run.heapPeakMiB} MiB` : ''} |`);
    }
    lines.push('', '![RSS of the four nodes over the soak](docs/resilience/soak-rss.svg)');
  }
  return lines.join('\n');
}

function fmtMs(p) {
  return p ? `${(p.p50 / 1000).toFixed(1)} / ${(p.p95 / 1000).toFixed(1)} / ${(p.max / 1000).toFixed(1)} s` : '—';
}

/** Replace the text between `<!-- MODE.sh:begin -->` and `<!-- MODE.sh:end -->`. */
function writeSection(name, text) {
  const file = join(root, 'RESILIENCE.md');
  const begin = `<!-- ${name}.sh:begin (generated by scripts/${name}.sh; edit the text outside these markers) -->`;
  const endMark = `<!-- ${name}.sh:end -->`;
  const doc = readFileSync(file, 'utf8');
  const from = doc.indexOf(begin.slice(0, begin.indexOf(' (')));
  const to = doc.indexOf(endMark);
  if (from < 0 || to < 0) throw new Error(`RESILIENCE.md has no ${name}.sh markers`);
  writeFileSync(file, `${doc.slice(0, from)}${begin}\n${text}\n${doc.slice(to)}`);
  say(`figures written to RESILIENCE.md (${name})`);
}

/** The soak's RSS curves as a small SVG: minutes across, MiB up, one line per node. */
function plot(points, r) {
  const [w, h, left, bottom, top, right] = [640, 320, 56, 36, 24, 16];
  const maxMin = Math.max(1, points[points.length - 1].minute);
  const limit = r.rss?.memoryLimitMiB;
  const maxMiB = Math.max(1, limit ?? 0, ...points.flatMap((p) => p.rssMiB.filter((v) => v !== null))) * 1.1;
  const x = (m) => left + (m / maxMin) * (w - left - right);
  const y = (v) => h - bottom - (v / maxMiB) * (h - bottom - top);
  const colours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd'];
  // RSS solid, its anonymous part (the heap) dashed below it.
  const lines = [0, 1, 2, 3].flatMap((i) => [['rssMiB', '', 'RSS'], ['anonMiB', ' stroke-dasharray="4 3"', 'anonymous']]
    .map(([kind, dash, what]) => {
      const path = points.filter((p) => p[kind]?.[i] != null).map((p) => `${x(p.minute).toFixed(1)},${y(p[kind][i]).toFixed(1)}`).join(' ');
      return `<polyline fill="none" stroke="${colours[i]}" stroke-width="1.5"${dash} points="${path}"><title>node ${i}, ${what}</title></polyline>`;
    }));
  const ticks = [];
  for (let v = 0; v <= maxMiB; v += Math.max(50, Math.ceil(maxMiB / 6 / 50) * 50)) {
    ticks.push(`<line x1="${left}" x2="${w - right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  for (let m = 0; m <= maxMin; m += Math.max(1, Math.ceil(maxMin / 6))) {
    ticks.push(`<text x="${x(m)}" y="${h - bottom + 16}" text-anchor="middle">${m}</text>`);
  }
  if (limit) {
    ticks.push(`<line x1="${left}" x2="${w - right}" y1="${y(limit)}" y2="${y(limit)}" stroke="#888" stroke-dasharray="1 3"/><text x="${w - right}" y="${y(limit) - 4}" text-anchor="end" fill="#555">each node's memory limit</text>`);
  }
  const legend = [...colours.map((c, i) => `<text x="${left + 10 + i * 70}" y="${top - 8}" fill="${c}">node ${i}</text>`),
    `<text x="${left + 300}" y="${top - 8}">solid: RSS; dashed: anonymous (heap)</text>`];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="white"/>
${ticks.join('\n')}
<text x="${w / 2}" y="${h - 4}" text-anchor="middle">minutes (${r.offered.perSecond} extrinsics a second offered)</text>
<text x="14" y="${h / 2}" transform="rotate(-90 14 ${h / 2})" text-anchor="middle">resident memory, MiB</text>
${legend.join('\n')}
${lines.join('\n')}
</svg>
`;
}
