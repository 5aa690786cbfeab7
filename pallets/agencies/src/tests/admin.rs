use super::last_event;
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Agencies`).
use crate::mock::Agencies;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

const NEW_ADMIN: u64 = 15;

#[test]
fn an_admin_hands_over_its_seat_and_council_seat() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::set_admin(RuntimeOrigin::signed(HEALTH_ADMIN), NEW_ADMIN));
		assert_eq!(
			last_event(),
			Event::AdminChanged { agency: HEALTH, old: HEALTH_ADMIN, new: NEW_ADMIN }
		);
		assert_the_health_bureaus_admin_is_new();
	});
}

/// The health bureau's admin seat and council seat moved from `HEALTH_ADMIN` to `NEW_ADMIN`:
/// the old key can no longer manage the agency, the new one can.
fn assert_the_health_bureaus_admin_is_new() {
	assert_eq!(crate::Agencies::<Test>::get(HEALTH).unwrap().admin, NEW_ADMIN);
	assert_eq!(AdminOf::<Test>::get(NEW_ADMIN), Some(HEALTH));
	assert_eq!(AdminOf::<Test>::get(HEALTH_ADMIN), None);
	assert_eq!(council(), vec![LAND_ADMIN, NEW_ADMIN]);
	assert_noop!(
		Agencies::add_operator(RuntimeOrigin::signed(HEALTH_ADMIN), 22),
		Error::<Test>::NotAdmin
	);
	assert_ok!(Agencies::add_operator(RuntimeOrigin::signed(NEW_ADMIN), 22));
}

#[test]
fn a_suspended_agencys_new_admin_gets_no_council_seat() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_ok!(Agencies::set_admin(RuntimeOrigin::signed(HEALTH_ADMIN), NEW_ADMIN));
		assert_eq!(council(), vec![LAND_ADMIN]);
		assert_ok!(Agencies::resume(RuntimeOrigin::root(), HEALTH));
		assert_eq!(council(), vec![LAND_ADMIN, NEW_ADMIN]);
	});
}

#[test]
fn set_admin_failures_change_nothing() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Agencies::set_admin(RuntimeOrigin::signed(NURSE), NEW_ADMIN),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Agencies::set_admin(RuntimeOrigin::root(), NEW_ADMIN),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Agencies::set_admin(RuntimeOrigin::signed(HEALTH_ADMIN), LAND_ADMIN),
			Error::<Test>::AdminInUse
		);
		assert_noop!(
			Agencies::set_admin(RuntimeOrigin::signed(HEALTH_ADMIN), HEALTH_ADMIN),
			Error::<Test>::AdminInUse
		);
	});
}

#[test]
fn the_council_replaces_a_lost_admin_key() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::replace_admin(RuntimeOrigin::root(), HEALTH, NEW_ADMIN));
		assert_eq!(
			last_event(),
			Event::AdminReplaced { agency: HEALTH, old: HEALTH_ADMIN, new: NEW_ADMIN }
		);
		assert_the_health_bureaus_admin_is_new();
	});
}

#[test]
fn a_stolen_admin_key_is_suspended_then_replaced() {
	new_test_ext().execute_with(|| {
		// Suspended, the thief's key leaves the council at once and can add no operator.
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_eq!(council(), vec![LAND_ADMIN]);
		assert_noop!(
			Agencies::add_operator(RuntimeOrigin::signed(HEALTH_ADMIN), 22),
			Error::<Test>::AgencySuspended
		);
		// Replaced while suspended, the new admin takes the council seat on resumption and the
		// thief's key has neither seat.
		assert_ok!(Agencies::replace_admin(RuntimeOrigin::root(), HEALTH, NEW_ADMIN));
		assert_eq!(council(), vec![LAND_ADMIN]);
		assert_ok!(Agencies::resume(RuntimeOrigin::root(), HEALTH));
		assert_eq!(council(), vec![LAND_ADMIN, NEW_ADMIN]);
		assert_noop!(
			Agencies::set_admin(RuntimeOrigin::signed(HEALTH_ADMIN), 23),
			Error::<Test>::NotAdmin
		);
	});
}

#[test]
fn replace_admin_failures_change_nothing() {
	new_test_ext().execute_with(|| {
		// Only the council: neither the agency's own admin nor another agency's.
		for who in [HEALTH_ADMIN, LAND_ADMIN, NURSE] {
			assert_noop!(
				Agencies::replace_admin(RuntimeOrigin::signed(who), HEALTH, NEW_ADMIN),
				DispatchError::BadOrigin
			);
		}
		assert_noop!(
			Agencies::replace_admin(RuntimeOrigin::root(), 99, NEW_ADMIN),
			Error::<Test>::UnknownAgency
		);
		// An account that is already an admin (of this agency or another) is refused.
		assert_noop!(
			Agencies::replace_admin(RuntimeOrigin::root(), HEALTH, LAND_ADMIN),
			Error::<Test>::AdminInUse
		);
		assert_noop!(
			Agencies::replace_admin(RuntimeOrigin::root(), HEALTH, HEALTH_ADMIN),
			Error::<Test>::AdminInUse
		);
	});
}
