// End-to-end: citizens on a real 3-agency network. The council adds a civil-affairs bureau;
// its operator registers a citizen (by a salted commitment) and offers the citizen's account,
// which accepts; a second agency attests the
// citizen's residency, which anyone verifies through `civitas_verifyAttestation` and the
// `CitizensApi` runtime API; the citizen grants a Health consent and revokes it, and
// `civitas_consents` shows both. Strangers and the wrong agencies fail with named errors and
// change nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { devAccounts, submit, useNetwork } from './network.mjs';
import { commitment, hashOf } from './citizens.mjs';
import * as council from './council.mjs';

const CIVIL_AFFAIRS = 1 << 0;
const HEALTH_AGENCY = 0;
const PLANNING_AGENCY = 1;
const RESIDENCY = 1;
const TREATMENT = 1;

const net = useNetwork({ count: 3, portBase: 25000 });
// Admins Alice, Bob, Charlie; operators Dave (health), Eve (planning). The stash accounts
// are funded and belong to no agency: Bob's stash becomes the civil-affairs bureau's admin,
// Charlie's its registrar, Dave's a citizen's own account, Eve's a stranger's.
const [alice, bob, charlie, dave, eve, bureauAdmin, registrar, citizenKey, stranger] =
  await devAccounts('Alice', 'Bob', 'Charlie', 'Dave', 'Eve',
    'Bob//stash', 'Charlie//stash', 'Dave//stash', 'Eve//stash');

const salt = blake2AsU8a(stringToU8a('salt kept by the civil-affairs bureau'), 256);
const citizen = commitment('110101199003071234', salt);
const claim = hashOf('resides in Dongcheng district since 2019');

async function rpc(method, params) {
  return net.network.rpc(0, method, params);
}

test('a civil-affairs bureau registers a citizen; another agency attests; the citizen consents', async () => {
  const { api } = net;

  // The council adds a civil-affairs bureau; its admin names a registrar.
  const added = await council.motion(api,
    api.tx.agencies.registerAgency('Municipal Civil Affairs Bureau', CIVIL_AFFAIRS, bureauAdmin.address, null),
    alice, [alice, bob], charlie);
  assert.equal(council.executedError(api, added), null);
  const bureau = (await api.query.agencies.nextAgencyId()).toNumber() - 1;
  assert.equal((await submit(api, api.tx.agencies.addOperator(registrar.address), bureauAdmin)).error, null);

  // Only a civil-affairs operator registers, and a failure changes nothing.
  const byStranger = await submit(api, api.tx.citizens.registerCitizen(citizen, citizenKey.address), stranger);
  assert.equal(byStranger.error, 'agencies.NotOperator');
  const byHealth = await submit(api, api.tx.citizens.registerCitizen(citizen, citizenKey.address), dave);
  assert.equal(byHealth.error, 'agencies.MissingRole');
  assert.ok((await api.query.citizens.citizens(citizen)).isNone, 'nothing was registered');

  const registered = await submit(api, api.tx.citizens.registerCitizen(citizen, citizenKey.address), registrar);
  assert.equal(registered.error, null);
  assert.ok(!registered.events.some((e) => api.events.transactionPayment.TransactionFeePaid.is(e)),
    'an agency operator\'s domain call pays no fee');
  // The account offered signs for the citizen only once it has accepted; nobody else can.
  const { result: offered } = await rpc('civitas_citizen', [citizen]);
  assert.equal(offered.account, null);
  const hijack = await submit(api, api.tx.citizens.acceptLink(citizen), stranger);
  assert.equal(hijack.error, 'citizens.NoLinkOffer');
  const accepted = await submit(api, api.tx.citizens.acceptLink(citizen), citizenKey);
  assert.equal(accepted.error, null);
  assert.ok(accepted.events.some((e) => api.events.citizens.AccountLinked.is(e)));
  const { result: record } = await rpc('civitas_citizen', [citizen]);
  assert.deepEqual(record, {
    citizen, status: 'Active', account: citizenKey.address, registeredBy: bureau,
    registeredAt: record.registeredAt, attestations: 0, consents: 0, accesses: 0,
  });
  assert.ok(record.registeredAt > 0);

  // The planning commission (a second agency) attests residency; a stranger cannot.
  const fake = await submit(api, api.tx.citizens.attest(citizen, RESIDENCY, claim, null), stranger);
  assert.equal(fake.error, 'agencies.NotOperator');
  const attested = await submit(api, api.tx.citizens.attest(citizen, RESIDENCY, claim, null), eve);
  assert.equal(attested.error, null);

  // Anyone verifies it: through the civitas_ RPC and through the runtime API.
  const { result: verified } = await rpc('civitas_verifyAttestation', [citizen, claim]);
  assert.equal(verified.valid, true);
  assert.equal(verified.status, 'Valid');
  assert.equal(verified.issuer, PLANNING_AGENCY);
  assert.equal(verified.schema, RESIDENCY);
  const check = (await api.call.citizensApi.verifyAttestation(citizen, claim)).unwrap();
  assert.equal(check.status.toString(), 'Valid');
  assert.equal(check.attestation.issuer.toNumber(), PLANNING_AGENCY);
  const { result: unknownClaim } = await rpc('civitas_verifyAttestation', [citizen, u8aToHex(new Uint8Array(32))]);
  assert.equal(unknownClaim.valid, false);
  assert.equal(unknownClaim.status, 'NotAttested');

  // The citizen consents to the health commission, then revokes; both show.
  const notCitizen = await submit(api,
    api.tx.citizens.grantConsent(HEALTH_AGENCY, 'Health', TREATMENT, null), stranger);
  assert.equal(notCitizen.error, 'citizens.NotACitizen');
  const granted = await submit(api, api.tx.citizens.grantConsent(HEALTH_AGENCY, 'Health', TREATMENT, null), citizenKey);
  assert.equal(granted.error, null);
  const { result: inForce } = await rpc('civitas_consents', [citizen]);
  assert.equal(inForce.length, 1);
  assert.equal(inForce[0].inForce, true);
  const revoked = await submit(api, api.tx.citizens.revokeConsent(HEALTH_AGENCY, 'Health', TREATMENT), citizenKey);
  assert.equal(revoked.error, null);
  const { result: consents } = await rpc('civitas_consents', [citizen]);
  assert.equal(consents.length, 1);
  const [consent] = consents;
  assert.equal(consent.agency, HEALTH_AGENCY);
  assert.equal(consent.category, 'Health');
  assert.equal(consent.purpose, TREATMENT);
  assert.ok(consent.grantedAt > 0, 'the grant shows');
  assert.ok(consent.revokedAt >= consent.grantedAt, 'the revocation shows');
  assert.equal(consent.inForce, false);
  const again = await submit(api, api.tx.citizens.revokeConsent(HEALTH_AGENCY, 'Health', TREATMENT), citizenKey);
  assert.equal(again.error, 'citizens.NoSuchConsent');

  // Nobody has read the citizen's data yet: the log is empty and says so.
  const { result: log } = await rpc('civitas_accessLog', [citizen]);
  assert.deepEqual(log, []);
});

test('the civitas_ RPC says what was wrong', async () => {
  const badHex = await rpc('civitas_citizen', ['0x1234']);
  assert.equal(badHex.error.code, -32602);
  assert.match(badHex.error.message, /citizen: expected 64 hex digits/);
  const notHex = await rpc('civitas_consents', ['not hex']);
  assert.equal(notHex.error.code, -32602);

  const unknown = hashOf('nobody');
  const missing = await rpc('civitas_citizen', [unknown]);
  assert.equal(missing.error.code, 4001);
  assert.match(missing.error.message, /unknown citizen/);

  const tooMany = await rpc('civitas_accessLog', [citizen, 0, 1_000_000]);
  assert.equal(tooMany.error.code, -32602);
  assert.match(tooMany.error.message, /limit 1000000 is above the maximum/);
});
