//! The mechanisms several pallets share, written once: the expiry queue, the append-only log
//! and the next-id counter. Each is a trait implemented for the FRAME storage type a pallet
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

/// The log has no room for the entries asked. Each pallet reports it as its own `…Full`
/// error (`TrailFull`, `HistoryFull`, `TooManyVersions`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LogFull;

/// A log per subject that only grows: entry `seq` of `subject` is stored under
/// `(subject, seq)`, and the number of entries is kept in the subject's own record (the
/// caller stores the record after appending). The catalog's trail, the title history and a
/// health record's versions are such logs.
///
/// Entries are of two kinds: those a user's call writes, and those the chain writes by
/// itself later (an expiry, a retirement). A full log must never make the chain drop one of
/// the second kind, so room for them is *reserved*: [`AppendOnlyLog::ensure_room`] lets a
/// user's call add entries only while the ones the chain may still have to write keep fitting.
///
/// Implemented for `StorageDoubleMap<_, _, Subject, _, u32, Entry, OptionQuery>`.
pub trait AppendOnlyLog {
	/// Whose log (a resource, a property, a record).
	type Subject;
	/// One entry.
	type Entry;

	/// Append the entry `entry(seq)` as number `seq = *len` and count it in `len`. (Not
	/// `append`: FRAME's storage types have an inherent `append`, which would shadow it.)
	fn append_entry(subject: &Self::Subject, len: &mut u32, entry: impl FnOnce(u32) -> Self::Entry);

	/// Up to `limit` entries (never more than [`crate::MAX_PAGE`]) from number `from`,
	/// oldest first, of a log of `len` entries.
	fn entries(subject: &Self::Subject, len: u32, from: u32, limit: u32) -> Vec<Self::Entry>;

	/// Whether a log of `len` entries, at most `max`, has room for `adding` more entries a
	/// user's call writes while `reserved` stay free for the entries the chain may have to
	/// write by itself afterwards.
	fn ensure_room(len: u32, adding: u32, reserved: u32, max: u32) -> Result<(), LogFull> {
		// Checked, not saturating: a sum past `u32::MAX` must not look like it fits.
		let needed = len.checked_add(adding).and_then(|sum| sum.checked_add(reserved));
		match needed {
			Some(needed) if needed <= max => Ok(()),
			_ => Err(LogFull),
		}
	}
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

	fn append_entry(subject: &Subject, len: &mut u32, entry: impl FnOnce(u32) -> Entry) {
		let seq = *len;
		*len = seq.saturating_add(1);
		Self::insert(subject, seq, entry(seq));
	}

	fn entries(subject: &Subject, len: u32, from: u32, limit: u32) -> Vec<Entry> {
		let end = from.saturating_add(limit.min(crate::MAX_PAGE)).min(len);
		(from..end).filter_map(|seq| Self::get(subject, seq)).collect()
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
				Log::append_entry(&1, &mut len, |seq| (seq, n));
			}
			assert_eq!(len, 5);
			assert_eq!(
				Log::entries(&1, len, 0, 100),
				(0..5).map(|n| (n, n as u8)).collect::<Vec<_>>()
			);
			assert_eq!(Log::entries(&1, len, 3, 100), vec![(3, 3), (4, 4)]);
			assert_eq!(Log::entries(&1, len, 1, 2), vec![(1, 1), (2, 2)]);
			assert_eq!(Log::entries(&1, len, 9, 2), vec![]);
			assert_eq!(Log::entries(&2, 0, 0, 10), vec![]);
		});
	}

	#[test]
	fn room_is_kept_for_what_the_chain_writes_itself() {
		// 8 of 10 used, 1 reserved: one user entry fits, two do not.
		assert_eq!(Log::ensure_room(8, 1, 1, 10), Ok(()));
		assert_eq!(Log::ensure_room(8, 2, 1, 10), Err(LogFull));
		assert_eq!(Log::ensure_room(10, 0, 0, 10), Ok(()));
		assert_eq!(Log::ensure_room(u32::MAX, 1, 1, u32::MAX), Err(LogFull));
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
}
