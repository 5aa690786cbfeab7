// End-to-end: the network and the authority set follow the council. A fourth node, of no
// agency, cannot peer with the agencies' nodes; it sets its session keys, the council
// registers an agency with that node as its authority and network identity, the agencies'
// nodes let it in, and within two sessions it authors blocks and GRANDPA finalizes with four
// voters; suspended, it leaves the set at the next sessions and finality goes on with three.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { mnemonicGenerate } from '@polkadot/util-crypto';
import { auraSlot, devAccounts, nodeIdOf, submit, useNetwork, waitFor } from './network.mjs';
import * as council from './council.mjs';

const TAX = 1 << 6;
// Sessions on the local chain last 20 blocks (1 minute); a change shows within two.
const TWO_SESSIONS_MS = 2 * 60_000 + 30_000;
const NEW_NODE = 3;
// Four nodes; the fourth (Dave's) is no authority at genesis.
const net = useNetwork({ count: 4, portBase: 24000 });
const [alice, bob, charlie, dave] = await devAccounts('Alice', 'Bob', 'Charlie', 'Dave');

async function finalizedNumber() {
  const { api } = net;
  return (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
}

async function finalityAdvances(what) {
  const { api } = net;
  const from = await finalizedNumber();
  await waitFor(what, async () => (await finalizedNumber()) >= from + 3, { timeoutMs: 60_000 });
}

async function health(index) {
  const { result, error } = await net.network.rpc(index, 'system_health');
  if (error) throw new Error(JSON.stringify(error));
  return result;
}

async function bestNumber(index) {
  const { result } = await net.network.rpc(index, 'chain_getHeader');
  return parseInt(result.number, 16);
}

test('a council-approved agency node joins the authority set, then leaves it when suspended', async (t) => {
  const { network, api } = net;
  assert.equal((await api.query.aura.authorities()).length, 3);

  // A node of no agency: the agencies' nodes find each other and refuse it, so it never
  // leaves genesis, though node 0 has it as a bootnode and it has node 0 as its own.
  await waitFor('the three agency nodes peered', async () => (await health(0)).peers === 2);
  await waitFor('a few blocks', async () => (await bestNumber(0)) >= 4);
  assert.equal((await health(NEW_NODE)).peers, 0, 'the outsider has no peer');
  assert.equal(await bestNumber(NEW_NODE), 0, 'the outsider has not synced a block');
  const { result: peers } = await network.rpc(0, 'system_peers');
  assert.ok(!peers.some((peer) => peer.peerId === network.nodes[NEW_NODE].peerId));

  // The new node makes its own session keys and proves Dave's account owns them.
  const { result: generated, error } = await network.rpc(NEW_NODE, 'author_rotateKeysWithOwner', [u8aToHex(dave.publicKey)]);
  assert.equal(error, undefined, JSON.stringify(error));
  const setKeys = await submit(api, api.tx.session.setKeys(generated.keys, generated.proof), dave);
  assert.equal(setKeys.error, null);
  // The keys are Aura's (32 bytes) then GRANDPA's, in the order of the runtime's SessionKeys.
  const auraKey = generated.keys.slice(0, 66).toLowerCase();

  // A session-keys proof for another account is refused.
  const forged = await submit(api, api.tx.session.setKeys(generated.keys, generated.proof), bob);
  assert.notEqual(forged.error, null, 'keys proven for Dave cannot be set by Bob');

  // The council registers the tax bureau with Dave's node as its authority and as its
  // network identity, in one motion.
  const admin = new Keyring({ type: 'sr25519' }).addFromMnemonic(mnemonicGenerate());
  const nodeId = nodeIdOf(network.nodes[NEW_NODE].peerId);
  const join = api.tx.utility.batchAll([
    api.tx.agencies.registerAgency('Municipal Tax Bureau', TAX, admin.address, null),
    api.tx.agencies.setAuthority(3, dave.address),
    api.tx.agencies.setNodes(3, [nodeId]),
  ]);
  const joined = await council.motion(api, join, alice, [alice, bob], charlie);
  assert.equal(council.executedError(api, joined), null);
  const joinedAt = (await api.rpc.chain.getHeader()).number.toNumber();
  assert.ok((await api.call.agenciesApi.authorizedNodes()).map(String).includes(nodeId));

  // Now an agency's node, it is let in and catches up. The agencies' nodes open their
  // substreams to it while it is still dialling them; sc-network-sync backs off from a peer
  // whose first substream closed at once, for up to a minute, so allow two.
  const admitted = Date.now();
  await waitFor('the new node to sync past the motion', async () =>
    (await bestNumber(NEW_NODE)) >= joinedAt, { timeoutMs: 120_000, intervalMs: 1_000 });
  t.diagnostic(`the new node synced ${Math.round((Date.now() - admitted) / 1000)} s after the motion`);

  const authorities = await waitFor('the new node in the Aura authority set', async () => {
    const keys = (await api.query.aura.authorities()).map(String);
    return keys.includes(auraKey) && keys;
  }, { timeoutMs: TWO_SESSIONS_MS });
  t.diagnostic(`in the authority set ${(await api.rpc.chain.getHeader()).number.toNumber() - joinedAt} blocks after the motion`);
  assert.equal(authorities.length, 4);
  const index = authorities.indexOf(auraKey);

  await waitFor('a block authored by the new node', async () => {
    const header = await api.rpc.chain.getHeader();
    return Number(auraSlot(api, header) % 4n) === index;
  }, { timeoutMs: 60_000, intervalMs: 1_000 });
  await waitFor('GRANDPA with four voters', async () =>
    (await api.call.grandpaApi.grandpaAuthorities()).length === 4, { timeoutMs: TWO_SESSIONS_MS });
  await finalityAdvances('finality with four voters');

  // Suspended by the council (four admins now: three ayes make two thirds), it leaves.
  const suspended = await council.motion(api, api.tx.agencies.suspend(3), alice, [alice, bob, charlie], bob);
  assert.equal(council.executedError(api, suspended), null);
  await waitFor('the suspended node out of the Aura set', async () =>
    !(await api.query.aura.authorities()).map(String).includes(auraKey), { timeoutMs: TWO_SESSIONS_MS });
  await waitFor('GRANDPA back to three voters', async () =>
    (await api.call.grandpaApi.grandpaAuthorities()).length === 3, { timeoutMs: TWO_SESSIONS_MS });
  await finalityAdvances('finality with three voters');
});
