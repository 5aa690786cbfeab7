// End-to-end: the authority set follows the council. A fourth agency's node sets its
// session keys, the council registers the agency with that node, and within two sessions
// the node authors blocks and GRANDPA finalizes with four voters; suspended, it leaves the
// set at the next sessions and finality goes on with three.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { mnemonicGenerate } from '@polkadot/util-crypto';
import { auraSlot, devAccounts, submit, useNetwork, waitFor } from './network.mjs';
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

test('a council-approved agency node joins the authority set, then leaves it when suspended', async (t) => {
  const { network, api } = net;
  assert.equal((await api.query.aura.authorities()).length, 3);

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

  // The council registers the tax bureau with Dave's node as its authority, in one motion.
  const admin = new Keyring({ type: 'sr25519' }).addFromMnemonic(mnemonicGenerate());
  const join = api.tx.utility.batchAll([
    api.tx.agencies.registerAgency('Municipal Tax Bureau', TAX, admin.address, null),
    api.tx.agencies.setAuthority(3, dave.address),
  ]);
  const joined = await council.motion(api, join, alice, [alice, bob], charlie);
  assert.equal(council.executedError(api, joined), null);
  const joinedAt = (await api.rpc.chain.getHeader()).number.toNumber();

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
