//! Tests of pallet-parking, one file per feature, against the real pallet-agencies and
//! pallet-citizens.

mod invariants;
mod lots;
mod nearby;
mod occupancy;
mod reservations;

use crate::{mock::*, Event};

/// The last event pallet-parking deposited.
pub(crate) fn last_event() -> Event<Test> {
	civitas_test_utils::last_event::<Test, _>()
}
