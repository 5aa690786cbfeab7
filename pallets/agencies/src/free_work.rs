//! Free agency work, and its limit: which account may send a call without a fee, and how
//! much of a block one agency's free calls may take.
//!
//! The runtime's fee extension asks [`Pallet::free_agency`] whether a signer may send a call
//! for free (its agency is active and holds the roles the call names in its
//! [`FreeWork`]), then [`Pallet::has_free_room`] whether the agency's free calls of this
//! block leave room for it, and records the call with [`Pallet::use_free_room`] once it is in
//! a block — whether it then succeeds or fails. An agency's share of a block is
//! `2 / active agencies` of the block's weight and length (all of it while fewer than three
//! agencies are active): no agency can take a block from the others, and an agency alone on
//! a quiet chain is not held back by the others' shares.

use crate::pallet::*;
use civitas_primitives::{AgencyId, FreeWork};
use frame_support::{pallet_prelude::*, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;

/// What one agency's free calls have taken of one block.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct FreeUsage<BlockNumber> {
	/// The block it counts (a later block starts from nothing).
	pub block: BlockNumber,
	/// The weight the agency's free calls declared, extension included.
	pub weight: Weight,
	/// Their encoded length, in bytes.
	pub length: u32,
}

impl<T: Config> Pallet<T> {
	/// The active agency whose account `who` may send, for free, a call that says `work` of
	/// itself: its admin for `Admin`; for `AllOf` and `AnyOf`, its operator, checked exactly
	/// as the call itself checks it ([`Self::acting`]). At most two reads.
	pub fn free_agency(who: &T::AccountId, work: FreeWork) -> Option<AgencyId> {
		match work {
			FreeWork::Nobody => None,
			FreeWork::Admin => AdminOf::<T>::get(who).filter(|agency| Self::is_active(*agency)),
			FreeWork::AllOf(needed) => Self::acting(who, |held| held.contains(needed)).ok(),
			FreeWork::AnyOf(needed) => Self::acting(who, |held| held.intersects(needed)).ok(),
		}
	}

	/// One agency's share of a block whose free-work limits are `weight` and `length`:
	/// `2 / active agencies` of each, and at most all of it.
	pub fn free_share(weight: Weight, length: u32) -> (Weight, u32) {
		let active = CouncilSeats::<T>::decode_len().unwrap_or(0).max(2) as u64;
		(
			Weight::from_parts(
				weight.ref_time().saturating_mul(2) / active,
				weight.proof_size().saturating_mul(2) / active,
			),
			(u64::from(length).saturating_mul(2) / active) as u32,
		)
	}

	/// What `agency`'s free calls have taken of the current block.
	fn used_now(agency: AgencyId) -> FreeUsage<BlockNumberFor<T>> {
		let now = frame_system::Pallet::<T>::block_number();
		FreeUse::<T>::get(agency)
			.filter(|usage| usage.block == now)
			.unwrap_or(FreeUsage { block: now, ..Default::default() })
	}

	/// Whether a free call of `weight` and `length` still fits in `agency`'s share of the
	/// current block, the share being [`Self::free_share`] of `limit` (weight and length).
	pub fn has_free_room(
		agency: AgencyId,
		weight: Weight,
		length: u32,
		limit: (Weight, u32),
	) -> bool {
		let (share_weight, share_length) = Self::free_share(limit.0, limit.1);
		let used = Self::used_now(agency);
		used.weight.saturating_add(weight).all_lte(share_weight)
			&& used.length.saturating_add(length) <= share_length
	}

	/// Count a free call of `weight` and `length` against `agency`'s share of this block.
	pub fn use_free_room(agency: AgencyId, weight: Weight, length: u32) {
		let mut used = Self::used_now(agency);
		used.weight = used.weight.saturating_add(weight);
		used.length = used.length.saturating_add(length);
		FreeUse::<T>::insert(agency, used);
	}
}
