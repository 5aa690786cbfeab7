//! Tests of pallet-health, one file per feature, against the real pallet-agencies and
//! pallet-citizens.

mod access;
mod emergency;
mod epidemic;
mod invariants;
mod records;

use crate::{mock::*, Event, RecordId, RecordKind};
use frame_support::assert_ok;

/// The last event pallet-health deposited.
pub(crate) fn last_event() -> Event<Test> {
	civitas_test_utils::last_event::<Test, _>()
}

/// The hospital anchors a lab result of `citizen`; its id.
pub(crate) fn anchor_lab(citizen: crate::CitizenId) -> RecordId {
	let id = crate::NextRecordId::<Test>::get();
	assert_ok!(Health::anchor_record(
		RuntimeOrigin::signed(DOCTOR),
		citizen,
		RecordKind::LabResult,
		doc("lab v0"),
	));
	id
}
