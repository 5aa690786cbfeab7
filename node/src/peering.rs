//! Permissioned peering: a Civitas node speaks only to the nodes of the agencies.
//!
//! The nodes are on chain (`pallet-agencies`: the council sets each agency's nodes), read
//! through `AgenciesApi::authorized_nodes`. This task applies that set when the node starts
//! and again at every new best block and every newly finalized block: the set becomes the
//! node's reserved peers and every other peer is refused (reserved-only), so a node of no
//! agency can neither sync from nor gossip with the agencies' nodes.
//!
//! **Removals wait for finality.** The set applied is the union of the answers at the best
//! and at the finalized block. A node the best block no longer names (its agency suspended,
//! or its authority replaced) stays a peer until a finalized block drops it too — and the
//! runtime keeps naming a node while its agency's authority is in the current or the queued
//! GRANDPA set. So a suspended agency's node keeps voting until the set change that removes
//! it is final, and suspending an agency never stops finality.
//!
//! **Closed unless the chain is open.** A chain whose genesis names no node at all (the
//! `dev` chain) is open, as the command line left it. Any other chain is closed from the
//! start: the node restricts itself before it reads anything, stays closed (with no peers)
//! if the runtime cannot be read, and never opens up again because a later block names no
//! node — an empty list on such a chain means "no one", not "everyone".
//!
//! **The chain is the address book too.** Reserved peers are dialled at the addresses the
//! network knows for them, which come from the boot nodes and from discovery — and a `Live`
//! chain's discovery ignores private addresses, so on a government network a node that lost
//! its only boot node had no one left to dial. Each agency's admin publishes where its nodes
//! listen (`pallet-agencies::set_node_addresses`); at every new best block this task reads
//! them (`AgenciesApi::node_addresses`, version 2 of the API) and hands each new one to the
//! network, so every node dials every authorized node at the address its agency gave.
//! Addresses are only hints: a dialled node must prove the node id in the handshake, and
//! only the authorized nodes' addresses are read.
//!
//! **Not at a block that sets new code.** The block that applies a runtime upgrade holds the
//! new code over state its migrations have not touched yet (they run at the start of the
//! next block), and a runtime API called there runs the new code on the old data: an agency
//! record whose layout the upgrade changes does not decode, and the agencies seem to name no
//! node. A node whose best and finalized block were both that block once cut itself off from
//! every peer, and finality stopped for good (the upgrade e2e test, on CI). So the agencies
//! are read at such a block's parent: the old code on its own data.
//!
//! The rule itself (when to open, restrict or keep) is `civitas_primitives::peering`, where
//! it is tested; this task reads the chain and applies what the rule says.
//!
//! Why this and not pallet-node-authorization: the nodes belong to agencies, so they live
//! with the agencies — one council motion registers an agency with its node, suspending the
//! agency takes its node off the network, and there is no second registry to keep in step.
//! Unlike an offchain worker, the task runs on every node (validator or not) and applies the
//! genesis set before the first block is imported.

use std::{collections::HashSet, sync::Arc};

use civitas_primitives::{agencies::AgenciesApi, peering};
use civitas_runtime::{opaque::Block, AccountId};
use futures::{stream, StreamExt};
use sc_client_api::{BlockchainEvents, StorageProvider};
use sc_network::{Multiaddr, NetworkPeers, NetworkStateInfo, PeerId};
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_core::storage::{well_known_keys, StorageKey};
use sp_runtime::traits::{Block as BlockT, Header as HeaderT, Zero};

use crate::service::FullClient;

const LOG_TARGET: &str = "civitas-peering";

type Hash = <Block as BlockT>::Hash;

type Applied = peering::Applied<PeerId>;

/// Keep the network's allowed peers equal to the nodes the chain names.
pub async fn run<N>(client: Arc<FullClient>, network: Arc<N>)
where
	N: NetworkPeers + NetworkStateInfo + ?Sized,
{
	let genesis = client.info().genesis_hash;
	// A chain is open only if its genesis names no node; if even that cannot be read, it is
	// not known to be open, so it is closed.
	let open_chain = peering::is_open(nodes_at(&client, genesis).as_deref());
	let mut applied = Applied::Nothing;
	if let peering::Decision::Restrict(none) = peering::at_start(open_chain) {
		restrict(&*network, none, &mut applied);
	}

	let imports = client
		.import_notification_stream()
		.filter(|import| futures::future::ready(import.is_new_best))
		.map(|_| ());
	let finality = client.finality_notification_stream().map(|_| ());
	let mut changes = stream::select(imports, finality);
	let mut book = AddressBook::default();
	let mut upgrades = Upgrades::default();
	loop {
		let reading = upgrades.reading(&client);
		apply(&client, &*network, open_chain, &reading, &mut applied);
		learn_addresses(&client, &*network, reading.best, &mut book);
		if changes.next().await.is_none() {
			break;
		}
	}
}

/// The blocks to read the agencies at, worked out once per change: the best and finalized
/// blocks, or the parent of either if it sets new code (its state is not migrated yet; see
/// the module's documentation).
struct Reading {
	best: Hash,
	finalized: Hash,
}

/// The last block seen to set new code, so that it is said once per such block, not at
/// every look.
#[derive(Default)]
struct Upgrades {
	noted: Option<Hash>,
}

impl Upgrades {
	fn reading(&mut self, client: &FullClient) -> Reading {
		let info = client.info();
		Reading {
			best: self.readable(client, info.best_hash),
			finalized: self.readable(client, info.finalized_hash),
		}
	}

	/// `hash` itself, or its parent if `hash` set new code.
	fn readable(&mut self, client: &FullClient, hash: Hash) -> Hash {
		let code = |at| client.storage_hash(at, &StorageKey(well_known_keys::CODE.to_vec()));
		let parent = match client.header(hash) {
			Ok(Some(header)) if !header.number().is_zero() => *header.parent_hash(),
			_ => return hash,
		};
		match (code(hash), code(parent)) {
			(Ok(new), Ok(old)) if new != old => {
				if self.noted.replace(hash) != Some(hash) {
					log::info!(
						target: LOG_TARGET,
						"⬆️ block {hash:?} sets new code: its agencies are read at its parent until a block of the new runtime migrates them"
					);
				}
				parent
			},
			_ => hash,
		}
	}
}

/// The addresses the chain published at the last look: those handed to the network, and
/// those this node could not read (warned about once, not at every block). Only the last
/// look's sets, not every address ever seen, so an admin who keeps changing its addresses
/// cannot grow them.
#[derive(Default)]
struct AddressBook {
	known: HashSet<(PeerId, Multiaddr)>,
	unreadable: HashSet<(PeerId, Vec<u8>)>,
}

/// Hand the network every address the chain publishes for an authorized node (at the best
/// block) that was not published at the last look. (The network keeps what it was given,
/// within its own bound per peer, and has no way to take one back: a stale address only
/// fails to connect.)
fn learn_addresses<N>(client: &FullClient, network: &N, best: Hash, book: &mut AddressBook)
where
	N: NetworkPeers + NetworkStateInfo + ?Sized,
{
	let api = client.runtime_api();
	// A runtime from before version 2 publishes no addresses.
	match api.api_version::<dyn AgenciesApi<Block, AccountId>>(best) {
		Ok(Some(version)) if version >= 2 => {},
		_ => return,
	}
	let published = match api.node_addresses(best) {
		Ok(published) => published,
		Err(error) => {
			log::warn!(target: LOG_TARGET, "cannot read the nodes' addresses at {best}: {error}");
			return;
		},
	};
	let local = network.local_peer_id();
	let mut learnt = 0;
	let mut current = HashSet::new();
	let mut unreadable = HashSet::new();
	for (node, addresses) in published {
		let Some(peer) = PeerId::from_ed25519(&node) else { continue };
		if peer == local {
			continue;
		}
		for address in addresses {
			let Some(parsed) = parse_address(&address) else {
				if !book.unreadable.contains(&(peer, address.clone())) {
					log::warn!(
						target: LOG_TARGET,
						"node {peer} has an address this node cannot parse: {}",
						String::from_utf8_lossy(&address)
					);
				}
				unreadable.insert((peer, address));
				continue;
			};
			let address = parsed;
			if !book.known.contains(&(peer, address.clone())) {
				network.add_known_address(peer, address.clone());
				learnt += 1;
			}
			current.insert((peer, address));
		}
	}
	book.known = current;
	book.unreadable = unreadable;
	if learnt > 0 {
		log::info!(target: LOG_TARGET, "📇 {learnt} node addresses learnt from the chain");
	}
}

/// A published address as a multiaddress, if it is one.
fn parse_address(address: &[u8]) -> Option<Multiaddr> {
	std::str::from_utf8(address).ok()?.parse().ok()
}

/// The nodes the chain names at `at`, if the runtime can be asked.
fn nodes_at(client: &FullClient, at: Hash) -> Option<Vec<civitas_primitives::NodeId>> {
	match client.runtime_api().authorized_nodes(at) {
		Ok(nodes) => Some(nodes),
		Err(error) => {
			log::warn!(target: LOG_TARGET, "cannot read the agencies' nodes at {at}: {error}");
			None
		},
	}
}

/// The peers allowed now: those named at the best block and those still named at the
/// finalized block (removals take effect once final). `None` if the runtime cannot say.
fn allowed(client: &FullClient, reading: &Reading) -> Option<HashSet<PeerId>> {
	let mut nodes = nodes_at(client, reading.best)?;
	if reading.finalized != reading.best {
		nodes.extend(nodes_at(client, reading.finalized)?);
	}
	Some(nodes.iter().filter_map(PeerId::from_ed25519).collect())
}

fn apply<N>(
	client: &FullClient,
	network: &N,
	open_chain: bool,
	reading: &Reading,
	applied: &mut Applied,
) where
	N: NetworkPeers + NetworkStateInfo + ?Sized,
{
	match peering::decide(open_chain, applied, allowed(client, reading)) {
		peering::Decision::Keep => {},
		peering::Decision::Open => {
			log::info!(target: LOG_TARGET, "🌐 the chain names no node: peering is open");
			*applied = Applied::Open;
		},
		peering::Decision::Restrict(peers) => {
			if peers.is_empty() {
				log::warn!(
					target: LOG_TARGET,
					"the chain names no node now: this node stays closed to every peer"
				);
			}
			restrict(network, peers, applied);
		},
	}
}

/// Allow exactly `peers`, refusing everyone else.
fn restrict<N>(network: &N, peers: HashSet<PeerId>, applied: &mut Applied)
where
	N: NetworkPeers + NetworkStateInfo + ?Sized,
{
	network.set_authorized_peers(peers.clone());
	network.set_authorized_only(true);
	log::info!(target: LOG_TARGET, "🔒 peering restricted to the {} nodes the chain names", peers.len());
	if !peers.is_empty() && !peers.contains(&network.local_peer_id()) {
		log::warn!(
			target: LOG_TARGET,
			"this node ({}) is no agency's node: the agencies' nodes will refuse it",
			network.local_peer_id()
		);
	}
	*applied = Applied::Only(peers);
}
