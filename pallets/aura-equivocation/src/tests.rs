use crate::{mock::*, *};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, dispatch::Pays, pallet_prelude::Authorize};
use sp_consensus_aura::{
	sr25519::{AuthorityId, AuthorityPair},
	AURA_ENGINE_ID,
};
use sp_core::{Pair, H256};
use sp_runtime::{
	generic::{Digest, DigestItem},
	traits::Header as _,
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	DispatchError,
};

type TestHeader = HeaderFor<Test>;

fn pair(seed: &str) -> AuthorityPair {
	AuthorityPair::from_string(&format!("//{seed}"), None).unwrap()
}

/// A header of block `number` claiming `slot` (unsealed); `salt` tells two apart.
fn header(number: u64, slot: u64, salt: u8) -> TestHeader {
	let digest =
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] };
	TestHeader::new(number, H256::repeat_byte(salt), H256::zero(), H256::repeat_byte(1), digest)
}

/// `header`, sealed by `signer` as Aura seals: over its hash without the seal.
fn sealed(mut header: TestHeader, signer: &AuthorityPair) -> TestHeader {
	let signature = signer.sign(header.hash().as_ref());
	header.digest_mut().push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
	header
}

/// Alice's key, owned by account 30 of agency 0.
fn alice() -> AuthorityId {
	let key = pair("Alice").public();
	Owners::put(vec![(key.clone(), (30, 0))]);
	key
}

fn proof(
	offender: AuthorityId,
	slot: u64,
	first: TestHeader,
	second: TestHeader,
) -> EquivocationProofOf<Test> {
	EquivocationProof {
		offender,
		slot: Slot::from(slot),
		first_header: first,
		second_header: second,
	}
}

/// Two blocks Alice sealed for slot 9.
fn alice_equivocates() -> EquivocationProofOf<Test> {
	let key = alice();
	let signer = pair("Alice");
	proof(key, 9, sealed(header(5, 9, 1), &signer), sealed(header(5, 9, 2), &signer))
}

/// The origin `AuthorizeCall` gives a call its authorization accepted.
fn authorized() -> RuntimeOrigin {
	frame_system::RawOrigin::Authorized.into()
}

fn report(proof: EquivocationProofOf<Test>) -> frame_support::dispatch::DispatchResultWithPostInfo {
	let key_proof = proof_for(&proof.offender);
	AuraEquivocation::report_equivocation(authorized(), Box::new(proof), key_proof)
}

#[test]
fn a_proven_equivocation_goes_to_the_offence_sink_for_free() {
	new_test_ext().execute_with(|| {
		let post = report(alice_equivocates()).expect("a valid report");
		assert_eq!(post.pays_fee, Pays::No);
		// Offender as the proof identifies it, the slot, the proof's session and its size.
		assert_eq!(Taken::get(), vec![((30, 0), 9, 4, 3)]);
	});
}

#[test]
fn two_blocks_of_one_slot_by_another_key_prove_nothing_against_alice() {
	new_test_ext().execute_with(|| {
		let key = alice();
		let bob = pair("Bob");
		let bad = proof(key, 9, sealed(header(5, 9, 1), &bob), sealed(header(5, 9, 2), &bob));
		assert_noop!(report(bad), Error::<Test>::InvalidEquivocationProof);
	});
}

#[test]
fn blocks_of_different_slots_or_one_block_are_no_equivocation() {
	new_test_ext().execute_with(|| {
		let key = alice();
		let signer = pair("Alice");
		// The second claims slot 10.
		let other_slot = proof(
			key.clone(),
			9,
			sealed(header(5, 9, 1), &signer),
			sealed(header(6, 10, 2), &signer),
		);
		assert_noop!(report(other_slot), Error::<Test>::InvalidEquivocationProof);
		// Both claim slot 10, the proof slot 9.
		let wrong_slot = proof(
			key.clone(),
			9,
			sealed(header(5, 10, 1), &signer),
			sealed(header(5, 10, 2), &signer),
		);
		assert_noop!(report(wrong_slot), Error::<Test>::InvalidEquivocationProof);
		// The same header twice.
		let block = sealed(header(5, 9, 1), &signer);
		assert_noop!(
			report(proof(key.clone(), 9, block.clone(), block)),
			Error::<Test>::InvalidEquivocationProof
		);
		// One header sealed twice (sr25519 signatures differ each time): one block still.
		let resealed =
			proof(key, 9, sealed(header(5, 9, 1), &signer), sealed(header(5, 9, 1), &signer));
		assert_ne!(resealed.first_header.hash(), resealed.second_header.hash());
		assert_noop!(report(resealed), Error::<Test>::InvalidEquivocationProof);
	});
}

#[test]
fn unsealed_or_undated_headers_prove_nothing() {
	new_test_ext().execute_with(|| {
		let key = alice();
		let signer = pair("Alice");
		let unsealed = proof(key.clone(), 9, header(5, 9, 1), sealed(header(5, 9, 2), &signer));
		assert_noop!(report(unsealed), Error::<Test>::InvalidEquivocationProof);
		let mut undated =
			TestHeader::new(5, H256::repeat_byte(3), H256::zero(), H256::zero(), Digest::default());
		undated = sealed(undated, &signer);
		let no_slot = proof(key.clone(), 9, undated, sealed(header(5, 9, 2), &signer));
		assert_noop!(report(no_slot), Error::<Test>::InvalidEquivocationProof);
		// Two Aura pre-digests: Aura imports no such block.
		let mut twice = header(5, 9, 4);
		twice.digest_mut().push(DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(9).encode()));
		let doubled = proof(key, 9, sealed(twice, &signer), sealed(header(5, 9, 2), &signer));
		assert_noop!(report(doubled), Error::<Test>::InvalidEquivocationProof);
	});
}

#[test]
fn a_key_no_session_had_is_refused() {
	new_test_ext().execute_with(|| {
		let equivocation = alice_equivocates();
		// The key-ownership proof is of another key.
		let wrong = proof_for(&pair("Bob").public());
		assert_noop!(
			AuraEquivocation::report_equivocation(
				authorized(),
				Box::new(equivocation.clone()),
				wrong
			),
			Error::<Test>::InvalidKeyOwnershipProof
		);
		// The key has no owner at all.
		Owners::kill();
		assert_noop!(report(equivocation), Error::<Test>::InvalidKeyOwnershipProof);
	});
}

#[test]
fn one_slot_is_reported_once() {
	new_test_ext().execute_with(|| {
		assert_ok!(report(alice_equivocates()));
		assert_noop!(report(alice_equivocates()), Error::<Test>::DuplicateOffenceReport);
		assert_eq!(Taken::get().len(), 1);
	});
}

#[test]
fn only_through_authorization() {
	new_test_ext().execute_with(|| {
		let equivocation = alice_equivocates();
		let key_proof = proof_for(&equivocation.offender);
		assert_noop!(
			AuraEquivocation::report_equivocation(
				RuntimeOrigin::signed(30),
				Box::new(equivocation),
				key_proof
			),
			DispatchError::BadOrigin
		);
		let equivocation = alice_equivocates();
		let key_proof = proof_for(&equivocation.offender);
		assert_noop!(
			AuraEquivocation::report_equivocation(
				RuntimeOrigin::none(),
				Box::new(equivocation),
				key_proof
			),
			DispatchError::BadOrigin
		);
	});
}

fn call(proof: EquivocationProofOf<Test>) -> Call<Test> {
	let key_owner_proof = proof_for(&proof.offender);
	Call::report_equivocation { equivocation_proof: Box::new(proof), key_owner_proof }
}

#[test]
fn the_pool_takes_a_report_only_from_this_node() {
	new_test_ext().execute_with(|| {
		let report = call(alice_equivocates());
		assert_eq!(
			report.authorize(TransactionSource::External).expect("an authorized call"),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Call))
		);
		let (valid, refund) = report
			.authorize(TransactionSource::Local)
			.expect("an authorized call")
			.expect("a local report is valid");
		assert_eq!(refund, frame_support::weights::Weight::zero());
		assert_eq!(valid.priority, u64::MAX);
		assert!(!valid.propagate);
		assert_eq!(valid.longevity, 100);
		assert_eq!(valid.provides.len(), 1);
		assert!(report.authorize(TransactionSource::InBlock).expect("an authorized call").is_ok());
	});
}

#[test]
fn the_pool_refuses_a_bad_key_proof_and_a_known_offence() {
	new_test_ext().execute_with(|| {
		let equivocation = alice_equivocates();
		let bad = Call::<Test>::report_equivocation {
			equivocation_proof: Box::new(equivocation.clone()),
			key_owner_proof: proof_for(&pair("Bob").public()),
		};
		assert_eq!(
			bad.authorize(TransactionSource::Local).expect("an authorized call"),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
		assert_ok!(report(equivocation.clone()));
		let again = call(equivocation);
		assert_eq!(
			again.authorize(TransactionSource::InBlock).expect("an authorized call"),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Stale))
		);
	});
}
