//! Permissioned peering: a Civitas node speaks only to the nodes of active agencies.
//!
//! The nodes are on chain (`pallet-agencies`: the council sets each agency's nodes; a
//! suspended agency's nodes drop out), read through `AgenciesApi::authorized_nodes` at the
//! best block. This task applies that set when the node starts and again whenever a new
//! best block changes it: the set becomes the node's reserved peers and every other peer is
//! refused (reserved-only), so a node of no agency can neither sync from nor gossip with the
//! agencies' nodes. A chain that names no node at all (the `dev` chain) is left open.
//!
//! Why this and not pallet-node-authorization: the nodes belong to agencies, so they live
//! with the agencies — one council motion registers an agency with its node, suspending the
//! agency takes its node off the network, and there is no second registry to keep in step.
//! Unlike an offchain worker, the task runs on every node (validator or not) and applies the
//! genesis set before the first block is imported.

use std::{collections::HashSet, sync::Arc};

use civitas_primitives::agencies::AgenciesApi;
use civitas_runtime::opaque::Block;
use futures::StreamExt;
use sc_client_api::BlockchainEvents;
use sc_network::{NetworkPeers, NetworkStateInfo, PeerId};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::service::FullClient;

const LOG_TARGET: &str = "civitas-peering";

/// Keep the network's allowed peers equal to the active agencies' nodes.
pub async fn run<N>(client: Arc<FullClient>, network: Arc<N>)
where
	N: NetworkPeers + NetworkStateInfo + ?Sized,
{
	let mut applied: Option<HashSet<PeerId>> = None;
	let mut imports = client.import_notification_stream();
	apply(&client, &*network, client.info().best_hash, &mut applied);
	while let Some(import) = imports.next().await {
		if import.is_new_best {
			apply(&client, &*network, import.hash, &mut applied);
		}
	}
}

fn apply<N>(
	client: &FullClient,
	network: &N,
	at: <Block as BlockT>::Hash,
	applied: &mut Option<HashSet<PeerId>>,
) where
	N: NetworkPeers + NetworkStateInfo + ?Sized,
{
	let nodes = match client.runtime_api().authorized_nodes(at) {
		Ok(nodes) => nodes,
		Err(error) => {
			log::warn!(target: LOG_TARGET, "cannot read the agencies' nodes at {at}: {error}");
			return;
		},
	};
	let peers: HashSet<PeerId> = nodes.iter().filter_map(PeerId::from_ed25519).collect();
	if applied.as_ref() == Some(&peers) {
		return;
	}
	if peers.is_empty() {
		// Leave the network as the command line set it (e.g. `--reserved-nodes`), unless an
		// earlier block had restricted it.
		if applied.is_some() {
			network.set_authorized_only(false);
		}
		log::info!(target: LOG_TARGET, "🌐 no agency names a node on chain: peering is open");
	} else {
		network.set_authorized_peers(peers.clone());
		network.set_authorized_only(true);
		log::info!(
			target: LOG_TARGET,
			"🔒 peering restricted to the {} nodes of active agencies",
			peers.len()
		);
		if !peers.contains(&network.local_peer_id()) {
			log::warn!(
				target: LOG_TARGET,
				"this node ({}) is no active agency's node: the agencies' nodes will refuse it",
				network.local_peer_id()
			);
		}
	}
	*applied = Some(peers);
}
