//! Receipts: what each side keeps of every delivery until the chain holds it (docs/gateway.md,
//! "Receipts").
//!
//! A provider answers a fetch at once and queues a [`Leaf`] for it; every few seconds it puts
//! each grant's queued leaves on chain as one batch: `catalog.recordDelivery(grant, root)`,
//! `root` being the Merkle root of the batch's leaves, several grants' batches in one
//! `utility.forceBatch`. It keeps each batch, so the consumer (or an auditor the consumer lets
//! in) can be shown the leaves behind a root and prove that one fetch is among them.
//!
//! The consumer keeps a leaf for every payload it received whole and with the signed hash;
//! when the finalized chain shows a delivery recorded on one of its grants, it asks the
//! provider for the batch, checks that the root is the leaves' and that each leaf is one it
//! received, and confirms (`catalog.confirmDelivery`). A batch that does not hold is disputed
//! (`catalog.disputeDelivery`, with the reason and the hash of the leaf or batch that shows
//! it), so the mismatch is in the resource's trail on chain.
//!
//! Everything here is in the gateway's database, written before the answer goes out, so a
//! gateway killed at any point loses no receipt: on restart it submits what was queued and
//! what it had submitted but not yet seen finalized.

use codec::{Decode, Encode};
use redb::{Database, ReadableDatabase, ReadableTable, ReadableTableMetadata, TableDefinition};
use sp_runtime::traits::BlakeTwo256;
use std::{
	sync::{mpsc, Arc},
	thread,
};
use tokio::sync::oneshot;

/// The domain of a leaf's statement.
pub const LEAF_DOMAIN: &[u8] = b"civitas-gateway/1 delivery";

/// One fetch answered under a grant.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Leaf {
	pub grant: u64,
	/// The requester's signature of its request: unique per fetch, held by both sides.
	pub request_signature: [u8; 64],
	/// blake2-256 of the payload sent.
	pub payload_hash: [u8; 32],
	pub len: u64,
	/// The finalized block the provider decided at.
	pub decided_at: u32,
}

impl Leaf {
	/// The bytes the Merkle tree hashes for this leaf.
	pub fn statement(&self) -> Vec<u8> {
		(LEAF_DOMAIN, self).encode()
	}

	/// Its hash in the Merkle tree (blake2-256 of its statement): what a dispute names as
	/// evidence when this leaf is the one that does not hold.
	pub fn hash(&self) -> [u8; 32] {
		crate::protocol::blake2_256(&self.statement())
	}
}

/// The Merkle root of `leaves`, in order (blake2-256, binary-merkle-tree's construction).
pub fn root(leaves: &[Leaf]) -> [u8; 32] {
	binary_merkle_tree::merkle_root::<BlakeTwo256, _>(leaves.iter().map(Leaf::statement)).into()
}

/// The proof that leaf `index` is in the batch of `leaves` (for a citizen's or an auditor's
/// check with `binary_merkle_tree::verify_proof`).
pub fn proof(
	leaves: &[Leaf],
	index: u32,
) -> binary_merkle_tree::MerkleProof<sp_core::H256, Vec<u8>> {
	binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(leaves.iter().map(Leaf::statement), index)
}

/// A grant's batch as the provider keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Batch {
	pub grant: u64,
	pub consumer: u32,
	pub leaves: Vec<Leaf>,
	/// The delivery the chain recorded it as, once finalized.
	pub delivery: Option<u64>,
}

/// An extrinsic submitted and not yet seen in a finalized block.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Inflight {
	pub nonce: u32,
	pub encoded: Vec<u8>,
	/// Its calls, each encoded, to submit again under a new nonce if this one is lost.
	pub calls: Vec<Vec<u8>>,
	/// The best block when it was submitted.
	pub submitted_at: u32,
}

/// Where a delivery recorded on one of the consumer's grants stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum Check {
	/// Its batch is not yet checked against what was received.
	Unchecked,
	/// It matches: to confirm.
	Matches,
	/// It does not, for `reason`: to dispute, with the hash of what shows it (`evidence`).
	Mismatch { reason: pallet_catalog::DisputeReason, evidence: [u8; 32] },
	/// The confirmation is submitted.
	Confirming,
	/// The dispute is submitted.
	Disputing,
}

impl Check {
	/// The call that answers the delivery on chain, if it is checked and not yet answered.
	pub fn answer(&self, delivery: u64) -> Option<pallet_catalog::Call<civitas_runtime::Runtime>> {
		match *self {
			Check::Matches => Some(pallet_catalog::Call::confirm_delivery { delivery }),
			Check::Mismatch { reason, evidence } => Some(pallet_catalog::Call::dispute_delivery {
				delivery,
				reason,
				evidence_hash: evidence,
			}),
			Check::Unchecked | Check::Confirming | Check::Disputing => None,
		}
	}

	/// What it stands at once its answer is submitted.
	pub fn answered(&self) -> Check {
		match self {
			Check::Mismatch { .. } => Check::Disputing,
			Check::Matches => Check::Confirming,
			other => *other,
		}
	}
}

/// A delivery recorded on one of the consumer's grants.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Recorded {
	pub grant: u64,
	pub provider: u32,
	pub root: [u8; 32],
	pub check: Check,
	/// How many times it was checked with a leaf not (yet) received.
	pub attempts: u32,
}

/// Provider: leaves not yet batched (with the grant's consumer), by (grant, sequence).
pub const QUEUED: TableDefinition<(u64, u64), &[u8]> = TableDefinition::new("receipts_queued");
/// Provider: batches, by root.
pub const BATCHES: TableDefinition<&[u8; 32], &[u8]> = TableDefinition::new("receipts_batches");
/// Both: extrinsics submitted, by hash.
pub const INFLIGHT: TableDefinition<&[u8; 32], &[u8]> = TableDefinition::new("receipts_inflight");
/// Consumer: payloads received whole, by the request's signature.
pub const RECEIVED: TableDefinition<&[u8; 64], &[u8]> = TableDefinition::new("receipts_received");
/// Consumer: deliveries recorded on its grants, by delivery id.
pub const RECORDED: TableDefinition<u64, &[u8]> = TableDefinition::new("receipts_recorded");
/// Counters and marks: the next leaf's sequence number, the last finalized block acted on.
pub const MARKS: TableDefinition<&str, u64> = TableDefinition::new("marks");
/// The message log, by sequence number (see `evidence.rs`).
pub const LOG: TableDefinition<u64, &[u8]> = TableDefinition::new("log");

/// A write the journal makes durable before it answers.
pub enum Write {
	/// Provider: a fetch by `consumer` was answered.
	Queue { consumer: u32, leaf: Leaf },
	/// Consumer: a payload of `resource` arrived whole.
	Received { resource: u64, leaf: Leaf },
	/// An entry of the message log (JSON).
	Log(Vec<u8>),
}

type Pending = (Vec<Write>, oneshot::Sender<Result<(), String>>);

/// Group commit: one thread takes every write waiting and makes them durable in one
/// transaction, so that a thousand fetches a second cost a few commits, not a thousand.
#[derive(Clone)]
pub struct Journal {
	sender: mpsc::Sender<Pending>,
}

impl Journal {
	pub fn start(db: Arc<Database>) -> Result<Self, String> {
		let txn = db.begin_write().map_err(|e| e.to_string())?;
		txn.open_table(QUEUED).map_err(|e| e.to_string())?;
		txn.open_table(BATCHES).map_err(|e| e.to_string())?;
		txn.open_table(INFLIGHT).map_err(|e| e.to_string())?;
		txn.open_table(RECEIVED).map_err(|e| e.to_string())?;
		txn.open_table(RECORDED).map_err(|e| e.to_string())?;
		txn.open_table(MARKS).map_err(|e| e.to_string())?;
		txn.open_table(LOG).map_err(|e| e.to_string())?;
		txn.commit().map_err(|e| e.to_string())?;
		let (sender, receiver) = mpsc::channel::<Pending>();
		thread::Builder::new()
			.name("journal".into())
			.spawn(move || {
				while let Ok(first) = receiver.recv() {
					let mut group = vec![first];
					while let Ok(more) = receiver.try_recv() {
						group.push(more);
						if group.len() >= 4096 {
							break;
						}
					}
					let result = write_group(&db, group.iter().flat_map(|(writes, _)| writes));
					for (_, reply) in group {
						let _ = reply.send(result.clone());
					}
				}
			})
			.map_err(|e| e.to_string())?;
		Ok(Self { sender })
	}

	/// Make `writes` durable, in one commit; returns once it is committed.
	pub async fn write(&self, writes: Vec<Write>) -> Result<(), String> {
		let (reply, answer) = oneshot::channel();
		self.sender.send((writes, reply)).map_err(|_| "the journal has stopped".to_string())?;
		answer.await.map_err(|_| "the journal has stopped".to_string())?
	}
}

fn next_mark(marks: &mut redb::Table<'_, &str, u64>, name: &str) -> Result<u64, redb::Error> {
	let next = marks.get(name)?.map_or(0, |value| value.value());
	marks.insert(name, next + 1)?;
	Ok(next)
}

fn write_group<'a>(db: &Database, group: impl Iterator<Item = &'a Write>) -> Result<(), String> {
	let run = || -> Result<(), redb::Error> {
		let txn = db.begin_write()?;
		{
			let mut marks = txn.open_table(MARKS)?;
			let mut queued = txn.open_table(QUEUED)?;
			let mut received = txn.open_table(RECEIVED)?;
			let mut log = txn.open_table(LOG)?;
			for write in group {
				match write {
					Write::Queue { consumer, leaf } => {
						let sequence = next_mark(&mut marks, "leaf")?;
						queued.insert((leaf.grant, sequence), &(consumer, leaf).encode()[..])?;
					},
					Write::Received { resource, leaf } => {
						received.insert(&leaf.request_signature, &leaf.encode()[..])?;
						marks.insert(grant_mark(*resource).as_str(), leaf.grant)?;
					},
					Write::Log(entry) => {
						let sequence = next_mark(&mut marks, "log")?;
						log.insert(sequence, &entry[..])?;
					},
				}
			}
		}
		txn.commit()?;
		Ok(())
	};
	run().map_err(|error| format!("writing the journal: {error}"))
}

/// Provider: take up to `max` grants' queued leaves out of the queue as batches, keeping each
/// (unrecorded) under its root, and keep `inflight` for the extrinsic that records them — all
/// in one commit, before the extrinsic is submitted. `make` builds the extrinsic from the
/// batches.
pub fn take_batches(
	db: &Database,
	max: usize,
	make: impl FnOnce(&[([u8; 32], Batch)]) -> Option<([u8; 32], Inflight)>,
) -> Result<Vec<([u8; 32], Batch)>, String> {
	let run = || -> Result<Vec<([u8; 32], Batch)>, redb::Error> {
		let txn = db.begin_write()?;
		let mut batches: Vec<([u8; 32], Batch)> = Vec::new();
		{
			let mut queued = txn.open_table(QUEUED)?;
			let mut taken = Vec::new();
			for entry in queued.iter()? {
				let (key, value) = entry?;
				let (grant, sequence) = key.value();
				let Ok((consumer, leaf)) = <(u32, Leaf)>::decode(&mut value.value()) else {
					continue;
				};
				let same_grant = batches.last().is_some_and(|(_, batch)| batch.grant == grant);
				if same_grant {
					batches.last_mut().expect("a last batch").1.leaves.push(leaf);
				} else if batches.len() == max {
					break;
				} else {
					let batch = Batch { grant, consumer, leaves: vec![leaf], delivery: None };
					batches.push(([0; 32], batch));
				}
				taken.push((grant, sequence));
			}
			for key in taken {
				queued.remove(key)?;
			}
			let mut stored = txn.open_table(BATCHES)?;
			for (root_of, batch) in batches.iter_mut() {
				*root_of = root(&batch.leaves);
				stored.insert(&*root_of, &batch.encode()[..])?;
			}
			if let Some((hash, inflight)) = make(&batches) {
				txn.open_table(INFLIGHT)?.insert(&hash, &inflight.encode()[..])?;
			}
		}
		txn.commit()?;
		Ok(batches)
	};
	run().map_err(|error| format!("batching receipts: {error}"))
}

fn read<T>(
	db: &Database,
	what: &str,
	run: impl FnOnce(&redb::ReadTransaction) -> Result<T, redb::Error>,
) -> Result<T, String> {
	let txn = db.begin_read().map_err(|e| format!("{what}: {e}"))?;
	run(&txn).map_err(|e| format!("{what}: {e}"))
}

/// Every extrinsic submitted and not yet seen finalized.
pub fn inflight(db: &Database) -> Result<Vec<([u8; 32], Inflight)>, String> {
	read(db, "reading the submitted receipts", |txn| {
		let mut out = Vec::new();
		for entry in txn.open_table(INFLIGHT)?.iter()? {
			let (hash, value) = entry?;
			if let Ok(inflight) = Inflight::decode(&mut value.value()) {
				out.push((*hash.value(), inflight));
			}
		}
		Ok(out)
	})
}

/// Every delivery recorded on one of the consumer's grants and not yet confirmed.
pub fn recorded(db: &Database) -> Result<Vec<(u64, Recorded)>, String> {
	read(db, "reading the recorded deliveries", |txn| {
		let mut out = Vec::new();
		for entry in txn.open_table(RECORDED)?.iter()? {
			let (delivery, value) = entry?;
			if let Ok(recorded) = Recorded::decode(&mut value.value()) {
				out.push((delivery.value(), recorded));
			}
		}
		Ok(out)
	})
}

/// The batch of root `root`, if this gateway made it.
pub fn batch(db: &Database, root: &[u8; 32]) -> Result<Option<Batch>, String> {
	read(db, "reading a batch", |txn| {
		let table = txn.open_table(BATCHES)?;
		let value = table.get(root)?;
		Ok(value.and_then(|value| Batch::decode(&mut value.value()).ok()))
	})
}

/// What the consumer received for the request signed `signature`, if it arrived whole.
pub fn received(db: &Database, signature: &[u8; 64]) -> Result<Option<Leaf>, String> {
	read(db, "reading a received payload", |txn| {
		let table = txn.open_table(RECEIVED)?;
		let value = table.get(signature)?;
		Ok(value.and_then(|value| Leaf::decode(&mut value.value()).ok()))
	})
}

/// Up to `max` entries of the message log from sequence number `from` on, one JSON entry per
/// line, oldest first. Sequence numbers are dense from 0: the `k`th line is entry `from + k`,
/// so a reader that got `n` lines asks next from `from + n`.
pub fn log_lines(db: &Database, from: u64, max: usize) -> Result<Vec<u8>, String> {
	read(db, "reading the message log", |txn| {
		let mut out = Vec::new();
		for entry in txn.open_table(LOG)?.range(from..)?.take(max) {
			let (_, value) = entry?;
			out.extend_from_slice(value.value());
			out.push(b'\n');
		}
		Ok(out)
	})
}

/// How many leaves wait to be batched.
pub fn queued_count(db: &Database) -> Result<u64, String> {
	read(db, "counting the queued receipts", |txn| Ok(txn.open_table(QUEUED)?.len()?))
}

fn grant_mark(resource: u64) -> String {
	format!("grant-of/{resource}")
}

/// Consumer: the grant its last payload of `resource` came under, if any (to name it when
/// fetching again, so that a provider can tell an expired grant from none).
pub fn last_grant(db: &Database, resource: u64) -> Result<Option<u64>, String> {
	read(db, "reading a grant used", |txn| {
		Ok(txn.open_table(MARKS)?.get(grant_mark(resource).as_str())?.map(|value| value.value()))
	})
}

/// A mark (0 if never set).
pub fn mark(db: &Database, name: &str) -> Result<u64, String> {
	read(db, "reading a mark", |txn| {
		Ok(txn.open_table(MARKS)?.get(name)?.map_or(0, |value| value.value()))
	})
}

/// Apply `change` to the tables in one commit.
pub fn update(
	db: &Database,
	what: &str,
	change: impl FnOnce(&redb::WriteTransaction) -> Result<(), redb::Error>,
) -> Result<(), String> {
	let run = || -> Result<(), redb::Error> {
		let txn = db.begin_write()?;
		change(&txn)?;
		txn.commit()?;
		Ok(())
	};
	run().map_err(|e| format!("{what}: {e}"))
}

#[cfg(test)]
mod tests {
	use super::*;

	fn leaf(grant: u64, n: u8) -> Leaf {
		Leaf {
			grant,
			request_signature: [n; 64],
			payload_hash: [n; 32],
			len: u64::from(n) * 10,
			decided_at: 7,
		}
	}

	fn journal() -> (tempfile::TempDir, Arc<Database>, Journal) {
		let dir = tempfile::tempdir().unwrap();
		let db = Arc::new(Database::create(dir.path().join("db")).unwrap());
		let journal = Journal::start(db.clone()).unwrap();
		(dir, db, journal)
	}

	#[test]
	fn a_proof_shows_one_fetch_is_in_the_batch_and_no_other_is() {
		let leaves: Vec<Leaf> = (1..=5).map(|n| leaf(3, n)).collect();
		let root = root(&leaves);
		for index in 0..5u32 {
			let proof = proof(&leaves, index);
			assert!(binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
				&root.into(),
				proof.proof.clone(),
				proof.number_of_leaves,
				proof.leaf_index,
				&leaves[index as usize].statement(),
			));
			let forged = leaf(3, 9);
			assert!(!binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
				&root.into(),
				proof.proof,
				proof.number_of_leaves,
				proof.leaf_index,
				&forged.statement(),
			));
		}
		// The order and every field count.
		let mut reordered = leaves.clone();
		reordered.swap(0, 1);
		assert_ne!(super::root(&reordered), root);
		let mut longer = leaves.clone();
		longer[2].len += 1;
		assert_ne!(super::root(&longer), root);
	}

	#[test]
	fn a_checked_delivery_is_answered_once_by_a_confirmation_or_a_dispute_naming_the_leaf() {
		use pallet_catalog::{Call, DisputeReason};
		let missing = leaf(3, 2);
		// The evidence is the leaf's hash as the Merkle tree has it, so an auditor finds the
		// leaf in the batch the provider shows.
		let leaves: Vec<Leaf> = (1..=3).map(|n| leaf(3, n)).collect();
		let proof = proof(&leaves, 1);
		let in_tree = <BlakeTwo256 as sp_runtime::traits::Hash>::hash(&proof.leaf);
		assert_eq!(in_tree, sp_core::H256(missing.hash()));
		let evidence = missing.hash();
		let mismatch = Check::Mismatch { reason: DisputeReason::NotReceived, evidence };
		assert_eq!(
			mismatch.answer(7),
			Some(Call::dispute_delivery {
				delivery: 7,
				reason: DisputeReason::NotReceived,
				evidence_hash: evidence
			})
		);
		assert_eq!(Check::Matches.answer(7), Some(Call::confirm_delivery { delivery: 7 }));
		// Once submitted, neither is answered again; an unchecked one is not answered yet.
		assert_eq!(mismatch.answered(), Check::Disputing);
		assert_eq!(Check::Matches.answered(), Check::Confirming);
		for check in [Check::Unchecked, Check::Disputing, Check::Confirming] {
			assert_eq!(check.answer(7), None);
		}
		// What the database keeps decodes back to the same check.
		let recorded =
			Recorded { grant: 3, provider: 1, root: [0; 32], check: mismatch, attempts: 300 };
		assert_eq!(Recorded::decode(&mut &recorded.encode()[..]).unwrap(), recorded);
	}

	#[tokio::test]
	async fn queued_leaves_become_one_batch_per_grant_and_survive_a_reopen() {
		let (dir, db, journal) = journal();
		for (grant, n) in [(1, 1), (2, 2), (1, 3), (3, 4), (2, 5)] {
			let consumer = grant as u32 + 10;
			journal.write(vec![Write::Queue { consumer, leaf: leaf(grant, n) }]).await.unwrap();
		}
		journal.write(vec![Write::Received { resource: 4, leaf: leaf(9, 6) }]).await.unwrap();
		assert_eq!(queued_count(&db).unwrap(), 5);

		// Two grants at most per extrinsic: grants 1 and 2 now, 3 later.
		let batches = take_batches(&db, 2, |batches| {
			assert_eq!(batches.len(), 2);
			let inflight =
				Inflight { nonce: 4, encoded: vec![1], calls: vec![vec![2]], submitted_at: 8 };
			Some(([7; 32], inflight))
		})
		.unwrap();
		assert_eq!(batches.len(), 2);
		assert_eq!(batches[0].1.leaves, vec![leaf(1, 1), leaf(1, 3)]);
		assert_eq!(batches[1].1.leaves, vec![leaf(2, 2), leaf(2, 5)]);
		assert_eq!(batches[0].1.consumer, 11);
		assert_eq!(batches[0].0, root(&[leaf(1, 1), leaf(1, 3)]));
		assert_eq!(queued_count(&db).unwrap(), 1);

		// A restart: everything is where it was (the journal's thread lets go of the database
		// once its last sender is gone).
		drop(journal);
		drop(db);
		let db = (0..100)
			.find_map(|_| {
				let opened = Database::create(dir.path().join("db")).ok();
				if opened.is_none() {
					std::thread::sleep(std::time::Duration::from_millis(20));
				}
				opened
			})
			.expect("the database reopens");
		assert_eq!(queued_count(&db).unwrap(), 1);
		assert_eq!(batch(&db, &batches[1].0).unwrap(), Some(batches[1].1.clone()));
		assert_eq!(inflight(&db).unwrap()[0].1.nonce, 4);
		assert_eq!(received(&db, &[6; 64]).unwrap(), Some(leaf(9, 6)));
		assert_eq!(received(&db, &[5; 64]).unwrap(), None);
		assert_eq!(last_grant(&db, 4).unwrap(), Some(9));
		assert_eq!(last_grant(&db, 5).unwrap(), None);
	}

	#[tokio::test]
	async fn the_message_log_reads_in_pages_that_join_up_whole() {
		let (_dir, db, journal) = journal();
		for n in 0..7u8 {
			let entry = format!("{{\"n\":{n}}}").into_bytes();
			journal.write(vec![Write::Log(entry)]).await.unwrap();
		}
		let page = |from, max| String::from_utf8(log_lines(&db, from, max).unwrap()).unwrap();
		assert_eq!(page(0, 3), "{\"n\":0}\n{\"n\":1}\n{\"n\":2}\n");
		assert_eq!(page(3, 3), "{\"n\":3}\n{\"n\":4}\n{\"n\":5}\n");
		assert_eq!(page(6, 3), "{\"n\":6}\n");
		assert_eq!(page(7, 3), "");
		let whole: String = (0..3).map(|k| page(k * 3, 3)).collect();
		assert_eq!(whole, page(0, 100));
	}
}
