//! The two sets that follow the active agencies: the council's members (their admins) and
//! the authority set (their nodes). Both are kept sorted and bounded by `MaxAgencies`, and
//! changed one member at a time, so no call ever scans the agencies.

use crate::pallet::*;
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::ChangeMembers};

/// pallet-session's session counter (`sp_staking::SessionIndex`).
type SessionIndex = u32;

impl<T: Config> Pallet<T> {
	/// Seat `admin` on the council and tell the council.
	pub(crate) fn join_council(admin: T::AccountId) -> DispatchResult {
		let mut seats = CouncilSeats::<T>::get();
		if let Err(position) = seats.binary_search(&admin) {
			seats.try_insert(position, admin.clone()).map_err(|_| Error::<T>::TooManyAgencies)?;
			T::CouncilMembers::change_members_sorted(&[admin], &[], &seats);
			CouncilSeats::<T>::put(seats);
		}
		Ok(())
	}

	/// Unseat `admin` from the council and tell the council.
	pub(crate) fn leave_council(admin: &T::AccountId) {
		let mut seats = CouncilSeats::<T>::get();
		if let Ok(position) = seats.binary_search(admin) {
			seats.remove(position);
			T::CouncilMembers::change_members_sorted(&[], core::slice::from_ref(admin), &seats);
			CouncilSeats::<T>::put(seats);
		}
	}

	/// Put `authority` in the next sessions' authority set.
	pub(crate) fn add_validator(authority: T::AccountId) -> DispatchResult {
		Validators::<T>::try_mutate(|validators| -> DispatchResult {
			if let Err(position) = validators.binary_search(&authority) {
				validators
					.try_insert(position, authority)
					.map_err(|_| Error::<T>::TooManyAgencies)?;
			}
			Ok(())
		})
	}

	/// Take `authority` out of the next sessions' authority set.
	pub(crate) fn remove_validator(authority: &T::AccountId) {
		Validators::<T>::mutate(|validators| {
			if let Ok(position) = validators.binary_search(authority) {
				validators.remove(position);
			}
		});
	}
}

/// The authority set of each new session is the authority accounts of the active agencies.
/// An empty set is never handed over: the chain keeps its current authorities rather than
/// stop.
impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let validators = Validators::<T>::get();
		if validators.is_empty() {
			None
		} else {
			Some(validators.into_inner())
		}
	}

	fn end_session(_end_index: SessionIndex) {}

	fn start_session(_start_index: SessionIndex) {}
}

/// The session length as pallet-session's `PeriodicSessions` wants it: sessions end at
/// every block number divisible by [`SessionLength`].
pub struct SessionLengthOf<T>(core::marker::PhantomData<T>);

impl<T: Config> Get<frame_system::pallet_prelude::BlockNumberFor<T>> for SessionLengthOf<T> {
	fn get() -> frame_system::pallet_prelude::BlockNumberFor<T> {
		SessionLength::<T>::get()
	}
}
