use super::last_event;
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Agencies`).
use crate::mock::Agencies;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn suspending_removes_the_admin_from_the_council_and_the_node_from_the_authorities() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_eq!(crate::Agencies::<Test>::get(HEALTH).unwrap().status, AgencyStatus::Suspended);
		assert_eq!(last_event(), Event::AgencySuspended { agency: HEALTH });
		assert_eq!(council(), vec![LAND_ADMIN]);
		assert_eq!(Validators::<Test>::get().into_inner(), vec![LAND_NODE]);
		// The records stay: the agency can come back.
		assert_eq!(OperatorOf::<Test>::get(NURSE), Some(HEALTH));
		assert_eq!(AdminOf::<Test>::get(HEALTH_ADMIN), Some(HEALTH));
	});
}

#[test]
fn resuming_restores_council_seat_and_authority() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_ok!(Agencies::resume(RuntimeOrigin::root(), HEALTH));
		assert_eq!(crate::Agencies::<Test>::get(HEALTH).unwrap().status, AgencyStatus::Active);
		assert_eq!(last_event(), Event::AgencyResumed { agency: HEALTH });
		assert_eq!(council(), vec![HEALTH_ADMIN, LAND_ADMIN]);
		assert_eq!(Validators::<Test>::get().into_inner(), vec![HEALTH_NODE, LAND_NODE]);
	});
}

#[test]
fn status_changes_need_the_council_a_known_agency_and_a_change() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Agencies::suspend(RuntimeOrigin::signed(LAND_ADMIN), HEALTH),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Agencies::resume(RuntimeOrigin::signed(HEALTH_ADMIN), HEALTH),
			DispatchError::BadOrigin
		);
		assert_noop!(Agencies::suspend(RuntimeOrigin::root(), 9), Error::<Test>::UnknownAgency);
		assert_noop!(Agencies::resume(RuntimeOrigin::root(), 9), Error::<Test>::UnknownAgency);
		assert_noop!(Agencies::resume(RuntimeOrigin::root(), HEALTH), Error::<Test>::NotSuspended);
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_noop!(
			Agencies::suspend(RuntimeOrigin::root(), HEALTH),
			Error::<Test>::AlreadySuspended
		);
	});
}

#[test]
fn a_suspended_admin_cannot_add_operators_but_may_remove_them() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_noop!(
			Agencies::add_operator(RuntimeOrigin::signed(HEALTH_ADMIN), 22),
			Error::<Test>::AgencySuspended
		);
		assert_ok!(Agencies::remove_operator(RuntimeOrigin::signed(HEALTH_ADMIN), NURSE));
	});
}
