use super::{anchor_lab, last_event};
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

/// Alice's access log as (agency, operator, purpose, emergency).
fn log_of(citizen: CitizenId) -> Vec<(AgencyId, u64, PurposeCode, bool)> {
	Citizens::access_log(citizen, 0, 100)
		.into_iter()
		.map(|entry| {
			assert_eq!(entry.category, DataCategory::Health);
			(entry.agency, entry.operator, entry.purpose, entry.emergency)
		})
		.collect()
}

#[test]
fn the_issuer_reads_its_own_record_and_the_read_is_logged() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		assert_ok!(Health::access_record(RuntimeOrigin::signed(DOCTOR), id, TREATMENT));
		assert_eq!(
			last_event(),
			Event::RecordAccessed {
				id,
				citizen: alice,
				agency: HOSPITAL,
				operator: DOCTOR,
				purpose: TREATMENT
			}
		);
		assert_eq!(log_of(alice), vec![(HOSPITAL, DOCTOR, TREATMENT, false)]);
	});
}

#[test]
fn another_agency_needs_the_citizens_consent_for_that_purpose() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		let read =
			|who: u64, purpose| Health::access_record(RuntimeOrigin::signed(who), id, purpose);
		assert_noop!(read(NURSE, TREATMENT), Error::<Test>::NoConsent);
		// A consent to another purpose, or of another category, is not this one.
		consent(CLINIC, RESEARCH, None);
		assert_ok!(Citizens::grant_consent(
			RuntimeOrigin::signed(ALICE),
			CLINIC,
			DataCategory::Property,
			TREATMENT,
			None
		));
		assert_noop!(read(NURSE, TREATMENT), Error::<Test>::NoConsent);
		assert!(log_of(alice).is_empty());

		consent(CLINIC, TREATMENT, None);
		assert_ok!(read(NURSE, TREATMENT));
		// Any active agency may read under consent, health role or not.
		assert_noop!(read(CLERK, TREATMENT), Error::<Test>::NoConsent);
		consent(LAND, TREATMENT, None);
		assert_ok!(read(CLERK, TREATMENT));
		assert_eq!(
			log_of(alice),
			vec![(CLINIC, NURSE, TREATMENT, false), (LAND, CLERK, TREATMENT, false)]
		);
		assert_noop!(read(STRANGER, TREATMENT), pallet_agencies::Error::<Test>::NotOperator);
		assert_noop!(
			Health::access_record(RuntimeOrigin::signed(NURSE), 7, TREATMENT),
			Error::<Test>::UnknownRecord
		);
	});
}

#[test]
fn access_ends_when_the_consent_expires_or_is_revoked() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		consent(CLINIC, TREATMENT, Some(10));
		System::set_block_number(9);
		assert_ok!(Health::access_record(RuntimeOrigin::signed(NURSE), id, TREATMENT));
		// From block 10 on the consent is expired.
		System::set_block_number(10);
		assert_noop!(
			Health::access_record(RuntimeOrigin::signed(NURSE), id, TREATMENT),
			Error::<Test>::NoConsent
		);
		consent(CLINIC, TREATMENT, None);
		assert_ok!(Health::access_record(RuntimeOrigin::signed(NURSE), id, TREATMENT));
		assert_ok!(Citizens::revoke_consent(
			RuntimeOrigin::signed(ALICE),
			CLINIC,
			DataCategory::Health,
			TREATMENT
		));
		assert_noop!(
			Health::access_record(RuntimeOrigin::signed(NURSE), id, TREATMENT),
			Error::<Test>::NoConsent
		);
		assert_eq!(log_of(alice).len(), 2);
	});
}

#[test]
fn a_deceased_citizens_consent_no_longer_counts_but_the_issuer_still_reads() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		consent(CLINIC, TREATMENT, None);
		assert_ok!(Citizens::set_status(
			RuntimeOrigin::signed(REGISTRAR),
			alice,
			pallet_citizens::CitizenStatus::Deceased
		));
		assert_noop!(
			Health::access_record(RuntimeOrigin::signed(NURSE), id, TREATMENT),
			Error::<Test>::NoConsent
		);
		assert_ok!(Health::access_record(RuntimeOrigin::signed(DOCTOR), id, TREATMENT));
	});
}

#[test]
fn a_full_log_keeps_the_latest_reads() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let id = anchor_lab(alice);
		for purpose in 1..=6 {
			assert_ok!(Health::access_record(RuntimeOrigin::signed(DOCTOR), id, purpose));
		}
		// The mock's log keeps 4 entries.
		let purposes: Vec<_> = log_of(alice).into_iter().map(|(_, _, p, _)| p).collect();
		assert_eq!(purposes, vec![3, 4, 5, 6]);
		assert_eq!(Citizens::citizen(alice).unwrap().accesses, 6);
	});
}
