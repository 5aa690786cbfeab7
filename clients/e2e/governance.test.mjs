// End-to-end: the Agency Council governs the agencies of a real 3-agency network. A motion
// needs two of the three admins; nothing else (a single admin, a stranger) can register,
// suspend or resume an agency. And an agency's accounts pay no fee for agency work, while
// a stranger pays for the same call.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devAccounts, submit, useNetwork } from './network.mjs';
import * as council from './council.mjs';

const TAX = 1 << 6;
const net = useNetwork({ count: 3, portBase: 22000 });
const [alice, bob, charlie, dave, stranger] =
  await devAccounts('Alice', 'Bob', 'Charlie', 'Dave', 'Alice//stash');

/** The fee `who` paid in an extrinsic's events (`TransactionFeePaid`), or undefined. */
function feePaid(api, result, who) {
  const paid = result.events.find((e) =>
    api.events.transactionPayment.TransactionFeePaid.is(e) && e.data.who.eq(who.address));
  return paid?.data.actualFee.toBigInt();
}

/** What `who`'s free balance changed by in the block that included `result`. */
async function balanceChange(api, result, who) {
  const header = await api.rpc.chain.getHeader(result.blockHash);
  const free = async (hash) =>
    (await (await api.at(hash)).query.system.account(who.address)).data.free.toBigInt();
  return (await free(result.blockHash)) - (await free(header.parentHash));
}

test('an agency pays no fee for its work; a stranger pays for the same call', async () => {
  const { api } = net;
  const newcomer = (await devAccounts('Civitas//fees//newcomer'))[0];

  // Alice, the health commission's admin, adds an operator: free.
  const added = await submit(api, api.tx.agencies.addOperator(newcomer.address), alice);
  assert.equal(added.error, null);
  assert.equal(feePaid(api, added, alice), undefined);
  assert.equal(await balanceChange(api, added, alice), 0n);

  // Dave, its operator, sends the admin's call: it is not his to send, so he pays, like anyone.
  const byOperator = await submit(api, api.tx.agencies.removeOperator(newcomer.address), dave);
  assert.equal(byOperator.error, 'agencies.NotAdmin');
  const operatorFee = feePaid(api, byOperator, dave);
  assert.ok(operatorFee > 0n, 'a call the signer\'s roles do not allow is not free');
  assert.equal(await balanceChange(api, byOperator, dave), -operatorFee);

  // A stranger's identical call is charged, and the balance drops by exactly the fee.
  const byStranger = await submit(api, api.tx.agencies.removeOperator(newcomer.address), stranger);
  assert.equal(byStranger.error, 'agencies.NotAdmin');
  const fee = feePaid(api, byStranger, stranger);
  assert.ok(fee > 0n, 'the stranger paid a fee');
  assert.equal(await balanceChange(api, byStranger, stranger), -fee);

  // What is not agency work costs an agency's operator the usual fee.
  const transfer = await submit(api, api.tx.balances.transferKeepAlive(stranger.address, 1_000_000n), dave);
  assert.equal(transfer.error, null);
  assert.ok(feePaid(api, transfer, dave) > 0n);
});

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

  // civitas_agencies lists every agency with its status, roles and admin, in pages.
  const listed = await net.network.rpc(0, 'civitas_agencies', []);
  assert.equal(listed.error, undefined);
  assert.deepEqual(listed.result.map((a) => [a.id, a.status]),
    [[0, 'Active'], [1, 'Active'], [2, 'Active'], [3, 'Suspended']]);
  assert.equal(listed.result[3].admin, dave.address);
  assert.deepEqual(listed.result[0].roleNames, ['HEALTH', 'DISEASE_CONTROL']);
  assert.equal(listed.result[0].roles, 12);
  assert.equal(listed.result[0].nodes.length, 1);
  assert.equal(listed.result[0].authorityOffence, null, 'no offence proven');
  const page = await net.network.rpc(0, 'civitas_agencies', [1, 2]);
  assert.deepEqual(page.result.map((a) => a.id), [1, 2]);
  const viaApi = await api.call.agenciesApi.agencies(3, 10);
  assert.deepEqual(viaApi.map((a) => [a.id.toNumber(), a.active.isTrue]), [[3, false]]);
  const tooMany = await net.network.rpc(0, 'civitas_agencies', [0, 1_001]);
  assert.equal(tooMany.error.code, -32602);
});
