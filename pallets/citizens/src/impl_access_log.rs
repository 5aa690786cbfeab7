//! The access log other pallets write through [`AccessLog`]: every read of a citizen's data,
//! numbered per citizen, in a ring of the last `MaxLogEntries` per citizen and reading
//! agency — one agency's reads never push another's out — and in the `DataAccessed` events,
//! which keep all.

use crate::{pallet::*, types::*};
use civitas_primitives::{AccessLog, AgencyId, CitizenId, DataCategory, PurposeCode};
use frame_support::pallet_prelude::*;

impl<T: Config> AccessLog<T::AccountId> for Pallet<T> {
	fn record_access(
		citizen: &CitizenId,
		agency: AgencyId,
		operator: &T::AccountId,
		category: DataCategory,
		purpose: PurposeCode,
		emergency: bool,
	) -> Result<(), DispatchError> {
		let seq = Citizens::<T>::try_mutate(citizen, |record| {
			let record = record.as_mut().ok_or(Error::<T>::UnknownCitizen)?;
			let seq = record.accesses;
			record.accesses += 1;
			Ok::<_, DispatchError>(seq)
		})?;
		let nth = ReadsBy::<T>::get(citizen, agency);
		ReadsBy::<T>::insert(citizen, agency, nth.saturating_add(1));
		let slot = (nth % T::MaxLogEntries::get().max(1) as u64) as u32;
		AccessLogEntries::<T>::insert(
			citizen,
			(agency, slot),
			AccessEntry {
				seq,
				agency,
				operator: operator.clone(),
				category,
				purpose,
				emergency,
				at: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::DataAccessed {
			citizen: *citizen,
			seq,
			agency,
			operator: operator.clone(),
			category,
			purpose,
			emergency,
		});
		Ok(())
	}
}
