// Parking benchmark (issue 7): not a test — it prints figures.
//
// On a dev node (one authority, the whole machine) it registers 10,000 lots spread over a
// 40 km × 40 km city, then
//  1. submits occupancy batches of 1,000 updates and reads, from the node's own log, how long
//     each block that carried them took to build ("Prepared block … (N ms)"): updates applied
//     per second of block execution;
//  2. once the writes are finalized and caches are warm, asks `civitas_parkingNearby`
//     (radius 1 km) at 1,000 random points over the client's WebSocket, one at a time, and
//     reports the latency's p50 and p99 — next to the same figures for a one-lot lookup
//     (`civitas_parkingLot`), the floor of the RPC path on this machine.
// Progress goes to stderr, the figures to stdout as JSON.
//
//   CIVITAS_NODE=path/to/civitas-node node clients/bench/parking.mjs
//
// PARKING_LOTS, PARKING_UPDATE_BATCHES and PARKING_QUERIES change the sizes; PARKING_DEBUG=1
// also lists the queries slower than 3 ms (to see whether a tail is spread or clustered).

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { LocalNetwork, devAccounts, waitFor } from '../e2e/network.mjs';

const LOTS = Number(process.env.PARKING_LOTS ?? 10_000);
const BATCH = 1_000;
const UPDATE_BATCHES = Number(process.env.PARKING_UPDATE_BATCHES ?? 40);
const QUERIES = Number(process.env.PARKING_QUERIES ?? 1_000);
const RADIUS_M = 1_000;
const WARM_UP = 200;
// The city: 40 km × 40 km around Tiananmen (0.36° of latitude, 0.47° of longitude).
const CENTRE = { lat: 39_908_700, lon: 116_397_500 };
const HALF = { lat: 180_000, lon: 234_500 };

const say = (message) => process.stderr.write(`[bench-parking] ${message}\n`);

// A fixed pseudo-random sequence, so that every run places the same lots.
let seed = 42;
function random() {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}
const point = () => ({
  lat: CENTRE.lat - HALF.lat + Math.floor(random() * 2 * HALF.lat),
  lon: CENTRE.lon - HALF.lon + Math.floor(random() * 2 * HALF.lon),
});

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Sign every call with consecutive nonces, send them all, and wait for every one in a block. */
async function sendAll(api, signer, calls) {
  let nonce = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
  const included = calls.map((call) => new Promise((resolve, reject) => {
    call.signAndSend(signer, { nonce: nonce++ }, ({ status, dispatchError }) => {
      if (status.isInvalid || status.isDropped) reject(new Error(`transaction ${status.type}`));
      if (status.isInBlock) {
        if (dispatchError) reject(new Error(`failed: ${dispatchError.toString()}`));
        else resolve(status.asInBlock.toHex());
      }
    }).catch(reject);
  }));
  return Promise.all(included);
}

const network = new LocalNetwork({ binary: process.env.CIVITAS_NODE, chain: 'dev', count: 1, portBase: 29000 });
const os = await import('node:os');
const figures = {
  machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
};
try {
  await network.start();
  const api = await network.api(0);
  const [alice] = await devAccounts('Alice');
  // Queries go over the client's open WebSocket, as a frontend's would.
  const call = (method, params) => api._rpcCore.provider.send(method, params);

  say(`registering ${LOTS} lots over 40 km × 40 km`);
  const registrations = [];
  for (let i = 0; i < LOTS; i++) {
    const { lat, lon } = point();
    registrations.push(api.tx.parking.registerLot(`lot ${i}`, lat, lon, 50 + (i % 450), 600, alice.address));
  }
  const batches = [];
  for (let i = 0; i < registrations.length; i += 500) {
    batches.push(api.tx.utility.batchAll(registrations.slice(i, i + 500)));
  }
  await sendAll(api, alice, batches);
  const registered = (await api.query.parking.nextLotId()).toNumber();
  if (registered < LOTS) throw new Error(`only ${registered} lots registered`);
  say(`${registered} lots registered`);

  say(`sending ${UPDATE_BATCHES} occupancy batches of ${BATCH}`);
  const firstBlock = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  const updates = [];
  for (let b = 0; b < UPDATE_BATCHES; b++) {
    const pairs = [];
    for (let j = 0; j < BATCH; j++) {
      const lot = (b * BATCH + j) % LOTS;
      pairs.push([lot, (b + j) % 50]);
    }
    updates.push(api.tx.parking.updateOccupancy(pairs));
  }
  const blocks = new Set(await sendAll(api, alice, updates));
  say(`included in ${blocks.size} blocks`);
  // Which blocks carried how many batches, and how long the node took to build each.
  const perBlock = new Map();
  for (const hash of blocks) {
    const block = await api.rpc.chain.getBlock(hash);
    const number = block.block.header.number.toNumber();
    const count = block.block.extrinsics.filter((xt) => xt.method.section === 'parking').length;
    perBlock.set(number, count);
  }
  await waitFor('the log to show the blocks', () => {
    const log = readFileSync(network.nodes[0].log, 'utf8');
    return [...perBlock.keys()].every((n) => log.includes(`Prepared block for proposing at ${n} (`));
  }, { timeoutMs: 10_000 });
  const log = readFileSync(network.nodes[0].log, 'utf8');
  let updatesApplied = 0;
  let buildMs = 0;
  const blockFigures = [];
  for (const [number, count] of [...perBlock.entries()].sort((a, b) => a[0] - b[0])) {
    if (number < firstBlock) continue;
    const match = log.match(new RegExp(`Prepared block for proposing at ${number} \\((\\d+) ms\\)`));
    const ms = Number(match[1]);
    blockFigures.push({ block: number, batches: count, updates: count * BATCH, buildMs: ms });
    updatesApplied += count * BATCH;
    buildMs += ms;
  }
  figures.occupancy = {
    batchSize: BATCH,
    updates: updatesApplied,
    blockBuildMs: buildMs,
    updatesPerSecondOfBlockExecution: Math.round(updatesApplied / (buildMs / 1_000)),
    blocks: blockFigures,
  };
  say(`occupancy: ${figures.occupancy.updatesPerSecondOfBlockExecution} updates per second of block execution`);

  // Steady state: let the writes above be finalized and flushed, and warm the caches on both
  // sides, before timing anything.
  const written = (await api.rpc.chain.getHeader()).number.toNumber();
  await waitFor('the writes to be finalized', async () =>
    (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber() >= written,
  { timeoutMs: 60_000 });
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  for (let q = 0; q < WARM_UP; q++) {
    const { lat, lon } = point();
    await call('civitas_parkingNearby', [lat, lon, RADIUS_M, 0, 20]);
  }

  // The floor: the same path (HTTP, JSON, a runtime call) reading one lot.
  const floor = [];
  for (let q = 0; q < QUERIES; q++) {
    const started = performance.now();
    await call('civitas_parkingLot', [q % LOTS]);
    floor.push(performance.now() - started);
  }
  floor.sort((a, b) => a - b);
  figures.lotLookup = {
    queries: QUERIES,
    p50Ms: Number(percentile(floor, 50).toFixed(2)),
    p99Ms: Number(percentile(floor, 99).toFixed(2)),
  };
  say(`one-lot lookup (the RPC path's floor): p50 ${figures.lotLookup.p50Ms} ms, p99 ${figures.lotLookup.p99Ms} ms`);

  say(`asking civitas_parkingNearby at ${QUERIES} points`);
  const latencies = [];
  let answered = 0;
  for (let q = 0; q < QUERIES; q++) {
    const { lat, lon } = point();
    const started = performance.now();
    const answer = await call('civitas_parkingNearby', [lat, lon, RADIUS_M, 0, 20]);
    latencies.push(performance.now() - started);
    answered += answer.length;
  }
  if (process.env.PARKING_DEBUG) {
    const slow = latencies.map((ms, i) => [i, ms]).filter(([, ms]) => ms > 3).map(([i, ms]) => `${i}:${ms.toFixed(1)}`);
    say(`slow queries (index:ms): ${slow.join(' ')}`);
  }
  latencies.sort((a, b) => a - b);
  figures.nearby = {
    lots: registered,
    queries: QUERIES,
    radiusM: RADIUS_M,
    meanLotsAnswered: Number((answered / QUERIES).toFixed(1)),
    p50Ms: Number(percentile(latencies, 50).toFixed(2)),
    p99Ms: Number(percentile(latencies, 99).toFixed(2)),
    maxMs: Number(latencies[latencies.length - 1].toFixed(2)),
  };
  say(`nearby: p50 ${figures.nearby.p50Ms} ms, p99 ${figures.nearby.p99Ms} ms`);
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await network.stop();
}
