//! Deliveries and their receipts: recorded by the provider while the grant holds, confirmed
//! or disputed by the consumer, once.

use super::*;
use crate::{Confirmation, Deliveries, Dispute, DisputeReason, Disputes, Error};
use civitas_primitives::MAX_PAGE;
use frame_support::{assert_noop, assert_ok};

fn confirm_as(who: u64, delivery: DeliveryId) -> sp_runtime::DispatchResult {
	Catalog::confirm_delivery(RuntimeOrigin::signed(who), delivery)
}

fn dispute_as(who: u64, delivery: DeliveryId) -> sp_runtime::DispatchResult {
	Catalog::dispute_delivery(
		RuntimeOrigin::signed(who),
		delivery,
		DisputeReason::NotReceived,
		doc("the consumer's log"),
	)
}

#[test]
fn a_delivery_is_recorded_by_the_provider_and_confirmed_by_the_consumer() {
	new_test_ext().execute_with(|| {
		let (id, grant) = granted(30);
		run_to(3);
		let delivery = deliver(grant, "batch 1");
		assert_eq!(
			last_event(),
			Event::DeliveryRecorded { delivery, grant, payload_hash: doc("batch 1") }
		);
		let stored = Deliveries::<Test>::get(delivery).unwrap();
		assert_eq!((stored.grant, stored.resource, stored.version), (grant, id, 1));
		assert_eq!((stored.delivered_by, stored.delivered_at), (HEALTH_OP, 3));
		assert_eq!(stored.payload_hash, doc("batch 1"));
		assert_eq!(stored.confirmed, None);
		assert_eq!(crate::Grants::<Test>::get(grant).unwrap().deliveries, 1);

		run_to(4);
		assert_ok!(confirm_as(TRANSPORT_OP, delivery));
		assert_eq!(last_event(), Event::DeliveryConfirmed { delivery, grant });
		assert_eq!(
			Deliveries::<Test>::get(delivery).unwrap().confirmed,
			Some(Confirmation { by: TRANSPORT_OP, at: 4 })
		);
		let trail = Catalog::trail(id, 0, MAX_PAGE);
		assert_eq!(trail[3].by, Some(HEALTH_OP));
		assert_eq!(
			(trail[4].by, trail[4].agency, trail[4].at),
			(Some(TRANSPORT_OP), Some(TRANSPORT), 4)
		);
	});
}

#[test]
fn only_the_provider_records_a_delivery() {
	new_test_ext().execute_with(|| {
		let (_, grant) = granted(30);
		for who in [TRANSPORT_OP, PLANNING_OP] {
			assert_noop!(
				Catalog::record_delivery(RuntimeOrigin::signed(who), grant, doc("forged")),
				Error::<Test>::NotProvider
			);
		}
		assert_noop!(
			Catalog::record_delivery(RuntimeOrigin::signed(STRANGER), grant, doc("forged")),
			pallet_agencies::Error::<Test>::NotOperator
		);
		assert_noop!(
			Catalog::record_delivery(RuntimeOrigin::signed(HEALTH_OP), 9, doc("x")),
			Error::<Test>::UnknownGrant
		);
	});
}

#[test]
fn no_delivery_on_an_expired_grant() {
	new_test_ext().execute_with(|| {
		let (_, grant) = granted(10);
		// The last block of the grant still takes a delivery.
		run_to(10);
		deliver(grant, "last");
		run_to(11);
		assert_noop!(
			Catalog::record_delivery(RuntimeOrigin::signed(HEALTH_OP), grant, doc("late")),
			Error::<Test>::GrantExpired
		);
	});
}

#[test]
fn no_delivery_at_the_expiry_block_even_before_the_hook_ran() {
	new_test_ext().execute_with(|| {
		let (_, grant) = granted(10);
		// Without the block-start hook, the grant is still marked active; time alone refuses.
		System::set_block_number(11);
		assert_eq!(crate::Grants::<Test>::get(grant).unwrap().status, crate::GrantStatus::Active);
		assert_noop!(
			Catalog::record_delivery(RuntimeOrigin::signed(HEALTH_OP), grant, doc("late")),
			Error::<Test>::GrantExpired
		);
	});
}

#[test]
fn no_delivery_on_a_grant_ended_by_retirement() {
	new_test_ext().execute_with(|| {
		let (id, grant) = granted(30);
		assert_ok!(Catalog::retire_resource(RuntimeOrigin::signed(HEALTH_OP), id));
		assert_noop!(
			Catalog::record_delivery(RuntimeOrigin::signed(HEALTH_OP), grant, doc("after")),
			Error::<Test>::GrantEnded
		);
	});
}

#[test]
fn no_delivery_to_a_suspended_consumer() {
	new_test_ext().execute_with(|| {
		let (_, grant) = granted(30);
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), TRANSPORT));
		assert_noop!(
			Catalog::record_delivery(RuntimeOrigin::signed(HEALTH_OP), grant, doc("x")),
			Error::<Test>::InactiveAgency
		);
	});
}

#[test]
fn a_delivery_is_confirmed_once_by_the_consumer_only() {
	new_test_ext().execute_with(|| {
		let (_, grant) = granted(30);
		let delivery = deliver(grant, "batch");
		for who in [HEALTH_OP, PLANNING_OP] {
			assert_noop!(confirm_as(who, delivery), Error::<Test>::NotConsumer);
		}
		assert_noop!(confirm_as(STRANGER, delivery), pallet_agencies::Error::<Test>::NotOperator);
		assert_noop!(confirm_as(TRANSPORT_OP, 5), Error::<Test>::UnknownDelivery);
		assert_ok!(confirm_as(TRANSPORT_OP, delivery));
		assert_noop!(confirm_as(TRANSPORT_OP, delivery), Error::<Test>::AlreadyConfirmed);
	});
}

#[test]
fn a_delivery_made_in_time_is_confirmed_after_the_grant_ends() {
	new_test_ext().execute_with(|| {
		let (_, grant) = granted(10);
		let delivery = deliver(grant, "batch");
		run_to(20);
		assert_ok!(confirm_as(TRANSPORT_OP, delivery));
	});
}

#[test]
fn the_consumer_disputes_a_delivery_that_does_not_hold_and_the_trail_says_why() {
	new_test_ext().execute_with(|| {
		let (id, grant) = granted(10);
		let delivery = deliver(grant, "never arrived");
		// After the grant ends, as a confirmation may be.
		run_to(20);
		assert_ok!(dispute_as(TRANSPORT_OP, delivery));
		let reason = DisputeReason::NotReceived;
		assert_eq!(last_event(), Event::DeliveryDisputed { delivery, grant, reason });
		assert_eq!(
			Disputes::<Test>::get(delivery),
			Some(Dispute {
				by: TRANSPORT_OP,
				at: 20,
				reason,
				evidence_hash: doc("the consumer's log")
			})
		);
		// The provider's record stands as it was: the dispute is beside it, not over it.
		let stored = Deliveries::<Test>::get(delivery).unwrap();
		assert_eq!((stored.payload_hash, stored.confirmed), (doc("never arrived"), None));
		let last = Catalog::trail(id, 0, MAX_PAGE).pop().unwrap();
		assert_eq!(last.step, Step::Disputed { delivery, grant, reason });
		assert_eq!((last.by, last.agency, last.at), (Some(TRANSPORT_OP), Some(TRANSPORT), 20));
		assert_eq!(Catalog::do_try_state(), Ok(()));
	});
}

#[test]
fn a_delivery_is_disputed_by_its_consumer_only_and_once_and_never_both_confirmed_and_disputed() {
	new_test_ext().execute_with(|| {
		let (_, grant) = granted(30);
		let disputed = deliver(grant, "first");
		let confirmed = deliver(grant, "second");
		// The provider cannot dispute (or pre-empt) the consumer's answer, nor can a third.
		for who in [HEALTH_OP, PLANNING_OP] {
			assert_noop!(dispute_as(who, disputed), Error::<Test>::NotConsumer);
		}
		assert_noop!(dispute_as(STRANGER, disputed), pallet_agencies::Error::<Test>::NotOperator);
		assert_noop!(dispute_as(TRANSPORT_OP, 9), Error::<Test>::UnknownDelivery);

		assert_ok!(dispute_as(TRANSPORT_OP, disputed));
		assert_noop!(dispute_as(TRANSPORT_OP, disputed), Error::<Test>::AlreadyDisputed);
		assert_noop!(confirm_as(TRANSPORT_OP, disputed), Error::<Test>::AlreadyDisputed);

		assert_ok!(confirm_as(TRANSPORT_OP, confirmed));
		assert_noop!(dispute_as(TRANSPORT_OP, confirmed), Error::<Test>::AlreadyConfirmed);
		assert_eq!(Disputes::<Test>::get(confirmed), None);
	});
}
