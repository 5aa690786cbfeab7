//! The registry: citizens by commitment, their status, and the one account that signs for
//! each.

use crate::{pallet::*, types::*};
use civitas_primitives::{AgencyId, CitizenId};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Register `citizen`, for civil-affairs `agency`, with the account if one is given.
	pub(crate) fn do_register_citizen(
		agency: AgencyId,
		citizen: CitizenId,
		account: Option<T::AccountId>,
	) -> DispatchResult {
		ensure!(!Citizens::<T>::contains_key(citizen), Error::<T>::AlreadyRegistered);
		if let Some(account) = &account {
			ensure!(!CitizenByAccount::<T>::contains_key(account), Error::<T>::AccountInUse);
			CitizenByAccount::<T>::insert(account, citizen);
		}
		Citizens::<T>::insert(
			citizen,
			Citizen {
				status: CitizenStatus::Active,
				account: account.clone(),
				registered_by: agency,
				registered_at: frame_system::Pallet::<T>::block_number(),
				attestations: 0,
				consents: 0,
				accesses: 0,
			},
		);
		Self::deposit_event(Event::CitizenRegistered { citizen, agency, account });
		Ok(())
	}

	/// Set `citizen`'s status.
	pub(crate) fn do_set_status(citizen: CitizenId, status: CitizenStatus) -> DispatchResult {
		Citizens::<T>::try_mutate(citizen, |record| -> DispatchResult {
			let record = record.as_mut().ok_or(Error::<T>::UnknownCitizen)?;
			ensure!(record.status != status, Error::<T>::StatusUnchanged);
			record.status = status;
			Ok(())
		})?;
		Self::deposit_event(Event::StatusSet { citizen, status });
		Ok(())
	}

	/// Link `account` to `citizen` in place of the account linked before.
	pub(crate) fn do_link_account(citizen: CitizenId, account: T::AccountId) -> DispatchResult {
		ensure!(!CitizenByAccount::<T>::contains_key(&account), Error::<T>::AccountInUse);
		Citizens::<T>::try_mutate(citizen, |record| -> DispatchResult {
			let record = record.as_mut().ok_or(Error::<T>::UnknownCitizen)?;
			if let Some(old) = record.account.replace(account.clone()) {
				CitizenByAccount::<T>::remove(old);
			}
			Ok(())
		})?;
		CitizenByAccount::<T>::insert(&account, citizen);
		Self::deposit_event(Event::AccountLinked { citizen, account });
		Ok(())
	}

	/// Move the citizenship `old` signs for to `new`.
	pub(crate) fn do_rotate_account(old: T::AccountId, new: T::AccountId) -> DispatchResult {
		let citizen = CitizenByAccount::<T>::get(&old).ok_or(Error::<T>::NotACitizen)?;
		ensure!(!CitizenByAccount::<T>::contains_key(&new), Error::<T>::AccountInUse);
		Citizens::<T>::try_mutate(citizen, |record| -> DispatchResult {
			record.as_mut().ok_or(Error::<T>::UnknownCitizen)?.account = Some(new.clone());
			Ok(())
		})?;
		CitizenByAccount::<T>::remove(&old);
		CitizenByAccount::<T>::insert(&new, citizen);
		Self::deposit_event(Event::AccountRotated { citizen, old, new });
		Ok(())
	}

	/// The citizen whose account signed `origin`.
	pub(crate) fn signing_citizen(origin: OriginFor<T>) -> Result<CitizenId, DispatchError> {
		let who = ensure_signed(origin)?;
		Ok(CitizenByAccount::<T>::get(who).ok_or(Error::<T>::NotACitizen)?)
	}

	/// The citizen's record, if they are registered and active.
	pub(crate) fn active_citizen(citizen: &CitizenId) -> Result<CitizenOf<T>, DispatchError> {
		let record = Citizens::<T>::get(citizen).ok_or(Error::<T>::UnknownCitizen)?;
		ensure!(record.status == CitizenStatus::Active, Error::<T>::CitizenNotActive);
		Ok(record)
	}

	/// Whether the citizen is registered and active.
	pub(crate) fn is_active_citizen(citizen: &CitizenId) -> bool {
		Self::active_citizen(citizen).is_ok()
	}

	/// An expiry block, if given, must be after `now`.
	pub(crate) fn ensure_future(
		expires_at: Option<BlockNumberFor<T>>,
		now: BlockNumberFor<T>,
	) -> DispatchResult {
		ensure!(expires_at.is_none_or(|at| at > now), Error::<T>::ExpiryInPast);
		Ok(())
	}

	/// Whether something expiring at `expires_at` (never, if `None`) holds at `now`.
	pub(crate) fn in_force(expires_at: Option<BlockNumberFor<T>>, now: BlockNumberFor<T>) -> bool {
		expires_at.is_none_or(|at| now < at)
	}
}
