// End-to-end: a flat changes hands on a real 3-agency network, through @polkadot/api and the
// civitas_ RPC. The council adds a civil-affairs bureau, a tax bureau and a bank; the
// planning commission (agency 1: LAND_REGISTRY) registers a flat owned by two citizens; the
// bank registers a mortgage; one owner sells to a third citizen, the other owner and the
// buyer approve, the tax bureau confirms, and the registry's finalisation is refused while
// the mortgage stands; the bank releases it and the registry finalises.
// `civitas_propertiesOf` and `civitas_titleHistory` show the new owner and every step.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { devAccounts, submit, useNetwork } from './network.mjs';
import { commitment, hashOf } from './citizens.mjs';
import * as council from './council.mjs';

const CIVIL_AFFAIRS = 1 << 0;
const TAX = 1 << 6;
const FINANCE = 1 << 8;
const PLANNING_AGENCY = 1;
const UNIT = 10n ** 12n;

const net = useNetwork({ count: 3, portBase: 27000 });
// Admins Alice, Bob, Charlie; Eve operates for the planning commission (the land registry),
// Ferdie for transport. Stash accounts run the new agencies; three fresh accounts are the
// citizens' own.
const [alice, bob, charlie, registry, ferdie, bureauAdmin, registrar, taxAdmin, taxOfficer, bankAdmin, banker,
  wangKey, liKey, zhangKey] =
  await devAccounts('Alice', 'Bob', 'Charlie', 'Eve', 'Ferdie', 'Alice//stash', 'Bob//stash', 'Charlie//stash',
    'Dave//stash', 'Eve//stash', 'Ferdie//stash', 'Wang', 'Li', 'Zhang');

const salt = blake2AsU8a(stringToU8a('salt kept by the civil-affairs bureau'), 256);
const wang = commitment('110105197806150021', salt);
const li = commitment('110105198011020035', salt);
const zhang = commitment('110108199210300048', salt);

async function rpc(method, params = []) {
  const answer = await net.network.rpc(0, method, params);
  if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
  return answer.result;
}

test('a mortgaged flat is sold: refused while the mortgage stands, finalised after release', async () => {
  const { api } = net;

  // Set-up: three new agencies by one motion; their admins name operators; the citizens
  // get accounts with funds (citizens pay their own fees) and are registered.
  const setup = api.tx.utility.batchAll([
    api.tx.agencies.registerAgency('Municipal Civil Affairs Bureau', CIVIL_AFFAIRS, bureauAdmin.address, null),
    api.tx.agencies.registerAgency('Municipal Tax Bureau', TAX, taxAdmin.address, null),
    api.tx.agencies.registerAgency('Bank of the City', FINANCE, bankAdmin.address, null),
  ]);
  const closed = await council.motion(api, setup, alice, [alice, bob], charlie);
  assert.equal(council.executedError(api, closed), null);
  const bank = (await api.query.agencies.nextAgencyId()).toNumber() - 1;
  const results = await Promise.all([
    submit(api, api.tx.agencies.addOperator(registrar.address), bureauAdmin),
    submit(api, api.tx.agencies.addOperator(taxOfficer.address), taxAdmin),
    submit(api, api.tx.agencies.addOperator(banker.address), bankAdmin),
    submit(api, api.tx.utility.batchAll([wangKey, liKey, zhangKey].map(
      (key) => api.tx.balances.transferKeepAlive(key.address, 10n * UNIT))), ferdie),
  ]);
  for (const result of results) assert.equal(result.error, null);
  const registered = await submit(api, api.tx.utility.batchAll([
    api.tx.citizens.registerCitizen(wang, wangKey.address),
    api.tx.citizens.registerCitizen(li, liKey.address),
    api.tx.citizens.registerCitizen(zhang, zhangKey.address),
  ]), registrar);
  assert.equal(registered.error, null);
  const accepted = await Promise.all([[wang, wangKey], [li, liKey], [zhang, zhangKey]]
    .map(([who, key]) => submit(api, api.tx.citizens.acceptLink(who), key)));
  for (const result of accepted) assert.equal(result.error, null);

  // The registry registers the flat, owned by Wang and Li in halves.
  const badShares = await submit(api, api.tx.property.registerProperty('110105-0042-0301', 5, 89, 'Residential',
    [{ owner: { Citizen: wang }, ppm: 500_000 }, { owner: { Citizen: li }, ppm: 400_000 }], hashOf('title deed')),
  registry);
  assert.equal(badShares.error, 'property.SharesNotWhole');
  const flat = await submit(api, api.tx.property.registerProperty('110105-0042-0301', 5, 89, 'Residential',
    [{ owner: { Citizen: wang }, ppm: 500_000 }, { owner: { Citizen: li }, ppm: 500_000 }], hashOf('title deed')),
  registry);
  assert.equal(flat.error, null);
  const id = flat.events.find((e) => api.events.property.PropertyRegistered.is(e)).data.id.toNumber();
  assert.deepEqual(await rpc('civitas_propertiesOf', [wang]), [id]);
  assert.deepEqual(await rpc('civitas_propertiesOf', [li]), [id]);

  // The bank registers its mortgage.
  const mortgaged = await submit(api, api.tx.property.encumber(id, 'Mortgage', hashOf('mortgage deed')), banker);
  assert.equal(mortgaged.error, null);
  const mortgage = mortgaged.events.find((e) => api.events.property.Encumbered.is(e)).data.encumbrance.toNumber();
  const before = await rpc('civitas_property', [id]);
  assert.equal(before.encumbrances.length, 1);
  assert.equal(before.encumbrances[0].kind, 'Mortgage');
  assert.equal(before.encumbrances[0].holder, bank);

  // Wang sells to Zhang; Li and Zhang approve; the tax bureau confirms.
  const stranger = await submit(api, api.tx.property.initiateTransfer(id,
    [{ owner: { Citizen: zhang }, ppm: 1_000_000 }], hashOf('sale contract')), zhangKey);
  assert.equal(stranger.error, 'property.NotAnOwner');
  const initiated = await submit(api, api.tx.property.initiateTransfer(id,
    [{ owner: { Citizen: zhang }, ppm: 1_000_000 }], hashOf('sale contract')), wangKey);
  assert.equal(initiated.error, null);
  const transfer = initiated.events.find((e) => api.events.property.TransferInitiated.is(e)).data.transfer.toNumber();
  const early = await submit(api, api.tx.property.confirmTax(transfer), taxOfficer);
  assert.equal(early.error, 'property.ApprovalsPending');
  for (const key of [liKey, zhangKey]) {
    assert.equal((await submit(api, api.tx.property.approveTransfer(transfer), key)).error, null);
  }
  const twice = await submit(api, api.tx.property.approveTransfer(transfer), zhangKey);
  assert.equal(twice.error, 'property.AlreadyApproved');
  const beforeTax = await submit(api, api.tx.property.finalizeTransfer(transfer, hashOf('new title deed')), registry);
  assert.equal(beforeTax.error, 'property.TaxNotConfirmed');
  assert.equal((await submit(api, api.tx.property.confirmTax(transfer), taxOfficer)).error, null);

  // The mortgage blocks finalisation; nothing changes.
  const blocked = await submit(api, api.tx.property.finalizeTransfer(transfer, hashOf('new title deed')), registry);
  assert.equal(blocked.error, 'property.Encumbered');
  assert.deepEqual(await rpc('civitas_propertiesOf', [wang]), [id]);
  assert.equal((await rpc('civitas_transfer', [transfer])).status, 'Open');

  // The bank releases; the registry finalises.
  assert.equal((await submit(api, api.tx.property.release(mortgage), banker)).error, null);
  const done = await submit(api, api.tx.property.finalizeTransfer(transfer, hashOf('new title deed')), registry);
  assert.equal(done.error, null);
  assert.ok(!done.events.some((e) => api.events.transactionPayment.TransactionFeePaid.is(e)),
    'the registry\'s work is free');

  assert.deepEqual(await rpc('civitas_propertiesOf', [zhang]), [id]);
  assert.deepEqual(await rpc('civitas_propertiesOf', [{ citizen: wang }]), []);
  assert.deepEqual(await rpc('civitas_propertiesOf', [li]), []);
  const after = await rpc('civitas_property', [id]);
  assert.deepEqual(after.owners, [{ owner: { citizen: zhang }, ppm: 1_000_000 }]);
  assert.equal(after.titleHash, hashOf('new title deed'));
  assert.equal(after.parcelRef, '110105-0042-0301');
  assert.deepEqual(after.encumbrances, []);
  assert.equal(after.openTransfer, null);
  const viaApi = (await api.call.propertyApi.propertiesOf({ Citizen: zhang }, 0, 1_000)).map((n) => n.toNumber());
  assert.deepEqual(viaApi, [id]);
  assert.deepEqual(await rpc('civitas_propertiesOf', [zhang, id + 1]), []);

  const history = await rpc('civitas_titleHistory', [id]);
  assert.deepEqual(history.map((s) => s.step), [
    'Registered', 'Encumbered', 'TransferInitiated', 'TransferApproved', 'TransferApproved',
    'TaxConfirmed', 'Released', 'TransferFinalized',
  ]);
  assert.deepEqual(history.map((s) => s.seq), [0, 1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(history[0].owners.map((s) => s.owner.citizen), [wang, li]);
  assert.deepEqual(history[1], { ...history[1], kind: 'Mortgage', agency: bank, encumbrance: mortgage });
  assert.deepEqual(history[2].party, { citizen: wang });
  assert.deepEqual([history[3].party, history[4].party].map((p) => p.citizen).sort(), [li, zhang].sort());
  assert.equal(history[7].agency, PLANNING_AGENCY);
  assert.deepEqual(history[7].owners, [{ owner: { citizen: zhang }, ppm: 1_000_000 }]);
  for (let i = 1; i < history.length; i++) assert.ok(history[i].at >= history[i - 1].at, 'in order');
  const page = await rpc('civitas_titleHistory', [id, 3, 2]);
  assert.deepEqual(page.map((s) => s.step), ['TransferApproved', 'TransferApproved']);
  assert.deepEqual(page.map((s) => s.seq), [3, 4]);
  assert.deepEqual(await rpc('civitas_titleHistory', [id, 8]), []);
});

test('the property RPC says what was wrong', async () => {
  const missing = await net.network.rpc(0, 'civitas_property', [123456]);
  assert.equal(missing.error.code, -32602);
  assert.match(missing.error.message, /no property has id 123456/);
  const badOwner = await net.network.rpc(0, 'civitas_propertiesOf', [{ bank: 1 }]);
  assert.equal(badOwner.error.code, -32602);
  const noHistory = await net.network.rpc(0, 'civitas_titleHistory', [123456]);
  assert.equal(noHistory.error.code, -32602);
  const tooMany = await net.network.rpc(0, 'civitas_titleHistory', [0, 0, 1_001]);
  assert.equal(tooMany.error.code, -32602);
  assert.match(tooMany.error.message, /limit 1001 is above the maximum page of 1000/);
});
