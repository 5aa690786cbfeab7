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
		assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(BOB), citizen("bob")));
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
fn civil_affairs_offers_a_new_account_for_a_citizen_who_lost_theirs() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_ok!(Citizens::link_account(RuntimeOrigin::signed(REGISTRAR), alice, NEW_KEY));
		// Alice has an account: the offer waits out the relink delay (10 blocks).
		assert_eq!(
			last_event(),
			Event::LinkOffered { citizen: alice, account: NEW_KEY, by: CIVIL, ready_at: 11 }
		);
		assert_noop!(
			Citizens::accept_link(RuntimeOrigin::signed(NEW_KEY), alice),
			Error::<Test>::RelinkNotReady
		);
		System::set_block_number(10);
		assert_noop!(
			Citizens::accept_link(RuntimeOrigin::signed(NEW_KEY), alice),
			Error::<Test>::RelinkNotReady
		);
		System::set_block_number(11);
		assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(NEW_KEY), alice));
		assert_eq!(last_event(), Event::AccountLinked { citizen: alice, account: NEW_KEY });
		assert_eq!(Citizens::citizen(alice).unwrap().account, Some(NEW_KEY));
		assert_eq!(CitizenByAccount::<Test>::get(ALICE), None, "the lost key is unlinked");
		assert_eq!(CitizenByAccount::<Test>::get(NEW_KEY), Some(alice));
	});
}

#[test]
fn a_civil_affairs_operator_cannot_take_a_citizen_with_its_own_account() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		// The registrar offers his own account in place of Alice's, and accepts it himself:
		// it is not ready, Alice sees the offer and vetoes it.
		assert_ok!(Citizens::link_account(RuntimeOrigin::signed(REGISTRAR), alice, STRANGER));
		assert_noop!(
			Citizens::accept_link(RuntimeOrigin::signed(STRANGER), alice),
			Error::<Test>::RelinkNotReady
		);
		// Nobody but the account offered may take the offer.
		assert_noop!(
			Citizens::accept_link(RuntimeOrigin::signed(BOB), alice),
			Error::<Test>::NoLinkOffer
		);
		// Only Alice's account vetoes (a stranger signs for no citizen).
		assert_noop!(Citizens::veto_link(RuntimeOrigin::signed(BOB)), Error::<Test>::NotACitizen);
		assert_ok!(Citizens::veto_link(RuntimeOrigin::signed(ALICE)));
		assert_eq!(last_event(), Event::LinkVetoed { citizen: alice, account: STRANGER });
		System::set_block_number(100);
		assert_noop!(
			Citizens::accept_link(RuntimeOrigin::signed(STRANGER), alice),
			Error::<Test>::NoLinkOffer
		);
		assert_noop!(Citizens::veto_link(RuntimeOrigin::signed(ALICE)), Error::<Test>::NoLinkOffer);
		assert_eq!(Citizens::citizen(alice).unwrap().account, Some(ALICE));
		// Nor can the registrar's own agency second its offer to skip the delay.
		assert_ok!(Citizens::link_account(RuntimeOrigin::signed(REGISTRAR), alice, STRANGER));
		assert_noop!(
			Citizens::second_link(RuntimeOrigin::signed(REGISTRAR), alice),
			Error::<Test>::SameAgency
		);
	});
}

#[test]
fn a_second_civil_affairs_agency_lets_a_relink_take_effect_at_once() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_ok!(Citizens::link_account(RuntimeOrigin::signed(REGISTRAR), alice, NEW_KEY));
		// Only a civil-affairs operator seconds.
		assert_noop!(
			Citizens::second_link(RuntimeOrigin::signed(DOCTOR), alice),
			pallet_agencies::Error::<Test>::MissingRole
		);
		assert_noop!(
			Citizens::second_link(RuntimeOrigin::signed(DISTRICT_REGISTRAR), citizen("nobody")),
			Error::<Test>::NoLinkOffer
		);
		assert_ok!(Citizens::second_link(RuntimeOrigin::signed(DISTRICT_REGISTRAR), alice));
		assert_eq!(last_event(), Event::LinkSeconded { citizen: alice, by: DISTRICT_CIVIL });
		assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(NEW_KEY), alice));
		assert_eq!(Citizens::citizen(alice).unwrap().account, Some(NEW_KEY));
	});
}

#[test]
fn link_offers_fail_cleanly() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_noop!(
			Citizens::link_account(RuntimeOrigin::signed(REGISTRAR), alice, ALICE),
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
		// An offered account that signs for another citizen by the time it accepts.
		assert_ok!(Citizens::register_citizen(
			RuntimeOrigin::signed(REGISTRAR),
			citizen("bob"),
			None
		));
		assert_ok!(Citizens::link_account(RuntimeOrigin::signed(REGISTRAR), citizen("bob"), BOB));
		assert_ok!(Citizens::register_citizen(
			RuntimeOrigin::signed(REGISTRAR),
			citizen("carol"),
			None
		));
		assert_ok!(Citizens::link_account(RuntimeOrigin::signed(REGISTRAR), citizen("carol"), BOB));
		assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(BOB), citizen("bob")));
		assert_noop!(
			Citizens::accept_link(RuntimeOrigin::signed(BOB), citizen("carol")),
			Error::<Test>::AccountInUse
		);
	});
}
