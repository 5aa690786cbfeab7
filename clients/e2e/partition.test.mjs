// End-to-end: a network split between two data centres. Four authority nodes, each in a
// network namespace of its own (netns.mjs: a data link on one of two bridges, a management
// link for this process), on a `Live` spec naming every node's address.
//
// 2|2: neither side has more than two thirds of the votes, so finality stops on both sides;
// blocks may go on (each side holds half of Aura's slots), but no two nodes' finalized blocks
// conflict. Healed, finality resumes and every node ends on one chain.
// 3|1: the three keep finalizing; the one stops, and catches up once healed.
//
// Needs root for `ip netns` (CI runs as root).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LocalNetwork, waitFor, writeAgencySpec } from './network.mjs';
import { Namespaces } from './netns.mjs';

const binary = process.env.CIVITAS_NODE;
const dir = mkdtempSync(join(tmpdir(), 'civitas-partition-'));
const PORT_BASE = 15000;
const ALL = [0, 1, 2, 3];
let namespaces;
let network;

const heights = (index) => network.heights(index);
const all = (nodes) => Promise.all(nodes.map(heights));
const hashAt = async (index, number) => (await network.rpc(index, 'chain_getBlockHash', [number])).result;

/** No two nodes' finalized chains conflict: each pair agrees at the lower of their heights. */
async function assertOneFinalizedChain(label) {
  const now = await all(ALL);
  for (const i of ALL) {
    for (const j of ALL.filter((j) => j > i)) {
      const common = Math.min(now[i].finalized, now[j].finalized);
      assert.equal(await hashAt(i, common), await hashAt(j, common),
        `${label}: nodes ${i} and ${j} disagree on finalized block #${common}`);
    }
  }
  return now;
}

before(async () => {
  namespaces = new Namespaces(4);
  const spec = writeAgencySpec({ binary, dir, count: 4, portBase: PORT_BASE, id: 'civitas_partition',
    host: (i) => namespaces.dataAddress(i) });
  network = new LocalNetwork({ binary, chain: spec, count: 4, portBase: PORT_BASE, namespaces });
  await network.start();
});

after(async () => {
  await network?.stop();
  namespaces?.removeAll();
  rmSync(dir, { recursive: true, force: true });
});

test('a 2|2 split stops finality on both sides without conflict; a 3|1 split keeps the three finalizing', async (t) => {
  await waitFor('finality past block 3 on every node', async () =>
    (await all(ALL)).every(({ finalized }) => finalized >= 3), { timeoutMs: 240_000 });

  // ---- 2|2 ----
  namespaces.split([2, 3]);
  // A round whose votes were already on the wire may still complete: let it settle, then
  // watch for 30 s (ten slots).
  await sleep(8_000);
  const stopped = await all(ALL);
  await sleep(30_000);
  const later = await all(ALL);
  for (const i of ALL) {
    assert.equal(later[i].finalized, stopped[i].finalized, `node ${i} finalized during a 2|2 split`);
  }
  assert.ok(later.some((h, i) => h.best > stopped[i].best), 'blocks go on during the split');
  t.diagnostic(`2|2: finality held at ${stopped.map((h) => h.finalized)}, best went ${stopped.map((h) => h.best)} → ${later.map((h) => h.best)}`);
  await assertOneFinalizedChain('during the 2|2 split');

  namespaces.heal();
  const healed = Date.now();
  const top = Math.max(...later.map((h) => h.finalized));
  try {
    await waitFor('finality to resume on every node after healing', async () =>
      (await all(ALL)).every(({ finalized }) => finalized >= top + 3), { timeoutMs: 180_000 });
  } catch (error) {
    throw new Error(`${error.message}\nnode 2's log ends:\n${network.logTail(2, 15)}`);
  }
  t.diagnostic(`2|2 healed: every node finalized #${top + 3} after ${Math.round((Date.now() - healed) / 1000)} s`);
  await assertOneFinalizedChain('after healing the 2|2 split');

  // ---- 3|1 ----
  namespaces.split([3]);
  await sleep(8_000);
  const lone = (await heights(3)).finalized;
  const three = await all([0, 1, 2]);
  await waitFor('the three to finalize 4 more blocks without node 3', async () =>
    (await all([0, 1, 2])).every(({ finalized }, i) => finalized >= three[i].finalized + 4), { timeoutMs: 120_000 });
  assert.equal((await heights(3)).finalized, lone, 'the lone node finalizes nothing');
  await assertOneFinalizedChain('during the 3|1 split');

  namespaces.heal();
  const rejoined = Date.now();
  const reached = Math.max(...(await all([0, 1, 2])).map((h) => h.finalized));
  await waitFor('node 3 to catch up after healing', async () =>
    (await heights(3)).finalized >= reached, { timeoutMs: 180_000 });
  const end = await assertOneFinalizedChain('after healing the 3|1 split');
  t.diagnostic(`3|1: node 3 held at #${lone} while the three reached #${reached}; ` +
    `it finalized #${reached} ${Math.round((Date.now() - rejoined) / 1000)} s after healing (now #${end[3].finalized})`);
});
