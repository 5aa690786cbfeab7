use super::{flat, last_event, sell_to_carol, steps};
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Property`).
use crate::mock::Property;
use frame_support::{assert_noop, assert_ok};

fn ready_to_finalize(property: PropertyId) -> TransferId {
	let transfer = sell_to_carol(property);
	assert_ok!(Property::approve_transfer(RuntimeOrigin::signed(BOB), transfer));
	assert_ok!(Property::approve_transfer(RuntimeOrigin::signed(CAROL), transfer));
	assert_ok!(Property::confirm_tax(RuntimeOrigin::signed(TAXMAN), transfer));
	transfer
}

fn finalize(transfer: TransferId) -> sp_runtime::DispatchResult {
	Property::finalize_transfer(RuntimeOrigin::signed(CLERK), transfer, doc("new title deed"))
}

#[test]
fn a_mortgage_blocks_finalisation_until_the_bank_releases_it() {
	new_test_ext().execute_with(|| {
		let id = flat();
		assert_ok!(Property::encumber(
			RuntimeOrigin::signed(BANKER),
			id,
			EncumbranceKind::Mortgage,
			doc("mortgage deed")
		));
		assert_eq!(
			last_event(),
			Event::Encumbered {
				encumbrance: 0,
				property: id,
				kind: EncumbranceKind::Mortgage,
				holder: BANK
			}
		);
		let view = Property::property(id).unwrap();
		assert_eq!(view.encumbrances.len(), 1);
		assert_eq!(view.encumbrances[0].1.kind, EncumbranceKind::Mortgage);

		let transfer = ready_to_finalize(id);
		assert_noop!(finalize(transfer), Error::<Test>::Encumbered);
		// Only the holding bank releases it.
		assert_noop!(
			Property::release(RuntimeOrigin::signed(OTHER_BANKER), 0),
			Error::<Test>::NotHolder
		);
		assert_noop!(
			Property::release(RuntimeOrigin::signed(CLERK), 0),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_ok!(Property::release(RuntimeOrigin::signed(BANKER), 0));
		assert_eq!(last_event(), Event::Released { encumbrance: 0, property: id });
		assert_noop!(
			Property::release(RuntimeOrigin::signed(BANKER), 0),
			Error::<Test>::AlreadyReleased
		);
		assert_noop!(
			Property::release(RuntimeOrigin::signed(BANKER), 5),
			Error::<Test>::UnknownEncumbrance
		);
		assert!(Property::property(id).unwrap().encumbrances.is_empty());
		assert_eq!(Encumbrances::<Test>::get(0).unwrap().released_at, Some(1));

		assert_ok!(finalize(transfer));
		assert_eq!(
			steps(id),
			vec![
				"Registered",
				"Encumbered",
				"TransferInitiated",
				"TransferApproved",
				"TransferApproved",
				"TaxConfirmed",
				"Released",
				"TransferFinalized"
			]
		);
	});
}

#[test]
fn a_court_seizure_blocks_and_a_lease_does_not() {
	new_test_ext().execute_with(|| {
		let id = flat();
		assert_ok!(Property::encumber(
			RuntimeOrigin::signed(CLERK),
			id,
			EncumbranceKind::Lease,
			doc("lease")
		));
		assert_ok!(Property::encumber(
			RuntimeOrigin::signed(JUDGE),
			id,
			EncumbranceKind::CourtSeizure,
			doc("court order")
		));
		assert_eq!(Encumbrances::<Test>::get(1).unwrap().holder, COURT);
		let transfer = ready_to_finalize(id);
		assert_noop!(finalize(transfer), Error::<Test>::Encumbered);
		assert_ok!(Property::release(RuntimeOrigin::signed(JUDGE), 1));
		assert_ok!(finalize(transfer));
		assert_eq!(Property::property(id).unwrap().encumbrances.len(), 1, "the lease stays");
	});
}

#[test]
fn each_kind_of_claim_needs_its_role_and_claims_are_bounded() {
	new_test_ext().execute_with(|| {
		let id = flat();
		let encumber =
			|who: u64, kind| Property::encumber(RuntimeOrigin::signed(who), id, kind, doc("r"));
		use EncumbranceKind::*;
		let missing = || pallet_agencies::Error::<Test>::MissingRole;
		assert_noop!(encumber(JUDGE, Mortgage), missing());
		assert_noop!(encumber(BANKER, CourtSeizure), missing());
		assert_noop!(encumber(BANKER, Lease), missing());
		assert_noop!(encumber(STRANGER, Mortgage), pallet_agencies::Error::<Test>::NotOperator);
		assert_noop!(
			Property::encumber(RuntimeOrigin::signed(BANKER), 9, Mortgage, doc("r")),
			Error::<Test>::UnknownProperty
		);
		assert_ok!(encumber(BANKER, Mortgage));
		assert_ok!(encumber(OTHER_BANKER, Mortgage));
		assert_noop!(encumber(JUDGE, CourtSeizure), Error::<Test>::TooManyEncumbrances);
		assert_ok!(Property::release(RuntimeOrigin::signed(BANKER), 0));
		assert_ok!(encumber(JUDGE, CourtSeizure));
	});
}

/// Lease `property` and release the lease `times` times: two history entries each.
fn lease_and_release(property: PropertyId, times: u32) {
	for _ in 0..times {
		assert_ok!(Property::encumber(
			RuntimeOrigin::signed(CLERK),
			property,
			EncumbranceKind::Lease,
			doc("l")
		));
		let claim = NextEncumbranceId::<Test>::get() - 1;
		assert_ok!(Property::release(RuntimeOrigin::signed(CLERK), claim));
	}
}

#[test]
fn a_full_history_stops_new_steps_but_not_expiry() {
	new_test_ext().execute_with(|| {
		let id = flat();
		// MaxHistory is 12: registered + 11 more.
		lease_and_release(id, 4);
		assert_ok!(Property::encumber(
			RuntimeOrigin::signed(CLERK),
			id,
			EncumbranceKind::Lease,
			doc("l")
		));
		assert_eq!(steps(id).len(), 10);
		let transfer = sell_to_carol(id);
		assert_eq!(steps(id).len(), 11);
		// The last entry is kept for the open transfer's expiry.
		assert_noop!(
			Property::approve_transfer(RuntimeOrigin::signed(BOB), transfer),
			Error::<Test>::HistoryFull
		);
		run_to(1 + TIMEOUT);
		assert_eq!(Property::transfer(transfer).unwrap().status, TransferStatus::Expired);
		assert_eq!(Property::property(id).unwrap().open_transfer, None);
		assert_eq!(steps(id).len(), 12);
		assert_eq!(steps(id).last(), Some(&"TransferExpired"));
	});
}

#[test]
fn a_transfer_is_not_opened_without_room_for_its_expiry() {
	new_test_ext().execute_with(|| {
		let id = flat();
		lease_and_release(id, 5);
		assert_eq!(steps(id).len(), 11);
		// Initiating would take the 12th entry and leave none for the expiry.
		assert_noop!(
			Property::initiate_transfer(
				RuntimeOrigin::signed(ALICE),
				id,
				vec![of("carol", 1_000_000)],
				doc("sale contract")
			),
			Error::<Test>::HistoryFull
		);
		// A step that opens nothing may still take the last entry.
		assert_ok!(Property::encumber(
			RuntimeOrigin::signed(CLERK),
			id,
			EncumbranceKind::Lease,
			doc("l")
		));
		assert_eq!(steps(id).len(), 12);
	});
}
