// End-to-end: the recipes of docs/operations.md, run one after another on one 3-node `local`
// network: rotate a node's session keys, back a node up and restore it, replace a lost admin
// key, upgrade the runtime, and — last, as it loses a node for good — restart a stalled
// finality.
//
// The upgrade: the council upgrades the runtime of the running network — no sudo, no
// restart. The new runtime is the upgrade rehearsal's (spec_version + 1, and one real
// migration: each agency record gains its node count), which scripts/test.sh builds beside the
// node's. A motion with one aye of three authorizes nothing; two of three authorize the code's
// hash; an account of no agency (Ferdie's stash) applies the code; the three nodes go on authoring and
// finalizing; the client sees the new version and the migrated data; a transaction signed for
// the old version is refused and one signed for the new version goes through.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex, mnemonicGenerate, xxhashAsHex } from '@polkadot/util-crypto';
import { auraSlot, devAccounts, submit, useNetwork, waitFor } from './network.mjs';
import * as council from './council.mjs';

const net = useNetwork({ count: 3, portBase: 12000 });
const [alice, bob, charlie, dave, ferdie, stranger] =
  await devAccounts('Alice', 'Bob', 'Charlie', 'Dave', 'Ferdie', 'Ferdie//stash');
const rehearsal = process.env.CIVITAS_REHEARSAL_RUNTIME;
const backupScript = fileURLToPath(new URL('../../scripts/node-backup.sh', import.meta.url));
// Sessions on `local` last 20 blocks (1 minute); a key change shows within two.
const TWO_SESSIONS_MS = 2 * 60_000 + 30_000;
// Charlie's node (the transport commission's), the one the recipes work on.
const NODE = 2;

/** The storage version a pallet holds on chain (its `:__STORAGE_VERSION__:` key), by raw RPC. */
async function storageVersion(network, pallet) {
  const key = xxhashAsHex(pallet, 128) + xxhashAsHex(':__STORAGE_VERSION__:', 128).slice(2);
  const { result } = await network.rpc(0, 'state_getStorage', [key]);
  assert.ok(result, `${pallet} has a storage version on chain`);
  return Buffer.from(result.slice(2), 'hex').readUInt16LE(0);
}

async function finalizedNumber(api) {
  return (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
}

/** Submit the signed `extrinsic` and resolve with the hash of the block that includes it. */
function inBlock(api, extrinsic, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`not in a block within ${timeoutMs} ms`));
    }, timeoutMs);
    api.rpc.author.submitAndWatchExtrinsic(extrinsic, (status) => {
      if (status.isInBlock || status.isDropped || status.isInvalid || status.isUsurped) {
        clearTimeout(timer);
        unsubscribe();
        if (status.isInBlock) resolve(status.asInBlock.toHex());
        else reject(new Error(`transaction ${status.type}`));
      }
    }).then((unsub) => { unsubscribe = unsub; }, (error) => { clearTimeout(timer); reject(error); });
  });
}

/** Wait until node 0 finalizes three blocks past what it has finalized now. */
async function finalityAdvances(api, what) {
  const from = await finalizedNumber(api);
  await waitFor(what, async () => (await finalizedNumber(api)) >= from + 3, { timeoutMs: 120_000 });
}

/** Wait for a block on node 0's best chain sealed in a slot of the authority at `index`. */
async function aBlockBy(api, index, what) {
  await waitFor(what, async () => {
    const header = await api.rpc.chain.getHeader();
    return Number(auraSlot(api, header) % 3n) === index;
  }, { timeoutMs: 60_000, intervalMs: 1_000 });
}

test('a node rotates its session keys: the new keys author and vote from the session after next', async () => {
  const { api, network } = net;
  const oldAura = u8aToHex(charlie.publicKey);
  assert.ok((await api.query.aura.authorities()).map(String).includes(oldAura));

  // The node makes new keys in its own keystore and proves Charlie's account owns them;
  // Charlie (the agency's validator account) sets them.
  const { result: generated, error } = await network.rpc(NODE, 'author_rotateKeysWithOwner', [oldAura]);
  assert.equal(error, undefined, JSON.stringify(error));
  const aura = generated.keys.slice(0, 66).toLowerCase();
  const grandpa = `0x${generated.keys.slice(66).toLowerCase()}`;
  const set = await submit(api, api.tx.session.setKeys(generated.keys, generated.proof), charlie);
  assert.equal(set.error, null);

  const authorities = await waitFor('the new Aura key in place of the old one', async () => {
    const keys = (await api.query.aura.authorities()).map(String);
    return keys.includes(aura) && !keys.includes(oldAura) && keys;
  }, { timeoutMs: TWO_SESSIONS_MS, intervalMs: 2_000 });
  await waitFor('the new GRANDPA key in the voter set', async () =>
    (await api.call.grandpaApi.grandpaAuthorities()).some(([id]) => id.toHex() === grandpa),
  { timeoutMs: TWO_SESSIONS_MS, intervalMs: 2_000 });
  // The node authors in the new key's slots, and finality (which needs all three of three
  // voters) goes on: the new GRANDPA key votes.
  await aBlockBy(api, authorities.indexOf(aura), 'a block sealed with the new Aura key');
  await finalityAdvances(api, 'finality with the new GRANDPA key');
});

test('a node backed up while stopped and restored from the archive rejoins, authors and votes', async () => {
  const { api, network } = net;
  const node = network.nodes[NODE];
  const archive = join(network.dir, `node${NODE}-backup.tar.gz`);
  const run = (...args) => execFileSync(backupScript, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  // A running node's database is never copied: the script refuses.
  assert.throws(() => run('backup', node.base, archive), /in use by a running process/);
  assert.ok(!existsSync(archive));

  await network.killNode(NODE, 'SIGTERM');
  run('backup', node.base, archive);
  rmSync(node.base, { recursive: true });

  // The archive is restored only into an empty place.
  const occupied = join(network.dir, 'occupied');
  mkdirSync(occupied);
  writeFileSync(join(occupied, 'something'), 'kept');
  assert.throws(() => run('restore', archive, occupied), /not empty/);
  assert.equal(readFileSync(join(occupied, 'something'), 'utf8'), 'kept');

  run('restore', archive, node.base);
  network.startNode(NODE);
  await waitFor('the restored node to answer RPC', () => network.rpc(NODE, 'system_health'));
  // It catches up from its peers, and with its restored keys it authors and votes again:
  // finality, which needs all three voters, moves on.
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  await waitFor('the restored node to catch up', async () => {
    const { result } = await network.rpc(NODE, 'chain_getHeader');
    return result && parseInt(result.number, 16) >= best;
  }, { timeoutMs: 120_000, intervalMs: 1_000 });
  await finalityAdvances(api, 'finality with the restored node voting');
  // While it was down, only the other two sealed blocks; a block in its slot now is its own.
  const others = [alice, bob].map((account) => u8aToHex(account.publicKey));
  const index = (await api.query.aura.authorities()).map(String).findIndex((key) => !others.includes(key));
  await aBlockBy(api, index, 'a block sealed by the restored node');
});

test('the council replaces a lost admin key; the new key manages the agency, the old one nothing', async () => {
  const { api } = net;
  const replacement = new Keyring({ type: 'sr25519' }).addFromMnemonic(mnemonicGenerate());
  const replaced = await council.motion(api, api.tx.agencies.replaceAdmin(NODE, replacement.address),
    alice, [alice, bob], bob);
  assert.equal(council.executedError(api, replaced), null);
  assert.ok(replaced.events.some((e) => api.events.agencies.AdminReplaced.is(e)));
  const members = (await api.query.council.members()).map(String);
  assert.ok(members.includes(replacement.address), 'the new key holds the council seat');
  assert.ok(!members.includes(charlie.address), 'the lost key holds no council seat');

  // The old key manages nothing (it pays for trying). The new one adds an operator for
  // free: it holds only the existential deposit, which any key needs to sign (an account
  // that does not exist has no nonce), and holds it still afterwards.
  const operator = new Keyring({ type: 'sr25519' }).addFromMnemonic(mnemonicGenerate());
  const refused = await submit(api, api.tx.agencies.addOperator(operator.address), charlie);
  assert.equal(refused.error, 'agencies.NotAdmin');
  const deposit = api.consts.balances.existentialDeposit.toBigInt();
  const funded = await submit(api, api.tx.balances.transferKeepAlive(replacement.address, deposit), alice);
  assert.equal(funded.error, null);
  const added = await submit(api, api.tx.agencies.addOperator(operator.address), replacement);
  assert.equal(added.error, null);
  assert.ok(added.events.some((e) => api.events.agencies.OperatorAdded.is(e)));
  assert.equal((await api.query.system.account(replacement.address)).data.free.toBigInt(), deposit);

  // The recipe ends where it began: the new admin hands the seat back to Charlie's key.
  const back = await submit(api, api.tx.agencies.setAdmin(charlie.address), replacement);
  assert.equal(back.error, null);
  assert.ok((await api.query.council.members()).map(String).includes(charlie.address));
});

test('the council upgrades a running network: the nodes go on, the state is migrated, old signatures are refused', async (t) => {
  const started = Date.now();
  const step = (what) => t.diagnostic(`${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.ok(rehearsal && existsSync(rehearsal),
    `the rehearsal runtime must be built (CIVITAS_REHEARSAL_RUNTIME=${rehearsal}; scripts/test.sh builds it)`);
  const { api, network } = net;
  const code = readFileSync(rehearsal);
  const codeHash = blake2AsHex(code, 256);
  const before = api.runtimeVersion.specVersion.toNumber();
  assert.equal(await storageVersion(network, 'Agencies'), 1);
  const authorize = api.tx.governance.enact(api.tx.system.authorizeUpgrade(codeHash));

  // One aye of three, two nays: the motion is disapproved and nothing is authorized.
  const weak = await council.propose(api, authorize, alice);
  await council.vote(api, weak, alice);
  for (const who of [bob, charlie]) {
    const nay = await submit(api, api.tx.council.vote(weak.hash, weak.index, false), who);
    assert.equal(nay.error, null);
  }
  const refused = await council.close(api, weak, charlie);
  assert.equal(refused.error, null);
  assert.ok(refused.events.some((e) => api.events.council.Disapproved.is(e)));
  assert.ok((await api.query.system.authorizedUpgrade()).isNone);

  step('weak motion refused');
  // Two of three: the code's hash is authorized (the code itself is in no motion).
  const passed = await council.motion(api, authorize, alice, [alice, bob], charlie);
  assert.equal(council.executedError(api, passed), null);
  assert.equal((await api.query.system.authorizedUpgrade()).unwrap().codeHash.toHex(), codeHash);

  step('authorized');
  // A transfer signed now, for the running version, and held back until after the upgrade.
  const nonce = (await api.rpc.system.accountNextIndex(dave.address)).toNumber();
  const stale = await api.tx.balances.transferKeepAlive(ferdie.address, 1_000_000n)
    .signAsync(dave, { nonce, era: 0 });

  step('stale signed');
  // An account of no agency and no council seat applies the code. Watched by its status
  // alone: @polkadot/api's signAndSend would read the block's events with the types of the
  // runtime the block's state holds — the new one, which did not write them.
  const apply = await api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)).signAsync(stranger);
  const applied = { blockHash: await inBlock(api, apply) };
  assert.ok((await api.query.system.authorizedUpgrade()).isNone, 'the authorization is used');
  const appliedIn = await api.rpc.chain.getHeader(applied.blockHash);
  const upgradedAt = appliedIn.number.toNumber();
  // The block that applied the code ran the old runtime, but its state holds the new code,
  // so a client that decodes its events by its hash takes the new runtime's types (and
  // fails). Read them with the old runtime's types: the parent block's.
  const old = await api.at(appliedIn.parentHash);
  const { result: raw } = await network.rpc(0, 'state_getStorage',
    [old.query.system.events.key(), applied.blockHash]);
  const events = old.registry.createType('Vec<FrameSystemEventRecord>', raw)
    .filter(({ phase }) => phase.isApplyExtrinsic).map(({ event }) => `${event.section}.${event.method}`);
  assert.ok(events.includes('system.CodeUpdated'), `the code was updated (events: ${events})`);
  assert.ok(!events.includes('system.ExtrinsicFailed'), `no extrinsic failed (events: ${events})`);

  step('applied');
  // Every node runs the new version and finalizes past the upgrade, without a restart. Each
  // node first compiles the new runtime (about 18 s of one core), all at once and beside the
  // other test file's network on CI's two cores: allow minutes (one CI run took over 120 s).
  await waitFor('the client to see the new version',
    async () => api.runtimeVersion.specVersion.toNumber() === before + 1, { timeoutMs: 120_000 });
  for (const index of [0, 1, 2]) {
    const nodeApi = await network.api(index);
    await waitFor(`node ${index} to finalize past the upgrade`,
      async () => (await finalizedNumber(nodeApi)) > upgradedAt + 3, { timeoutMs: 240_000 });
    assert.equal((await nodeApi.rpc.state.getRuntimeVersion()).specVersion.toNumber(), before + 1);
  }
  step('nodes finalized');
  // The block that applied the code holds the new code over unmigrated state: every node
  // read the agencies' nodes at its parent instead, and none shut out its peers (CI once saw
  // node 1 decode no agency there, refuse everyone, and finality stop for good). A node may
  // have seen it at a block of a fork that also carried the upgrade, not at the one kept.
  for (const index of [0, 1, 2]) {
    const log = readFileSync(network.nodes[index].log, 'utf8');
    assert.match(log, /block 0x[0-9a-f]{64} sets new code: its agencies are read at its parent/,
      `node ${index} read the upgrade block's agencies at its parent`);
    assert.ok(!log.includes('names no node now'), `node ${index} never shut out every peer`);
  }
  // All three authorities author under the new runtime: Aura's slots after the upgrade fall
  // to each of them.
  const authors = new Set();
  let hash = await api.rpc.chain.getFinalizedHead();
  for (;;) {
    const header = await api.rpc.chain.getHeader(hash);
    if (header.number.toNumber() <= upgradedAt) break;
    authors.add(auraSlot(api, header) % 3n);
    hash = header.parentHash;
  }
  await waitFor('a block by each authority after the upgrade', async () => {
    const header = await api.rpc.chain.getHeader();
    authors.add(auraSlot(api, header) % 3n);
    return authors.size === 3;
  }, { timeoutMs: 120_000 });

  step('authors seen');
  // The migration ran once, before the first block of the new runtime: every agency's record
  // now holds how many nodes it names (one each on `local`), and the pallet is at version 2.
  assert.equal(await storageVersion(network, 'Agencies'), 2);
  for (const id of [0, 1, 2]) {
    const agency = (await api.query.agencies.agencies(id)).unwrap();
    assert.equal(agency.namedNodes.toNumber(), 1, `agency ${id}'s node count`);
  }

  step('migrated data checked');
  // The transfer signed for the old version is refused (the spec version is part of what
  // was signed); the same transfer signed now goes through.
  await assert.rejects(api.rpc.author.submitExtrinsic(stale), /bad signature/i);
  const fresh = await submit(api, api.tx.balances.transferKeepAlive(ferdie.address, 1_000_000n), dave);
  assert.equal(fresh.error, null);
});

test('the council restarts a stalled finality: a lost voter is suspended and noteStalled forces the new set', async (t) => {
  const { api, network } = net;
  // Finality needs all three voters; Charlie's node is lost for good, and finality stops.
  // Blocks go on in two slots of three, so a session (20 blocks) now takes about 90 s.
  const STALLED_SESSIONS_MS = 2 * 90_000 + 60_000;
  await network.killNode(NODE);
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  await waitFor('blocks authored past the stall', async () =>
    (await api.rpc.chain.getHeader()).number.toNumber() >= best + 5, { timeoutMs: 120_000 });
  const stalledAt = await finalizedNumber(api);
  assert.ok(stalledAt < best + 5, 'finality stops without the third voter');

  // The council (two of three: the lost agency's admin need not vote) suspends the agency:
  // its authority leaves Aura's set at the sessions that follow, but GRANDPA's change to
  // the smaller set would need the stalled finality to take effect.
  const suspended = await council.motion(api, api.tx.agencies.suspend(NODE), alice, [alice, bob], bob);
  assert.equal(council.executedError(api, suspended), null);
  await waitFor('the lost authority out of the Aura set', async () =>
    (await api.query.aura.authorities()).length === 2, { timeoutMs: STALLED_SESSIONS_MS, intervalMs: 2_000 });
  assert.equal(await finalizedNumber(api), stalledAt, 'a standard set change waits for finality');

  // The council enacts grandpa.noteStalled: at the next session the new set is forced in,
  // five blocks after its announcement, from the last finalized block.
  const finalized = await finalizedNumber(api);
  const restart = api.tx.governance.enact(api.tx.grandpa.noteStalled(5, finalized));
  const enacted = await council.motion(api, restart, alice, [alice, bob], bob);
  assert.equal(council.executedError(api, enacted), null);
  const enactedAt = Date.now();
  await waitFor('finality to move again', async () =>
    (await finalizedNumber(api)) >= finalized + 5, { timeoutMs: STALLED_SESSIONS_MS, intervalMs: 2_000 });
  t.diagnostic(`finality moved again ${Math.round((Date.now() - enactedAt) / 1000)} s after the motion`);
  assert.equal((await api.call.grandpaApi.grandpaAuthorities()).length, 2);
  await finalityAdvances(api, 'finality with the two remaining voters');
});
