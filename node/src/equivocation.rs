//! Aura equivocation reports: an authority that seals two blocks for one slot is reported on
//! chain (pallet-aura-equivocation), with both signed headers as the proof.
//!
//! Aura's import checks each block's seal but, finding a second block of a slot by the same
//! author, only logs a warning. This task watches every block the node imports (best or not),
//! remembers the first header of each recent slot, and when a different header of the same
//! slot by the same author arrives it asks the runtime for a proof that the author's key is
//! an authority's of the current session (`AuraEquivocationApi`) and submits the report to
//! the node's own pool (the runtime takes it from no one else). The node's next block carries
//! it; the runtime checks both seals and acts (pallet-agencies takes the agency's authority
//! out of the set).
//!
//! Bounded: one header per slot for the last [`SLOTS_KEPT`] slots, whatever an offender
//! produces, and each slot reported once. GRANDPA's reports need no task here: its voter
//! reports double votes through `GrandpaApi` itself.

use std::{collections::BTreeMap, sync::Arc};

use civitas_primitives::equivocation::AuraEquivocationApi;
use civitas_runtime::opaque::{Block, Header};
use futures::StreamExt;
use sc_client_api::BlockchainEvents;
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_consensus_aura::{
	digests::CompatibleDigestItem,
	sr25519::{AuthorityId, AuthoritySignature},
	AuraApi, Slot,
};
use sp_consensus_slots::EquivocationProof;
use sp_runtime::traits::Header as HeaderT;

use crate::service::FullClient;

const LOG_TARGET: &str = "civitas-equivocation";

/// How many slots back a header is remembered (10 minutes of 6-second slots): a second
/// block of an older slot is not compared.
pub const SLOTS_KEPT: u64 = 100;

/// What the task remembers of one slot: the first header imported for it, by whom, and
/// whether its equivocation was reported.
struct Seen {
	author: AuthorityId,
	header: Header,
	reported: bool,
}

/// Watch imports and report every authority seen sealing two blocks for one slot.
pub async fn run(client: Arc<FullClient>, pool: OffchainTransactionPoolFactory<Block>) {
	let mut imports = client.import_notification_stream();
	let mut slots: BTreeMap<Slot, Seen> = BTreeMap::new();
	while let Some(import) = imports.next().await {
		let header = import.header;
		let Some((slot, author)) = slot_author(&client, &header) else { continue };
		// Forget slots too old to compare (relative to the newest slot seen).
		let newest = slots.keys().next_back().copied().unwrap_or(slot).max(slot);
		let oldest = Slot::from(u64::from(newest).saturating_sub(SLOTS_KEPT));
		slots = slots.split_off(&oldest);
		if slot < oldest {
			continue;
		}
		let Some(seen) = slots.get_mut(&slot) else {
			slots.insert(slot, Seen { author, header, reported: false });
			continue;
		};
		if seen.author != author || seen.header.hash() == header.hash() || seen.reported {
			continue;
		}
		log::warn!(
			target: LOG_TARGET,
			"⚠️ authority {author} sealed two blocks for slot {slot}: {} (#{}) and {} (#{}); reporting it",
			seen.header.hash(),
			seen.header.number(),
			header.hash(),
			header.number(),
		);
		seen.reported = true;
		let proof = EquivocationProof {
			offender: author,
			slot,
			first_header: seen.header.clone(),
			second_header: header,
		};
		report(&client, &pool, proof);
	}
}

/// The slot a header claims and the authority Aura expects to have sealed it (the one
/// the node's import checked the seal against), if the header is Aura's.
fn slot_author(client: &FullClient, header: &Header) -> Option<(Slot, AuthorityId)> {
	let slot = header
		.digest()
		.logs()
		.iter()
		.find_map(CompatibleDigestItem::<AuthoritySignature>::as_aura_pre_digest)?;
	let authorities = client.runtime_api().authorities(*header.parent_hash()).ok()?;
	if authorities.is_empty() {
		return None;
	}
	let author = authorities[(u64::from(slot) % authorities.len() as u64) as usize].clone();
	Some((slot, author))
}

/// Ask the runtime for the key's ownership proof and put the report in the node's pool.
fn report(
	client: &FullClient,
	pool: &OffchainTransactionPoolFactory<Block>,
	proof: EquivocationProof<Header, AuthorityId>,
) {
	let best = client.info().best_hash;
	let mut api = client.runtime_api();
	match api.has_api::<dyn AuraEquivocationApi<Block, AuthorityId>>(best) {
		Ok(true) => {},
		_ => {
			log::warn!(target: LOG_TARGET, "the runtime at {best} takes no Aura equivocation reports");
			return;
		},
	}
	let key_owner_proof = match api.generate_key_ownership_proof(best, proof.offender.clone()) {
		Ok(Some(key_owner_proof)) => key_owner_proof,
		Ok(None) => {
			log::warn!(
				target: LOG_TARGET,
				"{} is no authority of the current session: the equivocation cannot be proven",
				proof.offender
			);
			return;
		},
		Err(error) => {
			log::warn!(target: LOG_TARGET, "cannot prove the equivocator's key at {best}: {error}");
			return;
		},
	};
	api.register_extension(pool.offchain_transaction_pool(best));
	match api.submit_report_equivocation_unsigned_extrinsic(best, proof, key_owner_proof) {
		Ok(Some(())) => log::info!(target: LOG_TARGET, "Aura equivocation report submitted"),
		Ok(None) => log::warn!(target: LOG_TARGET, "the pool refused the Aura equivocation report"),
		Err(error) => {
			log::warn!(target: LOG_TARGET, "cannot submit the Aura equivocation report: {error}")
		},
	}
}
