//! The registry: citizens by commitment, their status, and the one account that signs for
//! each.

use crate::{pallet::*, types::*};
use civitas_primitives::{AgencyId, CitizenId};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Register `citizen`, for civil-affairs `agency`, offering them `account` if one is
	/// given.
	pub(crate) fn do_register_citizen(
		agency: AgencyId,
		citizen: CitizenId,
		account: Option<T::AccountId>,
	) -> DispatchResult {
		ensure!(!Citizens::<T>::contains_key(citizen), Error::<T>::AlreadyRegistered);
		if let Some(account) = &account {
			ensure!(!CitizenByAccount::<T>::contains_key(account), Error::<T>::AccountInUse);
		}
		Citizens::<T>::insert(
			citizen,
			Citizen {
				status: CitizenStatus::Active,
				account: None,
				registered_by: agency,
				registered_at: frame_system::Pallet::<T>::block_number(),
				attestations: 0,
				consents: 0,
				accesses: 0,
			},
		);
		Self::deposit_event(Event::CitizenRegistered { citizen, agency, account: account.clone() });
		if let Some(account) = account {
			Self::do_offer_link(agency, citizen, account)?;
		}
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

	/// Offer `account` to `citizen`, from civil-affairs `agency`, in place of any earlier
	/// offer.
	pub(crate) fn do_offer_link(
		agency: AgencyId,
		citizen: CitizenId,
		account: T::AccountId,
	) -> DispatchResult {
		let record = Citizens::<T>::get(citizen).ok_or(Error::<T>::UnknownCitizen)?;
		ensure!(!CitizenByAccount::<T>::contains_key(&account), Error::<T>::AccountInUse);
		let now = frame_system::Pallet::<T>::block_number();
		let ready_at = if record.account.is_some() { now + T::RelinkDelay::get() } else { now };
		LinkOffers::<T>::insert(
			citizen,
			LinkOffer {
				account: account.clone(),
				offered_by: agency,
				offered_at: now,
				seconded_by: None,
			},
		);
		Self::deposit_event(Event::LinkOffered { citizen, account, by: agency, ready_at });
		Ok(())
	}

	/// `who` takes the account offered to `citizen`, if it is the account offered and the
	/// offer is ready (the citizen has no account yet, the relink delay has passed, or a
	/// second agency seconded it).
	pub(crate) fn do_accept_link(citizen: CitizenId, who: T::AccountId) -> DispatchResult {
		let offer = LinkOffers::<T>::get(citizen)
			.filter(|offer| offer.account == who)
			.ok_or(Error::<T>::NoLinkOffer)?;
		ensure!(!CitizenByAccount::<T>::contains_key(&who), Error::<T>::AccountInUse);
		Citizens::<T>::try_mutate(citizen, |record| -> DispatchResult {
			let record = record.as_mut().ok_or(Error::<T>::UnknownCitizen)?;
			if record.account.is_some() {
				let now = frame_system::Pallet::<T>::block_number();
				ensure!(
					offer.seconded_by.is_some() || now >= offer.offered_at + T::RelinkDelay::get(),
					Error::<T>::RelinkNotReady
				);
			}
			if let Some(old) = record.account.replace(who.clone()) {
				CitizenByAccount::<T>::remove(old);
			}
			Ok(())
		})?;
		LinkOffers::<T>::remove(citizen);
		CitizenByAccount::<T>::insert(&who, citizen);
		Self::deposit_event(Event::AccountLinked { citizen, account: who });
		Ok(())
	}

	/// Withdraw the offer of another account to `citizen` (their current account refuses it).
	pub(crate) fn do_veto_link(citizen: CitizenId) -> DispatchResult {
		let offer = LinkOffers::<T>::take(citizen).ok_or(Error::<T>::NoLinkOffer)?;
		Self::deposit_event(Event::LinkVetoed { citizen, account: offer.account });
		Ok(())
	}

	/// Civil-affairs `agency` seconds the offer made to `citizen` by another agency.
	pub(crate) fn do_second_link(agency: AgencyId, citizen: CitizenId) -> DispatchResult {
		LinkOffers::<T>::try_mutate(citizen, |offer| -> DispatchResult {
			let offer = offer.as_mut().ok_or(Error::<T>::NoLinkOffer)?;
			ensure!(offer.offered_by != agency, Error::<T>::SameAgency);
			offer.seconded_by = Some(agency);
			Ok(())
		})?;
		Self::deposit_event(Event::LinkSeconded { citizen, by: agency });
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
