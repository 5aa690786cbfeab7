use super::{last_event, register_alice};
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Citizens`).
use crate::mock::Citizens;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn a_civil_affairs_operator_registers_a_citizen() {
	new_test_ext().execute_with(|| {
		let bob = citizen("bob");
		assert_ok!(Citizens::register_citizen(RuntimeOrigin::signed(REGISTRAR), bob, Some(BOB)));
		let events: Vec<_> = System::events()
			.into_iter()
			.filter_map(|record| match record.event {
				RuntimeEvent::Citizens(event) => Some(event),
				_ => None,
			})
			.collect();
		assert_eq!(
			events,
			vec![
				Event::CitizenRegistered { citizen: bob, agency: CIVIL, account: Some(BOB) },
				Event::LinkOffered { citizen: bob, account: BOB, by: CIVIL, ready_at: 1 },
			]
		);
		let record = Citizens::citizen(bob).unwrap();
		assert_eq!(record.status, CitizenStatus::Active);
		assert_eq!(record.registered_by, CIVIL);
		assert_eq!(record.registered_at, 1);
		// The account signs for Bob only once it has accepted.
		assert_eq!(record.account, None);
		assert_eq!(CitizenByAccount::<Test>::get(BOB), None);
		assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(BOB), bob));
		assert_eq!(last_event(), Event::AccountLinked { citizen: bob, account: BOB });
		assert_eq!(Citizens::citizen(bob).unwrap().account, Some(BOB));
		assert_eq!(CitizenByAccount::<Test>::get(BOB), Some(bob));
		assert_eq!(LinkOffers::<Test>::get(bob), None);

		// Without an account, too.
		assert_ok!(Citizens::register_citizen(
			RuntimeOrigin::signed(REGISTRAR),
			citizen("carol"),
			None
		));
		assert_eq!(Citizens::citizen(citizen("carol")).unwrap().account, None);
		assert_eq!(LinkOffers::<Test>::get(citizen("carol")), None);
	});
}

#[test]
fn registration_failures_change_nothing() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		// Wrong role: a doctor is an operator, but of an agency without CIVIL_AFFAIRS.
		assert_noop!(
			Citizens::register_citizen(RuntimeOrigin::signed(DOCTOR), citizen("bob"), None),
			pallet_agencies::Error::<Test>::MissingRole
		);
		// Not an operator at all; not signed at all.
		assert_noop!(
			Citizens::register_citizen(RuntimeOrigin::signed(STRANGER), citizen("bob"), None),
			pallet_agencies::Error::<Test>::NotOperator
		);
		assert_noop!(
			Citizens::register_citizen(RuntimeOrigin::root(), citizen("bob"), None),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Citizens::register_citizen(RuntimeOrigin::signed(REGISTRAR), alice, None),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Citizens::register_citizen(
				RuntimeOrigin::signed(REGISTRAR),
				citizen("bob"),
				Some(ALICE)
			),
			Error::<Test>::AccountInUse
		);
	});
}

#[test]
fn a_suspended_civil_affairs_bureau_cannot_register() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), CIVIL));
		assert_noop!(
			Citizens::register_citizen(RuntimeOrigin::signed(REGISTRAR), citizen("bob"), None),
			pallet_agencies::Error::<Test>::AgencySuspended
		);
	});
}

#[test]
fn civil_affairs_sets_the_status() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_ok!(Citizens::set_status(
			RuntimeOrigin::signed(REGISTRAR),
			alice,
			CitizenStatus::Deceased
		));
		assert_eq!(
			last_event(),
			Event::StatusSet { citizen: alice, status: CitizenStatus::Deceased }
		);
		assert_eq!(Citizens::citizen(alice).unwrap().status, CitizenStatus::Deceased);

		assert_noop!(
			Citizens::set_status(RuntimeOrigin::signed(REGISTRAR), alice, CitizenStatus::Deceased),
			Error::<Test>::StatusUnchanged
		);
		assert_noop!(
			Citizens::set_status(RuntimeOrigin::signed(DOCTOR), alice, CitizenStatus::Active),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_noop!(
			Citizens::set_status(
				RuntimeOrigin::signed(REGISTRAR),
				citizen("nobody"),
				CitizenStatus::Revoked
			),
			Error::<Test>::UnknownCitizen
		);
	});
}
