// End-to-end: what one agency can no longer do to the others (docs/threat-model.md).
//
// Suspending one of three voting agencies: GRANDPA needs all three votes until the set
// change that removes the suspended agency's authority is final, so the others keep its node
// as a peer until then — finality never stops — and drop it once that change is final.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devAccounts, nodeIdOf, useNetwork, waitFor } from './network.mjs';
import * as council from './council.mjs';

// Sessions on the local chain last 20 blocks (1 minute); a set change shows within two.
const TWO_SESSIONS_MS = 2 * 60_000 + 30_000;
const net = useNetwork({ count: 3, portBase: 32000 });
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
