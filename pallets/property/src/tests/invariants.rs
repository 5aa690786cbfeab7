//! The register's `try_state` catches each count and index out of step.

use super::flat;
use crate::{mock::*, *};
use civitas_test_utils::broken_invariant;

fn broken(corrupt: impl FnOnce()) -> &'static str {
	broken_invariant(corrupt, crate::Pallet::<Test>::do_try_state)
}

#[test]
fn try_state_catches_counts_and_indexes_out_of_step() {
	new_test_ext().execute_with(|| {
		let id = flat();
		let alice = of("alice", 0).owner;
		assert_eq!(
			broken(|| OwnedCount::<Test>::mutate(alice, LAND, |n| *n += 1)),
			"an owner's count is not the properties it holds of that registry"
		);
		assert_eq!(
			broken(|| crate::Properties::<Test>::mutate(id, |p| p.as_mut().unwrap().blocking += 1)),
			"a property's blocking count is wrong"
		);
		assert_eq!(
			broken(|| PropertiesOf::<Test>::remove(alice, id)),
			"a property is not indexed under its owner"
		);
		assert_eq!(
			broken(|| History::<Test>::remove(id, 0)),
			"a title history keeps the wrong number of entries"
		);
	});
}
