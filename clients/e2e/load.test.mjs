// End-to-end: the load generator (civitas-load) drives a real dev node through each of its
// workloads at a small size, and what it reports matches what the chain holds. The figures
// of a full-size run are not checked here (see scripts/bench.sh and BENCHMARKS.md); this
// proves the generator's set-up, signing and accounting stay right as the runtime changes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { LocalNetwork } from './network.mjs';

const run = promisify(execFile);
const binary = process.env.CIVITAS_LOAD ?? join(dirname(process.env.CIVITAS_NODE), 'civitas-load');
let network;
let api;
let url;

before(async () => {
  network = new LocalNetwork({ binary: process.env.CIVITAS_NODE, chain: 'dev', count: 1, portBase: 31000 });
  await network.start();
  api = await network.api(0);
  url = `ws://127.0.0.1:${network.nodes[0].rpcPort}`;
});

after(async () => {
  await network?.stop();
});

async function load(workload, count, extra = []) {
  const { stdout } = await run(binary, ['--url', url, '--workload', workload, '--count', `${count}`,
    '--seed', workload, ...extra], { maxBuffer: 1 << 20, timeout: 240_000 });
  return JSON.parse(stdout);
}

function assertAllLanded(report, count) {
  assert.equal(report.count, count);
  assert.equal(report.submitted, count);
  assert.equal(report.rejected, 0, JSON.stringify(report.rejections));
  assert.equal(report.included, count);
  assert.deepEqual(report.lostByNode, [0]);
  assert.equal(report.finalized, count);
  assert.ok(report.includedPerSecond > 0);
  assert.ok(report.blocks.chainTimeMs >= 2_900, 'at least one 3 s slot of chain time');
  assert.ok(report.inclusionMs.p50 > 0 && report.inclusionMs.p50 <= report.inclusionMs.p95);
  assert.ok(report.finalityMs.p50 >= report.inclusionMs.p50);
}

test('transfers: every one included and finalized, and the balances moved', async () => {
  const report = await load('transfer', 400, ['--accounts', '40']);
  assertAllLanded(report, 400);
  assert.equal(report.workload, 'transfer');
  assert.equal(report.accounts, 40);
});

test('health anchors: the records are on chain', async () => {
  const before = (await api.query.health.nextRecordId()).toNumber();
  const report = await load('anchor', 300, ['--accounts', '30']);
  assertAllLanded(report, 300);
  assert.equal((await api.query.health.nextRecordId()).toNumber() - before, 300);
});

test('parking batches: each lot took its reported occupancy', async () => {
  const report = await load('parking', 20, ['--accounts', '4', '--batch', '50']);
  assertAllLanded(report, 20);
  assert.equal(report.unitsPerExtrinsic, 50);
  // Both are rounded: the units figure is the unrounded rate times the batch.
  assert.ok(Math.abs(report.unitsPerSecond - report.includedPerSecond * 50) <= 25);
  const lots = (await api.query.parking.nextLotId()).toNumber();
  assert.equal(lots, 200, 'four operators with 50 lots each');
  // The last batch of operator 0 was extrinsic 16: lot j holds (16 + j) % 500.
  const lot = (await api.call.parkingApi.lot(7)).unwrap();
  assert.equal(lot.occupied.toNumber(), 16 + 7);
  // Lots 0-49 of operator 0 share occupancy page 0 (64 lots a page), which holds them all.
  assert.equal(api.consts.parking.lotsPerPage.toNumber(), 64);
  const page = await api.query.parking.occupancyPages(0);
  assert.equal(page[7].occupied.toNumber(), 16 + 7);
});

test('a paced run offers at most --rate extrinsics a second', async () => {
  const report = await load('transfer', 60, ['--accounts', '6', '--rate', '30']);
  assertAllLanded(report, 60);
  assert.equal(report.offeredPerSecond, 30);
  // The last of 60 goes out 59/30 s after the first.
  assert.ok(report.submitSeconds >= 1.9, `submitted in ${report.submitSeconds} s`);
});

test('catalog requests: one pending request per agency and resource', async () => {
  const report = await load('catalog', 120, ['--accounts', '12', '--agencies', '4']);
  assertAllLanded(report, 120);
  const pending = await api.call.catalogApi.pendingRequests(0);
  assert.equal(pending.length, 120);
});
