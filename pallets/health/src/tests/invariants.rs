//! The health pallet's `try_state` catches each count and index out of step.

use super::anchor_lab;
use crate::{mock::*, *};
use civitas_test_utils::broken_invariant;

fn broken(corrupt: impl FnOnce()) -> &'static str {
	broken_invariant(corrupt, Health::do_try_state)
}

#[test]
fn try_state_catches_counts_and_indexes_out_of_step() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		let record = anchor_lab(alice);
		assert_eq!(
			broken(|| RecordCount::<Test>::mutate(alice, HOSPITAL, |n| *n += 1)),
			"an issuer's record count is not its current records"
		);
		assert_eq!(
			broken(|| CitizenRecords::<Test>::remove(alice, record)),
			"a record is not indexed under its citizen"
		);
		assert_eq!(
			broken(|| PendingReviewCount::<Test>::insert(HOSPITAL, 1)),
			"an agency's pending review count is not its unreviewed accesses"
		);
		assert_eq!(
			broken(|| Districts::<Test>::mutate(0, |stats| stats.active += 1)),
			"a district's active count is not its open cases"
		);
		assert_eq!(
			broken(|| Samples::<Test>::insert(alice, doc("sample"), CDC)),
			"a sample is not counted once"
		);
	});
}
