// End-to-end: real-time parking on a real 3-agency network, through @polkadot/api and the
// civitas_ RPC. The transport bureau (agency 2) registers lots around a point; their sensors
// post a batch of occupancy counts; `civitas_parkingNearby` answers the lots in the circle in
// distance order with their free spaces; a citizen reserves a space and the free count drops;
// when the reservation ends it comes back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { devAccounts, submit, useNetwork, waitFor } from './network.mjs';
import { commitment } from './citizens.mjs';
import * as council from './council.mjs';

const CIVIL_AFFAIRS = 1 << 0;
const TRANSPORT_AGENCY = 2;
// Tiananmen, and micro-degrees per metre north and east there.
const LAT = 39_908_700;
const LON = 116_397_500;
const NORTH = 1_000_000 / 111_195;
const EAST = NORTH / Math.cos((LAT / 1e6) * Math.PI / 180);

const net = useNetwork({ count: 3, portBase: 28000 });
// Charlie administers the transport bureau and Ferdie operates for it; Ferdie's stash is the
// lots' sensor system; Alice's stash runs a new civil-affairs bureau with Bob's stash as its
// registrar; Dave's stash is a citizen's account, Eve's a stranger's.
const [alice, bob, charlie, planner, sensors, bureauAdmin, registrar, citizenKey, stranger] =
  await devAccounts('Alice', 'Bob', 'Charlie', 'Ferdie', 'Ferdie//stash', 'Alice//stash',
    'Bob//stash', 'Dave//stash', 'Eve//stash');
const citizen = commitment('110102199511110017',
  blake2AsU8a(stringToU8a('salt kept by the civil-affairs bureau'), 256));

async function rpc(method, params = []) {
  const answer = await net.network.rpc(0, method, params);
  if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
  return answer.result;
}

const at = (metresNorth, metresEast) =>
  [Math.round(LAT + metresNorth * NORTH), Math.round(LON + metresEast * EAST)];

test('lots near a point are found in distance order; a reservation holds a space until it ends', async () => {
  const { api } = net;

  // A citizen, registered by a civil-affairs bureau the council adds.
  const closed = await council.motion(api,
    api.tx.agencies.registerAgency('Municipal Civil Affairs Bureau', CIVIL_AFFAIRS, bureauAdmin.address, null),
    alice, [alice, bob], charlie);
  assert.equal(council.executedError(api, closed), null);
  assert.equal((await submit(api, api.tx.agencies.addOperator(registrar.address), bureauAdmin)).error, null);
  assert.equal((await submit(api, api.tx.citizens.registerCitizen(citizen, citizenKey.address), registrar)).error, null);
  assert.equal((await submit(api, api.tx.citizens.acceptLink(citizen), citizenKey)).error, null);

  // The transport bureau registers five lots: 100 m north, 300 m east, 600 m south,
  // 900 m west, and one 1.5 km north-east, outside a 1 km circle.
  const places = [[100, 0], [0, 300], [-600, 0], [0, -900], [1_100, 1_100]];
  const capacities = [40, 120, 80, 60, 200];
  const lots = places.map((place, i) =>
    api.tx.parking.registerLot(`Lot ${i}`, ...at(...place), capacities[i], 500 + 100 * i, sensors.address));
  const byStranger = await submit(api, lots[0], stranger);
  assert.equal(byStranger.error, 'agencies.NotOperator');
  const registered = await submit(api, api.tx.utility.batchAll(lots), planner);
  assert.equal(registered.error, null);
  const ids = registered.events.filter((e) => api.events.parking.LotRegistered.is(e)).map((e) => e.data.lot.toNumber());
  assert.equal(ids.length, 5);
  assert.ok(registered.events.every((e) => !api.events.transactionPayment.TransactionFeePaid.is(e)),
    'the bureau\'s registrations are free');

  // The sensors report; a batch with one count above capacity changes nothing.
  const tooMany = await submit(api, api.tx.parking.updateOccupancy([[ids[0], 10], [ids[1], 121]]), sensors);
  assert.equal(tooMany.error, 'parking.OverCapacity');
  const notTheirs = await submit(api, api.tx.parking.updateOccupancy([[ids[0], 10]]), stranger);
  assert.equal(notTheirs.error, 'parking.NotLotOperator');
  assert.equal((await rpc('civitas_parkingLot', [ids[0]])).occupied, 0);
  const occupied = [30, 100, 80, 10, 0];
  const reported = await submit(api, api.tx.parking.updateOccupancy(ids.map((id, i) => [id, occupied[i]])), sensors);
  assert.equal(reported.error, null);

  // Within 1 km: four lots, nearest first, with their free spaces.
  const near = await rpc('civitas_parkingNearby', [LAT, LON, 1_000, 0, 10]);
  assert.deepEqual(near.map((lot) => lot.lot), ids.slice(0, 4));
  for (const [i, lot] of near.entries()) {
    const expected = Math.hypot(...places[i]);
    assert.ok(Math.abs(lot.distanceM - expected) <= 3, `lot ${i}: ${lot.distanceM} m, expected ${expected}`);
    assert.equal(lot.free, capacities[i] - occupied[i]);
    assert.equal(lot.pricePerHour, 500 + 100 * i);
    assert.equal(lot.stale, false);
  }
  // With at least one free space (the default), the full lot is left out.
  const withSpace = await rpc('civitas_parkingNearby', [LAT, LON, 1_000]);
  assert.deepEqual(withSpace.map((lot) => lot.lot), [ids[0], ids[1], ids[3]]);
  const viaApi = (await api.call.parkingApi.nearby(LAT, LON, 1_000, 0, 10)).asOk.map((n) => n.lot.id.toNumber());
  assert.deepEqual(viaApi, ids.slice(0, 4));

  // A citizen reserves a space in the nearest lot for one minute; a stranger cannot.
  const now = (await api.rpc.chain.getHeader()).number.toNumber();
  const noCitizen = await submit(api, api.tx.parking.reserve(ids[0], now + 3, 1), stranger);
  assert.equal(noCitizen.error, 'parking.NotACitizen');
  const reserved = await submit(api, api.tx.parking.reserve(ids[0], now + 3, 1), citizenKey);
  assert.equal(reserved.error, null);
  const endsAt = reserved.events.find((e) => api.events.parking.Reserved.is(e)).data.endsAt.toNumber();
  assert.equal((await rpc('civitas_parkingLot', [ids[0]])).free, capacities[0] - occupied[0] - 1);
  assert.equal((await rpc('civitas_parkingNearby', [LAT, LON, 1_000, 0, 1]))[0].free, capacities[0] - occupied[0] - 1);

  // When it ends, the space comes back by itself.
  await waitFor('the reservation to end', async () =>
    (await api.rpc.chain.getHeader()).number.toNumber() >= endsAt, { timeoutMs: 120_000 });
  assert.equal((await rpc('civitas_parkingLot', [ids[0]])).free, capacities[0] - occupied[0]);
  assert.equal((await rpc('civitas_parkingLot', [ids[0]])).reserved, 0);
});

test('the parking RPC says what was wrong', async () => {
  const missing = await net.network.rpc(0, 'civitas_parkingLot', [987_654]);
  assert.equal(missing.error.code, -32602);
  const far = await net.network.rpc(0, 'civitas_parkingNearby', [LAT, LON, 1_000_000]);
  assert.equal(far.error.code, -32602);
  assert.match(far.error.message, /radiusM/);
  const off = await net.network.rpc(0, 'civitas_parkingNearby', [95_000_000, LON, 100]);
  assert.equal(off.error.code, -32602);
  const limit = await net.network.rpc(0, 'civitas_parkingNearby', [LAT, LON, 100, 0, 0]);
  assert.equal(limit.error.code, -32602);
});
