//! Tests of pallet-parking, one file per feature, against the real pallet-agencies and
//! pallet-citizens.

mod lots;
mod nearby;
mod occupancy;
mod reservations;

use crate::{mock::*, Event};

/// The last event pallet-parking deposited.
pub(crate) fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::Parking(event) => Some(event),
			_ => None,
		})
		.expect("a parking event was deposited")
}
