//! Read-only answers for `HealthApi`.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use civitas_primitives::{
	support::{page_of_ids, AppendOnlyLog},
	CitizenId, CitizenRegistry,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// A registered citizen's health code and the reports behind it (for
	/// `HealthApi::health_code`); `None` for an unknown citizen.
	pub fn health_code(citizen: CitizenId) -> Option<HealthCodeView<BlockNumberFor<T>>> {
		if !T::Citizens::is_registered(&citizen) {
			return None;
		}
		let state = Epidemic::<T>::get(citizen);
		let code = Self::code_of(&state, frame_system::Pallet::<T>::block_number());
		Some(HealthCodeView { code, state })
	}

	/// A district's counters (for `HealthApi::district_stats`); `None` outside the city.
	pub fn district_stats(district: District) -> Option<DistrictStats> {
		(district < T::DistrictCount::get()).then(|| Districts::<T>::get(district))
	}

	/// A citizen's records in anchoring order from record `from` on, at most `limit` (for
	/// `HealthApi::records`).
	pub fn records(
		citizen: CitizenId,
		from: RecordId,
		limit: u32,
	) -> Vec<RecordView<BlockNumberFor<T>>> {
		// Current records are bounded per issuer; erased ones stay listed (their hash and
		// versions are kept), so the list is read whole here, off the chain's hot path.
		let ids: Vec<RecordId> = CitizenRecords::<T>::iter_key_prefix(citizen).collect();
		page_of_ids(ids, from, limit)
			.into_iter()
			.filter_map(|id| {
				let record = Records::<T>::get(id)?;
				Some(RecordView {
					id,
					kind: record.kind,
					issuer: record.issuer,
					status: record.status,
					hash: record.hash,
					version: record.version,
					locator: record.locator.into_inner(),
					anchored_at: record.anchored_at,
					updated_at: record.updated_at,
				})
			})
			.collect()
	}

	/// The versions of a record from version `from` on, oldest first, at most `limit` (for
	/// `HealthApi::versions`).
	pub fn versions(id: RecordId, from: u32, limit: u32) -> Vec<VersionOf<T>> {
		let Some(record) = Records::<T>::get(id) else { return Vec::new() };
		Versions::<T>::entries(
			&id,
			record.version.saturating_add(1),
			T::MaxVersions::get(),
			from,
			limit,
		)
	}

	/// Break-glass accesses past their deadline and still unreviewed, most overdue first
	/// (for `HealthApi::overdue_reviews`; at most `MaxPendingReviews` per agency).
	pub fn overdue_reviews() -> Vec<(AccessId, EmergencyAccessOf<T>)> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut overdue: Vec<(AccessId, BlockNumberFor<T>)> =
			PendingReviews::<T>::iter().filter(|(_, review_by)| now > *review_by).collect();
		overdue.sort_unstable_by_key(|&(access, review_by)| (review_by, access));
		overdue
			.into_iter()
			.filter_map(|(access, _)| Some((access, EmergencyAccesses::<T>::get(access)?)))
			.collect()
	}
}
