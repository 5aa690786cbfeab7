use super::last_event;
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Agencies`).
use crate::mock::Agencies;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

const DOCTOR: u64 = 22;
const LAB: u64 = 23;

#[test]
fn an_admin_adds_and_removes_its_own_operators() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::add_operator(RuntimeOrigin::signed(HEALTH_ADMIN), DOCTOR));
		assert_eq!(last_event(), Event::OperatorAdded { agency: HEALTH, account: DOCTOR });
		assert!(Operators::<Test>::contains_key(HEALTH, DOCTOR));
		assert_eq!(OperatorOf::<Test>::get(DOCTOR), Some(HEALTH));
		assert_eq!(crate::Agencies::<Test>::get(HEALTH).unwrap().operators, 2);

		assert_ok!(Agencies::remove_operator(RuntimeOrigin::signed(HEALTH_ADMIN), DOCTOR));
		assert_eq!(last_event(), Event::OperatorRemoved { agency: HEALTH, account: DOCTOR });
		assert!(!Operators::<Test>::contains_key(HEALTH, DOCTOR));
		assert_eq!(OperatorOf::<Test>::get(DOCTOR), None);
		assert_eq!(crate::Agencies::<Test>::get(HEALTH).unwrap().operators, 1);
	});
}

#[test]
fn only_an_admin_manages_operators() {
	new_test_ext().execute_with(|| {
		for who in [NURSE, STRANGER, HEALTH_NODE] {
			assert_noop!(
				Agencies::add_operator(RuntimeOrigin::signed(who), DOCTOR),
				Error::<Test>::NotAdmin
			);
			assert_noop!(
				Agencies::remove_operator(RuntimeOrigin::signed(who), NURSE),
				Error::<Test>::NotAdmin
			);
		}
		assert_noop!(
			Agencies::add_operator(RuntimeOrigin::root(), DOCTOR),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn an_admin_cannot_touch_another_agencys_operators() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Agencies::remove_operator(RuntimeOrigin::signed(HEALTH_ADMIN), CLERK),
			Error::<Test>::NotOperator
		);
		// Nor take over someone who already works for another agency.
		assert_noop!(
			Agencies::add_operator(RuntimeOrigin::signed(HEALTH_ADMIN), CLERK),
			Error::<Test>::AlreadyOperator
		);
		assert_noop!(
			Agencies::add_operator(RuntimeOrigin::signed(HEALTH_ADMIN), NURSE),
			Error::<Test>::AlreadyOperator
		);
	});
}

#[test]
fn no_more_than_max_operators_per_agency() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::add_operator(RuntimeOrigin::signed(HEALTH_ADMIN), DOCTOR));
		assert_noop!(
			Agencies::add_operator(RuntimeOrigin::signed(HEALTH_ADMIN), LAB),
			Error::<Test>::TooManyOperators
		);
		// Room again after a removal.
		assert_ok!(Agencies::remove_operator(RuntimeOrigin::signed(HEALTH_ADMIN), DOCTOR));
		assert_ok!(Agencies::add_operator(RuntimeOrigin::signed(HEALTH_ADMIN), LAB));
	});
}
