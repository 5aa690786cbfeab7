//! What this pallet tells other pallets through [`Consent`]: whether a citizen's consent
//! holds now.

use crate::{pallet::*, types::*};
use civitas_primitives::{AgencyId, CitizenId, Consent, DataCategory, PurposeCode};

impl<T: Config> Consent for Pallet<T> {
	fn has_consent(
		citizen: &CitizenId,
		agency: AgencyId,
		category: DataCategory,
		purpose: PurposeCode,
	) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		Self::is_active_citizen(citizen)
			&& Consents::<T>::get(citizen, ConsentScope { agency, category, purpose })
				.is_some_and(|c| c.revoked_at.is_none() && Self::in_force(c.expires_at, now))
	}
}
