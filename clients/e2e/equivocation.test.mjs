// End-to-end: an authority that equivocates is reported and leaves the authority set. Four
// agencies, and Dave's agency runs its node twice (nodes 3 and 4 hold the same Aura and
// GRANDPA keys — a "hot standby" done wrong, or a stolen key): at each of Dave's slots both
// seal a block. The other nodes see two blocks of one slot by one authority, report it with
// both headers (pallet-aura-equivocation; GRANDPA's double votes are reported by its voter),
// and the runtime takes Dave's agency's authority out of the sets planned from then on and
// disables it for the sessions it is still in. Sessions last 20 blocks (a minute) here, so the set
// without Dave is active two boundaries later; then both of Dave's nodes are stopped and the
// three honest agencies finalize alone (3 of 3 voters).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNetwork, devAccounts, waitFor, writeAgencySpec } from './network.mjs';

const binary = process.env.CIVITAS_NODE;
const dir = mkdtempSync(join(tmpdir(), 'civitas-equivocation-'));
const PORT_BASE = 17000;
const DAVE = 3;
let network;

const finalized = async (index) => (await network.heights(index)).finalized;

before(async () => {
  const spec = writeAgencySpec({
    binary, dir, count: 4, portBase: PORT_BASE, id: 'civitas_equivocation', sessionLength: 20,
    nodesOf: (i) => (i === DAVE ? [3, 4] : [i]),
  });
  network = new LocalNetwork({
    binary, chain: spec, count: 5, portBase: PORT_BASE,
    seeds: ['Alice', 'Bob', 'Charlie', 'Dave', 'Dave'],
  });
  await network.start();
});

after(async () => {
  await network?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('an authority that seals two blocks for one slot is reported and leaves the set', async (t) => {
  const api = await network.api(0);
  const [dave] = await devAccounts('Dave');

  // Both of Dave's nodes seal a block at Dave's slots; a report lands.
  let offence;
  try {
    offence = await waitFor('an offence of Dave\'s agency to be proven on chain', async () => {
      const [view] = await api.call.agenciesApi.agencies(DAVE, 1);
      return view.authorityOffence.isSome ? view.authorityOffence.unwrap() : false;
    }, { timeoutMs: 180_000, intervalMs: 2_000 });
  } catch (error) {
    throw new Error(`${error.message}\nnode 0's log ends:\n${network.logTail(0, 20)}`);
  }
  const kind = Buffer.from(offence.kind.toU8a()).toString();
  t.diagnostic(`proven: ${kind} in session ${offence.session.toNumber()}, reported in block #${offence.reportedAt.toNumber()}`);
  assert.ok(['aura:equivocatio', 'grandpa:equivoca'].includes(kind), kind);

  // The block that proved it recorded it (pallet-offences) and said so (pallet-agencies).
  const proving = await api.rpc.chain.getBlockHash(offence.reportedAt);
  const events = (await (await api.at(proving)).query.system.events()).map(({ event }) => event);
  assert.ok(events.some((event) => api.events.offences.Offence.is(event)), 'offences.Offence');
  const suspended = events.find((event) => api.events.agencies.AuthorityOffence.is(event));
  assert.ok(suspended, 'agencies.AuthorityOffence');
  assert.equal(suspended.data.agency.toNumber(), DAVE);
  // The agency itself is untouched: still active, its admin still on the council.
  const [view] = await api.call.agenciesApi.agencies(DAVE, 1);
  assert.equal(view.active.isTrue, true);
  assert.ok((await api.query.council.members()).some((member) => member.eq(dave.address)));
  // Dave's authority is out of the next sets at once.
  assert.ok(!(await api.query.agencies.validators()).some((who) => who.eq(dave.address)));

  // Two session boundaries later the active set has no Dave: Aura's and GRANDPA's.
  await waitFor('a session without Dave', async () =>
    !(await api.query.session.validators()).some((who) => who.eq(dave.address)), { timeoutMs: 180_000, intervalMs: 2_000 });
  await waitFor('GRANDPA\'s set without Dave', async () =>
    (await api.call.grandpaApi.grandpaAuthorities()).length === 3, { timeoutMs: 120_000, intervalMs: 2_000 });
  assert.equal((await api.query.aura.authorities()).length, 3);

  // Without Dave's nodes the three finalize alone.
  await network.killNode(3);
  await network.killNode(4);
  const from = Math.max(...(await Promise.all([0, 1, 2].map(finalized))));
  try {
    await waitFor('the three honest agencies to finalize 4 more blocks', async () =>
      (await Promise.all([0, 1, 2].map(finalized))).every((number) => number >= from + 4), { timeoutMs: 120_000 });
  } catch (error) {
    throw new Error(`${error.message}\nnode 0's log ends:\n${network.logTail(0, 20)}`);
  }
});
