// End-to-end: a node's disk fills up. Four authorities; node 3's base path is a small tmpfs of
// its own. Once the chain runs, the tmpfs is filled to within a little of its size and large
// remarks make the blocks heavy, so node 3 runs out of space while importing them. It must
// say so clearly and stop, the other three must keep finalizing, and after space is freed and
// it is restarted on the same database it must open it (nothing corrupted) and catch up.
//
// Needs root for `mount` (CI runs as root).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNetwork, devAccounts, submit, waitFor, writeAgencySpec } from './network.mjs';

const binary = process.env.CIVITAS_NODE;
const dir = mkdtempSync(join(tmpdir(), 'civitas-diskfull-'));
const PORT_BASE = 16000;
const FULL = 3;
const TMPFS_MIB = 256;
// Space left when the disk is filled: a few heavy blocks' worth.
const LEFT_MIB = 6;
let network;
let mounted = false;

const heights = (index) => network.heights(index);
const freeBytes = (path) => {
  const { bavail, bsize } = statfsSync(path);
  return bavail * bsize;
};

before(async () => {
  const spec = writeAgencySpec({ binary, dir, count: 4, portBase: PORT_BASE, id: 'civitas_diskfull',
    endowed: { Alice: (10n ** 6n * 10n ** 12n).toString() } });
  network = new LocalNetwork({ binary, chain: spec, count: 4, portBase: PORT_BASE });
  const base = network.nodes[FULL].base;
  mkdirSync(base, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_MIB}m`, 'civitas-diskfull', base]);
  mounted = true;
  await network.start();
});

after(async () => {
  await network?.stop({ keepFiles: true });
  if (mounted) execFileSync('umount', ['-l', network.nodes[FULL].base]);
  rmSync(network.dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

test('a node whose disk fills stops with a clear error, and catches up once space is freed', async (t) => {
  await waitFor('finality past block 3 on every node', async () =>
    (await Promise.all([0, 1, 2, 3].map(heights))).every(({ finalized }) => finalized >= 3), { timeoutMs: 240_000 });

  // Fill node 3's disk to within LEFT_MIB of its size.
  const base = network.nodes[FULL].base;
  const filler = join(base, 'filler');
  execFileSync('fallocate', ['-l', `${freeBytes(base) - LEFT_MIB * 2 ** 20}`, filler]);
  t.diagnostic(`node ${FULL}'s disk: ${(freeBytes(base) / 2 ** 20).toFixed(1)} MiB left`);

  // Heavy blocks: remarks of 1 MiB, one after another, until node 3 stops.
  const api = await network.api(0);
  const [alice] = await devAccounts('Alice');
  // Random bytes: the database compresses block bodies, and a repeated byte would take
  // almost nothing.
  const remark = () => api.tx.system.remark(`0x${randomBytes(2 ** 20).toString('hex')}`);
  const stopped = () => network.nodes[FULL].process.exitCode !== null || network.nodes[FULL].process.signalCode !== null;
  let sent = 0;
  while (!stopped() && sent < 3 * LEFT_MIB) {
    const { error } = await submit(api, remark(), alice);
    assert.equal(error, null);
    sent += 1;
  }
  try {
    await waitFor(`node ${FULL} to stop`, async () => stopped(), { timeoutMs: 60_000 });
  } catch (error) {
    throw new Error(`${error.message} (${sent} heavy blocks sent; ${(freeBytes(base) / 2 ** 20).toFixed(1)} MiB left; ` +
      `heights ${JSON.stringify(await Promise.all([0, 1, 2, 3].map((i) => heights(i).catch(() => null))))})\n` +
      `node ${FULL}'s log ends:\n${network.logTail(FULL, 30)}`);
  }
  const log = readFileSync(network.nodes[FULL].log, 'utf8');
  const why = log.split('\n').filter((line) => /No space left on device/.test(line));
  assert.ok(why.length > 0, `the node says why it stopped; its log ends:\n${network.logTail(FULL, 20)}`);
  t.diagnostic(`node ${FULL} stopped after ${sent} heavy blocks, saying:\n${why.slice(0, 3).join('\n')}\n…\n${network.logTail(FULL, 3)}`);

  // The others keep finalizing.
  const others = [0, 1, 2];
  const before = await Promise.all(others.map(heights));
  await waitFor('the three to finalize 3 more blocks', async () =>
    (await Promise.all(others.map(heights))).every(({ finalized }, i) => finalized >= before[i].finalized + 3),
  { timeoutMs: 120_000 });

  // Space freed, node 3 restarted on the same database: it opens it and catches up.
  rmSync(filler);
  const restarted = Date.now();
  network.startNode(FULL);
  const target = Math.max(...(await Promise.all(others.map(heights))).map((h) => h.finalized));
  await waitFor(`node ${FULL} to finalize #${target} again`, async () =>
    (await heights(FULL)).finalized >= target, { timeoutMs: 180_000 });
  const hash = async (index) => (await network.rpc(index, 'chain_getBlockHash', [target])).result;
  assert.equal(await hash(FULL), await hash(0), `node ${FULL} is on the others' chain`);
  t.diagnostic(`restarted with space, node ${FULL} finalized #${target} ${Math.round((Date.now() - restarted) / 1000)} s later`);
});
