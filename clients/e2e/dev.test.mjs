// End-to-end: the single-authority dev chain authors a block in every 3-second slot and
// finalizes them.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
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
