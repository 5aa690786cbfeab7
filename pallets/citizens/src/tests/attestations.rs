use super::{last_event, register_alice};
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Citizens`).
use crate::mock::Citizens;
use frame_support::{assert_noop, assert_ok};

const RESIDENCY: u32 = 1;

fn claim(text: &str) -> ClaimHash {
	sp_io::hashing::blake2_256(text.as_bytes())
}

#[test]
fn any_agency_attests_and_anyone_verifies() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let residency = claim("resides in district 5");
		assert_ok!(Citizens::attest(
			RuntimeOrigin::signed(CLERK),
			alice,
			RESIDENCY,
			residency,
			None
		));
		assert_eq!(
			last_event(),
			Event::Attested {
				citizen: alice,
				claim_hash: residency,
				issuer: LAND,
				schema: RESIDENCY,
				expires_at: None
			}
		);
		let check = Citizens::verify_attestation(alice, residency).unwrap();
		assert_eq!(check.status, AttestationStatus::Valid);
		assert_eq!(check.attestation.issuer, LAND);
		assert_eq!(check.attestation.issued_at, 1);
		assert_eq!(Citizens::verify_attestation(alice, claim("something else")), None);
		assert_eq!(Citizens::citizen(alice).unwrap().attestations, 1);
	});
}

#[test]
fn an_attestation_expires_at_its_block() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let residency = claim("resides in district 5");
		assert_ok!(Citizens::attest(
			RuntimeOrigin::signed(CLERK),
			alice,
			RESIDENCY,
			residency,
			Some(10)
		));
		System::set_block_number(9);
		assert_eq!(
			Citizens::verify_attestation(alice, residency).unwrap().status,
			AttestationStatus::Valid
		);
		System::set_block_number(10);
		assert_eq!(
			Citizens::verify_attestation(alice, residency).unwrap().status,
			AttestationStatus::Expired
		);
	});
}

#[test]
fn only_the_issuer_revokes_and_a_revoked_claim_may_be_attested_again() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let residency = claim("resides in district 5");
		assert_ok!(Citizens::attest(
			RuntimeOrigin::signed(CLERK),
			alice,
			RESIDENCY,
			residency,
			None
		));
		assert_noop!(
			Citizens::revoke_attestation(RuntimeOrigin::signed(DOCTOR), alice, residency),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			Citizens::revoke_attestation(RuntimeOrigin::signed(STRANGER), alice, residency),
			pallet_agencies::Error::<Test>::NotOperator
		);
		System::set_block_number(5);
		assert_ok!(Citizens::revoke_attestation(RuntimeOrigin::signed(CLERK), alice, residency));
		assert_eq!(
			last_event(),
			Event::AttestationRevoked { citizen: alice, claim_hash: residency, issuer: LAND }
		);
		let check = Citizens::verify_attestation(alice, residency).unwrap();
		assert_eq!(check.status, AttestationStatus::Revoked);
		assert_eq!(check.attestation.revoked_at, Some(5));
		assert_noop!(
			Citizens::revoke_attestation(RuntimeOrigin::signed(CLERK), alice, residency),
			Error::<Test>::AlreadyRevoked
		);
		assert_noop!(
			Citizens::revoke_attestation(RuntimeOrigin::signed(CLERK), alice, claim("never made")),
			Error::<Test>::UnknownAttestation
		);

		// Attested again (by another agency, even), in the same slot.
		assert_ok!(Citizens::attest(
			RuntimeOrigin::signed(DOCTOR),
			alice,
			RESIDENCY,
			residency,
			None
		));
		assert_eq!(
			Citizens::verify_attestation(alice, residency).unwrap().status,
			AttestationStatus::Valid
		);
		assert_eq!(Citizens::citizen(alice).unwrap().attestations, 1);
	});
}

#[test]
fn attestation_failures_change_nothing() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let residency = claim("resides in district 5");
		assert_noop!(
			Citizens::attest(RuntimeOrigin::signed(STRANGER), alice, RESIDENCY, residency, None),
			pallet_agencies::Error::<Test>::NotOperator
		);
		assert_noop!(
			Citizens::attest(
				RuntimeOrigin::signed(CLERK),
				citizen("nobody"),
				RESIDENCY,
				residency,
				None
			),
			Error::<Test>::UnknownCitizen
		);
		assert_noop!(
			Citizens::attest(RuntimeOrigin::signed(CLERK), alice, RESIDENCY, residency, Some(1)),
			Error::<Test>::ExpiryInPast
		);
		assert_ok!(Citizens::attest(
			RuntimeOrigin::signed(CLERK),
			alice,
			RESIDENCY,
			residency,
			None
		));
		assert_noop!(
			Citizens::attest(RuntimeOrigin::signed(DOCTOR), alice, RESIDENCY, residency, None),
			Error::<Test>::AlreadyAttested
		);
		// Bounded per attesting agency and citizen (MaxAttestations = 3 in the mock).
		assert_ok!(Citizens::attest(RuntimeOrigin::signed(CLERK), alice, 2, claim("b"), None));
		assert_ok!(Citizens::attest(RuntimeOrigin::signed(CLERK), alice, 3, claim("c"), None));
		assert_noop!(
			Citizens::attest(RuntimeOrigin::signed(CLERK), alice, 4, claim("d"), None),
			Error::<Test>::TooManyAttestations
		);
	});
}

#[test]
fn one_agencys_junk_claims_never_stop_another_agency_attesting() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		// The land bureau fills its own slots about Alice with junk...
		for n in 0..3 {
			assert_ok!(Citizens::attest(
				RuntimeOrigin::signed(CLERK),
				alice,
				n,
				claim(&format!("junk {n}")),
				None
			));
		}
		assert_noop!(
			Citizens::attest(RuntimeOrigin::signed(CLERK), alice, 9, claim("more junk"), None),
			Error::<Test>::TooManyAttestations
		);
		// ...and the health bureau still attests hers, up to its own bound.
		for n in 0..3 {
			assert_ok!(Citizens::attest(
				RuntimeOrigin::signed(DOCTOR),
				alice,
				n,
				claim(&format!("vaccinated {n}")),
				None
			));
		}
		assert_eq!(crate::AttestationCount::<Test>::get(alice, LAND), 3);
		assert_eq!(crate::AttestationCount::<Test>::get(alice, HEALTH), 3);
		// A revoked claim attested again by another agency moves to that agency's slots.
		assert_ok!(Citizens::revoke_attestation(
			RuntimeOrigin::signed(CLERK),
			alice,
			claim("junk 0")
		));
		assert_noop!(
			Citizens::attest(RuntimeOrigin::signed(DOCTOR), alice, 0, claim("junk 0"), None),
			Error::<Test>::TooManyAttestations
		);
		assert_ok!(Citizens::attest(RuntimeOrigin::signed(CLERK), alice, 0, claim("junk 0"), None));
		assert_eq!(crate::AttestationCount::<Test>::get(alice, LAND), 3);
	});
}

#[test]
fn nothing_is_attested_about_an_inactive_citizen_and_old_claims_stop_holding() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let residency = claim("resides in district 5");
		assert_ok!(Citizens::attest(
			RuntimeOrigin::signed(CLERK),
			alice,
			RESIDENCY,
			residency,
			None
		));
		assert_ok!(Citizens::set_status(
			RuntimeOrigin::signed(REGISTRAR),
			alice,
			CitizenStatus::Revoked
		));
		assert_eq!(
			Citizens::verify_attestation(alice, residency).unwrap().status,
			AttestationStatus::CitizenInactive
		);
		assert_noop!(
			Citizens::attest(RuntimeOrigin::signed(CLERK), alice, 2, claim("other"), None),
			Error::<Test>::CitizenNotActive
		);
	});
}
