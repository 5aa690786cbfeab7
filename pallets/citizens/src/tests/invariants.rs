//! The registry's `try_state` catches each count and index out of step.

use super::register_alice;
use crate::{mock::*, *};
use civitas_test_utils::broken_invariant;

fn broken(corrupt: impl FnOnce()) -> &'static str {
	broken_invariant(corrupt, crate::Pallet::<Test>::do_try_state)
}

#[test]
fn try_state_catches_counts_and_indexes_out_of_step() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		assert_eq!(
			broken(|| crate::Citizens::<Test>::mutate(alice, |c| c.as_mut().unwrap().consents += 1)),
			"a citizen's consent count is wrong"
		);
		assert_eq!(
			broken(|| CitizenByAccount::<Test>::remove(ALICE)),
			"a citizen's account is not indexed to it (CitizenByAccount)"
		);
		assert_eq!(
			broken(|| ReadsBy::<Test>::insert(alice, HEALTH, 1)),
			"a reader's ring holds the wrong number"
		);
		assert_eq!(
			broken(|| AttestationCount::<Test>::insert(alice, HEALTH, 1)),
			"an issuer's attestation count is not its attestations"
		);
		assert_eq!(
			broken(|| ReadsBy::<Test>::insert(citizen("nobody"), HEALTH, 0)),
			"reads of no citizen"
		);
	});
}
