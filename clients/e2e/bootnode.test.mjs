// End-to-end: losing one node never isolates the others. A `Live` chain spec from
// scripts/chain-spec.py for four agencies in which only node 0 has an address — one boot node,
// as a network whose other nodes joined later would have; node 0 is given no boot node, the
// others only node 0. A `Live` node neither discovers peers on its local network nor accepts
// private addresses learnt from others, so the other three know only node 0: killed, it
// leaves them at `Idle (0 peers)` and the chain stops (tried: finality stayed at #3 for two
// minutes). Here each agency's admin publishes its node's address on chain
// (`agencies.setNodeAddresses`); every node reads the addresses from the chain and dials them,
// so the three find each other, and keep finalizing when node 0 dies.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNetwork, devAccounts, nodeIdOf, submit, waitFor, writeAgencySpec } from './network.mjs';

const binary = process.env.CIVITAS_NODE;
const dir = mkdtempSync(join(tmpdir(), 'civitas-bootnode-'));
const PORT_BASE = 14000;
const SEEDS = ['Alice', 'Bob', 'Charlie', 'Dave'];
let network;

/** A node's finalized block number, from its own RPC. */
const finalized = async (index) => (await network.heights(index)).finalized;

before(async () => {
  // Four agencies whose keys are the well-known ones LocalNetwork inserts; only node 0's
  // loopback address is in the spec.
  const spec = writeAgencySpec({ binary, dir, count: 4, portBase: PORT_BASE, addresses: 'first', id: 'civitas_bootnode' });
  // Wired as local-net.sh once did: node 0 dials no one, the others only node 0.
  network = new LocalNetwork({ binary, chain: spec, count: 4, portBase: PORT_BASE, firstKnowsNone: true });
  await network.start();
});

after(async () => {
  await network?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('nodes found through the chain keep finalizing after the only boot node dies', async () => {
  assert.equal((await network.rpc(1, 'system_chainType')).result, 'Live');
  const spec = JSON.parse(readFileSync(join(dir, 'spec.json'), 'utf8'));
  assert.equal(spec.bootNodes.length, 1, 'the spec names one boot node');
  // All four author and finalize (the others through node 0).
  await waitFor('finality past block 3 on every node', async () =>
    (await Promise.all([0, 1, 2, 3].map(finalized))).every((number) => number >= 3), { timeoutMs: 180_000 });
  for (const index of [1, 2, 3]) {
    const health = (await network.rpc(index, 'system_health')).result;
    assert.equal(health.peers, 1, `node ${index} knows only node 0 before the chain tells it more`);
  }

  // Each admin publishes where its agency's node listens. Only a node's own admin may: Bob
  // cannot file an address under Charlie's node.
  const api = await network.api(1);
  const admins = await devAccounts(...SEEDS);
  const address = (i) => `/ip4/127.0.0.1/tcp/${PORT_BASE + 333 + i}`;
  const nodeId = (i) => nodeIdOf(network.nodes[i].peerId);
  const stolen = await submit(api, api.tx.agencies.setNodeAddresses(nodeId(2), [address(1)]), admins[1]);
  assert.equal(stolen.error, 'agencies.NotAgencyNode');
  const bad = await submit(api, api.tx.agencies.setNodeAddresses(nodeId(1), [`${address(1)}/p2p/${network.nodes[1].peerId}`]), admins[1]);
  assert.equal(bad.error, 'agencies.BadNodeAddress');
  const published = await Promise.all([1, 2, 3].map((i) =>
    submit(api, api.tx.agencies.setNodeAddresses(nodeId(i), [address(i)]), admins[i])));
  for (const { error } of published) assert.equal(error, null);
  // The runtime API the nodes read answers with them.
  const book = await api.call.agenciesApi.nodeAddresses();
  assert.deepEqual(
    book.map(([node, list]) => [node.toHex(), list.map((bytes) => Buffer.from(bytes).toString())]).sort(),
    [1, 2, 3].map((i) => [nodeId(i), [address(i)]]).sort());

  // Every node dials the others at those addresses.
  try {
    await waitFor('nodes 1 to 3 to reach each other', async () =>
      (await Promise.all([1, 2, 3].map((index) => network.rpc(index, 'system_health'))))
        .every(({ result }) => result.peers === 3), { timeoutMs: 60_000 });
  } catch (error) {
    throw new Error(`${error.message}\nnode 1's log ends:\n${network.logTail(1, 15)}`);
  }

  await network.killNode(0);
  const before = Math.max(...(await Promise.all([1, 2, 3].map(finalized))));
  // Three of four authorities: more than two thirds, so GRANDPA finalizes.
  try {
    await waitFor('the three to finalize 5 more blocks without node 0', async () =>
      (await Promise.all([1, 2, 3].map(finalized))).every((number) => number >= before + 5), { timeoutMs: 120_000 });
  } catch (error) {
    throw new Error(`${error.message}\nnode 1's log ends:\n${network.logTail(1, 15)}`);
  }
  for (const index of [1, 2, 3]) {
    const health = (await network.rpc(index, 'system_health')).result;
    assert.equal(health.peers, 2, `node ${index} has ${health.peers} peers`);
  }
});
