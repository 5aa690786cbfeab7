use super::{last_event, register_alice};
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Citizens`).
use crate::mock::Citizens;
use frame_support::{assert_noop, assert_ok};

const TREATMENT: PurposeCode = 1;
const RESEARCH: PurposeCode = 9;

fn scope(agency: AgencyId, category: DataCategory, purpose: PurposeCode) -> ConsentScope {
	ConsentScope { agency, category, purpose }
}

#[test]
fn a_citizen_grants_and_revokes_consent_and_both_stay_listed() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert!(!Citizens::has_consent(&alice, HEALTH, DataCategory::Health, TREATMENT));
		assert_ok!(Citizens::grant_consent(
			RuntimeOrigin::signed(ALICE),
			HEALTH,
			DataCategory::Health,
			TREATMENT,
			None
		));
		let health = scope(HEALTH, DataCategory::Health, TREATMENT);
		assert_eq!(
			last_event(),
			Event::ConsentGranted { citizen: alice, scope: health, expires_at: None }
		);
		assert!(Citizens::has_consent(&alice, HEALTH, DataCategory::Health, TREATMENT));
		// Exactly that scope: not another purpose, category or agency.
		assert!(!Citizens::has_consent(&alice, HEALTH, DataCategory::Health, RESEARCH));
		assert!(!Citizens::has_consent(&alice, HEALTH, DataCategory::Property, TREATMENT));
		assert!(!Citizens::has_consent(&alice, LAND, DataCategory::Health, TREATMENT));

		System::set_block_number(7);
		assert_ok!(Citizens::revoke_consent(
			RuntimeOrigin::signed(ALICE),
			HEALTH,
			DataCategory::Health,
			TREATMENT
		));
		assert_eq!(last_event(), Event::ConsentRevoked { citizen: alice, scope: health });
		assert!(!Citizens::has_consent(&alice, HEALTH, DataCategory::Health, TREATMENT));
		let listed = Citizens::consents(alice);
		assert_eq!(listed.len(), 1);
		assert_eq!(listed[0].scope, health);
		assert_eq!(listed[0].record.granted_at, 1);
		assert_eq!(listed[0].record.revoked_at, Some(7));
		assert!(!listed[0].in_force);

		// Granting again renews it in the same slot.
		assert_ok!(Citizens::grant_consent(
			RuntimeOrigin::signed(ALICE),
			HEALTH,
			DataCategory::Health,
			TREATMENT,
			None
		));
		assert!(Citizens::consents(alice)[0].in_force);
		assert_eq!(Citizens::citizen(alice).unwrap().consents, 1);
	});
}

#[test]
fn expired_consent_is_not_consent() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_ok!(Citizens::grant_consent(
			RuntimeOrigin::signed(ALICE),
			HEALTH,
			DataCategory::Health,
			TREATMENT,
			Some(20)
		));
		System::set_block_number(19);
		assert!(Citizens::has_consent(&alice, HEALTH, DataCategory::Health, TREATMENT));
		System::set_block_number(20);
		assert!(!Citizens::has_consent(&alice, HEALTH, DataCategory::Health, TREATMENT));
		assert!(!Citizens::consents(alice)[0].in_force);
	});
}

#[test]
fn a_deceased_citizens_consents_no_longer_count() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_ok!(Citizens::grant_consent(
			RuntimeOrigin::signed(ALICE),
			HEALTH,
			DataCategory::Health,
			TREATMENT,
			None
		));
		assert_ok!(Citizens::set_status(
			RuntimeOrigin::signed(REGISTRAR),
			alice,
			CitizenStatus::Deceased
		));
		assert!(!Citizens::has_consent(&alice, HEALTH, DataCategory::Health, TREATMENT));
		assert_noop!(
			Citizens::grant_consent(
				RuntimeOrigin::signed(ALICE),
				LAND,
				DataCategory::Property,
				TREATMENT,
				None
			),
			Error::<Test>::CitizenNotActive
		);
	});
}

#[test]
fn consent_failures_change_nothing() {
	new_test_ext().execute_with(|| {
		register_alice();
		// Only the citizen's own account consents: not an agency, not a stranger.
		for who in [REGISTRAR, DOCTOR, STRANGER] {
			assert_noop!(
				Citizens::grant_consent(
					RuntimeOrigin::signed(who),
					HEALTH,
					DataCategory::Health,
					TREATMENT,
					None
				),
				Error::<Test>::NotACitizen
			);
		}
		assert_noop!(
			Citizens::grant_consent(
				RuntimeOrigin::signed(ALICE),
				42,
				DataCategory::Health,
				TREATMENT,
				None
			),
			Error::<Test>::InactiveAgency
		);
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), LAND));
		assert_noop!(
			Citizens::grant_consent(
				RuntimeOrigin::signed(ALICE),
				LAND,
				DataCategory::Property,
				TREATMENT,
				None
			),
			Error::<Test>::InactiveAgency
		);
		assert_noop!(
			Citizens::grant_consent(
				RuntimeOrigin::signed(ALICE),
				HEALTH,
				DataCategory::Health,
				TREATMENT,
				Some(1)
			),
			Error::<Test>::ExpiryInPast
		);
		assert_noop!(
			Citizens::revoke_consent(
				RuntimeOrigin::signed(ALICE),
				HEALTH,
				DataCategory::Health,
				TREATMENT
			),
			Error::<Test>::NoSuchConsent
		);
		// Bounded per citizen (MaxConsents = 3 in the mock).
		for purpose in 1..=3 {
			assert_ok!(Citizens::grant_consent(
				RuntimeOrigin::signed(ALICE),
				HEALTH,
				DataCategory::Health,
				purpose,
				None
			));
		}
		assert_noop!(
			Citizens::grant_consent(
				RuntimeOrigin::signed(ALICE),
				HEALTH,
				DataCategory::Health,
				4,
				None
			),
			Error::<Test>::TooManyConsents
		);
		assert_ok!(Citizens::revoke_consent(
			RuntimeOrigin::signed(ALICE),
			HEALTH,
			DataCategory::Health,
			1
		));
		assert_noop!(
			Citizens::revoke_consent(RuntimeOrigin::signed(ALICE), HEALTH, DataCategory::Health, 1),
			Error::<Test>::NoSuchConsent
		);
	});
}

#[test]
fn revoked_and_expired_consents_free_their_slots() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let grant = |purpose: u16, expires_at: Option<u64>| {
			Citizens::grant_consent(
				RuntimeOrigin::signed(ALICE),
				HEALTH,
				DataCategory::Health,
				purpose,
				expires_at,
			)
		};
		// Three consents (the mock's bound): one revoked, one that expires at block 5.
		assert_ok!(grant(1, None));
		assert_ok!(grant(2, Some(5)));
		assert_ok!(grant(3, None));
		assert_noop!(grant(4, None), Error::<Test>::TooManyConsents);
		assert_ok!(Citizens::revoke_consent(
			RuntimeOrigin::signed(ALICE),
			HEALTH,
			DataCategory::Health,
			1
		));
		// The revoked one makes room.
		assert_ok!(grant(4, None));
		assert_noop!(grant(5, None), Error::<Test>::TooManyConsents);
		// Once the second expires, it makes room too.
		frame_system::Pallet::<Test>::set_block_number(6);
		assert_ok!(grant(5, None));
		assert_eq!(crate::Citizens::<Test>::get(alice).unwrap().consents, 3);
	});
}
