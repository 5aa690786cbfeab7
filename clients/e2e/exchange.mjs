// Two agencies' gateways on a LocalNetwork, for the gateway e2e test and benchmark: the health
// commission (agency 0, admin Alice, operator Dave) provides, the transport bureau (agency 2,
// admin Charlie, operator Ferdie) consumes. Each gateway acts with an operator key of its own.

import assert from 'node:assert/strict';
import { devAccounts, submit } from './network.mjs';
import { hashOf } from './citizens.mjs';

export const HEALTH = 0;
export const TRANSPORT = 2;
export const TRAFFIC_PLANNING = 7;

export const [alice, charlie, dave, ferdie, healthKey, transportKey] = await devAccounts(
  'Alice', 'Charlie', 'Dave', 'Ferdie', 'Dave//gateway', 'Ferdie//gateway');

/** The event `section.name` of a submitted extrinsic's result. */
export function eventOf(api, result, section, name) {
  const event = result.events.find((e) => api.events[section][name].is(e));
  assert.ok(event, `a ${section}.${name} event`);
  return event.data;
}

/**
 * Each agency's admin adds its gateway's operator key, and gives the account its existential
 * deposit (an account must exist to sign, even for free calls). Finalized: gateways check
 * both at start.
 */
export async function addGatewayOperators(api) {
  const deposit = api.consts.balances.existentialDeposit.toBigInt() * 10n;
  for (const [admin, key] of [[alice, healthKey], [charlie, transportKey]]) {
    const added = await submit(api, api.tx.utility.batchAll([
      api.tx.agencies.addOperator(key.address),
      api.tx.balances.transferKeepAlive(key.address, deposit),
    ]), admin, { finalized: true });
    assert.equal(added.error, null);
  }
}

/**
 * Start the `health` or `transport` gateway (again, on the same data, after a kill);
 * `missingAfterSecs` as its `[receipts]` setting, if given.
 */
export function startGateway(network, name, { ports, receiptsMs = 2000, missingAfterSecs }) {
  const [agency, keyUri, outwardPort, inwardPort] = name === 'health'
    ? [HEALTH, '//Dave//gateway', ports.healthOut, ports.healthIn]
    : [TRANSPORT, '//Ferdie//gateway', ports.transportOut, ports.transportIn];
  return network.startGateway(name, { agency, keyUri, outwardPort, inwardPort, receiptsMs, missingAfterSecs });
}

/** The admin of `gateway`'s agency names it on chain (finalized); the result. */
export async function nameGateway(api, gateway) {
  const admin = gateway.agency === HEALTH ? alice : charlie;
  const named = await submit(api,
    api.tx.agencies.setGateway({ endpoint: gateway.endpoint, tlsKey: gateway.tlsKey }), admin, { finalized: true });
  assert.equal(named.error, null);
  return named;
}

/** The health commission publishes an `Internal` resource; its id. */
export async function publish(api, title) {
  const published = await submit(api, api.tx.catalog.publishResource(title, 'health.capacity',
    hashOf(`${title} schema v1`), 'Internal', 'City'), dave);
  return eventOf(api, published, 'catalog', 'ResourcePublished').resource.toNumber();
}

/** The transport bureau asks for `resource` for `duration` blocks and the health commission grants it (finalized); the grant's id. */
export async function grantToTransport(api, resource, duration) {
  const requested = await submit(api, api.tx.catalog.requestAccess(resource, TRAFFIC_PLANNING,
    hashOf(`memo: why resource ${resource}`), duration), ferdie);
  const request = eventOf(api, requested, 'catalog', 'AccessRequested').request.toNumber();
  const approved = await submit(api, api.tx.catalog.approveRequest(request), dave, { finalized: true });
  return eventOf(api, approved, 'catalog', 'AccessGranted').grant.toNumber();
}

/** The deliveries the chain holds (at `api`, e.g. a finalized `api.at`) on `grant`, oldest first. */
export async function deliveriesOf(api, grant) {
  const entries = await api.query.catalog.deliveries.entries();
  return entries.map(([key, value]) => ({ id: key.args[0].toNumber(), ...value.unwrap().toJSON() }))
    .filter((delivery) => delivery.grant === grant)
    .sort((a, b) => a.id - b.id);
}

/** The API as of the finalized head. */
export async function finalizedApi(api) {
  return api.at(await api.rpc.chain.getFinalizedHead());
}
