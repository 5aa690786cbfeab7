// End-to-end: a real 3-agency Civitas network on loopback, driven through @polkadot/api with
// no hand-written types (everything comes from the chain's metadata).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { mnemonicGenerate, cryptoWaitReady } from '@polkadot/util-crypto';
import { LocalNetwork, auraSlot, submit, waitFor } from './network.mjs';

const binary = process.env.CIVITAS_NODE;
const UNIT = 10n ** 12n;
// The names of the three agencies' keys in the `local` chain spec, in authority order.
const AUTHORITIES = ['Alice', 'Bob', 'Charlie'];

let network;
let keyring;
let failed = false;

before(async () => {
  assert.ok(binary && existsSync(binary), `CIVITAS_NODE must name the release binary (got ${binary})`);
  await cryptoWaitReady();
  keyring = new Keyring({ type: 'sr25519' });
  network = new LocalNetwork({ binary, count: 3 });
  await network.start();
});

after(async () => {
  if (network) {
    if (failed) {
      for (const node of network.nodes) {
        console.error(`--- last lines of node ${node.index} (${node.log})\n${network.logTail(node.index)}`);
      }
    }
    await network.stop({ keepFiles: failed });
  }
});

/** Mark the suite failed (so that `after` prints the node logs) and rethrow. */
async function guarded(body) {
  try {
    await body();
  } catch (error) {
    failed = true;
    throw error;
  }
}

/** The index, in the Aura authority set, of the authority that sealed `header`. */
function authorIndex(api, header, authorityCount) {
  return Number(auraSlot(api, header) % BigInt(authorityCount));
}

/** Follow new best blocks on `api` until `onHeader` returns true; rejects after `timeoutMs`. */
function followHeads(api, onHeader, timeoutMs) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => { unsubscribe(); reject(new Error(`no result within ${timeoutMs} ms`)); }, timeoutMs);
    api.rpc.chain.subscribeNewHeads((header) => {
      if (header.number.toNumber() === 0) return; // genesis is not authored
      try {
        if (onHeader(header)) {
          clearTimeout(timer);
          unsubscribe();
          resolve();
        }
      } catch (error) {
        clearTimeout(timer);
        unsubscribe();
        reject(error);
      }
    }).then((unsub) => { unsubscribe = unsub; }, reject);
  });
}

async function finalizedNumber(api) {
  const hash = await api.rpc.chain.getFinalizedHead();
  return (await api.rpc.chain.getHeader(hash)).number.toNumber();
}

test('all three authorities author blocks and the finalized head advances', () => guarded(async () => {
  const api = await network.api(0);
  assert.equal(api.runtimeVersion.specName.toString(), 'civitas');

  const authorities = (await api.query.aura.authorities()).map((key) => key.toString());
  // The session hands Aura its validators in account order.
  assert.deepEqual([...authorities].sort(),
    AUTHORITIES.map((name) => u8aToHex(keyring.addFromUri(`//${name}`).publicKey)).sort(),
    'the local chain has the three agencies as Aura authorities');
  assert.ok((await api.query.sudo.key()).isNone, 'the local chain has no sudo key');

  const finalizedAtStart = await finalizedNumber(api);
  const authors = new Set();
  await followHeads(api, (header) => {
    authors.add(authorIndex(api, header, authorities.length));
    return authors.size === authorities.length;
  }, 90_000);
  assert.deepEqual([...authors].sort(), [0, 1, 2]);

  await waitFor('the finalized head to advance by 2 blocks',
    async () => (await finalizedNumber(api)) >= finalizedAtStart + 2, { timeoutMs: 60_000 });
}));

test('a transfer submitted to node 2 is finalized and visible on node 3', () => guarded(async () => {
  const api2 = await network.api(1);
  const api3 = await network.api(2);
  const alice = keyring.addFromUri('//Alice');
  const recipient = keyring.addFromMnemonic(mnemonicGenerate());
  const amount = 25n * UNIT;

  const { blockHash: finalizedIn, events, error } = await submit(
    api2, api2.tx.balances.transferKeepAlive(recipient.address, amount), alice, { finalized: true });
  assert.equal(error, null);
  assert.ok(events.some((event) => api2.events.system.ExtrinsicSuccess.is(event)));

  // Node 3 sees the balance in the very block node 2 reported as finalized.
  const account = await waitFor('node 3 to import the finalized block', async () => {
    const finalizedOn3 = await finalizedNumber(api3);
    const header = await api2.rpc.chain.getHeader(finalizedIn);
    if (finalizedOn3 < header.number.toNumber()) return null;
    return (await api3.at(finalizedIn)).query.system.account(recipient.address);
  }, { timeoutMs: 60_000 });
  assert.equal(account.data.free.toBigInt(), amount);
}));

test('a node killed with SIGKILL restarts on its base path, catches up and authors again', () => guarded(async () => {
  const victim = 2;
  const api0 = await network.api(0);
  const authorities = (await api0.query.aura.authorities()).map((key) => key.toString());
  const victimAuthority = authorities.indexOf(
    u8aToHex(keyring.addFromUri(network.nodes[victim].seed).publicKey));
  assert.ok(victimAuthority >= 0, 'the victim node is an authority');

  await network.killNode(victim, 'SIGKILL');
  const bestAtKill = (await api0.rpc.chain.getHeader()).number.toNumber();
  // The other two agencies keep producing blocks while it is down.
  await waitFor('the chain to grow by 3 blocks without node 3',
    async () => (await api0.rpc.chain.getHeader()).number.toNumber() >= bestAtKill + 3,
    { timeoutMs: 60_000 });

  network.startNode(victim);
  await waitFor('the restarted node to answer RPC', () => network.rpc(victim, 'system_health'));
  const restartedApi = await network.api(victim);

  const bestOfOthers = (await api0.rpc.chain.getHeader()).number.toNumber();
  await waitFor('the restarted node to catch up', async () =>
    (await restartedApi.rpc.chain.getHeader()).number.toNumber() >= bestOfOthers,
  { timeoutMs: 90_000 });

  // It authors again: a new block, sealed in its slot, reaches the others.
  await followHeads(api0, (header) =>
    header.number.toNumber() > bestOfOthers
      && authorIndex(api0, header, authorities.length) === victimAuthority,
  90_000);

  // And finality, which needs all three voters of a three-agency set, resumes.
  const finalizedAfter = await finalizedNumber(api0);
  await waitFor('finality to resume', async () => (await finalizedNumber(api0)) > finalizedAfter,
    { timeoutMs: 60_000 });
}));

test('garbage sent to author_submitExtrinsic is refused and the chain goes on', () => guarded(async () => {
  const api = await network.api(0);
  // The node restarted by the previous test may still be reconnecting: start from a full set.
  await waitFor('node 0 to see both peers', async () =>
    (await network.rpc(0, 'system_health')).result.peers >= 2, { timeoutMs: 60_000 });
  const before = (await api.rpc.chain.getHeader()).number.toNumber();

  for (const garbage of ['0xdeadbeef', `0x${'ff'.repeat(200)}`, '0x', 'not hex at all']) {
    const response = await network.rpc(0, 'author_submitExtrinsic', [garbage]);
    assert.ok(response.error, `${garbage.slice(0, 20)}… must be refused, got ${JSON.stringify(response)}`);
    assert.equal(response.result, undefined);
    assert.equal(typeof response.error.message, 'string');
  }
  // Also through the WebSocket connection the client library uses.
  await assert.rejects(api._rpcCore.provider.send('author_submitExtrinsic', ['0x0400ff']));

  const health = await network.rpc(0, 'system_health');
  assert.ok(health.result.peers >= 2, `node 1 still has its peers: ${JSON.stringify(health.result)}`);
  await waitFor('two more blocks after the garbage',
    async () => (await api.rpc.chain.getHeader()).number.toNumber() >= before + 2,
    { timeoutMs: 30_000 });
}));

test('every node keeps its chain in ParityDB and serves Prometheus metrics', () => guarded(async () => {
  for (const node of network.nodes) {
    const databases = readdirSync(join(node.base, 'chains', network.chainId));
    assert.ok(databases.includes('paritydb'), `node ${node.index} has a ParityDB database: ${databases}`);
    assert.ok(!databases.includes('db'), `node ${node.index} has no RocksDB database`);

    const response = await fetch(`http://127.0.0.1:${node.prometheusPort}/metrics`);
    assert.equal(response.status, 200);
    const metrics = await response.text();
    const height = metrics.match(/^substrate_block_height\{status="finalized",chain="civitas_local"\} (\d+)$/m);
    assert.ok(height, `node ${node.index} reports its finalized height`);
    assert.ok(Number(height[1]) > 0, `node ${node.index} has finalized blocks: ${height[1]}`);
  }
}));
