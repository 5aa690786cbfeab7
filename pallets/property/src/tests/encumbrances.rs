use super::{flat, last_event, sell_to_carol, steps};
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Property`).
use crate::mock::Property;
use civitas_primitives::MAX_PAGE;
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
	claim_and_release(CLERK, EncumbranceKind::Lease, property, times)
}

/// `who` registers a claim of `kind` on `property` and releases it, `times` times.
fn claim_and_release(who: u64, kind: EncumbranceKind, property: PropertyId, times: u32) {
	for _ in 0..times {
		assert_ok!(Property::encumber(RuntimeOrigin::signed(who), property, kind, doc("l")));
		let claim = NextEncumbranceId::<Test>::get() - 1;
		assert_ok!(Property::release(RuntimeOrigin::signed(who), claim));
	}
}

#[test]
fn a_full_history_never_freezes_the_title() {
	new_test_ext().execute_with(|| {
		let id = flat();
		// MaxHistory is 12. A bank's free mortgage/release pairs run the history far past it.
		claim_and_release(BANKER, EncumbranceKind::Mortgage, id, 10);
		assert_eq!(crate::Properties::<Test>::get(id).unwrap().history, 21);
		// The title still moves: a sale goes through every step, and a mortgage still stands.
		let transfer = sell_to_carol(id);
		assert_ok!(Property::approve_transfer(RuntimeOrigin::signed(BOB), transfer));
		assert_ok!(Property::approve_transfer(RuntimeOrigin::signed(CAROL), transfer));
		assert_ok!(Property::confirm_tax(RuntimeOrigin::signed(TAXMAN), transfer));
		assert_ok!(Property::finalize_transfer(
			RuntimeOrigin::signed(CLERK),
			transfer,
			doc("deed")
		));
		assert_ok!(Property::encumber(
			RuntimeOrigin::signed(BANKER),
			id,
			EncumbranceKind::Mortgage,
			doc("new mortgage")
		));
		// The newest 12 steps are on chain, numbered on; the oldest are in their events.
		let history = Property::title_history(id, 0, MAX_PAGE);
		assert_eq!(history.len(), 12);
		assert_eq!(history[0].seq, 27 - 12);
		assert_eq!(history.last().unwrap().seq, 26);
		assert_eq!(steps(id).last(), Some(&"Encumbered"));
		assert!(history
			.iter()
			.any(|entry| matches!(entry.event, TitleEvent::TransferFinalized { .. })));
		assert_eq!(crate::History::<Test>::iter_prefix(id).count(), 12);
	});
}

#[test]
fn an_open_transfers_expiry_is_recorded_in_a_full_history() {
	new_test_ext().execute_with(|| {
		let id = flat();
		lease_and_release(id, 6);
		let transfer = sell_to_carol(id);
		assert!(crate::Properties::<Test>::get(id).unwrap().history > 12);
		run_to(1 + TIMEOUT);
		assert_eq!(Property::transfer(transfer).unwrap().status, TransferStatus::Expired);
		assert_eq!(steps(id).last(), Some(&"TransferExpired"));
	});
}
