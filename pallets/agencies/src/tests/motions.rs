//! One admin cannot fill the council's motion slots: at most `MaxOpenMotions` open each.

use crate::{mock::*, Error, OpenMotions};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;

fn motion(n: u8) -> H256 {
	H256::repeat_byte(n)
}

#[test]
fn a_member_may_have_at_most_max_open_motions() {
	new_test_ext().execute_with(|| {
		// The mock allows 4 open motions per member.
		let mut open = Vec::new();
		for n in 1..=4 {
			open.push(motion(n));
			assert_ok!(Agencies::note_motion(&HEALTH_ADMIN, &open, motion(n)));
		}
		open.push(motion(5));
		assert_noop!(
			Agencies::note_motion(&HEALTH_ADMIN, &open, motion(5)),
			Error::<Test>::TooManyOpenMotions
		);
		// Another member is not held back by the first one's motions.
		assert_ok!(Agencies::note_motion(&LAND_ADMIN, &open, motion(5)));
		assert_eq!(OpenMotions::<Test>::get(LAND_ADMIN).into_inner(), vec![motion(5)]);
	});
}

#[test]
fn a_closed_motion_frees_its_place() {
	new_test_ext().execute_with(|| {
		let mut open: Vec<H256> = (1..=4).map(motion).collect();
		for n in 1..=4 {
			assert_ok!(Agencies::note_motion(&HEALTH_ADMIN, &open[..n as usize], motion(n)));
		}
		// Motion 2 closed (approved, disapproved or killed: the council no longer has it).
		open.retain(|hash| *hash != motion(2));
		open.push(motion(6));
		assert_ok!(Agencies::note_motion(&HEALTH_ADMIN, &open, motion(6)));
		assert_eq!(
			OpenMotions::<Test>::get(HEALTH_ADMIN).into_inner(),
			vec![motion(1), motion(3), motion(4), motion(6)]
		);
	});
}
