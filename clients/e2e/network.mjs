// A real Civitas network on loopback for the end-to-end tests: N authority nodes started
// from the release binary, each with its own ports, base path, keys and node key.
//
// Every process started here is tracked; `stop()` ends them, and an exit hook kills any
// that are still alive if the test process itself dies.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, openSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { before, after, afterEach } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { base58Decode, cryptoWaitReady } from '@polkadot/util-crypto';

const SEEDS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

const running = new Set();
function killEverything() {
  for (const child of running) {
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }
}
process.on('exit', killEverything);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killEverything();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

/** Poll `probe` until it returns a truthy value; throw `what` after `timeoutMs`. */
export async function waitFor(what, probe, { timeoutMs = 60_000, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
}

/**
 * The first port of the kernel's ephemeral range (32768 by default): the local ports it hands
 * to outgoing connections. A test's fixed listening port inside it can be taken by any client's
 * connection first, and the test then fails by chance (a node whose RPC port is in use stops).
 */
function ephemeralPortsFrom() {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
  } catch {
    return 32768;
  }
}

/**
 * Every fixed port a test listens on is `portBase` plus an offset below 1000 (p2p +333, RPC
 * +944, Prometheus +615, gateways +801..); throw if that block reaches the ephemeral range.
 */
function checkPortBase(portBase) {
  const first = ephemeralPortsFrom();
  if (portBase + 1000 > first) {
    throw new Error(`port base ${portBase}: ports up to ${portBase + 999} reach the kernel's ephemeral `
      + `range (from ${first}), where an outgoing connection can take one first; use a base below ${first - 1000}`);
  }
}

/**
 * The node id pallet-agencies keeps for a `12D3KooW…` peer id: the node key's ed25519 public
 * key, as hex (the last 32 of the peer id's 38 bytes).
 */
export function nodeIdOf(peerId) {
  const bytes = base58Decode(peerId);
  if (bytes.length !== 38) throw new Error(`${peerId} is not the peer id of an ed25519 key`);
  return u8aToHex(bytes.slice(6));
}

/** The well-known development accounts (sr25519) of `names`, e.g. `devAccounts('Alice')`. */
export async function devAccounts(...names) {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  return names.map((name) => keyring.addFromUri(`//${name}`));
}

/**
 * Start a network of the release binary before a test file's tests and stop it after them.
 * Returns a handle whose `network` and `api` (a client of node 0) are set once tests run.
 */
export function useNetwork(options) {
  const handle = {};
  before(async () => {
    handle.network = new LocalNetwork({ binary: process.env.CIVITAS_NODE, ...options });
    await handle.network.start();
    handle.api = await handle.network.api(0);
  });
  // A failed test says where each node was: alive or how it exited, its heights, and the end
  // of its log (CI keeps no node logs, so this is all a red run leaves to read).
  afterEach(async (t) => {
    if (t.passed === false && handle.network) console.error(await handle.network.report());
  });
  after(async () => {
    await handle.network?.stop();
  });
  return handle;
}

/** The Aura slot a block was sealed in, read from its pre-runtime digest. */
export function auraSlot(api, header) {
  const preRuntime = header.digest.logs.find(
    (log) => log.isPreRuntime && log.asPreRuntime[0].toString() === 'aura');
  if (!preRuntime) throw new Error(`block #${header.number} has no Aura pre-runtime digest`);
  return api.createType('u64', preRuntime.asPreRuntime[1].toU8a(true)).toBigInt();
}

/**
 * Sign and submit `tx`, and wait until it is in a block (or finalized, with
 * `{ finalized: true }`). Resolves with the block hash, the extrinsic's events and, if it
 * failed, its error as `section.Name` (e.g. `council.NotMember`); a refused or dropped
 * transaction rejects, and so does one not in a block (or finalized) within `timeoutMs`.
 */
export function submit(api, tx, signer, { finalized = false, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    // A transaction the pool keeps but no block takes would otherwise hang the test.
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`${tx.method.section}.${tx.method.method} not ${finalized ? 'finalized' : 'in a block'} within ${timeoutMs} ms`));
    }, timeoutMs);
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (status.isDropped || status.isInvalid || status.isUsurped) {
        clearTimeout(timer);
        unsubscribe();
        reject(new Error(`transaction ${status.type}`));
        return;
      }
      if (!(finalized ? status.isFinalized : status.isInBlock)) return;
      clearTimeout(timer);
      unsubscribe();
      let error = null;
      if (dispatchError) {
        if (dispatchError.isModule) {
          const { section, name } = api.registry.findMetaError(dispatchError.asModule);
          error = `${section}.${name}`;
        } else {
          error = dispatchError.toString();
        }
      }
      const blockHash = finalized ? status.asFinalized.toHex() : status.asInBlock.toHex();
      resolve({ blockHash, events: events.map(({ event }) => event), error });
    }).then((unsub) => { unsubscribe = unsub; }, (error) => { clearTimeout(timer); reject(error); });
  });
}

/**
 * Write a raw chain spec for `count` agencies with scripts/chain-spec.py, for a LocalNetwork
 * of as many nodes: agency i's admin, Aura and GRANDPA keys are the i-th well-known seed's
 * (the keys LocalNetwork inserts), its node the node key LocalNetwork gives node i (the
 * number i + 1). Returns the spec's path.
 *
 * @param {object} options
 * @param {string} options.binary  path to civitas-node (its key tool derives the keys)
 * @param {string} options.dir  where the agencies file and the spec are written
 * @param {number} options.count  agencies (and nodes)
 * @param {number} options.portBase  the LocalNetwork's, for the nodes' loopback addresses
 * @param {'all'|'first'} [options.addresses]  which nodes' addresses the spec names (as its
 *   boot nodes)
 * @param {(i: number) => string[]} [options.roles]  agency i's role names
 * @param {(i: number) => string[]} [options.operators]  agency i's operators, by seed name
 * @param {Record<string, string>} [options.endowed]  balances at genesis, by seed name
 * @param {string} [options.id]  the chain's id (its database directory's name)
 * @param {(i: number) => string} [options.host]  the IP address node i listens on
 * @param {(i: number) => number[]} [options.nodesOf]  the LocalNetwork nodes agency i runs
 *   (default: node i alone); a second node with the same seed runs the agency's keys twice
 * @param {number} [options.sessionLength]  blocks per session (default: the runtime's)
 */
export function writeAgencySpec({ binary, dir, count, portBase, addresses = 'all',
  roles = () => ['DATA_BUREAU'], operators = () => [], endowed = {}, id = 'civitas_agencies',
  host = () => '127.0.0.1', nodesOf = (i) => [i], sessionLength }) {
  const cli = (...args) => execFileSync(binary, args, { encoding: 'utf8' }).trim();
  const key = (scheme, seed, field) =>
    JSON.parse(cli('key', 'inspect', '--scheme', scheme, '--output-type', 'json', `//${seed}`))[field];
  // LocalNetwork gives node n the node key n + 1.
  const nodeIdOf = (n) => {
    const keyFile = join(dir, `node${n}.key`);
    writeFileSync(keyFile, (n + 1).toString(16).padStart(64, '0'));
    return cli('key', 'inspect-node-key', '--file', keyFile);
  };
  const agencies = SEEDS.slice(0, count).map((seed, i) => {
    const nodes = nodesOf(i).map((n) => ({ n, id: nodeIdOf(n) }));
    const account = key('sr25519', seed, 'ss58Address');
    const named = addresses === 'all' || i === 0;
    return {
      name: `Agency ${seed}`, roles: roles(i), admin: account, aura: account,
      operators: operators(i).map((name) => key('sr25519', name, 'ss58Address')),
      grandpa: key('ed25519', seed, 'ss58PublicKey'), nodeIds: nodes.map(({ id }) => id),
      addresses: named ? nodes.map(({ n, id }) => `/ip4/${host(n)}/tcp/${portBase + 333 + n}/p2p/${id}`) : [],
    };
  });
  const balances = Object.fromEntries(Object.entries(endowed).map(([seed, amount]) =>
    [key('sr25519', seed, 'ss58Address'), amount]));
  const file = join(dir, 'agencies.json');
  writeFileSync(file, JSON.stringify({ name: `Civitas (${count} agencies)`, id, agencies, endowed: balances, sessionLength }));
  const spec = join(dir, 'spec.json');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  writeFileSync(spec, execFileSync('python3', [join(root, 'scripts', 'chain-spec.py'), 'build', file, '--raw'],
    { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, CIVITAS_NODE: binary } }));
  return spec;
}

export class LocalNetwork {
  /**
   * @param {object} options
   * @param {string} options.binary  path to civitas-node
   * @param {string} [options.chain]  `local` (3 authorities) or `dev` (Alice alone)
   * @param {number} [options.count]  number of authority nodes, one per authority of `chain`
   * @param {number} [options.portBase]  offsets kept apart from scripts/local-net.sh's ports
   * @param {boolean} [options.firstKnowsNone]  node 0 is given no boot node (as the others'
   *   only one, it then learns of them only when they dial it): the wiring that leaves the
   *   others isolated when node 0 dies, unless the chain spec names them all
   * @param {import('./netns.mjs').Namespaces} [options.namespaces]  run node i in network
   *   namespace i of these, listening for peers on its address there; its RPC is reached
   *   over its management link
   * @param {string[]} [options.seeds]  the well-known seed whose Aura and GRANDPA keys node i
   *   gets (default: Alice, Bob, ... in order)
   * @param {string[]} [options.nodeArgs]  arguments every node is started with (after the
   *   network's own)
   * @param {(index: number) => string[]} [options.launcher]  a command that runs node i's
   *   command line given as its arguments and becomes the node (it must `exec` it, so that the
   *   node keeps its pid): e.g. one that first puts itself in a memory cgroup
   */
  constructor({ binary, chain = 'local', count = 3, portBase = 20000, firstKnowsNone = false, namespaces, seeds = SEEDS, nodeArgs = [], launcher }) {
    checkPortBase(portBase);
    this.binary = binary;
    this.nodeArgs = nodeArgs;
    this.launcher = launcher;
    this.namespaces = namespaces;
    this.firstKnowsNone = firstKnowsNone;
    this.chain = chain;
    // The database directory's name, for the built-in specs (a spec file names its own).
    this.chainId = ['dev', 'local'].includes(chain) ? `civitas_${chain}` : undefined;
    this.count = count;
    this.dir = mkdtempSync(join(tmpdir(), 'civitas-e2e-'));
    this.nodes = [];
    this.gateways = new Map();
    for (let i = 0; i < count; i++) {
      this.nodes.push({
        index: i,
        seed: `//${seeds[i]}`,
        base: join(this.dir, `node${i}`),
        log: join(this.dir, `node${i}.log`),
        p2pPort: portBase + 333 + i,
        rpcPort: portBase + 944 + i,
        prometheusPort: portBase + 615 + i,
        process: null,
        apis: [],
      });
    }
  }

  /** Insert every node's keys and start them all, node 0 being the others' bootnode. */
  async start() {
    for (const node of this.nodes) {
      const keyFile = join(this.dir, `node${node.index}.key`);
      writeFileSync(keyFile, (node.index + 1).toString(16).padStart(64, '0'));
      node.keyFile = keyFile;
      node.peerId = this.#cli(['key', 'inspect-node-key', '--file', keyFile]).trim();
      for (const [scheme, type] of [['sr25519', 'aura'], ['ed25519', 'gran']]) {
        this.#cli(['key', 'insert', '--base-path', node.base, '--chain', this.chain,
          '--scheme', scheme, '--suri', node.seed, '--key-type', type]);
      }
    }
    for (const node of this.nodes) this.startNode(node.index);
    // A node's first start builds its genesis state in the runtime's wasm (about 18 s of one
    // core on the 2-core CI machine); with two test files' networks starting together, seven
    // nodes share the two cores, so allow minutes — and say where each node stopped if not.
    // A node that exits (a bad argument, a spec it refuses) fails at once, not at the timeout.
    await Promise.all(this.nodes.map(async (node) => {
      let onExit;
      const exited = new Promise((_, reject) => {
        onExit = (code, signal) => reject(new Error(`node ${node.index} exited (${signal ?? code})`));
        node.process.once('exit', onExit);
      });
      try {
        await Promise.race([exited, waitFor(`node ${node.index} to answer RPC`,
          () => this.rpc(node.index, 'system_health'), { timeoutMs: 240_000 })]);
      } catch (error) {
        const log = readFileSync(node.log, 'utf8').trim().split('\n').slice(-5).join('\n');
        throw new Error(`${error.message}\nnode ${node.index}'s log ends:\n${log}`);
      } finally {
        node.process.off('exit', onExit);
      }
    }));
  }

  /** Start (or restart, on the same base path) node `index`, with `extra` arguments. */
  startNode(index, extra = []) {
    const node = this.nodes[index];
    const p2pHost = (i) => this.namespaces?.dataAddress(i) ?? '127.0.0.1';
    const args = ['--validator', '--chain', this.chain, '--base-path', node.base,
      '--name', `agency-${index}`, '--rpc-port', `${node.rpcPort}`,
      '--prometheus-port', `${node.prometheusPort}`, '--node-key-file', node.keyFile,
      '--no-telemetry', '--no-mdns', '--rpc-cors', 'all',
      // In a namespace, peers only on the data link; its RPC is reached over the management
      // link, which only this process shares (so "unsafe": the methods a localhost RPC has).
      ...(this.namespaces
        ? ['--listen-addr', `/ip4/${p2pHost(index)}/tcp/${node.p2pPort}`, '--unsafe-rpc-external']
        : ['--port', `${node.p2pPort}`]), ...this.nodeArgs, ...extra];
    if (index !== 0) {
      args.push('--bootnodes', `/ip4/${p2pHost(0)}/tcp/${this.nodes[0].p2pPort}/p2p/${this.nodes[0].peerId}`);
    } else if (!this.firstKnowsNone) {
      // Node 0 knows the others too, so that it finds them again after its own restart.
      for (const other of this.nodes.slice(1)) {
        args.push('--bootnodes', `/ip4/${p2pHost(other.index)}/tcp/${other.p2pPort}/p2p/${other.peerId}`);
      }
    }
    const out = openSync(node.log, 'a');
    const line = [...(this.launcher?.(index) ?? []), this.binary, ...args];
    const [command, ...commandArgs] = this.namespaces
      ? ['ip', 'netns', 'exec', this.namespaces.name(index), ...line]
      : line;
    const child = spawn(command, commandArgs, { stdio: ['ignore', out, out] });
    running.add(child);
    child.on('exit', () => running.delete(child));
    node.process = child;
  }

  /** Kill node `index` with `signal` and wait until the process is gone. */
  async killNode(index, signal = 'SIGKILL') {
    const node = this.nodes[index];
    await this.#disconnect(node);
    const child = node.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  /**
   * Start (or restart, on the same data directory) a civitas-gateway for `agency` beside node
   * `nodeIndex`, acting with the operator key `keyUri`; its outward (HTTPS) face on
   * `outwardPort`, its inward (HTTP) face on `inwardPort`. Returns its handle: `inward` (the
   * base URL of its inward face), `tlsKey` (hex, to name on chain) and `log`.
   */
  async startGateway(name, { agency, keyUri, nodeIndex = 0, outwardPort, inwardPort, receiptsMs = 2000, missingAfterSecs }) {
    const binary = process.env.CIVITAS_GATEWAY ?? join(dirname(this.binary), 'civitas-gateway');
    const data = join(this.dir, `gateway-${name}`);
    mkdirSync(data, { recursive: true });
    const keyFile = join(data, 'operator.key');
    writeFileSync(keyFile, keyUri, { mode: 0o600 });
    const config = join(data, 'gateway.toml');
    writeFileSync(config, [
      `agency = ${agency}`,
      `node = "ws://127.0.0.1:${this.nodes[nodeIndex].rpcPort}"`,
      `operator_key_file = "${keyFile}"`,
      `data_dir = "${data}"`,
      `outward = "127.0.0.1:${outwardPort}"`,
      `inward = "127.0.0.1:${inwardPort}"`,
      '[receipts]',
      `interval_ms = ${receiptsMs}`,
      ...(missingAfterSecs === undefined ? [] : [`missing_after_secs = ${missingAfterSecs}`]),
      '',
    ].join('\n'));
    const tlsKey = execFileSync(binary, ['tls-key', '--config', config], { encoding: 'utf8' }).trim();
    const log = join(this.dir, `gateway-${name}.log`);
    const out = openSync(log, 'a');
    const child = spawn(binary, ['--log-format', 'json', 'run', '--config', config], { stdio: ['ignore', out, out] });
    running.add(child);
    child.on('exit', () => running.delete(child));
    const gateway = { name, agency, child, log, tlsKey, endpoint: `127.0.0.1:${outwardPort}`,
      inward: `http://127.0.0.1:${inwardPort}` };
    this.gateways.set(name, gateway);
    await waitFor(`gateway ${name} to answer /health`, async () => {
      if (child.exitCode !== null) throw new Error(`gateway ${name} exited: ${readFileSync(log, 'utf8').slice(-2000)}`);
      return (await fetch(`${gateway.inward}/health`)).ok;
    }, { timeoutMs: 60_000 });
    return gateway;
  }

  /** Kill gateway `name` with `signal` and wait until the process is gone. */
  async killGateway(name, signal = 'SIGKILL') {
    const child = this.gateways.get(name)?.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  /** A connected @polkadot/api client for node `index`, using only the chain's metadata. */
  async api(index) {
    const node = this.nodes[index];
    const provider = new WsProvider(`ws://${this.rpcHost(index)}:${node.rpcPort}`, 1_000);
    const api = await ApiPromise.create({ provider, throwOnConnect: false, noInitWarn: true });
    await api.isReady;
    node.apis.push(api);
    return api;
  }

  /** Where this process reaches node `index`'s RPC. */
  rpcHost(index) {
    return this.namespaces?.managementAddress(index) ?? '127.0.0.1';
  }

  /** One raw JSON-RPC call over HTTP to node `index`: returns the JSON-RPC response object. */
  async rpc(index, method, params = []) {
    const response = await fetch(`http://${this.rpcHost(index)}:${this.nodes[index].rpcPort}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    });
    return response.json();
  }

  /**
   * Node `index`'s best and finalized block numbers (and the finalized hash), from its own
   * RPC.
   */
  async heights(index) {
    const finalizedHash = (await this.rpc(index, 'chain_getFinalizedHead')).result;
    const [best, finalized] = await Promise.all([
      this.rpc(index, 'chain_getHeader'),
      this.rpc(index, 'chain_getHeader', [finalizedHash]),
    ]);
    return {
      best: parseInt(best.result.number, 16),
      finalized: parseInt(finalized.result.number, 16),
      finalizedHash,
    };
  }

  /** Every node's state, for a failing test: running or exited, its heights, its log's end. */
  async report(lines = 15) {
    const parts = await Promise.all(this.nodes.map(async (node) => {
      const child = node.process;
      const state = !child ? 'never started'
        : child.exitCode !== null || child.signalCode !== null ? `exited (${child.signalCode ?? child.exitCode})`
          : `running (pid ${child.pid})`;
      const heights = await Promise.race([this.heights(node.index), sleep(5_000).then(() => null)])
        .then((h) => (h ? `best #${h.best}, finalized #${h.finalized}` : 'no RPC answer in 5 s'),
          (error) => `RPC failed: ${error.message}`);
      return `--- node ${node.index}: ${state}; ${heights}; its log ends:\n${this.logTail(node.index, lines)}`;
    }));
    const { bavail, bsize } = statfsSync(this.dir);
    const available = readFileSync('/proc/meminfo', 'utf8').match(/MemAvailable:\s+(\d+)/)?.[1];
    const machine = `--- the machine: ${Math.round((bavail * bsize) / 2 ** 20)} MiB free on ${this.dir}'s disk, ` +
      `${Math.round(Number(available) / 1024)} MiB of memory available`;
    return [machine, ...parts].join('\n');
  }

  /** The last lines of node `index`'s log, for a failing test's diagnostics. */
  logTail(index, lines = 40) {
    try {
      return readFileSync(this.nodes[index].log, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** Stop every node (SIGTERM, then SIGKILL after 10 s) and remove the network's files. */
  async stop({ keepFiles = false } = {}) {
    for (const name of this.gateways.keys()) await this.killGateway(name, 'SIGTERM');
    for (const node of this.nodes) await this.#disconnect(node);
    await Promise.all(this.nodes.map(async (node) => {
      const child = node.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }));
    if (!keepFiles) rmSync(this.dir, { recursive: true, force: true });
  }

  async #disconnect(node) {
    const apis = node.apis.splice(0);
    await Promise.all(apis.map((api) => api.disconnect().catch(() => {})));
  }

  #cli(args) {
    return execFileSync(this.binary, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }
}
