use super::last_event;
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Agencies`).
use crate::mock::Agencies;
use frame_support::{assert_noop, assert_ok, traits::Get};
use sp_runtime::{BuildStorage, DispatchError};

#[test]
fn sessions_last_the_default_until_the_council_changes_it() {
	new_test_ext().execute_with(|| {
		assert_eq!(SessionLengthOf::<Test>::get(), 100);
		assert_ok!(Agencies::set_session_length(RuntimeOrigin::root(), 20));
		assert_eq!(last_event(), Event::SessionLengthSet { blocks: 20 });
		assert_eq!(SessionLengthOf::<Test>::get(), 20);
		// The shortest allowed is fine.
		assert_ok!(Agencies::set_session_length(RuntimeOrigin::root(), 5));
	});
}

#[test]
fn session_length_needs_the_council_and_a_sane_value() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Agencies::set_session_length(RuntimeOrigin::signed(HEALTH_ADMIN), 20),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Agencies::set_session_length(RuntimeOrigin::root(), 4),
			Error::<Test>::SessionTooShort
		);
		assert_noop!(
			Agencies::set_session_length(RuntimeOrigin::root(), 0),
			Error::<Test>::SessionTooShort
		);
	});
}

#[test]
fn genesis_may_set_the_session_length() {
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		agencies: crate::GenesisConfig { agencies: vec![], session_length: Some(30) },
	}
	.build_storage()
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(SessionLengthOf::<Test>::get(), 30);
	});
}
