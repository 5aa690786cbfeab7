// Network namespaces for the partition test: each node in a namespace of its own, joined to
// the others by a "data" link on one of two bridges, and to this process by a "management"
// link that a partition never cuts.
//
//   node i's namespace:  eth0 10.77.0.(i+1)/24  — data: peers, on bridge A or B
//                        eth1 10.78.i.1/30     — management: this process reaches its RPC
//   this namespace:      bridges A and B (no address of their own), and 10.78.i.2/30
//
// A partition moves data links from bridge A to bridge B: nodes on different bridges cannot
// reach each other, while every node stays reachable over its management link. This
// namespace does not forward packets (`net.ipv4.ip_forward` is left as it is, 0 by default),
// so the management links never carry traffic between nodes. Nothing leaves the machine.
// Needs root (CI runs as root).

import { execFileSync } from 'node:child_process';

const ip = (...args) => execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

export class Namespaces {
  /** Build the namespaces, links and bridges for `count` nodes; a short `tag` keeps names apart. */
  constructor(count, tag = `${process.pid % 10000}`) {
    this.count = count;
    this.tag = tag;
    this.bridges = [`cv${tag}a`, `cv${tag}b`];
    this.removeAll();
    try {
      for (const bridge of this.bridges) {
        ip('link', 'add', bridge, 'type', 'bridge');
        ip('link', 'set', bridge, 'up');
      }
      for (let i = 0; i < count; i++) {
        const ns = this.name(i);
        ip('netns', 'add', ns);
        ip('-n', ns, 'link', 'set', 'lo', 'up');
        // Data link: eth0 inside, its peer on bridge A.
        ip('link', 'add', this.#data(i), 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns);
        ip('-n', ns, 'addr', 'add', `${this.dataAddress(i)}/24`, 'dev', 'eth0');
        ip('-n', ns, 'link', 'set', 'eth0', 'up');
        ip('link', 'set', this.#data(i), 'master', this.bridges[0]);
        ip('link', 'set', this.#data(i), 'up');
        // Management link: eth1 inside, its peer here with an address of its own.
        ip('link', 'add', this.#management(i), 'type', 'veth', 'peer', 'name', 'eth1', 'netns', ns);
        ip('-n', ns, 'addr', 'add', `10.78.${i}.1/30`, 'dev', 'eth1');
        ip('-n', ns, 'link', 'set', 'eth1', 'up');
        ip('addr', 'add', `10.78.${i}.2/30`, 'dev', this.#management(i));
        ip('link', 'set', this.#management(i), 'up');
      }
    } catch (error) {
      this.removeAll();
      throw new Error(`cannot build the network namespaces (root needed): ${error.stderr ?? error.message}`);
    }
  }

  /** Node i's namespace. */
  name(i) {
    return `cv${this.tag}n${i}`;
  }

  /** Node i's address on the data network (its peers dial it there). */
  dataAddress(i) {
    return `10.77.0.${i + 1}`;
  }

  /** Node i's address on its management link (this process reaches its RPC there). */
  managementAddress(i) {
    return `10.78.${i}.1`;
  }

  /** Split the nodes: `side` lists the nodes moved to bridge B; the rest stay on A. */
  split(side) {
    for (let i = 0; i < this.count; i++) {
      ip('link', 'set', this.#data(i), 'master', this.bridges[side.includes(i) ? 1 : 0]);
    }
  }

  /** Join every node on bridge A again. */
  heal() {
    this.split([]);
  }

  /** Remove every namespace, link and bridge of this tag (links go with their namespace). */
  removeAll() {
    for (let i = 0; i < this.count; i++) {
      try { ip('netns', 'del', this.name(i)); } catch { /* not there */ }
    }
    for (const bridge of this.bridges) {
      try { ip('link', 'del', bridge); } catch { /* not there */ }
    }
  }

  #data(i) {
    return `cv${this.tag}d${i}`;
  }

  #management(i) {
    return `cv${this.tag}m${i}`;
  }
}
