//! Expiry and the trail: every step in order, and room kept for the steps the chain records
//! by itself.

use super::*;
use crate::{GrantStatus, Resources};
use civitas_primitives::MAX_PAGE;
use frame_support::assert_ok;

#[test]
fn the_trail_holds_every_step_in_order() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Sensitive);
		run_to(2);
		let req = request(id, 10);
		run_to(3);
		let grant = approve(req);
		let first = deliver(grant, "batch 1");
		assert_ok!(Catalog::confirm_delivery(RuntimeOrigin::signed(TRANSPORT_OP), first));
		run_to(6);
		let second = deliver(grant, "batch 2");
		assert_ok!(Catalog::confirm_delivery(RuntimeOrigin::signed(TRANSPORT_OP), second));
		run_to(13);
		assert_eq!(last_event(), Event::GrantExpired { grant, resource: id });
		assert_eq!(
			steps(id),
			[
				"Published",
				"Requested",
				"Granted",
				"Delivered",
				"Confirmed",
				"Delivered",
				"Confirmed",
				"Expired"
			]
		);
		let trail = Catalog::trail(id, 0, MAX_PAGE);
		let seqs: Vec<u32> = trail.iter().map(|entry| entry.seq).collect();
		assert_eq!(seqs, (0..8).collect::<Vec<_>>());
		let blocks: Vec<u64> = trail.iter().map(|entry| entry.at).collect();
		assert_eq!(blocks, [1, 2, 3, 3, 3, 6, 6, 13]);
		assert_eq!(
			trail[2].step,
			Step::Granted { request: req, grant, expires_at: 13, automatic: false }
		);
		assert_eq!(
			trail[5].step,
			Step::Delivered { delivery: second, grant, payload_hash: doc("batch 2") }
		);
		assert_eq!(trail[6].step, Step::Confirmed { delivery: second, grant });
		assert_eq!((trail[7].by, trail[7].agency), (None, None));
		assert!(Catalog::trail(99, 0, MAX_PAGE).is_empty());
	});
}

#[test]
fn the_trail_and_the_lists_come_in_pages() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Sensitive);
		let grant = approve(request(id, 10));
		for n in 0..3 {
			deliver(grant, &format!("batch {n}"));
		}
		// Published, Requested, Granted, then three deliveries: 6 steps.
		let seqs = |from, limit| -> Vec<u32> {
			Catalog::trail(id, from, limit).iter().map(|entry| entry.seq).collect()
		};
		assert_eq!(seqs(0, MAX_PAGE), [0, 1, 2, 3, 4, 5]);
		assert_eq!(seqs(2, 3), [2, 3, 4]);
		assert_eq!(seqs(4, 10), [4, 5]);
		assert_eq!(seqs(6, 10), Vec::<u32>::new());
		assert_eq!(seqs(0, 0), Vec::<u32>::new());
		// A limit above the page size answers one page, not the whole log.
		assert_eq!(seqs(0, u32::MAX).len(), 6);

		let other = publish(Sensitivity::Public);
		let ids = |from, limit| -> Vec<ResourceId> {
			Catalog::resources(HEALTH, from, limit).iter().map(|view| view.id).collect()
		};
		assert_eq!(ids(0, MAX_PAGE), [id, other]);
		assert_eq!(ids(0, 1), [id]);
		assert_eq!(ids(other, 1), [other]);
		assert_eq!(ids(other + 1, 1), Vec::<ResourceId>::new());
		assert_eq!(Catalog::grants_of(TRANSPORT, grant, 1).len(), 1);
		assert!(Catalog::grants_of(TRANSPORT, grant + 1, MAX_PAGE).is_empty());
	});
}

#[test]
fn a_grant_expires_at_the_start_of_its_block() {
	new_test_ext().execute_with(|| {
		let (id, grant) = granted(10);
		run_to(10);
		assert_eq!(crate::Grants::<Test>::get(grant).unwrap().status, GrantStatus::Active);
		run_to(11);
		assert_eq!(crate::Grants::<Test>::get(grant).unwrap().status, GrantStatus::Expired);
		assert!(grant_ids(TRANSPORT).is_empty());
		assert!(grant_ids(HEALTH).is_empty());
		assert_eq!(crate::GrantCount::<Test>::get(TRANSPORT), 0);
		assert_eq!(Resources::<Test>::get(id).unwrap().active_grants, 0);
		assert!(crate::ExpiringAt::<Test>::get(11).is_empty());
		assert!(crate::ActiveGrants::<Test>::iter_prefix(id).next().is_none());
	});
}

#[test]
fn a_full_trail_never_blocks_a_step() {
	new_test_ext().execute_with(|| {
		// MaxTrail is 64. A public resource lets any agency add steps: 40 requests by the
		// planners, a block apart (each a request, its automatic grant and the grant's expiry
		// a block later) write 120 more.
		let id = publish(Sensitivity::Public);
		for n in 0..40 {
			run_to(2 + n);
			assert_ok!(Catalog::request_access(
				RuntimeOrigin::signed(PLANNING_OP),
				id,
				TRAFFIC_PLANNING,
				doc("w"),
				1
			));
		}
		let filled = Resources::<Test>::get(id).unwrap().trail;
		assert!(filled > 64, "the trail ran past its bound: {filled} steps");
		// The owner's and others' steps still go in: nothing was frozen.
		request(id, 10);
		let grant = crate::NextGrantId::<Test>::get() - 1;
		deliver(grant, "still works");
		run_to(60);
		assert_ok!(Catalog::retire_resource(RuntimeOrigin::signed(HEALTH_OP), id));
		let record = Resources::<Test>::get(id).unwrap();
		// The newest 64 steps are on chain, numbered on from the first; the oldest are gone
		// from state (their events remain).
		let trail = Catalog::trail(id, 0, MAX_PAGE);
		assert_eq!(trail.len(), 64);
		assert_eq!(trail[0].seq, record.trail - 64);
		assert_eq!(trail.last().unwrap().seq, record.trail - 1);
		assert!(matches!(trail.last().unwrap().step, Step::Retired { .. }));
		assert!(trail.windows(2).all(|pair| pair[1].seq == pair[0].seq + 1));
		assert_eq!(crate::Trail::<Test>::iter_prefix(id).count(), 64);
	});
}
