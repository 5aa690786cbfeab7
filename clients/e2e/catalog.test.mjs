// End-to-end: data sharing through the catalog on a real 3-agency network, through
// @polkadot/api and the civitas_ RPC. The health commission (agency 0, operator Dave)
// publishes a sensitive dataset; the transport bureau (agency 2, operator Ferdie) asks for it
// with a justification; the health commission approves; two deliveries are recorded and
// each confirmed; once the grant has expired a third delivery is refused; `civitas_trail`
// shows every step in order, each signed by the right operator.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devAccounts, submit, useNetwork, waitFor } from './network.mjs';
import { hashOf } from './citizens.mjs';

const HEALTH_AGENCY = 0;
const PLANNING_AGENCY = 1;
const TRANSPORT_AGENCY = 2;
const TRAFFIC_PLANNING = 7;
// 30 blocks (90 s): long enough for two deliveries and their receipts, short enough to
// watch the grant expire.
const DURATION = 30;

const net = useNetwork({ count: 3, portBase: 30000 });
const [dave, eve, ferdie, stranger] = await devAccounts('Dave', 'Eve', 'Ferdie', 'Alice//stash');

async function rpc(method, params = []) {
  const answer = await net.network.rpc(0, method, params);
  if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
  return answer.result;
}

function eventOf(api, result, name) {
  const event = result.events.find((e) => api.events.catalog[name].is(e));
  assert.ok(event, `a catalog.${name} event`);
  return event.data;
}

async function bestNumber(api) {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

test('a sensitive dataset is shared, delivered twice with receipts, and refused after expiry', async () => {
  const { api } = net;
  assert.equal(api.consts.catalog.maxTrail.toNumber(), 10_000, 'limits come from the metadata');

  // The health commission publishes its daily case counts.
  const published = await submit(api, api.tx.catalog.publishResource('Daily case counts by district',
    'health.epidemic', hashOf('case-count schema v1'), 'Sensitive', 'City'), dave);
  assert.equal(published.error, null);
  assert.ok(!published.events.some((e) => api.events.transactionPayment.TransactionFeePaid.is(e)),
    'publishing is agency work, free for its operator');
  const resource = eventOf(api, published, 'ResourcePublished').resource.toNumber();
  const listed = (await rpc('civitas_resources', [HEALTH_AGENCY])).find((r) => r.id === resource);
  assert.deepEqual(listed, {
    ...listed, owner: HEALTH_AGENCY, title: 'Daily case counts by district', category: 'health.epidemic',
    schemaHash: hashOf('case-count schema v1'), sensitivity: 'Sensitive', level: 'City', version: 1,
    retiredAt: null, activeGrants: 0,
  });

  // Refusals that change nothing: no justification for a sensitive resource, asking for
  // one's own resource, a stranger asking.
  const unjustified = await submit(api,
    api.tx.catalog.requestAccess(resource, TRAFFIC_PLANNING, new Uint8Array(32), DURATION), ferdie);
  assert.equal(unjustified.error, 'catalog.MissingJustification');
  const own = await submit(api,
    api.tx.catalog.requestAccess(resource, TRAFFIC_PLANNING, hashOf('why'), DURATION), dave);
  assert.equal(own.error, 'catalog.OwnResource');
  const outsider = await submit(api,
    api.tx.catalog.requestAccess(resource, TRAFFIC_PLANNING, hashOf('why'), DURATION), stranger);
  assert.equal(outsider.error, 'agencies.NotOperator');

  // The transport bureau asks, with the hash of its written justification.
  const requested = await submit(api, api.tx.catalog.requestAccess(resource, TRAFFIC_PLANNING,
    hashOf('memo: congestion model needs case counts'), DURATION), ferdie);
  assert.equal(requested.error, null);
  const request = eventOf(api, requested, 'AccessRequested').request.toNumber();
  const pending = await rpc('civitas_pendingRequests', [HEALTH_AGENCY]);
  assert.deepEqual(pending.map((r) => [r.id, r.resource, r.requester, r.requestedBy, r.duration]),
    [[request, resource, TRANSPORT_AGENCY, ferdie.address, DURATION]]);

  // Only the owner decides: the transport bureau and the planning commission cannot approve.
  for (const signer of [ferdie, eve]) {
    const refused = await submit(api, api.tx.catalog.approveRequest(request), signer);
    assert.equal(refused.error, 'catalog.NotOwner');
  }
  const approved = await submit(api, api.tx.catalog.approveRequest(request), dave);
  assert.equal(approved.error, null);
  const granted = eventOf(api, approved, 'AccessGranted');
  const grant = granted.grant.toNumber();
  const expiresAt = granted.expiresAt.toNumber();
  assert.equal(granted.automatic.isTrue, false);
  const approvedAt = (await api.rpc.chain.getHeader(approved.blockHash)).number.toNumber();
  assert.equal(expiresAt, approvedAt + DURATION);
  assert.deepEqual(await rpc('civitas_pendingRequests', [HEALTH_AGENCY]), []);
  for (const agency of [HEALTH_AGENCY, TRANSPORT_AGENCY]) {
    const grants = await rpc('civitas_grants', [agency]);
    assert.deepEqual(grants.map((g) => [g.id, g.resource, g.provider, g.consumer, g.status, g.expiresAt]),
      [[grant, resource, HEALTH_AGENCY, TRANSPORT_AGENCY, 'Active', expiresAt]]);
  }

  // Two deliveries, each confirmed by the consumer; a receipt is confirmed once, by the
  // consumer only, and only the provider records deliveries.
  const forged = await submit(api, api.tx.catalog.recordDelivery(grant, hashOf('forged')), ferdie);
  assert.equal(forged.error, 'catalog.NotProvider');
  const deliveries = [];
  for (const batch of ['batch of 28 Nov', 'batch of 29 Nov']) {
    const recorded = await submit(api, api.tx.catalog.recordDelivery(grant, hashOf(batch)), dave);
    assert.equal(recorded.error, null);
    const delivery = eventOf(api, recorded, 'DeliveryRecorded').delivery.toNumber();
    const byProvider = await submit(api, api.tx.catalog.confirmDelivery(delivery), dave);
    assert.equal(byProvider.error, 'catalog.NotConsumer');
    const confirmed = await submit(api, api.tx.catalog.confirmDelivery(delivery), ferdie);
    assert.equal(confirmed.error, null);
    deliveries.push(delivery);
  }
  const twice = await submit(api, api.tx.catalog.confirmDelivery(deliveries[0]), ferdie);
  assert.equal(twice.error, 'catalog.AlreadyConfirmed');
  const receipt = (await api.query.catalog.deliveries(deliveries[1])).unwrap();
  assert.equal(receipt.deliveredBy.toString(), dave.address);
  assert.equal(receipt.confirmed.unwrap().by.toString(), ferdie.address);
  assert.equal(receipt.payloadHash.toHex(), hashOf('batch of 29 Nov'));
  assert.ok(await bestNumber(api) < expiresAt, 'the deliveries were made while the grant held');

  // After the grant expires, a delivery is refused and the grant is gone from both lists.
  await waitFor(`block ${expiresAt}`, async () => (await bestNumber(api)) >= expiresAt, { timeoutMs: 120_000 });
  const late = await submit(api, api.tx.catalog.recordDelivery(grant, hashOf('batch of 30 Nov')), dave);
  assert.equal(late.error, 'catalog.GrantExpired');
  assert.deepEqual(await rpc('civitas_grants', [TRANSPORT_AGENCY]), []);
  assert.equal((await api.query.catalog.grants(grant)).unwrap().status.toString(), 'Expired');

  // The trail: every step in order, each with its block, agency and signer; the refused
  // calls left nothing.
  const trail = await rpc('civitas_trail', [resource]);
  assert.deepEqual(trail.map((s) => s.step), [
    'Published', 'Requested', 'Granted', 'Delivered', 'Confirmed', 'Delivered', 'Confirmed', 'Expired',
  ]);
  assert.deepEqual(trail.map((s) => s.seq), [0, 1, 2, 3, 4, 5, 6, 7]);
  for (let i = 1; i < trail.length; i++) assert.ok(trail[i].at >= trail[i - 1].at, 'in block order');
  assert.deepEqual(trail.map((s) => [s.by ?? null, s.agency ?? null]), [
    [dave.address, HEALTH_AGENCY], [ferdie.address, TRANSPORT_AGENCY], [dave.address, HEALTH_AGENCY],
    [dave.address, HEALTH_AGENCY], [ferdie.address, TRANSPORT_AGENCY],
    [dave.address, HEALTH_AGENCY], [ferdie.address, TRANSPORT_AGENCY], [null, null],
  ]);
  assert.deepEqual(trail[1], { ...trail[1], request, requester: TRANSPORT_AGENCY, purpose: TRAFFIC_PLANNING,
    justificationHash: hashOf('memo: congestion model needs case counts') });
  assert.deepEqual(trail[2], { ...trail[2], request, grant, expiresAt, automatic: false });
  assert.deepEqual([trail[3].delivery, trail[3].payloadHash], [deliveries[0], hashOf('batch of 28 Nov')]);
  assert.deepEqual([trail[6].delivery, trail[6].grant], [deliveries[1], grant]);
  assert.equal(trail[7].grant, grant);
  assert.equal(trail[7].at, expiresAt);

  // The same trail through the runtime API, described by the metadata alone.
  const viaApi = await api.call.catalogApi.trail(resource, 0, 1_000);
  assert.deepEqual(viaApi.map((entry) => entry.step.type), trail.map((s) => s.step));

  // Pages: from a step on, at most `limit` of them, the same through the runtime API.
  assert.deepEqual((await rpc('civitas_trail', [resource, 2, 3])).map((s) => s.seq), [2, 3, 4]);
  assert.deepEqual((await rpc('civitas_trail', [resource, 6, 100])).map((s) => s.seq), [6, 7]);
  assert.deepEqual(await rpc('civitas_trail', [resource, 8, 100]), []);
  assert.deepEqual((await api.call.catalogApi.trail(resource, 5, 2)).map((e) => e.seq.toNumber()), [5, 6]);
});

test('public resources are granted at once; retiring ends grants and takes no more requests', async () => {
  const { api } = net;
  const published = await submit(api, api.tx.catalog.publishResource('Road works calendar', 'transport.works',
    hashOf('works schema'), 'Public', 'District'), ferdie);
  assert.equal(published.error, null);
  const resource = eventOf(api, published, 'ResourcePublished').resource.toNumber();

  const requested = await submit(api,
    api.tx.catalog.requestAccess(resource, 3, new Uint8Array(32), 1_000), eve);
  assert.equal(requested.error, null);
  const granted = eventOf(api, requested, 'AccessGranted');
  assert.equal(granted.automatic.isTrue, true);
  assert.equal(granted.consumer.toNumber(), PLANNING_AGENCY);
  const grant = granted.grant.toNumber();
  assert.deepEqual((await rpc('civitas_grants', [PLANNING_AGENCY])).map((g) => g.id), [grant]);

  const retired = await submit(api, api.tx.catalog.retireResource(resource), ferdie);
  assert.equal(retired.error, null);
  assert.equal(eventOf(api, retired, 'ResourceRetired').grantsEnded.toNumber(), 1);
  assert.deepEqual(await rpc('civitas_grants', [PLANNING_AGENCY]), []);
  const again = await submit(api, api.tx.catalog.requestAccess(resource, 3, new Uint8Array(32), 1_000), eve);
  assert.equal(again.error, 'catalog.ResourceRetired');
  const ended = await submit(api, api.tx.catalog.recordDelivery(grant, hashOf('late')), ferdie);
  assert.equal(ended.error, 'catalog.GrantEnded');
  const listed = (await rpc('civitas_resources', [TRANSPORT_AGENCY])).find((r) => r.id === resource);
  assert.equal(listed.retiredAt, (await api.rpc.chain.getHeader(retired.blockHash)).number.toNumber());
  assert.deepEqual((await rpc('civitas_trail', [resource])).map((s) => s.step),
    ['Published', 'Requested', 'Granted', 'Retired']);
});

test('the catalog RPC says what was wrong', async () => {
  const missing = await net.network.rpc(0, 'civitas_trail', [123456]);
  assert.equal(missing.error.code, -32602);
  assert.match(missing.error.message, /no resource has id 123456/);
  const bad = await net.network.rpc(0, 'civitas_grants', ['health']);
  assert.equal(bad.error.code, -32602);
  assert.deepEqual(await rpc('civitas_resources', [77]), []);
  for (const [method, first] of [['civitas_trail', 0], ['civitas_resources', HEALTH_AGENCY],
    ['civitas_grants', HEALTH_AGENCY]]) {
    const tooMany = await net.network.rpc(0, method, [first, 0, 1_001]);
    assert.equal(tooMany.error?.code, -32602, method);
    assert.match(tooMany.error.message, /limit 1001 is above the maximum page of 1000/);
  }
});
