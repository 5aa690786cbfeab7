//! Reading a record under the citizen's consent (or as its issuer), into the citizen's
//! access log.

use crate::{pallet::*, types::*};
use civitas_primitives::{AccessLog, AgencyId, Consent, DataCategory, PurposeCode};
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Let `agency`'s `operator` read record `id` for `purpose`, if it may.
	pub(crate) fn do_access_record(
		agency: AgencyId,
		operator: T::AccountId,
		id: RecordId,
		purpose: PurposeCode,
	) -> DispatchResult {
		let record = Self::current_record(id)?;
		let citizen = record.citizen;
		ensure!(
			record.issuer == agency
				|| T::Citizens::has_consent(&citizen, agency, DataCategory::Health, purpose),
			Error::<T>::NoConsent
		);
		T::Citizens::record_access(
			&citizen,
			agency,
			&operator,
			DataCategory::Health,
			purpose,
			false,
		)?;
		Self::deposit_event(Event::RecordAccessed { id, citizen, agency, operator, purpose });
		Ok(())
	}
}
