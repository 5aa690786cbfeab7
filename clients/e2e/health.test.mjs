// End-to-end: health records and epidemic reporting on a real 3-agency network, through
// @polkadot/api and the civitas_ RPC. The council adds a civil-affairs bureau and a district
// clinic and shortens the break-glass review window; the health commission (agency 0: HEALTH
// and DISEASE_CONTROL) anchors a lab result of a registered citizen; the planning commission
// is refused without consent and reads with it, and the read is in the citizen's access log;
// the clinic breaks the glass, which is flagged and listed as overdue until disease control
// reviews it; test reports move the health code and the district counters; erasure keeps the
// hash and the history. Nothing on chain locates a document (the issuer's gateway serves it:
// gateway.test.mjs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { devAccounts, submit, useNetwork, waitFor } from './network.mjs';
import { commitment, hashOf } from './citizens.mjs';
import * as council from './council.mjs';

const CIVIL_AFFAIRS = 1 << 0;
const HEALTH = 1 << 2;
const HEALTH_AGENCY = 0;
const PLANNING_AGENCY = 1;
const TREATMENT = 1;
const DISTRICT = 5;
const REVIEW_WINDOW = 3;

const net = useNetwork({ count: 3, portBase: 26000 });
// Admins Alice, Bob, Charlie; operators Dave (health commission), Eve (planning). Stash
// accounts belong to no agency until the test gives them a part.
const [alice, bob, charlie, doctor, planner, bureauAdmin, registrar, clinicAdmin, nurse, citizenKey, stranger] =
  await devAccounts('Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Alice//stash', 'Bob//stash',
    'Charlie//stash', 'Dave//stash', 'Eve//stash', 'Ferdie//stash');

const salt = blake2AsU8a(stringToU8a('salt kept by the civil-affairs bureau'), 256);
const citizen = commitment('110101198507214321', salt);
const labV0 = hashOf('lab result: SARS-CoV-2 PCR, 2026-11-27, negative');
const labV1 = hashOf('lab result: SARS-CoV-2 PCR, 2026-11-27, negative (corrected units)');

async function rpc(method, params = []) {
  const answer = await net.network.rpc(0, method, params);
  if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
  return answer.result;
}

const eventOf = (api, result, event) => result.events.find((e) => event.is(e));
const paidFee = (api, result) =>
  result.events.some((e) => api.events.transactionPayment.TransactionFeePaid.is(e));

let record;

test('the council sets up a registry and a clinic; a citizen is registered', async () => {
  const { api } = net;
  const setup = api.tx.utility.batchAll([
    api.tx.agencies.registerAgency('Municipal Civil Affairs Bureau', CIVIL_AFFAIRS, bureauAdmin.address, null),
    api.tx.agencies.registerAgency('Chaoyang District Clinic', HEALTH, clinicAdmin.address, DISTRICT),
    api.tx.health.setReviewWindow(REVIEW_WINDOW),
  ]);
  const closed = await council.motion(api, setup, alice, [alice, bob], charlie);
  assert.equal(council.executedError(api, closed), null);
  assert.equal((await api.query.health.reviewWindow()).toNumber(), REVIEW_WINDOW);
  const [byBureau, byClinic] = await Promise.all([
    submit(api, api.tx.agencies.addOperator(registrar.address), bureauAdmin),
    submit(api, api.tx.agencies.addOperator(nurse.address), clinicAdmin),
  ]);
  assert.equal(byBureau.error, null);
  assert.equal(byClinic.error, null);
  const registered = await submit(api, api.tx.citizens.registerCitizen(citizen, citizenKey.address), registrar);
  assert.equal(registered.error, null);
  assert.equal((await submit(api, api.tx.citizens.acceptLink(citizen), citizenKey)).error, null);
});

test('a hospital anchors a lab result; another agency reads it only with consent, and the read is logged', async () => {
  const { api } = net;
  const byStranger = await submit(api, api.tx.health.anchorRecord(citizen, 'LabResult', labV0), stranger);
  assert.equal(byStranger.error, 'agencies.NotOperator');
  const byPlanner = await submit(api, api.tx.health.anchorRecord(citizen, 'LabResult', labV0), planner);
  assert.equal(byPlanner.error, 'agencies.MissingRole');

  const anchored = await submit(api, api.tx.health.anchorRecord(citizen, 'LabResult', labV0), doctor);
  assert.equal(anchored.error, null);
  assert.ok(!paidFee(api, anchored), 'an agency operator\'s health call pays no fee');
  const event = eventOf(api, anchored, api.events.health.RecordAnchored);
  record = event.data.id.toNumber();
  assert.equal(event.data.issuer.toNumber(), HEALTH_AGENCY);
  const [listed] = await rpc('civitas_records', [citizen]);
  assert.deepEqual(
    { ...listed, anchoredAt: 0, updatedAt: 0 },
    { id: record, kind: 'LabResult', issuer: HEALTH_AGENCY, status: 'Current', hash: labV0, version: 0,
      locator: '0x', anchoredAt: 0, updatedAt: 0 });

  // The planning commission holds no consent: refused, and nothing is logged.
  const refused = await submit(api, api.tx.health.accessRecord(record, TREATMENT), planner);
  assert.equal(refused.error, 'health.NoConsent');
  assert.deepEqual(await rpc('civitas_accessLog', [citizen]), []);

  // The citizen consents; the same read succeeds and the citizen sees who read.
  const consented = await submit(api,
    api.tx.citizens.grantConsent(PLANNING_AGENCY, 'Health', TREATMENT, null), citizenKey);
  assert.equal(consented.error, null);
  const read = await submit(api, api.tx.health.accessRecord(record, TREATMENT), planner);
  assert.equal(read.error, null);
  assert.ok(eventOf(api, read, api.events.health.RecordAccessed));
  const log = await rpc('civitas_accessLog', [citizen]);
  assert.equal(log.length, 1);
  assert.deepEqual({ ...log[0], at: 0 }, {
    seq: 0, agency: PLANNING_AGENCY, operator: planner.address, category: 'Health',
    purpose: TREATMENT, emergency: false, at: 0,
  });
});

test('break-glass access without consent is flagged, overdue until reviewed, then cleared', async () => {
  const { api } = net;
  assert.ok(record !== undefined, 'the record was anchored');
  const reason = hashOf('patient unconscious in the emergency room, 03:12');
  const glass = await submit(api, api.tx.health.emergencyAccess(record, reason), nurse);
  assert.equal(glass.error, null);
  const notice = eventOf(api, glass, api.events.health.EmergencyAccessed);
  assert.equal(notice.data.citizen.toHex(), citizen, 'the citizen is told by event');
  const access = notice.data.access.toNumber();
  const reviewBy = notice.data.reviewBy.toNumber();
  const log = await rpc('civitas_accessLog', [citizen]);
  assert.equal(log.length, 2);
  assert.equal(log[1].emergency, true, 'the log flags it as an emergency');
  assert.equal(log[1].operator, nurse.address);

  // Listed as overdue once its window has passed, and until it is reviewed.
  const overdue = await waitFor('the access to be overdue', async () => {
    const list = await rpc('civitas_overdueReviews');
    return list.length > 0 && list;
  });
  assert.equal(overdue.length, 1);
  assert.equal(overdue[0].access, access);
  assert.equal(overdue[0].citizen, citizen);
  assert.equal(overdue[0].reviewBy, reviewBy);
  assert.equal(overdue[0].reasonHash, reason);
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  assert.ok(best > reviewBy);

  // Not by the clinic itself, nor by a stranger; disease control reviews it.
  const byClinic = await submit(api, api.tx.health.reviewEmergency(access, true), nurse);
  assert.equal(byClinic.error, 'agencies.MissingRole');
  const reviewed = await submit(api, api.tx.health.reviewEmergency(access, true), doctor);
  assert.equal(reviewed.error, null);
  const verdict = eventOf(api, reviewed, api.events.health.EmergencyReviewed);
  assert.equal(verdict.data.late.isTrue, true);
  assert.deepEqual(await rpc('civitas_overdueReviews'), []);
  const twice = await submit(api, api.tx.health.reviewEmergency(access, false), doctor);
  assert.equal(twice.error, 'health.AlreadyReviewed');
});

test('test reports move the health code and the district counters', async () => {
  const { api } = net;
  const code = async () => (await rpc('civitas_healthCode', [citizen])).code;
  const stats = async () => {
    const { tests, positives, active, recovered } = await rpc('civitas_districtStats', [DISTRICT]);
    return { tests, positives, active, recovered };
  };
  assert.equal(await code(), 'Green');
  assert.deepEqual(await stats(), { tests: 0, positives: 0, active: 0, recovered: 0 });

  const now = (await api.rpc.chain.getHeader()).number.toNumber();
  const positive = await submit(api, api.tx.health.reportTest(citizen, '0x' + '51'.repeat(32), 'Positive', DISTRICT, now), doctor);
  assert.equal(positive.error, null);
  const red = await rpc('civitas_healthCode', [citizen]);
  assert.equal(red.code, 'Red');
  assert.deepEqual(red.activeCase, { district: DISTRICT, since: now });
  assert.deepEqual(await stats(), { tests: 1, positives: 1, active: 1, recovered: 0 });
  const viaApi = (await api.call.healthApi.healthCode(citizen)).unwrap();
  assert.equal(viaApi.code.toString(), 'Red');

  // The clinic's negative test counts as a test and does not end the case.
  const negative = await submit(api, api.tx.health.reportTest(citizen, '0x' + '52'.repeat(32), 'Negative', DISTRICT, now), nurse);
  assert.equal(negative.error, null);
  assert.equal(await code(), 'Red');
  assert.deepEqual(await stats(), { tests: 2, positives: 1, active: 1, recovered: 0 });

  const recovered = await submit(api, api.tx.health.reportRecovery(citizen), doctor);
  assert.equal(recovered.error, null);
  assert.equal(await code(), 'Green');
  assert.deepEqual(await stats(), { tests: 2, positives: 1, active: 0, recovered: 1 });

  const byNurse = await submit(api, api.tx.health.flagContact(citizen), nurse);
  assert.equal(byNurse.error, 'agencies.MissingRole', 'only disease control flags contacts');
  const flagged = await submit(api, api.tx.health.flagContact(citizen), doctor);
  assert.equal(flagged.error, null);
  assert.equal(await code(), 'Yellow');
  assert.deepEqual(await stats(), { tests: 2, positives: 1, active: 0, recovered: 1 });

  const future = await submit(api, api.tx.health.reportTest(citizen, '0x' + '53'.repeat(32), 'Negative', DISTRICT, now + 10_000), doctor);
  assert.equal(future.error, 'health.SampledInFuture');
});

test('erasure keeps the hash and the history', async () => {
  const { api } = net;
  const amended = await submit(api, api.tx.health.amendRecord(record, labV1), doctor);
  assert.equal(amended.error, null);
  const byOther = await submit(api, api.tx.health.eraseRecord(record), nurse);
  assert.equal(byOther.error, 'health.NotIssuer');
  const erased = await submit(api, api.tx.health.eraseRecord(record), doctor);
  assert.equal(erased.error, null);

  const stored = (await api.query.health.records(record)).unwrap();
  assert.equal(stored.status.toString(), 'Erased');
  assert.equal(stored.locator.length, 0);
  // (Through toJSON: on the decoded struct, `.hash` is the codec's own hash of the value.)
  assert.equal(stored.toJSON().hash, labV1, 'the hash stays');
  const [listed] = await rpc('civitas_records', [citizen]);
  assert.equal(listed.status, 'Erased');
  assert.equal(listed.locator, '0x');
  assert.equal(listed.hash, labV1);
  const versions = await rpc('civitas_recordVersions', [record]);
  assert.deepEqual(versions.map((v) => [v.version, v.hash, v.operator]),
    [[0, labV0, doctor.address], [1, labV1, doctor.address]]);
  const second = await rpc('civitas_recordVersions', [record, 1, 5]);
  assert.deepEqual(second.map((v) => [v.version, v.hash]), [[1, labV1]]);
  assert.deepEqual(await rpc('civitas_records', [citizen, record + 1]), []);

  const afterErase = await submit(api, api.tx.health.accessRecord(record, TREATMENT), planner);
  assert.equal(afterErase.error, 'health.RecordErased');
  const amendAfter = await submit(api, api.tx.health.amendRecord(record, labV0), doctor);
  assert.equal(amendAfter.error, 'health.RecordErased');
});

test('the health RPC says what was wrong', async () => {
  const outside = await net.network.rpc(0, 'civitas_districtStats', [999]);
  assert.equal(outside.error.code, -32602);
  assert.match(outside.error.message, /district 999 is not one of the city's districts/);
  const unknown = await net.network.rpc(0, 'civitas_healthCode', [hashOf('nobody')]);
  assert.equal(unknown.error.code, 4001);
  const noRecords = await net.network.rpc(0, 'civitas_records', [hashOf('nobody')]);
  assert.equal(noRecords.error.code, 4001);
  const noVersions = await net.network.rpc(0, 'civitas_recordVersions', [123456]);
  assert.equal(noVersions.error.code, -32602);
  const tooMany = await net.network.rpc(0, 'civitas_recordVersions', [0, 0, 1_001]);
  assert.equal(tooMany.error.code, -32602);
  assert.match(tooMany.error.message, /limit 1001 is above the maximum page of 1000/);
  const badHex = await net.network.rpc(0, 'civitas_healthCode', ['0x12']);
  assert.equal(badHex.error.code, -32602);
});
