//! Tests of pallet-property, one file per feature, against the real pallet-agencies and
//! pallet-citizens.

mod encumbrances;
mod invariants;
mod registration;
mod transfers;

use crate::{mock::*, Event, PropertyId, Share, TitleEvent, TransferId, Usage};
use civitas_primitives::MAX_PAGE;
use frame_support::assert_ok;
use sp_runtime::bounded_vec;

/// The last event pallet-property deposited.
pub(crate) fn last_event() -> Event<Test> {
	civitas_test_utils::last_event::<Test, _>()
}

/// The registry registers a flat under `parcel` owned by `owners`; its id.
pub(crate) fn register(parcel: &str, owners: Vec<Share>) -> PropertyId {
	let id = crate::NextPropertyId::<Test>::get();
	assert_ok!(Property::register_property(
		RuntimeOrigin::signed(CLERK),
		parcel.as_bytes().to_vec().try_into().unwrap(),
		5,
		89,
		Usage::Residential,
		owners.try_into().expect("the test's owner lists fit"),
		doc("title deed")
	));
	id
}

/// A flat owned by Alice and Bob in halves.
pub(crate) fn flat() -> PropertyId {
	register("110105-0042-0301", vec![of("alice", 500_000), of("bob", 500_000)])
}

/// Alice starts selling the flat to Carol; the transfer's id.
pub(crate) fn sell_to_carol(property: PropertyId) -> TransferId {
	let id = crate::NextTransferId::<Test>::get();
	assert_ok!(Property::initiate_transfer(
		RuntimeOrigin::signed(ALICE),
		property,
		bounded_vec![of("carol", 1_000_000)],
		doc("sale contract")
	));
	id
}

/// The kinds of step in a property's history, by name.
pub(crate) fn steps(property: PropertyId) -> Vec<&'static str> {
	Property::title_history(property, 0, MAX_PAGE)
		.into_iter()
		.map(|entry| match entry.event {
			TitleEvent::Registered { .. } => "Registered",
			TitleEvent::TransferInitiated { .. } => "TransferInitiated",
			TitleEvent::TransferApproved { .. } => "TransferApproved",
			TitleEvent::TaxConfirmed { .. } => "TaxConfirmed",
			TitleEvent::TransferFinalized { .. } => "TransferFinalized",
			TitleEvent::TransferRejected { .. } => "TransferRejected",
			TitleEvent::TransferExpired { .. } => "TransferExpired",
			TitleEvent::TransferCancelled { .. } => "TransferCancelled",
			TitleEvent::Encumbered { .. } => "Encumbered",
			TitleEvent::Released { .. } => "Released",
		})
		.collect()
}
