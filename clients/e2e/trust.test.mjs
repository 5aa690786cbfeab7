// End-to-end: what one agency can no longer do to the others (docs/threat-model.md).
//
// Suspending one of three voting agencies: GRANDPA needs all three votes until the set
// change that removes the suspended agency's authority is final, so the others keep its node
// as a peer until then — finality never stops — and drop it once that change is final.
//
// A stranger: a fourth node of no agency, started with the first agency's node as its
// bootnode (its address known), stays at block 0 with no peer and no state beyond genesis for
// the whole run — minutes, more than the 60 s the issue asks for.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devAccounts, nodeIdOf, useNetwork, waitFor } from './network.mjs';
import * as council from './council.mjs';

// Sessions on the local chain last 20 blocks (1 minute); a set change shows within two.
const TWO_SESSIONS_MS = 2 * 60_000 + 30_000;
// Nodes 0-2 are the agencies' authorities; node 3 (Dave's keys) is the stranger.
const net = useNetwork({ count: 4, portBase: 11000 });
const STRANGER = 3;
const startedAt = Date.now();
const [alice, bob] = await devAccounts('Alice', 'Bob');

async function finalizedNumber() {
  const { api } = net;
  return (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
}

async function finalityAdvances(what) {
  const from = await finalizedNumber();
  await waitFor(what, async () => (await finalizedNumber()) >= from + 3, { timeoutMs: 60_000 });
}

async function peersOfNode0() {
  const { result, error } = await net.network.rpc(0, 'system_peers');
  if (error) throw new Error(JSON.stringify(error));
  return result.map((peer) => peer.peerId);
}

test('suspending one of three voting agencies keeps finality going; its node leaves once the set change is final', async () => {
  const { network, api } = net;
  const charlieNode = network.nodes[2].peerId;
  const charlieId = nodeIdOf(charlieNode);
  await waitFor('the three nodes peered', async () => (await peersOfNode0()).length === 2);
  assert.equal((await api.call.grandpaApi.grandpaAuthorities()).length, 3);

  const suspended = await council.motion(api, api.tx.agencies.suspend(2), alice, [alice, bob], alice);
  assert.equal(council.executedError(api, suspended), null);
  // At once: still named (its authority votes this session and is queued for the next),
  // still a peer, and finality goes on with all three votes.
  assert.ok((await api.call.agenciesApi.authorizedNodes()).map(String).includes(charlieId));
  await finalityAdvances('finality right after the suspension');
  assert.ok((await peersOfNode0()).includes(charlieNode), 'the suspended agency\'s node is still a peer');

  // Two sessions on, GRANDPA has two voters; once that change is final the node is no
  // longer named at the finalized block and the others drop it.
  await waitFor('GRANDPA down to two voters', async () =>
    (await api.call.grandpaApi.grandpaAuthorities()).length === 2, { timeoutMs: TWO_SESSIONS_MS });
  await waitFor('the suspended agency\'s node dropped by node 0', async () =>
    !(await peersOfNode0()).includes(charlieNode), { timeoutMs: 60_000 });
  const atFinalized = await api.at(await api.rpc.chain.getFinalizedHead());
  const named = (await atFinalized.call.agenciesApi.authorizedNodes()).map(String);
  assert.ok(!named.includes(charlieId), 'the finalized block no longer names it');
  await finalityAdvances('finality with two voters, after the node left');
});

test('a stranger node pointed at an agency node gets neither blocks nor state', async () => {
  const { network, api } = net;
  const stranger = network.nodes[STRANGER].peerId;
  assert.ok(Date.now() - startedAt >= 60_000, 'the stranger has been up for over a minute');
  const rpc = async (method, params) => {
    const { result, error } = await network.rpc(STRANGER, method, params);
    if (error) throw new Error(JSON.stringify(error));
    return result;
  };
  assert.equal((await rpc('system_health')).peers, 0, 'no agency node let the stranger in');
  assert.equal(parseInt((await rpc('chain_getHeader')).number, 16), 0, 'still at block 0');
  assert.equal(await rpc('chain_getBlockHash', [1]), null, 'it has not even block 1');
  // Its state is the genesis state: the agencies' chain moved on.
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  assert.ok(best > 20, `the agencies are at block ${best}`);
  const key = api.query.system.number.key();
  const genesis = (await api.rpc.chain.getBlockHash(0)).toHex();
  const { result: atGenesis } = await network.rpc(0, 'state_getStorage', [key, genesis]);
  const { result: now } = await network.rpc(0, 'state_getStorage', [key]);
  assert.notEqual(now, atGenesis, 'the agencies\' state moved on');
  assert.equal(await rpc('state_getStorage', [key]), atGenesis, 'the stranger has the genesis state only');
  for (const index of [0, 1]) {
    const { result } = await network.rpc(index, 'system_peers');
    assert.ok(!result.some((peer) => peer.peerId === stranger), `node ${index} has no stranger`);
  }
});
