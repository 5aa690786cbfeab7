// End-to-end: losing one node never isolates the others. A `Live` chain spec from
// scripts/chain-spec.py for four agencies, each with its node's address; the nodes are
// started as local-net.sh once wired them — node 0 given no boot node, the others only node
// 0 — and node 0 is killed. A `Live` node neither discovers peers on its local network nor
// accepts private addresses learnt from others, so with a spec that names no address the
// other three sit at `Idle (0 peers)` and the chain stops (tried: finality stayed at #3 for
// two minutes); with every node a boot node of the spec, the three keep finalizing.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalNetwork, waitFor } from './network.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = process.env.CIVITAS_NODE;
const dir = mkdtempSync(join(tmpdir(), 'civitas-bootnode-'));
const PORT_BASE = 35000;
const SEEDS = ['Alice', 'Bob', 'Charlie', 'Dave'];
let network;

const cli = (...args) => execFileSync(binary, args, { encoding: 'utf8' }).trim();
const key = (scheme, seed, field) => JSON.parse(cli('key', 'inspect', '--scheme', scheme, '--output-type', 'json', `//${seed}`))[field];

/** A node's finalized block number, from its own RPC. */
async function finalized(index) {
  const head = (await network.rpc(index, 'chain_getFinalizedHead')).result;
  return parseInt((await network.rpc(index, 'chain_getHeader', [head])).result.number, 16);
}

before(async () => {
  // The agencies file: four agencies whose keys are the well-known ones LocalNetwork inserts,
  // whose node keys are LocalNetwork's (node i's key is the number i + 1), each node's
  // loopback address given.
  const agencies = SEEDS.map((seed, i) => {
    const keyFile = join(dir, `node${i}.key`);
    writeFileSync(keyFile, (i + 1).toString(16).padStart(64, '0'));
    const nodeId = cli('key', 'inspect-node-key', '--file', keyFile);
    const account = key('sr25519', seed, 'ss58Address');
    return {
      name: `Agency ${seed}`, roles: ['DATA_BUREAU'], admin: account, aura: account,
      grandpa: key('ed25519', seed, 'ss58PublicKey'), nodeId,
      addresses: [`/ip4/127.0.0.1/tcp/${PORT_BASE + 333 + i}/p2p/${nodeId}`],
    };
  });
  const file = join(dir, 'agencies.json');
  writeFileSync(file, JSON.stringify({ name: 'Civitas boot-node test', id: 'civitas_bootnode', agencies }));
  const spec = join(dir, 'spec.json');
  writeFileSync(spec, execFileSync('python3', [join(root, 'scripts', 'chain-spec.py'), 'build', file, '--raw'],
    { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, CIVITAS_NODE: binary } }));
  // Wired as local-net.sh once did: node 0 dials no one, the others only node 0.
  network = new LocalNetwork({ binary, chain: spec, count: 4, portBase: PORT_BASE, firstKnowsNone: true });
  await network.start();
});

after(async () => {
  await network?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a Live chain keeps finalizing after its first boot node dies', async () => {
  assert.equal((await network.rpc(1, 'system_chainType')).result, 'Live');
  // All four author and finalize.
  await waitFor('finality past block 3 on every node', async () =>
    (await Promise.all([0, 1, 2, 3].map(finalized))).every((number) => number >= 3), { timeoutMs: 180_000 });

  await network.killNode(0);
  const before = Math.max(...(await Promise.all([1, 2, 3].map(finalized))));
  // Three of four authorities: more than two thirds, so GRANDPA finalizes — if they still
  // reach each other.
  try {
    await waitFor('the three to finalize 5 more blocks without node 0', async () =>
      (await Promise.all([1, 2, 3].map(finalized))).every((number) => number >= before + 5), { timeoutMs: 120_000 });
  } catch (error) {
    throw new Error(`${error.message}\nnode 1's log ends:\n${network.logTail(1, 15)}`);
  }
  for (const index of [1, 2, 3]) {
    const health = (await network.rpc(index, 'system_health')).result;
    assert.ok(health.peers >= 2, `node ${index} has ${health.peers} peers`);
  }
});
