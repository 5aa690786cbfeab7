use super::{last_event, register_alice};
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Citizens`).
use crate::mock::Citizens;
use frame_support::{assert_noop, assert_ok};

#[test]
fn a_citizen_rotates_to_a_new_account_and_the_old_one_loses_every_right() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_ok!(Citizens::rotate_account(RuntimeOrigin::signed(ALICE), NEW_KEY));
		assert_eq!(
			last_event(),
			Event::AccountRotated { citizen: alice, old: ALICE, new: NEW_KEY }
		);
		assert_eq!(Citizens::citizen(alice).unwrap().account, Some(NEW_KEY));
		assert_eq!(CitizenByAccount::<Test>::get(ALICE), None);

		// The old account can neither consent nor rotate any more; the new one can.
		assert_noop!(
			Citizens::grant_consent(
				RuntimeOrigin::signed(ALICE),
				HEALTH,
				DataCategory::Health,
				1,
				None
			),
			Error::<Test>::NotACitizen
		);
		assert_noop!(
			Citizens::rotate_account(RuntimeOrigin::signed(ALICE), BOB),
			Error::<Test>::NotACitizen
		);
		assert_ok!(Citizens::grant_consent(
			RuntimeOrigin::signed(NEW_KEY),
			HEALTH,
			DataCategory::Health,
			1,
			None
		));
	});
}

#[test]
fn rotation_failures_change_nothing() {
	new_test_ext().execute_with(|| {
		register_alice();
		assert_ok!(Citizens::register_citizen(
			RuntimeOrigin::signed(REGISTRAR),
			citizen("bob"),
			Some(BOB)
		));
		assert_noop!(
			Citizens::rotate_account(RuntimeOrigin::signed(ALICE), BOB),
			Error::<Test>::AccountInUse
		);
		assert_noop!(
			Citizens::rotate_account(RuntimeOrigin::signed(STRANGER), NEW_KEY),
			Error::<Test>::NotACitizen
		);
	});
}

#[test]
fn civil_affairs_links_a_new_account_for_a_citizen_who_lost_theirs() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_ok!(Citizens::link_account(RuntimeOrigin::signed(REGISTRAR), alice, NEW_KEY));
		assert_eq!(last_event(), Event::AccountLinked { citizen: alice, account: NEW_KEY });
		assert_eq!(Citizens::citizen(alice).unwrap().account, Some(NEW_KEY));
		assert_eq!(CitizenByAccount::<Test>::get(ALICE), None, "the lost key is unlinked");
		assert_eq!(CitizenByAccount::<Test>::get(NEW_KEY), Some(alice));

		assert_noop!(
			Citizens::link_account(RuntimeOrigin::signed(REGISTRAR), alice, NEW_KEY),
			Error::<Test>::AccountInUse
		);
		assert_noop!(
			Citizens::link_account(RuntimeOrigin::signed(CLERK), alice, BOB),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_noop!(
			Citizens::link_account(RuntimeOrigin::signed(REGISTRAR), citizen("nobody"), BOB),
			Error::<Test>::UnknownCitizen
		);
	});
}
