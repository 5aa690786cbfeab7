// End-to-end: the single-authority dev chain authors a block in every 3-second slot and
// finalizes them; a node told to listen on a port in use stops instead of listening elsewhere.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { apiReference } from '../api-doc.mjs';
import { LocalNetwork, auraSlot, waitFor } from './network.mjs';

const BLOCK_TIME_MS = 3_000;
let network;

before(async () => {
  await cryptoWaitReady();
  network = new LocalNetwork({ binary: process.env.CIVITAS_NODE, chain: 'dev', count: 1, portBase: 21000 });
  await network.start();
});

after(async () => {
  await network?.stop();
});

test('the dev chain authors a block every 3 s and finalizes', async (t) => {
  const api = await network.api(0);
  assert.equal(api.consts.aura.slotDuration.toNumber(), BLOCK_TIME_MS);
  const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  assert.equal((await api.query.sudo.key()).unwrap().toString(), alice.address, 'Alice holds sudo on dev');

  // Six consecutive blocks after genesis: one per slot, their timestamps 3 s apart.
  const headers = [];
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('fewer than 6 blocks in 40 s')), 40_000);
    api.rpc.chain.subscribeNewHeads((header) => {
      if (header.number.toNumber() === 0) return; // genesis is not authored
      headers.push(header);
      if (headers.length === 6) { clearTimeout(timer); resolve(); }
    }).then((unsubscribe) => setTimeout(unsubscribe, 41_000), reject);
  });
  for (let i = 1; i < headers.length; i++) {
    assert.equal(headers[i].number.toNumber(), headers[i - 1].number.toNumber() + 1);
    assert.equal(auraSlot(api, headers[i]), auraSlot(api, headers[i - 1]) + 1n, 'a block in every slot');
  }
  const stamps = await Promise.all(headers.map(async (header) =>
    (await (await api.at(header.hash)).query.timestamp.now()).toNumber()));
  const gaps = stamps.slice(1).map((stamp, i) => stamp - stamps[i]);
  t.diagnostic(`block intervals (ms): ${gaps.join(', ')}`);
  for (const gap of gaps) {
    assert.ok(gap >= BLOCK_TIME_MS - 100 && gap <= BLOCK_TIME_MS + 500, `interval ${gap} ms is about 3 s`);
  }

  const last = headers.at(-1).number.toNumber();
  await waitFor(`block #${last} to be finalized`, async () => {
    const finalized = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
    return finalized.number.toNumber() >= last;
  }, { timeoutMs: 30_000 });
});

test('docs/api-generated.md is what the chain\'s metadata says', async () => {
  const api = await network.api(0);
  const committed = readFileSync(new URL('../../docs/api-generated.md', import.meta.url), 'utf8');
  // On a mismatch, scripts/api-doc.sh writes the file anew from a dev node.
  assert.equal(committed, apiReference(api), 'docs/api-generated.md is stale: run scripts/api-doc.sh');
});

test('a node told to listen where another already does stops and names the port, instead of listening elsewhere', async () => {
  // Node 0 of this network holds its ports; a second dev node is asked for each of them in
  // turn (its other ports any free one).
  const held = network.nodes[0];
  for (const [flag, port, named] of [
    ['--rpc-port', held.rpcPort, `127.0.0.1:${held.rpcPort} (--rpc-port)`],
    // IPv6 ([::]) or IPv4 (0.0.0.0), whichever the node checks first: node 0 holds both.
    ['--port', held.p2pPort, `:${held.p2pPort} (--port / --listen-addr)`],
    ['--prometheus-port', held.prometheusPort, `127.0.0.1:${held.prometheusPort} (--prometheus-port)`],
  ]) {
    const ports = { '--rpc-port': '0', '--port': '0', '--prometheus-port': '0', [flag]: `${port}` };
    const child = spawn(process.env.CIVITAS_NODE, ['--dev', '--tmp', '--no-telemetry', '--no-mdns',
      ...Object.entries(ports).flat()], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const [code, signal] = await once(child, 'exit');
    clearTimeout(timer);
    assert.equal(signal, null, `${flag}: the node did not stop on its own; it printed:\n${output.slice(-1500)}`);
    assert.notEqual(code, 0);
    assert.ok(output.includes(`${named} is in use`), `${flag}: ${output.slice(-1500)}`);
    assert.doesNotMatch(output, /Running JSON-RPC server|Prometheus exporter started/, `${flag}: it started`);
  }
  // The node that holds them still answers.
  assert.ok((await network.rpc(0, 'system_health')).result);
});
