//! What the gateway does in the background: follow the finalized chain (and act on each
//! finalized block once), put receipts on chain, and check the deliveries recorded on its
//! agency's grants before confirming them.

use crate::{
	chain::Finalized,
	receipts::{self, Batch, Check, Inflight, Leaf, Recorded},
	service::{BatchBody, Exchange, Gateway},
};
use civitas_rpc_client::sign::{self, Key};
use civitas_runtime::{RuntimeCall, RuntimeEvent};
use codec::{Decode, Encode};
use http_body_util::BodyExt;
use redb::ReadableTable;
use std::{sync::Arc, time::Duration};

/// Follow the node's finalized head: refresh the view every half second, and act on every
/// finalized block after the last one acted on (kept in the database, so none is skipped
/// across a restart).
pub async fn follow(gateway: Arc<Gateway>) {
	loop {
		match gateway.chain.refresh().await {
			Ok(head) => {
				gateway.metrics.finalized.set(head.finalized.into());
				gateway.metrics.chain_lag.set(head.best.saturating_sub(head.finalized).into());
				let mut next = match receipts::mark(&gateway.db, "acted") {
					Ok(0) => head.finalized,
					Ok(acted) => acted as u32 + 1,
					Err(error) => {
						tracing::error!(%error, "reading the last block acted on");
						head.finalized + 1
					},
				};
				while next <= head.finalized {
					if let Err(error) = act_on(&gateway, next).await {
						tracing::warn!(block = next, %error, "acting on a finalized block");
						break;
					}
					next += 1;
				}
			},
			Err(error) => tracing::warn!(%error, "following the chain"),
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}

/// Act on finalized block `number`: extrinsics of ours that it holds are done; deliveries it
/// records are matched with our batches (provider) or queued for checking (consumer).
async fn act_on(gateway: &Gateway, number: u32) -> Result<(), String> {
	let block: Finalized = gateway.chain.finalized_block(number).await?;
	let inflight = receipts::inflight(&gateway.db)?;
	let included: Vec<[u8; 32]> = inflight
		.iter()
		.filter(|(hash, _)| block.extrinsics.contains(hash))
		.map(|(hash, _)| *hash)
		.collect();
	let mut ours = Vec::new();
	let mut theirs = Vec::new();
	// Deliveries confirmed or disputed: nothing more to do for them.
	let mut answered = Vec::new();
	for event in &block.events {
		match event {
			RuntimeEvent::Catalog(pallet_catalog::Event::DeliveryRecorded {
				delivery,
				grant,
				payload_hash,
			}) => {
				if let Some(mut batch) = receipts::batch(&gateway.db, payload_hash)? {
					if batch.grant == *grant {
						batch.delivery = Some(*delivery);
						ours.push((*payload_hash, batch));
						continue;
					}
				}
				if let Some(record) = gateway.chain.grant(*grant, block.hash).await? {
					if record.consumer == gateway.me {
						let recorded = Recorded {
							grant: *grant,
							provider: record.provider,
							root: *payload_hash,
							check: Check::Unchecked,
							attempts: 0,
						};
						theirs.push((*delivery, recorded));
					}
				}
			},
			RuntimeEvent::Catalog(pallet_catalog::Event::DeliveryConfirmed {
				delivery, ..
			}) => {
				answered.push(*delivery);
			},
			RuntimeEvent::Catalog(pallet_catalog::Event::DeliveryDisputed {
				delivery,
				grant,
				reason,
			}) => {
				answered.push(*delivery);
				tracing::warn!(
					delivery,
					grant,
					reason = reason.name(),
					block = number,
					"a delivery disputed on chain"
				);
			},
			// Erased on chain: the document's key goes now, as this finalized block is acted on.
			RuntimeEvent::Health(pallet_health::Event::RecordErased { id, .. }) => {
				let shredded = gateway.store.shred(&crate::service::document_id(*id))?;
				if shredded {
					gateway.metrics.documents_shredded.inc();
					tracing::info!(
						record = id,
						block = number,
						"record erased on chain: its document's key is destroyed"
					);
				}
			},
			_ => {},
		}
	}
	for (root, batch) in &ours {
		tracing::info!(delivery = batch.delivery, grant = batch.grant, leaves = batch.leaves.len(), root = %hex::encode(root), block = number, "receipt on chain");
	}
	for (delivery, recorded) in &theirs {
		tracing::info!(
			delivery,
			grant = recorded.grant,
			block = number,
			"delivery recorded on our grant"
		);
	}
	receipts::update(&gateway.db, "acting on a finalized block", |txn| {
		let mut table = txn.open_table(receipts::INFLIGHT)?;
		for hash in &included {
			table.remove(hash)?;
		}
		let mut batches = txn.open_table(receipts::BATCHES)?;
		for (root, batch) in &ours {
			batches.insert(root, &batch.encode()[..])?;
		}
		let mut recorded = txn.open_table(receipts::RECORDED)?;
		for (delivery, entry) in &theirs {
			recorded.insert(*delivery, &entry.encode()[..])?;
		}
		for delivery in &answered {
			recorded.remove(*delivery)?;
		}
		txn.open_table(receipts::MARKS)?.insert("acted", u64::from(number))?;
		Ok(())
	})?;
	Ok(())
}

/// Every `interval_ms`: resubmit what was lost, batch the queued receipts into one
/// extrinsic, and answer the deliveries checked: confirm those that checked out, dispute the
/// others.
pub async fn submit(gateway: Arc<Gateway>) {
	let interval = Duration::from_millis(gateway.config.receipts.interval_ms);
	let key = Key { pair: gateway.key.clone(), account: gateway.account.clone() };
	loop {
		tokio::time::sleep(interval).await;
		if let Err(error) = submit_once(&gateway, &key).await {
			tracing::warn!(%error, "submitting receipts");
		}
		gateway
			.metrics
			.receipts_queued
			.set(receipts::queued_count(&gateway.db).unwrap_or(0) as i64);
		gateway
			.metrics
			.receipts_inflight
			.set(receipts::inflight(&gateway.db).map_or(0, |all| all.len() as i64));
	}
}

fn one_extrinsic(calls: Vec<RuntimeCall>) -> RuntimeCall {
	if calls.len() == 1 {
		calls.into_iter().next().expect("one call")
	} else {
		RuntimeCall::Utility(pallet_utility::Call::force_batch { calls })
	}
}

/// `calls` as one extrinsic signed with `nonce`, and what is kept of it until it is finalized.
fn signed_inflight(
	chain: &sign::Chain,
	key: &Key,
	nonce: u32,
	calls: Vec<RuntimeCall>,
	best: u32,
) -> ([u8; 32], Inflight) {
	let encoded_calls = calls.iter().map(Encode::encode).collect();
	let signed = sign::sign(chain, key, nonce, one_extrinsic(calls));
	(
		signed.hash,
		Inflight { nonce, encoded: signed.encoded, calls: encoded_calls, submitted_at: best },
	)
}

async fn submit_once(gateway: &Gateway, key: &Key) -> Result<(), String> {
	let node = &gateway.chain.node;
	let chain = node.chain().await?;
	let head = gateway.chain.head();
	// The nonce as of the last finalized block acted on: every extrinsic of ours in a block up
	// to that one is off the inflight list already, so one still on it whose nonce is below
	// this was never included (another extrinsic of the same key took its nonce).
	let acted = receipts::mark(&gateway.db, "acted")? as u32;
	let settled = gateway.chain.nonce(&gateway.account, node.hash_of(acted).await?).await?;

	// What was submitted and is not finalized: if its nonce is taken by another extrinsic, its
	// calls go again under a new nonce; if it is only slow, the same bytes go again.
	for (hash, inflight) in receipts::inflight(&gateway.db)? {
		if inflight.nonce < settled {
			let calls: Vec<RuntimeCall> = inflight
				.calls
				.iter()
				.filter_map(|call| RuntimeCall::decode(&mut &call[..]).ok())
				.collect();
			let nonce = node.next_nonce(&gateway.account).await?;
			let signed = sign::sign(&chain, key, nonce, one_extrinsic(calls));
			let again = Inflight {
				nonce,
				encoded: signed.encoded.clone(),
				submitted_at: head.best,
				..inflight
			};
			receipts::update(&gateway.db, "resubmitting", |txn| {
				let mut table = txn.open_table(receipts::INFLIGHT)?;
				table.remove(&hash)?;
				table.insert(&signed.hash, &again.encode()[..])?;
				Ok(())
			})?;
			tracing::info!(nonce, "receipts resubmitted under a new nonce");
			let _ = node.submit(&signed.encoded).await;
		} else if head.best.saturating_sub(inflight.submitted_at)
			>= gateway.config.receipts.resubmit_after
		{
			let _ = node.submit(&inflight.encoded).await;
			let again = Inflight { submitted_at: head.best, ..inflight };
			receipts::update(&gateway.db, "resubmitting", |txn| {
				txn.open_table(receipts::INFLIGHT)?.insert(&hash, &again.encode()[..])?;
				Ok(())
			})?;
		}
	}

	// The provider's receipts: one batch per grant, all in one extrinsic.
	let nonce = node.next_nonce(&gateway.account).await?;
	let mut submitted = None;
	let batches =
		receipts::take_batches(&gateway.db, gateway.config.receipts.max_batches, |batches| {
			if batches.is_empty() {
				return None;
			}
			let calls: Vec<RuntimeCall> = batches
				.iter()
				.map(|(root, batch)| {
					RuntimeCall::Catalog(pallet_catalog::Call::record_delivery {
						grant: batch.grant,
						payload_hash: *root,
					})
				})
				.collect();
			let (hash, inflight) = signed_inflight(&chain, key, nonce, calls, head.best);
			submitted = Some(inflight.encoded.clone());
			Some((hash, inflight))
		})?;
	if let Some(encoded) = submitted {
		let leaves: usize =
			batches.iter().map(|(_, batch): &([u8; 32], Batch)| batch.leaves.len()).sum();
		tracing::info!(nonce, batches = batches.len(), leaves, "receipts submitted");
		if let Err(error) = node.submit(&encoded).await {
			tracing::warn!(%error, "the pool refused the receipts; they go again");
		}
	}

	// The consumer's answers: confirmations and disputes, in one extrinsic.
	let checked: Vec<(u64, RuntimeCall)> = receipts::recorded(&gateway.db)?
		.into_iter()
		.filter_map(|(delivery, recorded)| {
			recorded.check.answer(delivery).map(|call| (delivery, RuntimeCall::Catalog(call)))
		})
		.collect();
	gateway.metrics.confirmations_pending.set(checked.len() as i64);
	if checked.is_empty() {
		return Ok(());
	}
	let nonce = node.next_nonce(&gateway.account).await?;
	let deliveries: Vec<u64> = checked.iter().map(|(delivery, _)| *delivery).collect();
	let calls = checked.into_iter().map(|(_, call)| call).collect();
	let (hash, inflight) = signed_inflight(&chain, key, nonce, calls, head.best);
	receipts::update(&gateway.db, "answering deliveries", |txn| {
		txn.open_table(receipts::INFLIGHT)?.insert(&hash, &inflight.encode()[..])?;
		let mut recorded = txn.open_table(receipts::RECORDED)?;
		for delivery in &deliveries {
			let value = recorded.get(*delivery)?.map(|value| value.value().to_vec());
			if let Some(Ok(mut entry)) = value.map(|value| Recorded::decode(&mut &value[..])) {
				entry.check = entry.check.answered();
				recorded.insert(*delivery, &entry.encode()[..])?;
			}
		}
		Ok(())
	})?;
	tracing::info!(nonce, deliveries = deliveries.len(), "answers to deliveries submitted");
	let _ = node.submit(&inflight.encoded).await;
	Ok(())
}

/// What the check of a recorded delivery found.
#[derive(Debug, PartialEq, Eq)]
enum Found {
	/// Every leaf of the batch is a payload received whole, as recorded, each once: the
	/// requests' signatures, whose received leaves are then let go (a leaf counts in one
	/// batch only: shown again in a later batch, it is not received).
	Matches(Vec<[u8; 64]>),
	/// A leaf names a payload not received (yet: the batch may be on chain before a large
	/// payload has arrived).
	Missing(Leaf),
	/// It does not hold, for this reason; the hash of what shows it.
	Mismatch(pallet_catalog::DisputeReason, [u8; 32]),
}

/// The consumer's check of each delivery recorded on its grants: the provider shows the
/// batch; its root must be the chain's, and each of its leaves a payload this gateway
/// received whole, as recorded. A leaf still missing after `missing_after_secs` (checked
/// once a second) is not received.
pub async fn check(gateway: Arc<Gateway>) {
	let missing_after = gateway.config.receipts.missing_after_secs.max(1);
	loop {
		tokio::time::sleep(Duration::from_secs(1)).await;
		let unchecked = match receipts::recorded(&gateway.db) {
			Ok(all) => all.into_iter().filter(|(_, recorded)| recorded.check == Check::Unchecked),
			Err(error) => {
				tracing::warn!(%error, "reading the recorded deliveries");
				continue;
			},
		};
		for (delivery, recorded) in unchecked {
			let attempts = recorded.attempts + 1;
			let mut received_to_let_go = Vec::new();
			let check = match check_one(&gateway, &recorded).await {
				Ok(Found::Matches(signatures)) => {
					received_to_let_go = signatures;
					Check::Matches
				},
				Ok(Found::Missing(leaf)) if attempts >= missing_after => Check::Mismatch {
					reason: pallet_catalog::DisputeReason::NotReceived,
					evidence: leaf.hash(),
				},
				Ok(Found::Missing(_)) => Check::Unchecked,
				Ok(Found::Mismatch(reason, evidence)) => Check::Mismatch { reason, evidence },
				Err(error) => {
					tracing::warn!(delivery, %error, "checking a delivery; trying again");
					continue;
				},
			};
			if let Check::Mismatch { reason, evidence } = check {
				gateway.metrics.disputes.with_label_values(&[reason.name()]).inc();
				tracing::warn!(
					delivery,
					grant = recorded.grant,
					reason = reason.name(),
					evidence = %hex::encode(evidence),
					"the recorded delivery does not hold: disputing it"
				);
			}
			let entry = Recorded { check, attempts, ..recorded };
			let _ = receipts::update(&gateway.db, "checking a delivery", |txn| {
				txn.open_table(receipts::RECORDED)?.insert(delivery, &entry.encode()[..])?;
				let mut received = txn.open_table(receipts::RECEIVED)?;
				for signature in &received_to_let_go {
					received.remove(signature)?;
				}
				Ok(())
			});
		}
	}
}

async fn check_one(gateway: &Gateway, recorded: &Recorded) -> Result<Found, String> {
	use pallet_catalog::DisputeReason::BatchMismatch;
	let head = gateway.chain.head();
	let peer = gateway
		.chain
		.gateway_of(recorded.provider, head.hash)
		.await?
		.ok_or_else(|| format!("agency {} names no gateway", recorded.provider))?;
	let path = format!("/v1/batches/{}", hex::encode(recorded.root));
	let exchange = Exchange::send(gateway, &peer, &path, &head).await?;
	if exchange.status != 200 {
		let (status, body) = exchange.refusal(gateway).await;
		if status == http::StatusCode::NOT_FOUND {
			// The provider's signed refusal to show the batch is the evidence.
			return Ok(Found::Mismatch(BatchMismatch, crate::protocol::blake2_256(&body)));
		}
		return Err(format!("{status}: {}", String::from_utf8_lossy(&body)));
	}
	let expected = exchange.signed.response.body_hash;
	let body = exchange.answer.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
	if crate::protocol::blake2_256(&body) != expected {
		return Err("the batch is not the one signed for".into());
	}
	let shown_hash = crate::protocol::blake2_256(&body);
	let shown: BatchBody = serde_json::from_slice(&body).map_err(|e| e.to_string())?;
	judge(recorded, &shown, shown_hash, |signature| receipts::received(&gateway.db, signature))
}

/// Whether the batch a provider shows (`shown`, whose hash is `shown_hash`) holds for the
/// delivery recorded on chain: its grant and root are the chain's, and each leaf is one of
/// the grant's, received whole as it says (`received` looks a leaf up by its request's
/// signature), and in the batch once.
fn judge(
	recorded: &Recorded,
	shown: &BatchBody,
	shown_hash: [u8; 32],
	received: impl Fn(&[u8; 64]) -> Result<Option<Leaf>, String>,
) -> Result<Found, String> {
	use pallet_catalog::DisputeReason::{BatchMismatch, PayloadMismatch};
	let leaves: Vec<Leaf> = shown
		.leaves
		.iter()
		.map(|text| {
			let bytes = hex::decode(text).map_err(|e| e.to_string())?;
			Leaf::decode(&mut &bytes[..]).map_err(|e| e.to_string())
		})
		.collect::<Result<_, String>>()?;
	if shown.grant != recorded.grant || receipts::root(&leaves) != recorded.root {
		return Ok(Found::Mismatch(BatchMismatch, shown_hash));
	}
	let mut signatures = std::collections::BTreeSet::new();
	let mut missing = None;
	for leaf in &leaves {
		// A fetch counted twice in one batch: the batch is not the deliveries made.
		if leaf.grant != recorded.grant || !signatures.insert(leaf.request_signature) {
			return Ok(Found::Mismatch(BatchMismatch, shown_hash));
		}
		match received(&leaf.request_signature)? {
			Some(received) if received != *leaf => {
				return Ok(Found::Mismatch(PayloadMismatch, leaf.hash()))
			},
			Some(_) => {},
			None => missing = missing.or(Some(leaf.clone())),
		}
	}
	Ok(missing.map_or_else(|| Found::Matches(signatures.into_iter().collect()), Found::Missing))
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_catalog::DisputeReason::{BatchMismatch, PayloadMismatch};
	use std::collections::HashMap;

	fn leaf(n: u8) -> Leaf {
		Leaf { grant: 3, request_signature: [n; 64], payload_hash: [n; 32], len: 10, decided_at: 5 }
	}

	fn shown(leaves: &[Leaf]) -> (Recorded, BatchBody) {
		let recorded = Recorded {
			grant: 3,
			provider: 1,
			root: receipts::root(leaves),
			check: Check::Unchecked,
			attempts: 0,
		};
		let body = BatchBody {
			grant: 3,
			leaves: leaves.iter().map(|l| hex::encode(l.encode())).collect(),
		};
		(recorded, body)
	}

	fn judged(leaves: &[Leaf], received: &HashMap<[u8; 64], Leaf>) -> Found {
		let (recorded, body) = shown(leaves);
		judge(&recorded, &body, [9; 32], |signature| Ok(received.get(signature).cloned())).unwrap()
	}

	#[test]
	fn a_batch_holds_only_if_each_leaf_was_received_as_it_says_and_once() {
		let received: HashMap<_, _> = (1..=3).map(|n| ([n; 64], leaf(n))).collect();
		// Each leaf received, once: it holds, and names the leaves to let go.
		assert_eq!(
			judged(&[leaf(1), leaf(2), leaf(3)], &received),
			Found::Matches(vec![[1; 64], [2; 64], [3; 64]])
		);
		// A fetch counted twice in one batch.
		assert_eq!(judged(&[leaf(1), leaf(1)], &received), Found::Mismatch(BatchMismatch, [9; 32]));
		// A leaf not received (or let go after an earlier batch counted it).
		assert_eq!(judged(&[leaf(1), leaf(4)], &received), Found::Missing(leaf(4)));
		// A leaf that says another payload than the one received.
		let mut other = leaf(2);
		other.payload_hash = [7; 32];
		assert_eq!(
			judged(&[leaf(1), other.clone()], &received),
			Found::Mismatch(PayloadMismatch, other.hash())
		);
		// A leaf of another grant.
		let mut foreign = leaf(3);
		foreign.grant = 4;
		assert_eq!(judged(&[foreign], &received), Found::Mismatch(BatchMismatch, [9; 32]));
		// Leaves that are not the root on chain.
		let (mut recorded, body) = shown(&[leaf(1)]);
		recorded.root = [0; 32];
		let found = judge(&recorded, &body, [9; 32], |s| Ok(received.get(s).cloned())).unwrap();
		assert_eq!(found, Found::Mismatch(BatchMismatch, [9; 32]));
	}
}
