// End-to-end: scripts/chain-spec.py turns the 50-agency example file into a raw chain spec,
// and a node started from it has 50 agencies, 50 authorities and 50 council members.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalNetwork, nodeIdOf } from './network.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const generator = join(root, 'scripts', 'chain-spec.py');
const example = join(root, 'scripts', 'agencies.example.json');
const dir = mkdtempSync(join(tmpdir(), 'civitas-spec-'));
let network;

function generate(input, ...flags) {
  return spawnSync('python3', [generator, 'build', input, ...flags], { encoding: 'utf8' });
}

before(async () => {
  const specPath = join(dir, 'civitas-50.json');
  writeFileSync(specPath, execFileSync('python3', [generator, 'build', example, '--raw'],
    { encoding: 'utf8', maxBuffer: 64 << 20 }));
  network = new LocalNetwork({ binary: process.env.CIVITAS_NODE, chain: specPath, count: 1, portBase: 23000 });
  await network.start();
});

after(async () => {
  await network?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('the generated spec holds 50 agencies, 50 authorities and 50 council members', async () => {
  const agencies = JSON.parse(readFileSync(example, 'utf8')).agencies;
  assert.equal(agencies.length, 50);
  const api = await network.api(0);

  assert.equal((await api.query.agencies.nextAgencyId()).toNumber(), 50);
  const first = (await api.query.agencies.agencies(0)).unwrap();
  assert.equal(first.name.toUtf8(), 'Agency 1');
  assert.equal(first.roles.toNumber(), (1 << 2) | (1 << 3), 'HEALTH | DISEASE_CONTROL');
  assert.equal(first.admin.toString(), agencies[0].admin);

  const validators = (await api.query.session.validators()).map(String);
  assert.deepEqual([...validators].sort(), agencies.map((a) => a.aura).sort());
  assert.equal((await api.query.aura.authorities()).length, 50);
  assert.equal((await api.call.grandpaApi.grandpaAuthorities()).length, 50);

  const council = (await api.query.council.members()).map(String);
  assert.deepEqual([...council].sort(), agencies.map((a) => a.admin).sort());
  assert.ok((await api.query.sudo.key()).isNone, 'no sudo key');

  // Every agency's node, in agency order, is a peer the nodes accept.
  const nodes = (await api.call.agenciesApi.authorizedNodes()).map(String);
  assert.deepEqual(nodes, agencies.map((a) => nodeIdOf(a.nodeId)));

  // Each admin holds the endowment the file gives it, so citizens and admins can pay fees.
  const endowed = JSON.parse(readFileSync(example, 'utf8')).endowed;
  assert.equal(Object.keys(endowed).length, 50);
  assert.equal((await api.query.system.account(agencies[49].admin)).data.free.toString(), endowed[agencies[49].admin]);
});

test('every agency\'s node address is a boot node, so no node depends on one other', () => {
  const agencies = JSON.parse(readFileSync(example, 'utf8')).agencies;
  const spec = JSON.parse(execFileSync('python3', [generator, 'build', example], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  assert.deepEqual(spec.bootNodes, agencies.flatMap((a) => a.addresses));
  assert.equal(spec.bootNodes.length, 50);
  assert.equal(spec.chainType, 'Local', 'the example is a local demo; a real file says Live (the default)');

  // An address must name one of its own agency's nodes.
  const foreign = join(dir, 'foreign-address.json');
  writeFileSync(foreign, JSON.stringify({ agencies: [
    { ...agencies[0], addresses: [`/ip4/10.0.0.1/tcp/30333/p2p/${agencies[1].nodeId}`] }, agencies[1]] }));
  const refused = generate(foreign);
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /does not end with \/p2p\/ and one of its node ids/);
});

test('the generator refuses unknown roles and shared keys, naming the problem', () => {
  const agencies = JSON.parse(readFileSync(example, 'utf8')).agencies.slice(0, 2);

  const badRole = join(dir, 'bad-role.json');
  writeFileSync(badRole, JSON.stringify({ agencies: [{ ...agencies[0], roles: ['MAYOR'] }] }));
  const role = generate(badRole);
  assert.notEqual(role.status, 0);
  assert.match(role.stderr, /unknown role 'MAYOR'/);

  const shared = join(dir, 'shared-admin.json');
  writeFileSync(shared, JSON.stringify({ agencies: [agencies[0], { ...agencies[1], admin: agencies[0].admin }] }));
  const admin = generate(shared);
  assert.notEqual(admin.status, 0);
  assert.match(admin.stderr, /two agencies share a 'admin'/);

  const badNode = join(dir, 'bad-node.json');
  writeFileSync(badNode, JSON.stringify({ agencies: [{ ...agencies[0], nodeId: '12D3KooWabc' }] }));
  const node = generate(badNode);
  assert.notEqual(node.status, 0);
  assert.match(node.stderr, /'12D3KooWabc' is not the peer id of an ed25519 node key/);

  const sharedNode = join(dir, 'shared-node.json');
  writeFileSync(sharedNode, JSON.stringify({ agencies: [agencies[0], { ...agencies[1], nodeId: agencies[0].nodeId }] }));
  const nodeShared = generate(sharedNode);
  assert.notEqual(nodeShared.status, 0);
  assert.match(nodeShared.stderr, /two agencies share a node id/);
});
