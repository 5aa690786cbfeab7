//! What `try_state` checks: every counter and index the pallet keeps, against the storage it
//! counts or indexes. Run by `try-runtime` on a live chain's state, and at the end of every
//! unit test (the mock's externalities check it after each test body).

use crate::{geo, pallet::*, LOTS_PER_PAGE};
use civitas_primitives::support::Tally;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Check the lots' and the reservations' invariants; the first that fails, by name.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		// Reservations in force, counted by lot and by citizen, each queued to end.
		let next = NextReservationId::<T>::get();
		let mut by_lot = Tally::new();
		let mut by_citizen = Tally::new();
		for (id, reservation) in Reservations::<T>::iter() {
			ensure!(id < next, "a reservation's id is not below NextReservationId");
			ensure!(
				ExpiringAt::<T>::get(reservation.ends_at).contains(&id),
				"a reservation is not queued to end"
			);
			by_lot.add(reservation.lot);
			by_citizen.add(reservation.citizen);
		}
		by_citizen.at_most(
			T::MaxReservationsPerCitizen::get(),
			"a citizen holds more than MaxReservationsPerCitizen",
		)?;
		by_citizen.matches(
			ReservationCount::<T>::iter(),
			"a citizen's reservation count is not their reservations",
		)?;

		// Lots: indexed in their cell, one occupancy entry each, reserved spaces counted.
		let next = NextLotId::<T>::get();
		let mut lots = 0u32;
		for (id, lot) in Lots::<T>::iter() {
			lots += 1;
			ensure!(id < next, "a lot's id is not below NextLotId");
			ensure!(
				Cells::<T>::get(geo::cell_of(lot.lat_e6, lot.lon_e6)).contains(&id),
				"a lot is not indexed in its grid cell"
			);
			let occupancy = Self::occupancy(id).ok_or("a lot has no occupancy entry")?;
			ensure!(occupancy.agency == lot.agency, "a lot's occupancy names another agency");
			ensure!(occupancy.occupied <= occupancy.capacity, "a lot is occupied past capacity");
			ensure!(
				by_lot.take(&id) == lot.reserved as u64,
				"a lot's reserved count is not its reservations"
			);
		}
		ensure!(lots == next, "the lots are not exactly ids 0..NextLotId");
		ensure!(by_lot.is_empty(), "a reservation is of no lot");
		let entries: u32 = OccupancyPages::<T>::iter_values().map(|page| page.len() as u32).sum();
		ensure!(entries == lots, "the occupancy pages hold an entry for no lot");
		for (page, entries) in OccupancyPages::<T>::iter() {
			ensure!(
				page < next.div_ceil(LOTS_PER_PAGE).max(1),
				"an occupancy page past the last lot's"
			);
			ensure!(!entries.is_empty(), "an empty occupancy page is kept");
		}
		for (cell, ids) in Cells::<T>::iter() {
			for id in ids {
				let lot = Lots::<T>::get(id).ok_or("a grid cell lists no lot")?;
				ensure!(geo::cell_of(lot.lat_e6, lot.lon_e6) == cell, "a lot in another's cell");
			}
		}
		Ok(())
	}
}
