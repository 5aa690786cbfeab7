//! The mechanisms several pallets share, written once: the expiry queue, the append-only log
//! (newest entries kept), the next-id counter and the first storage version's stamp. Each is a trait implemented for the FRAME storage type a pallet
//! declares, so a pallet keeps its own storage (and its own storage names in the metadata)
//! and borrows only the rules:
//!
//! ```ignore
//! #[pallet::storage]
//! pub type ExpiringAt<T: Config> = StorageMap<_, Twox64Concat, BlockNumberFor<T>,
//!     BoundedVec<GrantId, T::MaxExpiriesPerBlock>, ValueQuery>;
//!
//! ExpiringAt::<T>::schedule(expires_at, id).map_err(|_| Error::<T>::TooManyExpiring)?;
//! for grant in ExpiringAt::<T>::due(now) { .. }
//! ```
//!
//! They live in `civitas-primitives` (not a crate of their own) because every pallet depends
//! on it already and they add no dependency but `frame-support`, which every pallet has too.

use alloc::vec::Vec;
use codec::{EncodeLike, FullCodec};
use frame_support::{
	storage::types::{OptionQuery, StorageDoubleMap, StorageMap, StorageValue, ValueQuery},
	traits::{Get, GetDefault, StorageInstance},
	BoundedVec, StorageHasher,
};
use sp_runtime::{
	traits::{CheckedAdd, One},
	ArithmeticError,
};

/// The queue of a block is full: as many ids as its bound are due then already. Each pallet
/// reports it as its `TooManyExpiring` error.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct QueueFull;

/// What expires at which block, in work bounded per block: `schedule` files an id under the
/// block it is due at, `due` takes that block's ids (at the block's start, in
/// `on_initialize`). Whether an id is still live when it comes due is the pallet's question:
/// an id that ended sooner (a cancelled reservation, a retired resource's grant) stays queued
/// and is skipped then.
///
/// Implemented for `StorageMap<_, _, BlockNumber, BoundedVec<Id, Bound>, ValueQuery>`.
pub trait ExpiryQueue {
	/// The block number.
	type At;
	/// What expires.
	type Id;

	/// File `id` as due at the start of block `at`; `QueueFull` when `at` has as many as
	/// its bound (the caller's error, with nothing written).
	fn schedule(at: Self::At, id: Self::Id) -> Result<(), QueueFull>;

	/// Take every id due at block `now`, in the order they were scheduled.
	fn due(now: Self::At) -> Vec<Self::Id>;

	/// Whether another id could be scheduled at `at`.
	fn has_room(at: Self::At) -> bool;
}

impl<Prefix, Hasher, At, Id, Bound, OnEmpty, MaxValues> ExpiryQueue
	for StorageMap<Prefix, Hasher, At, BoundedVec<Id, Bound>, ValueQuery, OnEmpty, MaxValues>
where
	Prefix: StorageInstance,
	Hasher: StorageHasher,
	At: FullCodec + EncodeLike + 'static,
	Id: FullCodec + 'static,
	Bound: Get<u32> + 'static,
	OnEmpty: Get<BoundedVec<Id, Bound>> + 'static,
	MaxValues: Get<Option<u32>>,
{
	type At = At;
	type Id = Id;

	fn schedule(at: At, id: Id) -> Result<(), QueueFull> {
		Self::try_mutate(at, |due| due.try_push(id)).map_err(|_| QueueFull)
	}

	fn due(now: At) -> Vec<Id> {
		Self::take(now).into_inner()
	}

	fn has_room(at: At) -> bool {
		(Self::decode_len(at).unwrap_or(0) as u32) < Bound::get()
	}
}

/// A log per subject that keeps its newest `keep` entries on chain and never refuses one:
/// entry `seq` of `subject` lives in slot `seq % keep` of `(subject, slot)`, where it replaces
/// entry `seq - keep`. How many entries were ever appended is kept in the subject's own record
/// (the caller stores the record after appending), so `seq` runs on for ever while the state
/// a subject holds stays bounded. The catalog's trail, the title history and a health
/// record's versions are such logs.
///
/// Why this shape: a log that refuses the next entry when full lets anyone who can add
/// entries (free agency calls, a public resource's requests) freeze the subject for good —
/// no more state changes once its log is full. Here a full log only forgets its oldest
/// entries *on chain*; every entry is also told by the event its call emits, which stays in
/// the block for ever, so an auditor replaying the blocks finds them all.
///
/// Implemented for `StorageDoubleMap<_, _, Subject, _, u32, Entry, OptionQuery>`.
pub trait AppendOnlyLog {
	/// Whose log (a resource, a property, a record).
	type Subject;
	/// One entry.
	type Entry;
	/// Append the entry `entry(seq)` as number `seq = *len` and count it in `len`, in place
	/// of entry `seq - keep` once the log holds `keep`. (Not `append`: FRAME's storage types
	/// have an inherent `append`, which would shadow it.) At `u32::MAX` entries the count stops
	/// and each new entry replaces the last — still never a refusal, though four billion steps
	/// of one subject are far beyond what the free-call quotas let anyone send.
	fn append_entry(
		subject: &Self::Subject,
		len: &mut u32,
		keep: u32,
		entry: impl FnOnce(u32) -> Self::Entry,
	);
	/// Up to `limit` entries (never more than [`crate::MAX_PAGE`]) from number `from`,
	/// oldest first, of a log of `len` entries keeping `keep`: numbers below `len - keep` are
	/// no longer on chain, so a page asked from before them starts at the oldest kept.
	fn entries(
		subject: &Self::Subject,
		len: u32,
		keep: u32,
		from: u32,
		limit: u32,
	) -> Vec<Self::Entry>;
}

impl<Prefix, Hasher1, Subject, Hasher2, Entry, MaxValues> AppendOnlyLog
	for StorageDoubleMap<
		Prefix,
		Hasher1,
		Subject,
		Hasher2,
		u32,
		Entry,
		OptionQuery,
		GetDefault,
		MaxValues,
	>
where
	Prefix: StorageInstance,
	Hasher1: StorageHasher,
	Hasher2: StorageHasher,
	Subject: FullCodec + EncodeLike + 'static,
	Entry: FullCodec + 'static,
	MaxValues: Get<Option<u32>>,
{
	type Subject = Subject;
	type Entry = Entry;

	fn append_entry(subject: &Subject, len: &mut u32, keep: u32, entry: impl FnOnce(u32) -> Entry) {
		let seq = (*len).min(u32::MAX - 1);
		*len = seq + 1;
		Self::insert(subject, seq % keep.max(1), entry(seq));
	}

	fn entries(subject: &Subject, len: u32, keep: u32, from: u32, limit: u32) -> Vec<Entry> {
		let keep = keep.max(1);
		let from = from.max(len.saturating_sub(keep));
		let end = from.saturating_add(limit.min(crate::MAX_PAGE)).min(len);
		(from..end).filter_map(|seq| Self::get(subject, seq % keep)).collect()
	}
}

/// A counter that hands out ids in order: 0, 1, 2, ... Implemented for
/// `StorageValue<_, Id, ValueQuery>`; `take_next` returns the id to use now and stores the
/// next, or refuses with `ArithmeticError::Overflow` (nothing written) once ids run out.
pub trait NextId {
	/// The id type.
	type Id;

	/// The id to use now; the counter moves on by one.
	fn take_next() -> Result<Self::Id, ArithmeticError>;
}

impl<Prefix, Id, OnEmpty> NextId for StorageValue<Prefix, Id, ValueQuery, OnEmpty>
where
	Prefix: StorageInstance,
	Id: FullCodec + Copy + CheckedAdd + One + 'static,
	OnEmpty: Get<Id> + 'static,
{
	type Id = Id;

	fn take_next() -> Result<Id, ArithmeticError> {
		let id = Self::get();
		let next = id.checked_add(&Id::one()).ok_or(ArithmeticError::Overflow)?;
		Self::put(next);
		Ok(id)
	}
}

/// One page of a list keyed by ids: the ids from `from` on, ascending, at most `limit`
/// (and never more than [`crate::MAX_PAGE`]).
pub fn page_of_ids<Id: Ord + Copy>(mut ids: Vec<Id>, from: Id, limit: u32) -> Vec<Id> {
	ids.retain(|id| *id >= from);
	ids.sort_unstable();
	ids.truncate(limit.min(crate::MAX_PAGE) as usize);
	ids
}

/// The inner step of each pallet's migration to storage version 1 (`migrations::v1`): nothing
/// to move. Version 1 is the layout the pallets had when storage versions were first
/// declared; a chain started before then holds that layout under no version (0), so the
/// migration only writes the version (`VersionedMigration` does that), and on any chain
/// started since — whose genesis wrote version 1 — it does nothing at all.
pub struct LayoutUnchanged;

impl frame_support::traits::UncheckedOnRuntimeUpgrade for LayoutUnchanged {
	fn on_runtime_upgrade() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// For `try_state`: a tally of what a pallet's stored counters count, taken from the storage
/// they count, to hold against the counters. `add` each counted item under its key, then
/// `matches` a whole counter map, or `take` one key's tally to compare with a counter kept in
/// a record.
#[cfg(any(feature = "std", feature = "try-runtime"))]
pub struct Tally<K>(alloc::collections::BTreeMap<K, u64>);

#[cfg(any(feature = "std", feature = "try-runtime"))]
impl<K: Ord> Tally<K> {
	/// Nothing counted yet.
	pub fn new() -> Self {
		Self(Default::default())
	}

	/// Count one item under `key`.
	pub fn add(&mut self, key: K) {
		*self.0.entry(key).or_insert(0) += 1;
	}

	/// How many items were counted under `key` (zero if none), taken out of the tally.
	pub fn take(&mut self, key: &K) -> u64 {
		self.0.remove(key).unwrap_or(0)
	}

	/// Whether every key counted was taken.
	pub fn is_empty(&self) -> bool {
		self.0.is_empty()
	}

	/// Whether no key has more than `max` items; `over` names the broken bound.
	pub fn at_most(&self, max: u32, over: &'static str) -> Result<(), sp_runtime::TryRuntimeError> {
		match self.0.values().all(|count| *count <= max as u64) {
			true => Ok(()),
			false => Err(over.into()),
		}
	}

	/// Whether the counter map `stored` holds exactly this tally: each stored count is the
	/// number counted under its key (zero if none), and no key counted lacks a stored count.
	/// `wrong` names the broken invariant.
	pub fn matches<C: Into<u64>>(
		mut self,
		stored: impl IntoIterator<Item = (K, C)>,
		wrong: &'static str,
	) -> Result<(), sp_runtime::TryRuntimeError> {
		for (key, count) in stored {
			if self.take(&key) != count.into() {
				return Err(wrong.into());
			}
		}
		match self.is_empty() {
			true => Ok(()),
			false => Err(wrong.into()),
		}
	}
}

#[cfg(any(feature = "std", feature = "try-runtime"))]
impl<K: Ord> Default for Tally<K> {
	fn default() -> Self {
		Self::new()
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::{storage_alias, traits::ConstU32, Twox64Concat};

	#[storage_alias]
	type Queue = StorageMap<Test, Twox64Concat, u32, BoundedVec<u64, ConstU32<2>>, ValueQuery>;
	#[storage_alias]
	type Log = StorageDoubleMap<Test, Twox64Concat, u8, Twox64Concat, u32, (u32, u8)>;
	#[storage_alias]
	type Counter = StorageValue<Test, u8, ValueQuery>;

	fn run(test: impl FnOnce()) {
		sp_io::TestExternalities::default().execute_with(test);
	}

	#[test]
	fn the_queue_holds_its_bound_per_block_and_hands_it_out_in_order() {
		run(|| {
			assert_eq!(Queue::schedule(7, 10), Ok(()));
			assert!(Queue::has_room(7));
			assert_eq!(Queue::schedule(7, 11), Ok(()));
			assert!(!Queue::has_room(7));
			assert_eq!(Queue::schedule(7, 12), Err(QueueFull));
			assert_eq!(Queue::schedule(8, 12), Ok(()));
			assert_eq!(Queue::due(7), vec![10, 11]);
			assert_eq!(Queue::due(7), Vec::<u64>::new());
			assert_eq!(Queue::due(8), vec![12]);
		});
	}

	#[test]
	fn the_log_appends_in_order_and_pages() {
		run(|| {
			let mut len = 0;
			for n in 0..5u8 {
				Log::append_entry(&1, &mut len, 10, |seq| (seq, n));
			}
			assert_eq!(len, 5);
			assert_eq!(
				Log::entries(&1, len, 10, 0, 100),
				(0..5).map(|n| (n, n as u8)).collect::<Vec<_>>()
			);
			assert_eq!(Log::entries(&1, len, 10, 3, 100), vec![(3, 3), (4, 4)]);
			assert_eq!(Log::entries(&1, len, 10, 1, 2), vec![(1, 1), (2, 2)]);
			assert_eq!(Log::entries(&1, len, 10, 9, 2), vec![]);
			assert_eq!(Log::entries(&2, 0, 10, 0, 10), vec![]);
		});
	}

	#[test]
	fn a_full_log_keeps_its_newest_entries_and_never_refuses_one() {
		run(|| {
			let mut len = 0;
			for n in 0..25u8 {
				Log::append_entry(&1, &mut len, 10, |seq| (seq, n));
			}
			// Every entry was taken and numbered; the newest ten are on chain, in order.
			assert_eq!(len, 25);
			let kept: Vec<(u32, u8)> = (15..25).map(|n| (n, n as u8)).collect();
			assert_eq!(Log::entries(&1, len, 10, 0, 100), kept);
			assert_eq!(Log::entries(&1, len, 10, 20, 2), vec![(20, 20), (21, 21)]);
			// The subject holds ten slots, never more.
			assert_eq!(Log::iter_prefix(1).count(), 10);
			// Another subject's log is its own.
			Log::append_entry(&2, &mut 0, 10, |seq| (seq, 99));
			assert_eq!(Log::entries(&2, 1, 10, 0, 10), vec![(0, 99)]);
			assert_eq!(Log::entries(&1, len, 10, 24, 10), vec![(24, 24)]);
			// At the end of the count the last entry is replaced, not refused.
			let mut end = u32::MAX - 1;
			Log::append_entry(&3, &mut end, 10, |seq| (seq, 1));
			Log::append_entry(&3, &mut end, 10, |seq| (seq, 2));
			assert_eq!(end, u32::MAX);
			assert_eq!(Log::entries(&3, end, 10, u32::MAX - 1, 10), vec![(u32::MAX - 1, 2)]);
		});
	}

	#[test]
	fn pages_of_ids_start_at_from_and_stop_at_the_limit() {
		assert_eq!(page_of_ids(vec![9u64, 3, 7, 1], 0, 10), vec![1, 3, 7, 9]);
		assert_eq!(page_of_ids(vec![9u64, 3, 7, 1], 3, 2), vec![3, 7]);
		assert_eq!(page_of_ids(vec![9u64, 3, 7, 1], 10, 2), Vec::<u64>::new());
		assert_eq!(
			page_of_ids((0..5_000u32).collect(), 0, u32::MAX).len(),
			crate::MAX_PAGE as usize
		);
	}

	#[test]
	fn ids_count_up_and_refuse_to_wrap() {
		run(|| {
			assert_eq!(Counter::take_next(), Ok(0));
			assert_eq!(Counter::take_next(), Ok(1));
			Counter::put(u8::MAX);
			assert_eq!(Counter::take_next(), Err(ArithmeticError::Overflow));
			assert_eq!(Counter::get(), u8::MAX);
		});
	}

	#[test]
	fn a_tally_matches_only_the_counters_of_exactly_what_it_counted() {
		let tally = || {
			let mut tally = Tally::new();
			for key in [1u8, 1, 2] {
				tally.add(key);
			}
			tally
		};
		assert_eq!(tally().matches([(1u8, 2u32), (2, 1)], "wrong"), Ok(()));
		// A zero counter is a key counted zero times.
		assert_eq!(tally().matches([(1u8, 2u32), (2, 1), (3, 0)], "wrong"), Ok(()));
		assert_eq!(tally().matches([(1u8, 2u32), (2, 2)], "wrong"), Err("wrong".into()));
		// A key counted but with no counter is wrong too.
		assert_eq!(tally().matches([(1u8, 2u32)], "wrong"), Err("wrong".into()));
		assert_eq!(tally().at_most(2, "over"), Ok(()));
		assert_eq!(tally().at_most(1, "over"), Err("over".into()));
		let mut tally = tally();
		assert_eq!((tally.take(&1), tally.take(&1), tally.take(&9)), (2, 0, 0));
		assert!(!tally.is_empty());
		tally.take(&2);
		assert!(tally.is_empty());
	}
}
