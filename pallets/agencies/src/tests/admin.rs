use super::last_event;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

const NEW_ADMIN: u64 = 15;

#[test]
fn an_admin_hands_over_its_seat_and_council_seat() {
	new_test_ext().execute_with(|| {
		assert_ok!(Registry::set_admin(RuntimeOrigin::signed(HEALTH_ADMIN), NEW_ADMIN));
		assert_eq!(
			last_event(),
			Event::AdminChanged { agency: HEALTH, old: HEALTH_ADMIN, new: NEW_ADMIN }
		);
		assert_eq!(Agencies::<Test>::get(HEALTH).unwrap().admin, NEW_ADMIN);
		assert_eq!(AdminOf::<Test>::get(NEW_ADMIN), Some(HEALTH));
		assert_eq!(AdminOf::<Test>::get(HEALTH_ADMIN), None);
		assert_eq!(council(), vec![LAND_ADMIN, NEW_ADMIN]);
		// The old admin can no longer manage the agency; the new one can.
		assert_noop!(
			Registry::add_operator(RuntimeOrigin::signed(HEALTH_ADMIN), 22),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Registry::add_operator(RuntimeOrigin::signed(NEW_ADMIN), 22));
	});
}

#[test]
fn a_suspended_agencys_new_admin_gets_no_council_seat() {
	new_test_ext().execute_with(|| {
		assert_ok!(Registry::suspend(RuntimeOrigin::root(), HEALTH));
		assert_ok!(Registry::set_admin(RuntimeOrigin::signed(HEALTH_ADMIN), NEW_ADMIN));
		assert_eq!(council(), vec![LAND_ADMIN]);
		assert_ok!(Registry::resume(RuntimeOrigin::root(), HEALTH));
		assert_eq!(council(), vec![LAND_ADMIN, NEW_ADMIN]);
	});
}

#[test]
fn set_admin_failures_change_nothing() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Registry::set_admin(RuntimeOrigin::signed(NURSE), NEW_ADMIN),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Registry::set_admin(RuntimeOrigin::root(), NEW_ADMIN),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Registry::set_admin(RuntimeOrigin::signed(HEALTH_ADMIN), LAND_ADMIN),
			Error::<Test>::AdminInUse
		);
		assert_noop!(
			Registry::set_admin(RuntimeOrigin::signed(HEALTH_ADMIN), HEALTH_ADMIN),
			Error::<Test>::AdminInUse
		);
	});
}
