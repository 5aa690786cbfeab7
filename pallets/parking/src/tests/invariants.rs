//! The parking pallet's `try_state` catches each count and index out of step.

use crate::{mock::*, *};
use civitas_test_utils::broken_invariant;
use frame_support::assert_ok;

fn broken(corrupt: impl FnOnce()) -> &'static str {
	broken_invariant(corrupt, Parking::do_try_state)
}

#[test]
fn try_state_catches_counts_and_indexes_out_of_step() {
	new_test_ext().execute_with(|| {
		let lot = lot_at(LAT, LON, 10);
		assert_ok!(Parking::reserve(RuntimeOrigin::signed(ALICE), lot, 1, 10));
		assert_eq!(
			broken(|| Lots::<Test>::mutate(lot, |l| l.as_mut().unwrap().reserved += 1)),
			"a lot's reserved count is not its reservations"
		);
		assert_eq!(
			broken(|| ReservationCount::<Test>::insert(citizen("alice"), 2)),
			"a citizen's reservation count is not their reservations"
		);
		assert_eq!(
			broken(|| Cells::<Test>::remove(geo::cell_of(LAT, LON))),
			"a lot is not indexed in its grid cell"
		);
		assert_eq!(
			broken(|| ExpiringAt::<Test>::remove(1 + 10 * MINUTE)),
			"a reservation is not queued to end"
		);
	});
}
