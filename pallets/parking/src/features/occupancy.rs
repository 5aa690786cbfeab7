//! Occupancy reports: batches of `(lot, occupied)`, read and written a page of lots at a time.

use crate::{page_of, page_runs, pallet::*, WeightInfo};
use civitas_primitives::{AgencyId, AgencyRoles};
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Apply `who`'s batch of occupancy reports, all or nothing.
	pub(crate) fn do_update_occupancy(who: T::AccountId, updates: BatchOf<T>) -> DispatchResult {
		ensure!(!updates.is_empty(), Error::<T>::EmptyBatch);
		let now = frame_system::Pallet::<T>::block_number();
		// The page being changed: read at the first of a run of its lots, written back when
		// the run ends. A refusal part-way undoes every page written (the call is
		// transactional).
		let mut open: Option<(u32, PageOf<T>)> = None;
		// The last agency found active: a batch's lots are usually one agency's, so its
		// status is read once per change of agency (at most once per page; see the weight).
		let mut active: Option<AgencyId> = None;
		for &(lot, occupied) in updates.iter() {
			let (page, index) = page_of(lot);
			let entries = match open {
				Some((current, ref mut entries)) if current == page => entries,
				_ => {
					if let Some((done, entries)) = open.take() {
						OccupancyPages::<T>::insert(done, entries);
					}
					&mut open.insert((page, OccupancyPages::<T>::get(page))).1
				},
			};
			let entry = entries.get_mut(index).ok_or(Error::<T>::UnknownLot)?;
			ensure!(entry.operator == who, Error::<T>::NotLotOperator);
			if active != Some(entry.agency) {
				ensure!(T::Agencies::is_active(entry.agency), Error::<T>::InactiveAgency);
				active = Some(entry.agency);
			}
			ensure!(occupied <= entry.capacity, Error::<T>::OverCapacity);
			entry.occupied = occupied;
			entry.updated_at = now;
		}
		if let Some((page, entries)) = open {
			OccupancyPages::<T>::insert(page, entries);
		}
		Self::deposit_event(Event::OccupancyUpdated { operator: who, count: updates.len() as u32 });
		Ok(())
	}

	/// The weight of an occupancy batch: its pages and the updates beyond one per page.
	pub fn occupancy_weight(updates: &BatchOf<T>) -> Weight {
		let pages = page_runs(updates);
		T::WeightInfo::update_occupancy(pages, (updates.len() as u32).saturating_sub(pages))
	}
}
