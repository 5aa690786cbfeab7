//! The catalog's `try_state` catches each count and index out of step.

use super::granted;
use crate::{mock::*, *};
use civitas_test_utils::broken_invariant;
use frame_support::assert_ok;

fn broken(corrupt: impl FnOnce()) -> &'static str {
	broken_invariant(corrupt, Catalog::do_try_state)
}

#[test]
fn try_state_catches_counts_and_indexes_out_of_step() {
	new_test_ext().execute_with(|| {
		let (resource, grant) = granted(50);
		assert_eq!(
			broken(|| GrantCount::<Test>::mutate(TRANSPORT, |n| *n += 1)),
			"an agency's grant count is not the grants it holds"
		);
		assert_eq!(
			broken(|| ActiveGrants::<Test>::remove(resource, grant)),
			"a resource's active grant count is wrong"
		);
		assert_eq!(
			broken(|| ConsumerGrant::<Test>::remove(resource, TRANSPORT)),
			"an active grant is not its consumer's grant on the resource"
		);
		assert_eq!(
			broken(|| ResourceCount::<Test>::mutate(HEALTH, |n| *n += 1)),
			"an agency's resource count is not its resources"
		);
		let expires_at = Grants::<Test>::get(grant).unwrap().expires_at;
		assert_eq!(
			broken(|| ExpiringAt::<Test>::remove(expires_at)),
			"an active grant is not queued to expire"
		);
	});
}

#[test]
fn try_state_catches_a_delivery_both_confirmed_and_disputed() {
	new_test_ext().execute_with(|| {
		let (_, grant) = granted(50);
		let delivery = super::deliver(grant, "batch");
		assert_ok!(Catalog::confirm_delivery(RuntimeOrigin::signed(TRANSPORT_OP), delivery));
		let dispute = Dispute {
			by: TRANSPORT_OP,
			at: 1,
			reason: DisputeReason::BatchMismatch,
			evidence_hash: [0; 32],
		};
		assert_eq!(
			broken(|| Disputes::<Test>::insert(delivery, dispute.clone())),
			"a delivery both confirmed and disputed"
		);
		assert_eq!(broken(|| Disputes::<Test>::insert(99, dispute)), "a dispute of no delivery");
	});
}
