// Gateway benchmark (issue 19): not a test — it prints figures.
//
// On a 3-node `local` network on this machine, with the health commission's and the
// transport bureau's gateways (everything sharing the machine's cores):
//  1. fetches of a 10 KiB payload through the transport bureau's gateway from the health
//     commission's, over 16 kept-alive connections (`civitas-gateway bench-fetch`): the rate,
//     p50/p99 latency, and how many blocks after the last fetch its receipt was on chain;
//  2. one 1 GiB payload published and fetched end to end, streamed: the throughput and the
//     most memory (resident) each gateway held meanwhile;
//  3. what a delivery costs the chain: the weight and length of a `recordDelivery` extrinsic
//     and of a batch of 64, and how many fit in a block.
// Progress goes to stderr, the figures to stdout as JSON.
//
//   CIVITAS_NODE=… CIVITAS_GATEWAY=… node clients/bench/gateway.mjs
//
// GATEWAY_FETCHES (20,000 per level), GATEWAY_CONCURRENCY (16; a list such as `1,8,16,32` runs
// each level in turn) and GATEWAY_BIG_MIB (1,024) change the sizes.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { LocalNetwork, waitFor } from '../e2e/network.mjs';
import {
  addGatewayOperators, startGateway, nameGateway, publish, grantToTransport, deliveriesOf,
  finalizedApi, healthKey,
} from '../e2e/exchange.mjs';

const FETCHES = Number(process.env.GATEWAY_FETCHES ?? 20_000);
// One run per level, in order (e.g. `1,8,16,32`); the receipts are checked after the last.
const CONCURRENCIES = String(process.env.GATEWAY_CONCURRENCY ?? '16').split(',').map(Number);
const BIG_MIB = Number(process.env.GATEWAY_BIG_MIB ?? 1024);
const PORTS = { healthOut: 18_801, healthIn: 18_802, transportOut: 18_803, transportIn: 18_804 };
const gatewayBinary = process.env.CIVITAS_GATEWAY ?? join(dirname(process.env.CIVITAS_NODE), 'civitas-gateway');

const execFileAsync = promisify(execFile);
const say = (message) => process.stderr.write(`[bench-gateway] ${message}\n`);

// Run without blocking this process: its WebSocket clients must keep reading their
// subscriptions meanwhile, or the node drops them as too slow.
async function benchFetch(url, requests, concurrency) {
  const { stdout } = await execFileAsync(gatewayBinary,
    ['bench-fetch', url, '--requests', `${requests}`, '--concurrency', `${concurrency}`], { encoding: 'utf8' });
  return JSON.parse(stdout);
}

/** Resident memory of a process, in MiB (VmRSS). */
function residentMib(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

/** A body of `mib` MiB, streamed from one random MiB repeated (never held whole). */
function bigBody(mib) {
  const block = randomBytes(1 << 20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === mib) controller.close();
      else { controller.enqueue(block); sent += 1; }
    },
  });
}

const network = new LocalNetwork({ binary: process.env.CIVITAS_NODE, count: 3, portBase: 18000 });
try {
  say('starting a 3-node network and two gateways');
  await network.start();
  const api = await network.api(0);
  await addGatewayOperators(api);
  const health = await startGateway(network, 'health', { ports: PORTS });
  const transport = await startGateway(network, 'transport', { ports: PORTS });
  for (const gateway of [health, transport]) await nameGateway(api, gateway);
  const small = await publish(api, 'Bench: 10 KiB');
  const big = await publish(api, 'Bench: large');
  const smallGrant = await grantToTransport(api, small, 10_000);
  await grantToTransport(api, big, 10_000);

  // 1. Many small fetches.
  const put = await fetch(`${health.inward}/v1/payloads/${small}`, { method: 'PUT', body: randomBytes(10 * 1024) });
  if (!put.ok) throw new Error(`publishing: ${await put.text()}`);
  const url = `${transport.inward}/v1/fetch/payloads/${small}`;
  say('warming up');
  await benchFetch(url, 500, CONCURRENCIES[0]);
  const levels = [];
  for (const concurrency of CONCURRENCIES) {
    say(`${FETCHES} fetches of 10 KiB, ${concurrency} at a time`);
    levels.push(await benchFetch(url, FETCHES, concurrency));
    say(`${levels.at(-1).perSecond} fetches/s, p50 ${levels.at(-1).p50Ms} ms, p99 ${levels.at(-1).p99Ms} ms`);
  }
  const fetches = levels.at(-1);
  const ok = levels.reduce((sum, level) => sum + level.ok, 0);
  const endedAt = (await api.rpc.chain.getHeader()).number.toNumber();
  say('waiting for the receipts');
  const settled = await waitFor('every receipt batched and recorded', async () => {
    const status = await (await fetch(`${health.inward}/health`)).json();
    const metrics = await (await fetch(`${health.inward}/metrics`)).text();
    const inflight = Number(/civitas_gateway_receipts_inflight (\d+)/.exec(metrics)?.[1] ?? 1);
    return status.receiptsQueued === 0 && inflight === 0 ? true : null;
  }, { timeoutMs: 120_000 });
  const deliveries = settled && await deliveriesOf(await finalizedApi(api), smallGrant);
  const lastRecordedAt = Math.max(...deliveries.map((delivery) => delivery.deliveredAt));

  // 2. One large payload, streamed both ways.
  say(`publishing ${BIG_MIB} MiB`);
  const peaks = { health: 0, transport: 0 };
  const sample = () => {
    peaks.health = Math.max(peaks.health, residentMib(health.child.pid));
    peaks.transport = Math.max(peaks.transport, residentMib(transport.child.pid));
  };
  const before = { health: residentMib(health.child.pid), transport: residentMib(transport.child.pid) };
  const sampler = setInterval(sample, 100);
  const publishStarted = performance.now();
  const bigPut = await fetch(`${health.inward}/v1/payloads/${big}`, { method: 'PUT', body: bigBody(BIG_MIB), duplex: 'half' });
  if (!bigPut.ok) throw new Error(`publishing the large payload: ${await bigPut.text()}`);
  const publishSeconds = (performance.now() - publishStarted) / 1000;
  say(`fetching ${BIG_MIB} MiB`);
  const stream = await benchFetch(`${transport.inward}/v1/fetch/payloads/${big}`, 1, 1);
  clearInterval(sampler);
  sample();

  // 3. What the chain pays per delivery.
  const one = api.tx.catalog.recordDelivery(smallGrant, `0x${'11'.repeat(32)}`);
  const batch = api.tx.utility.forceBatch(Array.from({ length: 64 }, () => one));
  const info = async (tx) => {
    const signed = await tx.signAsync(healthKey, { nonce: -1 });
    const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(tx.method, signed.encodedLength);
    return { refTimeMs: weight.refTime.toNumber() / 1e9, proofBytes: weight.proofSize.toNumber(), bytes: signed.encodedLength };
  };
  const normal = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap();
  // u64 limits, past what a JavaScript number holds exactly (an unlimited one is u64::MAX).
  const normalRefTimeMs = Number(normal.refTime.toBigInt()) / 1e9;
  const normalProofBytes = Number(normal.proofSize.toBigInt());
  const single = await info(one);
  const sixtyFour = await info(batch);

  console.log(JSON.stringify({
    smallFetches: {
      levels,
      receipts: {
        deliveries: deliveries.length,
        fetchesPerDelivery: Math.round(ok / Math.max(1, deliveries.length)),
        lastFetchBlock: endedAt,
        lastRecordedBlock: lastRecordedAt,
        blocksAfterLastFetch: lastRecordedAt - endedAt,
      },
    },
    largePayload: {
      mib: BIG_MIB,
      publishMibPerSecond: Math.round(BIG_MIB / publishSeconds),
      fetchMibPerSecond: stream.mibPerSecond,
      fetchSeconds: stream.seconds,
      residentMib: {
        health: { before: Math.round(before.health), peak: Math.round(peaks.health) },
        transport: { before: Math.round(before.transport), peak: Math.round(peaks.transport) },
      },
    },
    chainCost: {
      recordDelivery: single,
      batchOf64: sixtyFour,
      // Whichever of the block's two limits (time, proof size) runs out first.
      recordDeliveriesPerBlock: Math.min(
        Math.floor(normalRefTimeMs / single.refTimeMs),
        Math.floor(normalProofBytes / single.proofBytes)),
      normalClassLimit: { refTimeMs: normalRefTimeMs, proofBytes: normalProofBytes },
    },
  }, null, 2));
} finally {
  await network.stop();
}
