//! Read-only answers for `ParkingApi`: a lot, and the lots near a place.

use crate::{geo, page_of, pallet::*, types::*, NearbyError};
use alloc::{collections::BTreeMap, vec::Vec};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// A lot's occupancy entry.
	pub fn occupancy(lot: LotId) -> Option<OccupancyOf<T>> {
		let (page, index) = page_of(lot);
		OccupancyPages::<T>::get(page).get(index).cloned()
	}

	fn view(
		id: LotId,
		lot: LotOf<T>,
		occupancy: OccupancyOf<T>,
		now: BlockNumberFor<T>,
	) -> LotViewOf<T> {
		LotView {
			id,
			free: occupancy.free(lot.reserved),
			stale: now.saturating_sub(occupancy.updated_at) > T::StaleAfter::get(),
			name: lot.name.into_inner(),
			lat_e6: lot.lat_e6,
			lon_e6: lot.lon_e6,
			capacity: occupancy.capacity,
			occupied: occupancy.occupied,
			reserved: lot.reserved,
			price_per_hour: lot.price_per_hour,
			operator: occupancy.operator,
			agency: lot.agency,
			updated_at: occupancy.updated_at,
		}
	}

	/// A lot with its free count and staleness (for `ParkingApi::lot`).
	pub fn lot(id: LotId) -> Option<LotViewOf<T>> {
		let lot = Lots::<T>::get(id)?;
		let occupancy = Self::occupancy(id)?;
		Some(Self::view(id, lot, occupancy, frame_system::Pallet::<T>::block_number()))
	}

	/// The lots within `radius_m` metres of a position with at least `min_free` free
	/// spaces, nearest first (ties by id), at most `limit` (for `ParkingApi::nearby`).
	/// Reads only the grid cells the circle touches.
	pub fn nearby(
		lat_e6: i32,
		lon_e6: i32,
		radius_m: u32,
		min_free: u32,
		limit: u32,
	) -> Result<Vec<NearbyLotOf<T>>, NearbyError> {
		ensure!(geo::valid(lat_e6, lon_e6), NearbyError::BadPosition);
		ensure!(radius_m <= T::MaxRadius::get(), NearbyError::RadiusTooLarge);
		ensure!(limit > 0 && limit <= T::MaxNearby::get(), NearbyError::BadLimit);
		let now = frame_system::Pallet::<T>::block_number();
		let ((row0, col0), (row1, col1)) = geo::cells_around(lat_e6, lon_e6, radius_m);
		let mut found = Vec::new();
		// Each occupancy page once, however many of its lots the circle holds.
		let mut pages = BTreeMap::<u32, PageOf<T>>::new();
		for row in row0..=row1 {
			for col in col0..=col1 {
				for id in Cells::<T>::get((row, col)) {
					let Some(lot) = Lots::<T>::get(id) else { continue };
					let distance_m = geo::distance_m(lat_e6, lon_e6, lot.lat_e6, lot.lon_e6);
					if distance_m > radius_m {
						continue;
					}
					let (page, index) = page_of(id);
					let entries =
						pages.entry(page).or_insert_with(|| OccupancyPages::<T>::get(page));
					let Some(occupancy) = entries.get(index).cloned() else { continue };
					if occupancy.free(lot.reserved) >= min_free {
						let lot = Self::view(id, lot, occupancy, now);
						found.push(NearbyLot { distance_m, lot });
					}
				}
			}
		}
		found.sort_by_key(|near| (near.distance_m, near.lot.id));
		found.truncate(limit as usize);
		Ok(found)
	}
}
