use super::last_event;
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Agencies`).
use crate::mock::Agencies;
use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_runtime::DispatchError;

const NEW_NODE: u64 = 35;

fn next_session() -> Option<Vec<u64>> {
	<Pallet<Test> as SessionManager<u64>>::new_session(1)
}

#[test]
fn each_session_gets_the_active_agencies_nodes() {
	new_test_ext().execute_with(|| {
		assert_eq!(next_session(), Some(vec![HEALTH_NODE, LAND_NODE]));

		assert_ok!(Agencies::set_authority(RuntimeOrigin::root(), HEALTH, Some(NEW_NODE)));
		assert_eq!(last_event(), Event::AuthoritySet { agency: HEALTH, authority: Some(NEW_NODE) });
		assert_eq!(next_session(), Some(vec![LAND_NODE, NEW_NODE]));
		assert_eq!(AuthorityOf::<Test>::get(HEALTH_NODE), None);
		assert_eq!(AuthorityOf::<Test>::get(NEW_NODE), Some(HEALTH));

		assert_ok!(Agencies::set_authority(RuntimeOrigin::root(), HEALTH, None));
		assert_eq!(next_session(), Some(vec![LAND_NODE]));
		assert_eq!(crate::Agencies::<Test>::get(HEALTH).unwrap().authority, None);
	});
}

#[test]
fn a_suspended_agencys_node_is_named_but_not_an_authority() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_ok!(Agencies::set_authority(RuntimeOrigin::root(), HEALTH, Some(NEW_NODE)));
		assert_eq!(next_session(), Some(vec![LAND_NODE]));
		assert_ok!(Agencies::resume(RuntimeOrigin::root(), HEALTH));
		assert_eq!(next_session(), Some(vec![LAND_NODE, NEW_NODE]));
	});
}

#[test]
fn the_chain_never_gets_an_empty_authority_set() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), LAND));
		assert_eq!(Validators::<Test>::get().len(), 0);
		// `None` keeps the current authorities.
		assert_eq!(next_session(), None);
	});
}

#[test]
fn authorities_without_session_keys_never_empty_the_set() {
	new_test_ext().execute_with(|| {
		// The land registry's node has no session keys: it is left out of the new set.
		Keyless::put(vec![LAND_NODE]);
		assert_eq!(next_session(), Some(vec![HEALTH_NODE]));
		// The council names a new authority for the health bureau before its node set keys:
		// the only named authorities have no keys, so the current set stays.
		assert_ok!(Agencies::set_authority(RuntimeOrigin::root(), HEALTH, Some(NEW_NODE)));
		Keyless::put(vec![LAND_NODE, NEW_NODE]);
		assert_eq!(next_session(), None);
		// Once it sets its keys, it takes over.
		Keyless::put(vec![LAND_NODE]);
		assert_eq!(next_session(), Some(vec![NEW_NODE]));
	});
}

#[test]
fn set_authority_failures_change_nothing() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Agencies::set_authority(RuntimeOrigin::signed(HEALTH_ADMIN), HEALTH, Some(NEW_NODE)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Agencies::set_authority(RuntimeOrigin::root(), 9, Some(NEW_NODE)),
			Error::<Test>::UnknownAgency
		);
		assert_noop!(
			Agencies::set_authority(RuntimeOrigin::root(), HEALTH, Some(LAND_NODE)),
			Error::<Test>::AuthorityInUse
		);
		// Naming the node it already has is allowed and changes nothing.
		assert_ok!(Agencies::set_authority(RuntimeOrigin::root(), HEALTH, Some(HEALTH_NODE)));
		assert_eq!(next_session(), Some(vec![HEALTH_NODE, LAND_NODE]));
	});
}
