// End-to-end: two agencies' civitas-gateways on a real 3-node network. The health commission
// (agency 0) publishes a dataset through its gateway; the transport bureau (agency 2) fetches
// it through its own under an approved grant; both receipts reach the chain (the provider's
// batch, the consumer's confirmation) and the trail; each gateway's message log verifies
// against the chain and an edited one does not; a request from outside the protocol's rules
// is refused with the reason's code; a gateway killed with receipts queued restarts and the
// receipts still land; a hospital's document is fetched by another agency after its access
// with the citizen's consent is on chain, refused without it, and shredded on erasure; once
// the grant has expired the fetch is refused with `grant-expired`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { compactToU8a, stringToU8a, u8aConcat, u8aToHex, bnToU8a } from '@polkadot/util';
import { blake2AsHex, blake2AsU8a } from '@polkadot/util-crypto';
import { devAccounts, submit, useNetwork, waitFor } from './network.mjs';
import { commitment } from './citizens.mjs';
import * as council from './council.mjs';
import {
  HEALTH, TRANSPORT, alice, charlie, dave, ferdie, healthKey, transportKey, eventOf, addGatewayOperators,
  startGateway as start, nameGateway, publish, grantToTransport, deliveriesOf, finalizedApi,
} from './exchange.mjs';

// 60 blocks (180 s at 3 s a block): time for the fetches, the receipts and a gateway's
// restart, short enough to watch the grant expire.
const DURATION = 60;
const PORTS = { healthOut: 13_801, healthIn: 13_802, transportOut: 13_803, transportIn: 13_804 };

const net = useNetwork({ count: 3, portBase: 13000 });
const [stranger, bob, bureauAdmin, registrar, citizenKey] = await devAccounts(
  'Alice//stash', 'Bob', 'Bob//stash', 'Charlie//stash', 'Eve//stash');
const CIVIL_AFFAIRS = 1 << 0;
const TREATMENT = 1;
const gatewayBinary = () => process.env.CIVITAS_GATEWAY
  ?? join(dirname(process.env.CIVITAS_NODE), 'civitas-gateway');

const payload = randomBytes(300 * 1024 + 17); // five 64 KiB chunks and a bit
let resource;
let grant;

const tail = (file) => readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
// A batch naming a payload the consumer's gateway never received is disputed after 20 s
// (300 s by default).
const startGateway = (name, receiptsMs = 2000) =>
  start(net.network, name, { ports: PORTS, receiptsMs, missingAfterSecs: 20 });

test('gateways are named on chain, and a payload moves under a grant with both receipts on chain', async () => {
  const { api } = net;
  await addGatewayOperators(api);
  const health = await startGateway('health');
  const transport = await startGateway('transport');

  // The admins name their gateways: endpoint and TLS key. Bad endpoints and non-admins are
  // refused, changing nothing.
  const bad = await submit(api, api.tx.agencies.setGateway({ endpoint: 'https://x:1/p', tlsKey: health.tlsKey }), alice);
  assert.equal(bad.error, 'agencies.BadEndpoint');
  const notAdmin = await submit(api, api.tx.agencies.setGateway({ endpoint: health.endpoint, tlsKey: health.tlsKey }), dave);
  assert.equal(notAdmin.error, 'agencies.NotAdmin');
  assert.ok((await api.query.agencies.gateways(HEALTH)).isNone);
  for (const gateway of [health, transport]) {
    const named = await nameGateway(api, gateway);
    assert.deepEqual(eventOf(api, named, 'agencies', 'GatewaySet').gateway.toJSON(),
      { endpoint: u8aToHex(stringToU8a(gateway.endpoint)), tlsKey: gateway.tlsKey });
  }

  // A dataset, asked for and granted; another, not asked for.
  resource = await publish(api, 'Clinic load by district, hourly');
  const ungranted = await publish(api, 'Ambulance positions');
  grant = await grantToTransport(api, resource, DURATION);

  // The health commission's systems publish the payload through its inward face; only a
  // resource of its own is taken.
  const put = await fetch(`${health.inward}/v1/payloads/${resource}`, { method: 'PUT', body: payload });
  assert.equal(put.status, 200);
  assert.deepEqual(await put.json(), { resource, hash: blake2AsHex(payload, 256), len: payload.length });
  const foreign = await fetch(`${transport.inward}/v1/payloads/${resource}`, { method: 'PUT', body: 'x' });
  assert.equal(foreign.status, 404);
  assert.equal((await foreign.json()).code, 'not-found');

  // The transport bureau fetches it through its gateway: the same bytes, under its grant.
  const fetched = await fetch(`${transport.inward}/v1/fetch/payloads/${resource}`);
  assert.equal(fetched.status, 200, fetched.status === 200 ? '' : `${await fetched.text()}\n${tail(health.log)}`);
  assert.equal(fetched.headers.get('civitas-grant'), `${grant}`);
  assert.ok(Buffer.from(await fetched.arrayBuffer()).equals(payload), 'the payload arrives whole');

  // Without a grant: refused, with the reason's code, and passed on as the provider said it.
  const refused = await fetch(`${transport.inward}/v1/fetch/payloads/${ungranted}`);
  assert.equal(refused.status, 403);
  assert.equal((await refused.json()).code, 'no-grant');

  // Both receipts reach the chain: the provider's batch (its root as the payload hash) and
  // the consumer's confirmation, and the trail shows both steps.
  const [delivery] = await waitFor('the delivery recorded and confirmed', async () => {
    const found = await deliveriesOf(await finalizedApi(api), grant);
    return found.length === 1 && found[0].confirmed ? found : null;
  }, { timeoutMs: 90_000 }).catch((error) => {
    throw new Error(`${error.message}\nhealth:\n${tail(health.log)}\ntransport:\n${tail(transport.log)}`);
  });
  assert.equal(delivery.deliveredBy, healthKey.address);
  assert.equal(delivery.confirmed.by, transportKey.address);
  const trail = (await net.network.rpc(0, 'civitas_trail', [resource])).result;
  assert.deepEqual(trail.map((entry) => [entry.step, entry.by]), [
    ['Published', dave.address], ['Requested', ferdie.address], ['Granted', dave.address],
    ['Delivered', healthKey.address], ['Confirmed', transportKey.address]]);

  // Each gateway's message log verifies against the chain; an edited one does not.
  for (const gateway of [health, transport]) {
    const log = await (await fetch(`${gateway.inward}/v1/log`)).text();
    const lines = log.trim().split('\n').map((line) => JSON.parse(line));
    assert.ok(lines.some((entry) => entry.status === 200 && entry.grant === grant), `${gateway.name} logged the fetch`);
    assert.ok(lines.some((entry) => entry.refusal === 'no-grant'), `${gateway.name} logged the refusal`);
    const file = join(net.network.dir, `${gateway.name}.log.jsonl`);
    writeFileSync(file, log);
    const verdict = JSON.parse(execFileSync(gatewayBinary(),
      ['verify-log', '--node', `ws://127.0.0.1:${net.network.nodes[0].rpcPort}`, file], { encoding: 'utf8' }));
    assert.equal(verdict.entries, lines.length);
    assert.equal(verdict.verified, lines.length, JSON.stringify(verdict.failures));
    // An export resumes where an earlier one stopped: `?from=N` starts at entry N.
    const rest = await (await fetch(`${gateway.inward}/v1/log?from=1`)).text();
    assert.equal(rest, log.slice(log.indexOf('\n') + 1));
    const bad = await fetch(`${gateway.inward}/v1/log?from=x`);
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).code, 'bad-request');
    const served = lines.findIndex((entry) => entry.status === 200 && entry.grant === grant);
    lines[served].len += 1;
    lines[served].bodyHash = lines[served].bodyHash.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    writeFileSync(file, lines.map((entry) => JSON.stringify(entry)).join('\n'));
    assert.throws(() => execFileSync(gatewayBinary(),
      ['verify-log', '--node', `ws://127.0.0.1:${net.network.nodes[0].rpcPort}`, file], { encoding: 'utf8', stdio: 'pipe' }),
    (error) => error.status === 1 && JSON.parse(error.stdout).failures[0].line === served + 1);
  }
});

/** The SCALE bytes a request's signature covers (docs/gateway.md), built independently. */
function requestStatement({ provider, requester, method, path, timeMs, nonce }) {
  const bytes = (u8a) => u8aConcat(compactToU8a(u8a.length), u8a);
  return u8aConcat(bytes(stringToU8a('civitas-gateway/1 request')),
    bnToU8a(provider, { bitLength: 32 }), bnToU8a(requester, { bitLength: 32 }),
    bytes(stringToU8a(method)), bytes(stringToU8a(path)), blake2AsU8a(new Uint8Array(), 256),
    bnToU8a(timeMs, { bitLength: 64 }), nonce);
}

/** A GET to the health gateway's outward face, signed by `signer` for `requester`. */
function outwardGet(path, signer, { requester = TRANSPORT, nonce = randomBytes(16), timeMs = Date.now(), headers } = {}) {
  const signature = signer.sign(requestStatement({ provider: HEALTH, requester, method: 'GET', path, timeMs, nonce }));
  const signed = headers ?? {
    'civitas-agency': `${requester}`, 'civitas-signer': signer.address, 'civitas-time': `${timeMs}`,
    'civitas-nonce': Buffer.from(nonce).toString('hex'), 'civitas-signature': Buffer.from(signature).toString('hex'),
  };
  return new Promise((resolve, reject) => {
    // The gateway's certificate is self-signed; the chain pins its key (checked in Rust).
    const req = httpsRequest({ host: '127.0.0.1', port: PORTS.healthOut, path, headers: signed, rejectUnauthorized: false },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      });
    req.on('error', reject);
    req.end();
  });
}

test('the outward face refuses what the protocol does not allow, each with its code', async () => {
  const path = `/v1/payloads/${resource}`;
  const code = (answer) => JSON.parse(answer.body.toString()).code;
  // Unsigned; signed by no operator of the agency it names; signed for another path.
  assert.equal(code(await outwardGet(path, transportKey, { headers: {} })), 'bad-request');
  const foreign = await outwardGet(path, stranger);
  assert.equal(foreign.status, 401);
  assert.equal(code(foreign), 'bad-signature');
  const nonce = randomBytes(16);
  const timeMs = Date.now();
  const signature = transportKey.sign(requestStatement({ provider: HEALTH, requester: TRANSPORT, method: 'GET', path: '/v1/payloads/999', timeMs, nonce }));
  const moved = await outwardGet(path, transportKey, { headers: {
    'civitas-agency': `${TRANSPORT}`, 'civitas-signer': transportKey.address, 'civitas-time': `${timeMs}`,
    'civitas-nonce': nonce.toString('hex'), 'civitas-signature': Buffer.from(signature).toString('hex') } });
  assert.equal(code(moved), 'bad-signature');
  // A clock far off.
  assert.equal(code(await outwardGet(path, transportKey, { timeMs: Date.now() - 5 * 60_000 })), 'clock-skew');
  // A good request is served (its response signed by a health operator), and its replay is refused.
  const once = randomBytes(16);
  const served = await outwardGet(path, transportKey, { nonce: once });
  assert.equal(served.status, 200);
  assert.ok(served.body.equals(payload));
  assert.equal(served.headers['civitas-signer'], healthKey.address);
  assert.equal(served.headers['civitas-body-hash'], blake2AsHex(payload, 256).slice(2));
  const replayed = await outwardGet(path, transportKey, { nonce: once });
  assert.equal(replayed.status, 409);
  assert.equal(code(replayed), 'replayed-nonce');
});

test('a gateway killed with receipts queued restarts, and the receipts still land', async () => {
  const { api } = net;
  const healthStatus = async () => (await fetch(`http://127.0.0.1:${PORTS.healthIn}/health`)).json();
  // The previous test's fetch, made with the transport bureau's key but not through its
  // gateway, goes on chain as a batch of its own: the provider answered it.
  await waitFor('the provider to have every receipt on chain', async () => {
    const status = await healthStatus();
    return status.receiptsQueued === 0 && status.receiptsInflight === 0;
  }, { timeoutMs: 60_000 });
  const before = await deliveriesOf(await finalizedApi(api), grant);

  // The provider batches only every 10 minutes now: three fetches stay queued.
  await net.network.killGateway('health', 'SIGTERM');
  await startGateway('health', 600_000);
  for (let i = 0; i < 3; i++) {
    const fetched = await fetch(`http://127.0.0.1:${PORTS.transportIn}/v1/fetch/payloads/${resource}`);
    assert.equal(fetched.status, 200);
    await fetched.arrayBuffer();
  }
  assert.equal((await healthStatus()).receiptsQueued, 3);
  await net.network.killGateway('health', 'SIGKILL');
  await startGateway('health');
  // The three fetches land as one batch (one delivery whose hash is their Merkle root), and
  // the consumer's gateway confirms it.
  const after = await waitFor('the queued receipts recorded and confirmed after the restart', async () => {
    const all = await deliveriesOf(await finalizedApi(api), grant);
    return all.length > before.length && all.slice(before.length).every((delivery) => delivery.confirmed) ? all : null;
  }, { timeoutMs: 120_000 });
  assert.equal(after.length, before.length + 1, 'one batch for the three fetches');
  // The batch of the fetch the transport bureau's gateway never received is not confirmed:
  // a consumer's gateway confirms only what it received. It disputes it, naming the leaf.
  const direct = after[before.length - 1];
  assert.equal(direct.confirmed, null, JSON.stringify(direct));
  const dispute = await waitFor('the consumer to dispute the batch it never received', async () => {
    const found = await (await finalizedApi(api)).query.catalog.disputes(direct.id);
    return found.isSome ? found.unwrap() : null;
  }, { timeoutMs: 90_000 });
  assert.equal(dispute.reason.toString(), 'NotReceived');
  assert.equal(dispute.by.toString(), transportKey.address);
  const steps = (await net.network.rpc(0, 'civitas_trail', [resource])).result;
  const disputed = steps.find((step) => step.step === 'Disputed');
  assert.deepEqual([disputed?.delivery, disputed?.grant, disputed?.disputeReason],
    [direct.id, grant, 'NotReceived']);
});

test('a hospital document is fetched after an access on chain, refused without one, and shredded on erasure', async () => {
  const { api } = net;
  const health = net.network.gateways.get('health');
  const transport = net.network.gateways.get('transport');
  // A civil-affairs bureau registers a citizen (the council adds the bureau).
  const closed = await council.motion(api,
    api.tx.agencies.registerAgency('Municipal Civil Affairs Bureau', CIVIL_AFFAIRS, bureauAdmin.address, null),
    alice, [alice, bob], charlie);
  assert.equal(council.executedError(api, closed), null);
  assert.equal((await submit(api, api.tx.agencies.addOperator(registrar.address), bureauAdmin)).error, null);
  const citizen = commitment('110101199003075678', blake2AsU8a(stringToU8a('gateway e2e salt'), 256));
  assert.equal((await submit(api, api.tx.citizens.registerCitizen(citizen, citizenKey.address), registrar)).error, null);
  assert.equal((await submit(api, api.tx.citizens.acceptLink(citizen), citizenKey)).error, null);

  // The hospital anchors the document's hash (nothing that locates it), then its gateway keeps
  // the document; a document that is not the one anchored is not kept.
  const document = Buffer.from('discharge summary: admitted 2026-11-20, discharged 2026-11-27, stable');
  const anchored = await submit(api, api.tx.health.anchorRecord(citizen, 'DischargeSummary', blake2AsHex(document, 256)),
    dave, { finalized: true });
  const record = eventOf(api, anchored, 'health', 'RecordAnchored').id.toNumber();
  const forged = await fetch(`${health.inward}/v1/documents/${record}`, { method: 'PUT', body: 'forged' });
  assert.equal(forged.status, 409);
  assert.equal((await forged.json()).code, 'hash-mismatch');
  const kept = await fetch(`${health.inward}/v1/documents/${record}`, { method: 'PUT', body: document });
  assert.equal(kept.status, 200, await kept.clone().text());
  assert.equal((await kept.json()).hash, blake2AsHex(document, 256));
  const blobs = join(net.network.dir, 'gateway-health', 'blobs');
  const blobCount = readdirSync(blobs).length;

  // Without the citizen's consent the transport bureau's access is refused on chain, and its
  // gateway's fetch, naming a block without its access, is refused by the hospital's gateway.
  const noConsent = await submit(api, api.tx.health.accessRecord(record, TREATMENT), ferdie, { finalized: true });
  assert.equal(noConsent.error, 'health.NoConsent');
  const blockOf = async (hash) => (await api.rpc.chain.getHeader(hash)).number.toNumber();
  const withoutAccess = await fetch(`${transport.inward}/v1/fetch/documents/${record}?access=${await blockOf(noConsent.blockHash)}`);
  assert.equal(withoutAccess.status, 403);
  assert.equal((await withoutAccess.json()).code, 'no-access-on-chain');
  const unnamed = await fetch(`${transport.inward}/v1/fetch/documents/${record}`);
  assert.equal((await unnamed.json()).code, 'no-access-on-chain');

  // With consent, the access is on chain; the fetch naming its block gets the document.
  assert.equal((await submit(api, api.tx.citizens.grantConsent(TRANSPORT, 'Health', TREATMENT, null), citizenKey)).error, null);
  const accessed = await submit(api, api.tx.health.accessRecord(record, TREATMENT), ferdie, { finalized: true });
  assert.equal(accessed.error, null);
  const accessBlock = await blockOf(accessed.blockHash);
  const fetched = await fetch(`${transport.inward}/v1/fetch/documents/${record}?access=${accessBlock}`);
  assert.equal(fetched.status, 200, fetched.status === 200 ? '' : await fetched.text());
  assert.ok(Buffer.from(await fetched.arrayBuffer()).equals(document));
  // Fetched again once the chain has moved on, still within the access window: served.
  await waitFor('the hospital gateway to see two more finalized blocks', async () =>
    (await (await fetch(`${health.inward}/health`)).json()).finalized >= accessBlock + 2, { timeoutMs: 60_000 });
  const again = await fetch(`${transport.inward}/v1/fetch/documents/${record}?access=${accessBlock}`);
  assert.equal(again.status, 200, again.status === 200 ? '' : await again.text());
  await again.arrayBuffer();
  // The exchanges are in both logs, tied to the access block, and each log verifies against
  // the chain: the auditor's check finds the access in the block each request named. With a
  // window too short for the later fetch's distance from its access, that entry fails.
  const verifyLog = (file, ...flags) => {
    try {
      return JSON.parse(execFileSync(gatewayBinary(), ['verify-log', ...flags, '--node',
        `ws://127.0.0.1:${net.network.nodes[0].rpcPort}`, file], { encoding: 'utf8', stdio: 'pipe' }));
    } catch (error) {
      return { exit: error.status, ...JSON.parse(error.stdout) };
    }
  };
  for (const gateway of [health, transport]) {
    const text = await (await fetch(`${gateway.inward}/v1/log`)).text();
    const log = text.trim().split('\n').map((line) => JSON.parse(line));
    const servedAt = log.map((entry, index) => [entry, index + 1])
      .filter(([entry]) => entry.status === 200 && entry.path === `/v1/documents/${record}?access=${accessBlock}`);
    assert.equal(servedAt.length, 2, `${gateway.name} logged both document fetches`);
    const file = join(net.network.dir, `${gateway.name}.documents.jsonl`);
    writeFileSync(file, text);
    const verdict = verifyLog(file);
    assert.equal(verdict.exit, undefined, JSON.stringify(verdict.failures));
    assert.equal(verdict.verified, log.length);
    const [later, line] = servedAt[1];
    assert.ok(later.blockNumber >= accessBlock + 2, JSON.stringify(later));
    const strict = verifyLog(file, '--access-window', '0');
    assert.equal(strict.exit, 1);
    assert.ok(strict.failures.some((failure) => failure.line === line && /not within 0 blocks/.test(failure.error)),
      JSON.stringify(strict.failures));
  }

  // Erasure: within a finalized block the hospital's gateway destroys the key; the fetch is
  // refused with `erased`, and the hospital's own systems find the document gone.
  const erased = await submit(api, api.tx.health.eraseRecord(record), dave, { finalized: true });
  assert.equal(erased.error, null);
  const gone = await waitFor('the document shredded', async () => {
    const own = await fetch(`${health.inward}/v1/documents/${record}`);
    return own.status === 410 ? own.json() : null;
  }, { timeoutMs: 15_000, intervalMs: 250 });
  assert.equal(gone.code, 'erased');
  assert.equal(readdirSync(blobs).length, blobCount - 1, 'its ciphertext is gone too');
  const afterErasure = await fetch(`${transport.inward}/v1/fetch/documents/${record}?access=${accessBlock}`);
  assert.equal(afterErasure.status, 410);
  assert.equal((await afterErasure.json()).code, 'erased');
  const metrics = await (await fetch(`${health.inward}/metrics`)).text();
  assert.match(metrics, /civitas_gateway_documents_shredded_total 1\b/);
  // The gateway's log (JSON lines, `--log-format json`) says so, with the record and block.
  const said = readFileSync(health.log, 'utf8').split('\n').filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line)).find((line) => line.record === record && /key is destroyed/.test(line.message));
  assert.ok(said, 'the shredding is logged');
  assert.equal(said.level, 'INFO');
  assert.ok(said.block >= 1 && typeof said.timestamp === 'string');
});

test('after the grant expires, the fetch is refused with grant-expired', async () => {
  const { api } = net;
  const expiresAt = (await api.query.catalog.grants(grant)).unwrap().expiresAt.toNumber();
  await waitFor(`the grant to expire at block ${expiresAt}`, async () => {
    const answer = await fetch(`http://127.0.0.1:${PORTS.transportIn}/v1/fetch/payloads/${resource}`);
    if (answer.status === 200) {
      await answer.arrayBuffer();
      return false;
    }
    assert.equal(answer.status, 403);
    assert.equal((await answer.json()).code, 'grant-expired');
    return true;
  }, { timeoutMs: 240_000, intervalMs: 3_000 });
  const finalized = await finalizedApi(api);
  assert.equal((await finalized.query.catalog.grants(grant)).unwrap().status.toString(), 'Expired');
});
