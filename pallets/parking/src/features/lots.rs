//! Registering lots: a description, a place in the spatial index and an occupancy entry.

use crate::{geo, page_of, pallet::*, types::*};
use civitas_primitives::{support::NextId, AgencyId};
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Register a lot of transport agency `agency`.
	pub(crate) fn do_register_lot(
		agency: AgencyId,
		name: NameOf<T>,
		lat_e6: i32,
		lon_e6: i32,
		capacity: u32,
		price_per_hour: u32,
		operator: T::AccountId,
	) -> DispatchResult {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(geo::valid(lat_e6, lon_e6), Error::<T>::BadPosition);
		ensure!(capacity > 0, Error::<T>::ZeroCapacity);
		let lot = NextLotId::<T>::take_next()?;
		Cells::<T>::try_mutate(geo::cell_of(lat_e6, lon_e6), |cell| cell.try_push(lot))
			.map_err(|_| Error::<T>::CellFull)?;
		let (page, _) = page_of(lot);
		// Lots are numbered in order, so the new lot's entry is always the page's next one.
		OccupancyPages::<T>::try_mutate(page, |entries| {
			entries.try_push(Occupancy {
				operator: operator.clone(),
				capacity,
				occupied: 0,
				updated_at: frame_system::Pallet::<T>::block_number(),
				agency,
			})
		})
		// Unreachable while lots are numbered in order; refused rather than misplaced.
		.map_err(|_| DispatchError::Corruption)?;
		Lots::<T>::insert(lot, Lot { name, lat_e6, lon_e6, reserved: 0, price_per_hour, agency });
		Self::deposit_event(Event::LotRegistered { lot, agency, operator });
		Ok(())
	}
}
