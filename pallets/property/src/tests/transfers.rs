use super::{flat, last_event, register, sell_to_carol, steps};
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Property`).
use crate::mock::Property;
use civitas_primitives::MAX_PAGE;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::bounded_vec;

fn approve(who: u64, transfer: TransferId) -> sp_runtime::DispatchResult {
	Property::approve_transfer(RuntimeOrigin::signed(who), transfer)
}

fn finalize(transfer: TransferId) -> sp_runtime::DispatchResult {
	Property::finalize_transfer(RuntimeOrigin::signed(CLERK), transfer, doc("new title deed"))
}

#[test]
fn a_sale_goes_from_initiation_through_approvals_and_tax_to_the_new_owner() {
	new_test_ext().execute_with(|| {
		let id = flat();
		let transfer = sell_to_carol(id);
		assert_eq!(
			last_event(),
			Event::TransferInitiated {
				transfer,
				property: id,
				initiator: Owner::Citizen(citizen("alice")),
				expires_at: 1 + TIMEOUT,
			}
		);
		assert_eq!(Property::property(id).unwrap().open_transfer, Some(transfer));
		// Bob (the other seller) and Carol (the buyer) must approve; Alice initiated.
		let pending = Property::transfer(transfer).unwrap().pending;
		assert_eq!(pending.len(), 2);

		assert_ok!(approve(CAROL, transfer));
		assert_eq!(
			last_event(),
			Event::TransferApproved {
				transfer,
				party: Owner::Citizen(citizen("carol")),
				remaining: 1
			}
		);
		// Not before every approval: the tax bureau waits, the registry waits for tax.
		assert_noop!(
			Property::confirm_tax(RuntimeOrigin::signed(TAXMAN), transfer),
			Error::<Test>::ApprovalsPending
		);
		assert_ok!(approve(BOB, transfer));
		assert_noop!(finalize(transfer), Error::<Test>::TaxNotConfirmed);
		assert_ok!(Property::confirm_tax(RuntimeOrigin::signed(TAXMAN), transfer));
		assert_eq!(last_event(), Event::TaxConfirmed { transfer, agency: TAX });
		assert_noop!(
			Property::confirm_tax(RuntimeOrigin::signed(TAXMAN), transfer),
			Error::<Test>::TaxAlreadyConfirmed
		);

		System::set_block_number(4);
		assert_ok!(finalize(transfer));
		let carol_owns: OwnersOf<Test> = vec![of("carol", WHOLE)].try_into().unwrap();
		assert_eq!(
			last_event(),
			Event::TransferFinalized { transfer, property: id, owners: carol_owns.clone() }
		);
		let view = Property::property(id).unwrap();
		assert_eq!(view.owners, vec![of("carol", WHOLE)]);
		assert_eq!(view.title_hash, doc("new title deed"));
		assert_eq!(view.open_transfer, None);
		assert_eq!(
			Property::properties_of(Owner::Citizen(citizen("carol")), 0, MAX_PAGE),
			vec![id]
		);
		assert!(Property::properties_of(Owner::Citizen(citizen("alice")), 0, MAX_PAGE).is_empty());
		assert!(Property::properties_of(Owner::Citizen(citizen("bob")), 0, MAX_PAGE).is_empty());
		assert_eq!(Property::transfer(transfer).unwrap().status, TransferStatus::Finalized);
		assert_eq!(
			steps(id),
			vec![
				"Registered",
				"TransferInitiated",
				"TransferApproved",
				"TransferApproved",
				"TaxConfirmed",
				"TransferFinalized"
			]
		);
		let history = Property::title_history(id, 0, MAX_PAGE);
		assert_eq!(
			history.last().unwrap().event,
			TitleEvent::TransferFinalized {
				transfer,
				owners: vec![of("carol", WHOLE)],
				agency: LAND
			}
		);
		assert_eq!(history.last().unwrap().at, 4);
		// A closed transfer takes no more steps.
		assert_noop!(finalize(transfer), Error::<Test>::TransferClosed);
		assert_noop!(approve(CAROL, transfer), Error::<Test>::TransferClosed);
	});
}

#[test]
fn only_owners_initiate_and_only_one_transfer_is_open() {
	new_test_ext().execute_with(|| {
		let id = flat();
		let initiate = |who: u64| {
			Property::initiate_transfer(
				RuntimeOrigin::signed(who),
				id,
				bounded_vec![of("carol", WHOLE)],
				doc("c"),
			)
		};
		assert_noop!(initiate(CAROL), Error::<Test>::NotAnOwner);
		assert_noop!(initiate(CLERK), Error::<Test>::NotAnOwner);
		assert_noop!(initiate(STRANGER), Error::<Test>::NotAnOwner);
		assert_noop!(
			Property::initiate_transfer(
				RuntimeOrigin::signed(ALICE),
				9,
				bounded_vec![of("carol", WHOLE)],
				doc("c")
			),
			Error::<Test>::UnknownProperty
		);
		assert_noop!(
			Property::initiate_transfer(
				RuntimeOrigin::signed(ALICE),
				id,
				bounded_vec![of("carol", 999_999)],
				doc("c")
			),
			Error::<Test>::SharesNotWhole
		);
		assert_ok!(initiate(BOB));
		assert_noop!(initiate(ALICE), Error::<Test>::TransferOpen);
	});
}

#[test]
fn approvals_come_once_from_each_party_and_from_nobody_else() {
	new_test_ext().execute_with(|| {
		let id = flat();
		let transfer = sell_to_carol(id);
		assert_noop!(approve(ALICE, transfer), Error::<Test>::AlreadyApproved);
		assert_ok!(approve(CAROL, transfer));
		assert_noop!(approve(CAROL, transfer), Error::<Test>::AlreadyApproved);
		assert_noop!(approve(STRANGER, transfer), Error::<Test>::NotAParty);
		assert_noop!(approve(CLERK, transfer), Error::<Test>::NotAParty);
		assert_noop!(approve(BOB, 77), Error::<Test>::UnknownTransfer);
		// A citizen who rotated their key acts with the new one only.
		assert_ok!(Citizens::rotate_account(RuntimeOrigin::signed(BOB), 555));
		assert_noop!(approve(BOB, transfer), Error::<Test>::NotAParty);
		assert_ok!(approve(555, transfer));
	});
}

#[test]
fn an_agency_owner_sells_through_its_operator() {
	new_test_ext().execute_with(|| {
		let id = register("public-1", vec![Share { owner: Owner::Agency(HOUSING), ppm: WHOLE }]);
		assert_ok!(Property::initiate_transfer(
			RuntimeOrigin::signed(HOUSING_OFFICER),
			id,
			bounded_vec![of("alice", WHOLE)],
			doc("c")
		));
		assert_eq!(
			Property::transfer(0).unwrap().initiator,
			Owner::Agency(HOUSING),
			"the agency is the party"
		);
		// A suspended agency's operators no longer act for it.
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HOUSING));
		let other = register("public-2", vec![of("bob", WHOLE)]);
		assert_ok!(Property::initiate_transfer(
			RuntimeOrigin::signed(BOB),
			other,
			bounded_vec![Share { owner: Owner::Agency(LAND), ppm: WHOLE }],
			doc("c")
		));
		assert_ok!(approve(CLERK, 1));
	});
}

#[test]
fn the_tax_bureau_and_the_registry_need_their_roles() {
	new_test_ext().execute_with(|| {
		let id = flat();
		let transfer = sell_to_carol(id);
		assert_ok!(approve(BOB, transfer));
		assert_ok!(approve(CAROL, transfer));
		assert_noop!(
			Property::confirm_tax(RuntimeOrigin::signed(CLERK), transfer),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_ok!(Property::confirm_tax(RuntimeOrigin::signed(TAXMAN), transfer));
		assert_noop!(
			Property::finalize_transfer(RuntimeOrigin::signed(TAXMAN), transfer, doc("t")),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_noop!(
			Property::reject_transfer(RuntimeOrigin::signed(ALICE), transfer, doc("r")),
			pallet_agencies::Error::<Test>::NotOperator
		);
	});
}

#[test]
fn a_rejected_transfer_frees_the_property() {
	new_test_ext().execute_with(|| {
		let id = flat();
		let transfer = sell_to_carol(id);
		assert_ok!(Property::reject_transfer(
			RuntimeOrigin::signed(CLERK),
			transfer,
			doc("forged")
		));
		assert_eq!(
			last_event(),
			Event::TransferRejected { transfer, property: id, reason_hash: doc("forged") }
		);
		assert_eq!(Property::transfer(transfer).unwrap().status, TransferStatus::Rejected);
		assert_eq!(Property::property(id).unwrap().open_transfer, None);
		assert_eq!(Property::property(id).unwrap().owners.len(), 2, "owners unchanged");
		assert_noop!(finalize(transfer), Error::<Test>::TransferClosed);
		assert_noop!(
			Property::reject_transfer(RuntimeOrigin::signed(CLERK), transfer, doc("r")),
			Error::<Test>::TransferClosed
		);
		sell_to_carol(id);
		assert_eq!(
			steps(id),
			vec!["Registered", "TransferInitiated", "TransferRejected", "TransferInitiated"]
		);
	});
}

#[test]
fn an_open_transfer_expires_at_its_block_and_takes_no_more_steps() {
	new_test_ext().execute_with(|| {
		let id = flat();
		let transfer = sell_to_carol(id);
		assert_ok!(approve(BOB, transfer));
		run_to(TIMEOUT);
		assert_eq!(Property::transfer(transfer).unwrap().status, TransferStatus::Open);
		assert_ok!(approve(CAROL, transfer));
		run_to(1 + TIMEOUT);
		assert_eq!(last_event(), Event::TransferExpired { transfer, property: id });
		assert_eq!(Property::transfer(transfer).unwrap().status, TransferStatus::Expired);
		assert_eq!(Property::property(id).unwrap().open_transfer, None);
		assert_noop!(
			Property::confirm_tax(RuntimeOrigin::signed(TAXMAN), transfer),
			Error::<Test>::TransferClosed
		);
		assert_eq!(steps(id).last(), Some(&"TransferExpired"));
		assert!(ExpiringAt::<Test>::get(1 + TIMEOUT).is_empty(), "the bucket is consumed");
	});
}

#[test]
fn a_finalised_transfer_is_not_expired_later() {
	new_test_ext().execute_with(|| {
		let id = flat();
		let transfer = sell_to_carol(id);
		assert_ok!(approve(BOB, transfer));
		assert_ok!(approve(CAROL, transfer));
		assert_ok!(Property::confirm_tax(RuntimeOrigin::signed(TAXMAN), transfer));
		assert_ok!(finalize(transfer));
		run_to(1 + TIMEOUT);
		assert_eq!(Property::transfer(transfer).unwrap().status, TransferStatus::Finalized);
		assert_eq!(steps(id).last(), Some(&"TransferFinalized"));
	});
}

#[test]
fn at_most_max_expiries_are_initiated_per_block() {
	new_test_ext().execute_with(|| {
		let a = register("parcel-a", vec![of("alice", WHOLE)]);
		let b = register("parcel-b", vec![of("bob", WHOLE)]);
		let c = register("parcel-c", vec![of("carol", WHOLE)]);
		let sell = |who: u64, property| {
			Property::initiate_transfer(
				RuntimeOrigin::signed(who),
				property,
				bounded_vec![Share { owner: Owner::Agency(HOUSING), ppm: WHOLE }],
				doc("c"),
			)
		};
		assert_ok!(sell(ALICE, a));
		assert_ok!(sell(BOB, b));
		assert_noop!(sell(CAROL, c), Error::<Test>::TooManyExpiring);
		run_to(2);
		assert_ok!(sell(CAROL, c));
	});
}

#[test]
fn a_buyer_at_the_property_limit_cannot_take_another() {
	new_test_ext().execute_with(|| {
		register("parcel-c1", vec![of("carol", WHOLE)]);
		register("parcel-c2", vec![of("carol", WHOLE)]);
		let id = flat();
		let transfer = sell_to_carol(id);
		assert_ok!(approve(BOB, transfer));
		assert_ok!(approve(CAROL, transfer));
		assert_ok!(Property::confirm_tax(RuntimeOrigin::signed(TAXMAN), transfer));
		assert_noop!(finalize(transfer), Error::<Test>::TooManyProperties);
	});
}

#[test]
fn the_initiator_or_another_seller_cancels_an_open_transfer() {
	new_test_ext().execute_with(|| {
		let id = flat();
		let transfer = sell_to_carol(id);
		let cancel = |who: u64| {
			Property::cancel_transfer(RuntimeOrigin::signed(who), transfer, doc("changed my mind"))
		};
		// The buyer and strangers cannot withdraw a sale; nor can a transfer that is not open.
		assert_noop!(cancel(CAROL), Error::<Test>::NotASeller);
		assert_noop!(cancel(STRANGER), Error::<Test>::NotASeller);
		assert_noop!(
			Property::cancel_transfer(RuntimeOrigin::signed(ALICE), transfer + 1, doc("x")),
			Error::<Test>::UnknownTransfer
		);
		// Alice started it and takes it back: the property is free for another sale at once.
		assert_ok!(cancel(ALICE));
		assert_eq!(
			last_event(),
			Event::TransferCancelled {
				transfer,
				property: id,
				by: Owner::Citizen(citizen("alice")),
				reason_hash: doc("changed my mind")
			}
		);
		assert_eq!(Transfers::<Test>::get(transfer).unwrap().status, TransferStatus::Cancelled);
		assert_eq!(crate::Properties::<Test>::get(id).unwrap().open_transfer, None);
		assert_eq!(steps(id), ["Registered", "TransferInitiated", "TransferCancelled"]);
		assert_noop!(cancel(ALICE), Error::<Test>::TransferClosed);
		assert_noop!(approve(BOB, transfer), Error::<Test>::TransferClosed);

		// Bob, the co-owner who did not start the next sale, can refuse it too: no co-owner
		// holds the property's one transfer slot until it expires.
		let next = sell_to_carol(id);
		assert_ok!(Property::cancel_transfer(RuntimeOrigin::signed(BOB), next, doc("not selling")));
		assert_eq!(Transfers::<Test>::get(next).unwrap().status, TransferStatus::Cancelled);
		// The cancelled transfer's expiry later finds it closed and writes nothing.
		run_to(1 + TIMEOUT + 1);
		assert_eq!(Transfers::<Test>::get(next).unwrap().status, TransferStatus::Cancelled);
		assert_eq!(steps(id).last(), Some(&"TransferCancelled"));
	});
}
