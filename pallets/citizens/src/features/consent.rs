//! Consent: the citizen grants an agency the use of a category of data for a purpose, and
//! withdraws it.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use civitas_primitives::{AgencyRoles, CitizenId};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Grant (or renew) `citizen`'s consent of `scope` until `expires_at`.
	pub(crate) fn do_grant_consent(
		citizen: CitizenId,
		scope: ConsentScope,
		expires_at: Option<BlockNumberFor<T>>,
	) -> DispatchResult {
		let mut record = Self::active_citizen(&citizen)?;
		ensure!(T::Agencies::is_active(scope.agency), Error::<T>::InactiveAgency);
		let now = frame_system::Pallet::<T>::block_number();
		Self::ensure_future(expires_at, now)?;
		if !Consents::<T>::contains_key(citizen, scope) {
			if record.consents >= T::MaxConsents::get() {
				// Full: revoked and expired consents make room (their events keep them).
				record.consents -= Self::clear_lapsed_consents(&citizen, now);
			}
			ensure!(record.consents < T::MaxConsents::get(), Error::<T>::TooManyConsents);
			record.consents += 1;
			Citizens::<T>::insert(citizen, record);
		}
		Consents::<T>::insert(
			citizen,
			scope,
			ConsentRecord { granted_at: now, expires_at, revoked_at: None },
		);
		Self::deposit_event(Event::ConsentGranted { citizen, scope, expires_at });
		Ok(())
	}

	/// Remove `citizen`'s revoked and expired consents; how many (at most `MaxConsents`
	/// are read).
	fn clear_lapsed_consents(citizen: &CitizenId, now: BlockNumberFor<T>) -> u32 {
		let lapsed: Vec<ConsentScope> = Consents::<T>::iter_prefix(citizen)
			.take(T::MaxConsents::get() as usize)
			.filter(|(_, consent)| {
				consent.revoked_at.is_some() || !Self::in_force(consent.expires_at, now)
			})
			.map(|(scope, _)| scope)
			.collect();
		for scope in &lapsed {
			Consents::<T>::remove(citizen, scope);
		}
		lapsed.len() as u32
	}

	/// Withdraw `citizen`'s consent of `scope`.
	pub(crate) fn do_revoke_consent(citizen: CitizenId, scope: ConsentScope) -> DispatchResult {
		Consents::<T>::try_mutate(citizen, scope, |consent| -> DispatchResult {
			let consent = consent.as_mut().ok_or(Error::<T>::NoSuchConsent)?;
			ensure!(consent.revoked_at.is_none(), Error::<T>::NoSuchConsent);
			consent.revoked_at = Some(frame_system::Pallet::<T>::block_number());
			Ok(())
		})?;
		Self::deposit_event(Event::ConsentRevoked { citizen, scope });
		Ok(())
	}
}
