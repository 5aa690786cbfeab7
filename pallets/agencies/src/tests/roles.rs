use super::last_event;
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Agencies`).
use crate::mock::Agencies;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn the_council_sets_roles() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::set_roles(
			RuntimeOrigin::root(),
			LAND,
			Roles::LAND_REGISTRY | Roles::HOUSING
		));
		assert_eq!(
			crate::Agencies::<Test>::get(LAND).unwrap().roles,
			Roles::LAND_REGISTRY | Roles::HOUSING
		);
		assert_eq!(
			last_event(),
			Event::RolesSet { agency: LAND, roles: Roles::LAND_REGISTRY | Roles::HOUSING }
		);
	});
}

#[test]
fn set_roles_failures_change_nothing() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Agencies::set_roles(RuntimeOrigin::signed(LAND_ADMIN), LAND, Roles::ALL),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Agencies::set_roles(RuntimeOrigin::root(), 7, Roles::TAX),
			Error::<Test>::UnknownAgency
		);
		assert_noop!(
			Agencies::set_roles(RuntimeOrigin::root(), LAND, Roles::empty()),
			Error::<Test>::InvalidRoles
		);
	});
}

#[test]
fn ensure_role_needs_an_operator_of_an_active_agency_with_every_role() {
	new_test_ext().execute_with(|| {
		type Check = Pallet<Test>;
		assert_eq!(
			Check::ensure_role(RuntimeOrigin::signed(NURSE), Roles::HEALTH),
			Ok((HEALTH, NURSE))
		);
		assert_eq!(
			Check::ensure_role(
				RuntimeOrigin::signed(NURSE),
				Roles::HEALTH | Roles::DISEASE_CONTROL
			),
			Ok((HEALTH, NURSE))
		);
		assert_eq!(
			Check::ensure_role(RuntimeOrigin::signed(NURSE), Roles::HEALTH | Roles::TAX),
			Err(Error::<Test>::MissingRole.into())
		);
		assert_eq!(
			Check::ensure_role(RuntimeOrigin::signed(CLERK), Roles::HEALTH),
			Err(Error::<Test>::MissingRole.into())
		);
		// An admin is not an operator unless it is added as one.
		assert_eq!(
			Check::ensure_role(RuntimeOrigin::signed(HEALTH_ADMIN), Roles::HEALTH),
			Err(Error::<Test>::NotOperator.into())
		);
		assert_eq!(
			Check::ensure_role(RuntimeOrigin::signed(STRANGER), Roles::HEALTH),
			Err(Error::<Test>::NotOperator.into())
		);
		assert_eq!(
			Check::ensure_role(RuntimeOrigin::root(), Roles::HEALTH),
			Err(DispatchError::BadOrigin)
		);

		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_eq!(
			Check::ensure_role(RuntimeOrigin::signed(NURSE), Roles::HEALTH),
			Err(Error::<Test>::AgencySuspended.into())
		);
		assert_eq!(Check::agency_of(&NURSE), Some(HEALTH));
		assert!(!Check::is_active(HEALTH));
		assert!(<Check as AgencyRoles<_, _>>::is_active(LAND));
		assert!(!<Check as AgencyRoles<_, _>>::is_active(9));
	});
}
