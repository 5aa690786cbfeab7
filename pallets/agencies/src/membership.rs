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

	/// Note that `who` proposed the council motion `motion`, refusing it if `who` has
	/// `MaxOpenMotions` open already. `open` are the motions the council has open (with
	/// `motion` among them); the member's motions no longer among them are forgotten first.
	/// The runtime calls it from the council's `Consideration`, when a motion is proposed.
	pub fn note_motion(who: &T::AccountId, open: &[T::Hash], motion: T::Hash) -> DispatchResult {
		OpenMotions::<T>::try_mutate(who, |mine| {
			mine.retain(|hash| open.contains(hash));
			mine.try_push(motion).map_err(|_| Error::<T>::TooManyOpenMotions.into())
		})
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

/// What pallet-agencies needs to know of the sessions (the runtime reads pallet-session).
pub trait SessionAuthorities<AccountId> {
	/// Whether `who` has set session keys: an authority without them cannot author or vote.
	fn has_keys(who: &AccountId) -> bool;
	/// The current session's authorities: the voters GRANDPA counts now.
	fn current() -> Vec<AccountId>;
	/// The authorities queued for the next session.
	fn queued() -> Vec<AccountId>;
	/// Disable `who` for the rest of the current session if it is one of its authorities:
	/// it authors no block until the session ends. Never the last authority still enabled
	/// (a session with none would produce no block, and nothing could mend it).
	fn disable(who: &AccountId);
	/// Make `voters` the current session's authorities (benchmarks set up their worst case).
	#[cfg(feature = "runtime-benchmarks")]
	fn set_current(_voters: Vec<AccountId>) {}
}

/// No session pallet: everyone has keys, and no set is current or queued.
impl<AccountId> SessionAuthorities<AccountId> for () {
	fn has_keys(_: &AccountId) -> bool {
		true
	}
	fn current() -> Vec<AccountId> {
		Vec::new()
	}
	fn queued() -> Vec<AccountId> {
		Vec::new()
	}
	fn disable(_: &AccountId) {}
}

/// The fewest authorities a session may have. An authority set is never emptied: a set with
/// no authority that can author and vote would stop block production and finality for good,
/// with no one left to repair it.
pub const MIN_AUTHORITIES: usize = 1;

/// The authority set of each new session is the authority accounts of the active agencies
/// that have set session keys (pallet-session would drop the others anyway). When fewer than
/// [`MIN_AUTHORITIES`] remain, no new set is handed over: the chain keeps its current
/// authorities rather than stop.
impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let keyed: Vec<T::AccountId> =
			Validators::<T>::get().into_iter().filter(T::Sessions::has_keys).collect();
		if keyed.len() < MIN_AUTHORITIES {
			log::warn!(
				target: "runtime::agencies",
				"no active agency's authority has session keys: the current authorities stay"
			);
			None
		} else {
			Some(keyed)
		}
	}

	fn end_session(_end_index: SessionIndex) {}

	/// An authority proven to misbehave may still be in the starting session's set (planned
	/// a session ahead): disable it for this one too.
	fn start_session(_start_index: SessionIndex) {
		Self::disable_offenders();
	}
}

/// The session length as pallet-session's `PeriodicSessions` wants it: sessions end at
/// every block number divisible by [`SessionLength`].
pub struct SessionLengthOf<T>(core::marker::PhantomData<T>);

impl<T: Config> Get<frame_system::pallet_prelude::BlockNumberFor<T>> for SessionLengthOf<T> {
	fn get() -> frame_system::pallet_prelude::BlockNumberFor<T> {
		SessionLength::<T>::get()
	}
}
