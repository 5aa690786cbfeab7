// End-to-end: the Agency Council governs the agencies of a real 3-agency network. A motion
// needs two of the three admins; nothing else (a single admin, a stranger) can register,
// suspend or resume an agency.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devAccounts, submit, useNetwork } from './network.mjs';
import * as council from './council.mjs';

const TAX = 1 << 6;
const net = useNetwork({ count: 3, portBase: 22000 });
const [alice, bob, charlie, dave] = await devAccounts('Alice', 'Bob', 'Charlie', 'Dave');

test('the council registers an agency by a two-thirds motion; nobody else can', async () => {
  const { api } = net;
  assert.deepEqual((await api.query.council.members()).map(String).sort(),
    [alice, bob, charlie].map((p) => p.address).sort(), 'the council is the three admins');

  const register = api.tx.agencies.registerAgency('Municipal Tax Bureau', TAX, dave.address, null);

  // One agency's admin alone is not the council.
  const direct = await submit(api, register, alice);
  assert.equal(direct.error, 'BadOrigin');
  // A stranger cannot even propose.
  const stranger = await submit(api, api.tx.council.propose(2, register, register.method.encodedLength), dave);
  assert.equal(stranger.error, 'council.NotMember');
  // One aye of three is not enough: the motion cannot close yet.
  const proposal = await council.propose(api, register, alice);
  await council.vote(api, proposal, alice);
  assert.equal((await council.close(api, proposal, charlie)).error, 'council.TooEarly');
  assert.equal((await api.query.agencies.nextAgencyId()).toNumber(), 3, 'nothing was registered');

  // A second admin's aye makes two thirds.
  await council.vote(api, proposal, bob);
  const closed = await council.close(api, proposal, charlie);
  assert.equal(closed.error, null);
  assert.equal(council.executedError(api, closed), null, 'the motion executed');
  const registered = closed.events.find((e) => api.events.agencies.AgencyRegistered.is(e));
  assert.ok(registered, 'the agency was registered');

  const agency = (await api.query.agencies.agencies(3)).unwrap();
  assert.equal(agency.name.toUtf8(), 'Municipal Tax Bureau');
  assert.equal(agency.roles.toNumber(), TAX);
  assert.equal(agency.admin.toString(), dave.address);
  assert.ok(agency.status.isActive);
  assert.ok((await api.query.council.members()).map(String).includes(dave.address),
    'the new admin sits on the council');
});

test('the council suspends an agency, whose admin leaves the council', async () => {
  const { api } = net;
  // Four admins now: two thirds is three ayes.
  const suspended = await council.motion(api, api.tx.agencies.suspend(3), alice, [alice, bob, charlie], bob);
  assert.equal(council.executedError(api, suspended), null);
  assert.ok(suspended.events.some((e) => api.events.agencies.AgencySuspended.is(e)));
  assert.ok((await api.query.agencies.agencies(3)).unwrap().status.isSuspended);
  assert.ok(!(await api.query.council.members()).map(String).includes(dave.address));

  // Suspending it again is a named error, carried out by the council and reported back.
  const again = await council.motion(api, api.tx.agencies.suspend(3), alice, [alice, bob], charlie);
  assert.equal(council.executedError(api, again), 'agencies.AlreadySuspended');
});
