//! Requests and decisions: who may ask, what they must say, who decides.

use super::*;
use crate::{Error, GrantStatus, OpenRequests, RequestStatus, Requests, Resources};
use civitas_primitives::MAX_PAGE;
use frame_support::{assert_noop, assert_ok};

fn request_as(
	who: u64,
	resource: ResourceId,
	justification: [u8; 32],
	duration: u64,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	Catalog::request_access(
		RuntimeOrigin::signed(who),
		resource,
		TRAFFIC_PLANNING,
		justification,
		duration,
	)
}

#[test]
fn a_request_waits_for_the_owner_who_grants_it_for_its_duration() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Sensitive);
		let req = request(id, 30);
		assert_eq!(
			last_event(),
			Event::AccessRequested {
				request: req,
				resource: id,
				agency: TRANSPORT,
				purpose: TRAFFIC_PLANNING
			}
		);
		let stored = Requests::<Test>::get(req).unwrap();
		assert_eq!((stored.requester, stored.requested_by), (TRANSPORT, TRANSPORT_OP));
		assert_eq!((stored.duration, stored.status), (30, RequestStatus::Pending));
		assert_eq!(stored.justification_hash, doc("justification"));
		assert_eq!(OpenRequests::<Test>::get(id, TRANSPORT), Some(req));
		assert!(grant_ids(TRANSPORT).is_empty());
		let pending = Catalog::pending_requests(HEALTH);
		assert_eq!(pending.len(), 1);
		assert_eq!(pending[0].0, req);
		assert!(Catalog::pending_requests(TRANSPORT).is_empty());

		run_to(5);
		let grant = approve(req);
		assert_eq!(
			last_event(),
			Event::AccessGranted {
				request: req,
				grant,
				resource: id,
				consumer: TRANSPORT,
				expires_at: 35,
				automatic: false
			}
		);
		let record = crate::Grants::<Test>::get(grant).unwrap();
		assert_eq!((record.provider, record.consumer, record.request), (HEALTH, TRANSPORT, req));
		assert_eq!((record.granted_at, record.expires_at), (5, 35));
		assert_eq!((record.status, record.purpose), (GrantStatus::Active, TRAFFIC_PLANNING));
		assert_eq!(Requests::<Test>::get(req).unwrap().status, RequestStatus::Granted { grant });
		assert_eq!(OpenRequests::<Test>::get(id, TRANSPORT), None);
		assert!(Catalog::pending_requests(HEALTH).is_empty());
		assert_eq!(grant_ids(TRANSPORT), vec![grant]);
		assert_eq!(grant_ids(HEALTH), vec![grant]);
		assert_eq!(crate::Resources::<Test>::get(id).unwrap().active_grants, 1);
		let trail = Catalog::trail(id, 0, MAX_PAGE);
		assert_eq!(steps(id), ["Published", "Requested", "Granted"]);
		assert_eq!((trail[1].by, trail[1].agency), (Some(TRANSPORT_OP), Some(TRANSPORT)));
		assert_eq!((trail[2].by, trail[2].agency, trail[2].at), (Some(HEALTH_OP), Some(HEALTH), 5));
	});
}

#[test]
fn a_public_resource_is_granted_at_once() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Public);
		let grant = crate::NextGrantId::<Test>::get();
		let req = crate::NextRequestId::<Test>::get();
		assert_ok!(request_as(TRANSPORT_OP, id, [0u8; 32], 10));
		assert_eq!(
			last_event(),
			Event::AccessGranted {
				request: req,
				grant,
				resource: id,
				consumer: TRANSPORT,
				expires_at: 11,
				automatic: true
			}
		);
		assert_eq!(Requests::<Test>::get(req).unwrap().status, RequestStatus::Granted { grant });
		assert_eq!(OpenRequests::<Test>::get(id, TRANSPORT), None);
		let trail = Catalog::trail(id, 0, MAX_PAGE);
		assert_eq!(steps(id), ["Published", "Requested", "Granted"]);
		assert_eq!((trail[2].by, trail[2].agency), (None, None));
		// A second request renews the grant, also at once: the new grant takes its place.
		assert_ok!(request_as(TRANSPORT_OP, id, [0u8; 32], 20));
		assert_eq!(grant_ids(TRANSPORT), vec![grant + 1]);
		assert_eq!(crate::Grants::<Test>::get(grant).unwrap().status, GrantStatus::Renewed);
		assert_eq!(
			steps(id),
			["Published", "Requested", "Granted", "Requested", "Renewed", "Granted"]
		);
	});
}

#[test]
fn a_pending_request_pays_only_for_what_it_writes() {
	use crate::weights::WeightInfo;
	new_test_ext().execute_with(|| {
		let pending = publish(Sensitivity::Internal);
		let open = publish(Sensitivity::Public);
		let waits = request_as(TRANSPORT_OP, pending, [0u8; 32], 10).unwrap();
		assert_eq!(waits.actual_weight, Some(<() as WeightInfo>::request_access_pending()));
		let full = <() as WeightInfo>::request_access();
		assert!(waits.actual_weight.unwrap().ref_time() < full.ref_time());
		let granted = request_as(TRANSPORT_OP, open, [0u8; 32], 10).unwrap();
		assert_eq!(granted.actual_weight, None, "a grant at once pays the full weight");
	});
}

#[test]
fn an_agency_does_not_request_its_own_or_a_retired_resource() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Internal);
		assert_noop!(request_as(HEALTH_OP2, id, doc("why"), 10), Error::<Test>::OwnResource);
		assert_noop!(request_as(TRANSPORT_OP, 5, doc("why"), 10), Error::<Test>::UnknownResource);
		assert_noop!(
			request_as(STRANGER, id, doc("why"), 10),
			pallet_agencies::Error::<Test>::NotOperator
		);
		assert_ok!(Catalog::retire_resource(RuntimeOrigin::signed(HEALTH_OP), id));
		assert_noop!(request_as(TRANSPORT_OP, id, doc("why"), 10), Error::<Test>::ResourceRetired);
	});
}

#[test]
fn durations_and_justifications_are_checked_by_sensitivity() {
	new_test_ext().execute_with(|| {
		let internal = publish(Sensitivity::Internal);
		let sensitive = publish(Sensitivity::Sensitive);
		let secret = publish(Sensitivity::Secret);
		assert_noop!(request_as(TRANSPORT_OP, internal, doc("w"), 0), Error::<Test>::BadDuration);
		assert_noop!(
			request_as(TRANSPORT_OP, internal, doc("w"), MAX_DURATION + 1),
			Error::<Test>::BadDuration
		);
		assert_noop!(
			request_as(TRANSPORT_OP, secret, doc("w"), MAX_SECRET + 1),
			Error::<Test>::BadDuration
		);
		assert_noop!(
			request_as(TRANSPORT_OP, sensitive, [0u8; 32], 10),
			Error::<Test>::MissingJustification
		);
		assert_noop!(
			request_as(TRANSPORT_OP, secret, [0u8; 32], 10),
			Error::<Test>::MissingJustification
		);
		// At the bounds, and an internal resource needs no justification.
		assert_ok!(request_as(TRANSPORT_OP, internal, [0u8; 32], MAX_DURATION));
		assert_ok!(request_as(TRANSPORT_OP, secret, doc("w"), MAX_SECRET));
		assert_ok!(request_as(TRANSPORT_OP, sensitive, doc("w"), MAX_DURATION));
	});
}

#[test]
fn one_pending_request_per_agency_and_resource() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Internal);
		let first = request(id, 10);
		assert_noop!(request_as(TRANSPORT_OP, id, doc("again"), 10), Error::<Test>::RequestPending);
		// Another agency may ask meanwhile.
		assert_ok!(request_as(PLANNING_OP, id, doc("ours"), 10));
		assert_ok!(Catalog::reject_request(RuntimeOrigin::signed(HEALTH_OP), first, doc("no")));
		// Once decided, the agency may ask again.
		assert_ok!(request_as(TRANSPORT_OP, id, doc("again"), 10));
	});
}

#[test]
fn only_the_owner_decides_and_only_once() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Sensitive);
		let req = request(id, 10);
		// The requester, or a third agency, cannot approve someone else's request.
		assert_noop!(
			Catalog::approve_request(RuntimeOrigin::signed(TRANSPORT_OP), req),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Catalog::approve_request(RuntimeOrigin::signed(POLICE_OP), req),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Catalog::reject_request(RuntimeOrigin::signed(PLANNING_OP), req, doc("no")),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Catalog::approve_request(RuntimeOrigin::signed(STRANGER), req),
			pallet_agencies::Error::<Test>::NotOperator
		);
		assert_noop!(
			Catalog::approve_request(RuntimeOrigin::signed(HEALTH_OP), 42),
			Error::<Test>::UnknownRequest
		);
		approve(req);
		assert_noop!(
			Catalog::approve_request(RuntimeOrigin::signed(HEALTH_OP), req),
			Error::<Test>::RequestDecided
		);
		assert_noop!(
			Catalog::reject_request(RuntimeOrigin::signed(HEALTH_OP), req, doc("late")),
			Error::<Test>::RequestDecided
		);
	});
}

#[test]
fn a_rejection_is_final_and_recorded_with_its_reason() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Secret);
		let req = request(id, 10);
		assert_ok!(Catalog::reject_request(RuntimeOrigin::signed(HEALTH_OP2), req, doc("why not")));
		assert_eq!(
			last_event(),
			Event::RequestRejected { request: req, resource: id, reason_hash: doc("why not") }
		);
		assert_eq!(
			Requests::<Test>::get(req).unwrap().status,
			RequestStatus::Rejected { reason_hash: doc("why not") }
		);
		assert_noop!(
			Catalog::approve_request(RuntimeOrigin::signed(HEALTH_OP), req),
			Error::<Test>::RequestDecided
		);
		assert!(grant_ids(TRANSPORT).is_empty());
		assert_eq!(steps(id), ["Published", "Requested", "Rejected"]);
		assert_eq!(Catalog::trail(id, 0, MAX_PAGE)[2].by, Some(HEALTH_OP2));
	});
}

#[test]
fn a_pending_request_on_a_retired_resource_is_rejected_not_approved() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Internal);
		let req = request(id, 10);
		assert_ok!(Catalog::retire_resource(RuntimeOrigin::signed(HEALTH_OP), id));
		assert_noop!(
			Catalog::approve_request(RuntimeOrigin::signed(HEALTH_OP), req),
			Error::<Test>::ResourceRetired
		);
		assert_ok!(Catalog::reject_request(RuntimeOrigin::signed(HEALTH_OP), req, doc("retired")));
	});
}

#[test]
fn a_suspended_requester_is_not_granted() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Internal);
		let req = request(id, 10);
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), TRANSPORT));
		assert_noop!(
			Catalog::approve_request(RuntimeOrigin::signed(HEALTH_OP), req),
			Error::<Test>::InactiveAgency
		);
	});
}

#[test]
fn grants_are_bounded_per_consumer_and_per_expiry_block() {
	new_test_ext().execute_with(|| {
		// The transport bureau may hold 4 grants as consumer: three of health's resources and
		// one of the police's; a fifth is refused until one ends.
		let resources = [
			publish_as(HEALTH_OP, Sensitivity::Public),
			publish_as(HEALTH_OP, Sensitivity::Public),
			publish_as(HEALTH_OP, Sensitivity::Public),
			publish_as(POLICE_OP, Sensitivity::Public),
			publish_as(POLICE_OP, Sensitivity::Public),
		];
		for (n, resource) in resources[..4].iter().enumerate() {
			assert_ok!(request_as(TRANSPORT_OP, *resource, [0u8; 32], 10 + n as u64));
		}
		assert_eq!(crate::GrantCount::<Test>::get(TRANSPORT), 4);
		assert_noop!(
			request_as(TRANSPORT_OP, resources[4], [0u8; 32], 20),
			Error::<Test>::TooManyGrants
		);
		// Asking again for one it holds renews it and takes no new slot.
		assert_ok!(request_as(TRANSPORT_OP, resources[0], [0u8; 32], 30));
		assert_eq!(crate::GrantCount::<Test>::get(TRANSPORT), 4);
		// When one expires, there is room again.
		run_to(12);
		assert_ok!(request_as(TRANSPORT_OP, resources[4], [0u8; 32], 20));
	});
}

#[test]
fn one_consumer_cannot_exhaust_a_resources_or_its_providers_slots() {
	new_test_ext().execute_with(|| {
		// The planners ask for health's public dataset again and again, a block apart.
		let id = publish_as(HEALTH_OP, Sensitivity::Public);
		let first = crate::NextGrantId::<Test>::get();
		for n in 0..10 {
			run_to(2 + n);
			assert_ok!(request_as(PLANNING_OP, id, [0u8; 32], 50));
		}
		// One active grant, the newest; each earlier one was renewed by the next.
		let newest = first + 9;
		assert_eq!(Resources::<Test>::get(id).unwrap().active_grants, 1);
		assert_eq!(crate::ConsumerGrant::<Test>::get(id, PLANNING), Some(newest));
		assert_eq!(crate::GrantCount::<Test>::get(PLANNING), 1);
		assert_eq!(crate::Grants::<Test>::get(first).unwrap().status, GrantStatus::Renewed);
		assert_eq!(crate::Grants::<Test>::get(newest).unwrap().status, GrantStatus::Active);
		assert_eq!(grant_ids(PLANNING), vec![newest]);
		assert!(steps(id).contains(&"Renewed"));
		// The resource holds two grants (the mock's bound): the transport bureau gets the
		// other slot, the planners' flood took only one.
		assert_ok!(request_as(TRANSPORT_OP, id, [0u8; 32], 51));
		assert_eq!(Resources::<Test>::get(id).unwrap().active_grants, 2);
		// Full, it refuses a third agency but still renews its holders.
		assert_noop!(request_as(POLICE_OP, id, [0u8; 32], 52), Error::<Test>::TooManyGrants);
		assert_ok!(request_as(PLANNING_OP, id, [0u8; 32], 52));
		// The provider's own slots are untouched: health still gets a grant as consumer.
		let theirs = publish_as(POLICE_OP, Sensitivity::Public);
		assert_ok!(request_as(HEALTH_OP, theirs, [0u8; 32], 53));
		assert_eq!(crate::GrantCount::<Test>::get(HEALTH), 1);
		// A renewed grant's old expiry passes without touching the grant that renewed it.
		run_to(2 + 50 + 1);
		assert_eq!(crate::Grants::<Test>::get(first).unwrap().status, GrantStatus::Renewed);
	});
}

#[test]
fn a_full_expiry_block_refuses_another_grant_ending_then() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Public);
		assert_ok!(request_as(TRANSPORT_OP, id, [0u8; 32], 10));
		assert_ok!(request_as(PLANNING_OP, id, [0u8; 32], 10));
		let other = publish(Sensitivity::Public);
		assert_noop!(request_as(POLICE_OP, other, [0u8; 32], 10), Error::<Test>::TooManyExpiring);
		assert_ok!(request_as(POLICE_OP, other, [0u8; 32], 11));
	});
}

#[test]
fn the_resource_bound_holds_for_active_grants() {
	new_test_ext().execute_with(|| {
		let id = publish(Sensitivity::Public);
		assert_ok!(request_as(TRANSPORT_OP, id, [0u8; 32], 10));
		assert_ok!(request_as(PLANNING_OP, id, [0u8; 32], 11));
		assert_noop!(request_as(POLICE_OP, id, [0u8; 32], 12), Error::<Test>::TooManyGrants);
	});
}

/// The owner describes `resource` anew with `sensitivity`, the rest unchanged.
fn raise(resource: ResourceId, sensitivity: Sensitivity) {
	assert_ok!(Catalog::update_resource(
		RuntimeOrigin::signed(HEALTH_OP),
		resource,
		b"Case counts".to_vec().try_into().unwrap(),
		b"epidemic".to_vec().try_into().unwrap(),
		doc("schema v1"),
		sensitivity,
		Level::City
	));
}

#[test]
fn approval_meets_the_terms_the_resource_has_now() {
	new_test_ext().execute_with(|| {
		// Asked while sensitive for longer than a secret resource may be granted; the owner
		// then makes it secret. The approval must not grant past the secret limit.
		let id = publish(Sensitivity::Sensitive);
		let long = request(id, MAX_SECRET + 1);
		raise(id, Sensitivity::Secret);
		assert_noop!(
			Catalog::approve_request(RuntimeOrigin::signed(HEALTH_OP), long),
			Error::<Test>::BadDuration
		);
		assert_eq!(Requests::<Test>::get(long).unwrap().status, RequestStatus::Pending);
		// The owner can still refuse it; a request within the limit is granted.
		assert_ok!(Catalog::reject_request(
			RuntimeOrigin::signed(HEALTH_OP),
			long,
			doc("too long")
		));
		approve(request(id, MAX_SECRET));

		// Asked without a justification while internal; the owner then makes it sensitive.
		let internal = publish(Sensitivity::Internal);
		let next = crate::NextRequestId::<Test>::get();
		assert_ok!(request_as(TRANSPORT_OP, internal, [0u8; 32], 30));
		raise(internal, Sensitivity::Sensitive);
		assert_noop!(
			Catalog::approve_request(RuntimeOrigin::signed(HEALTH_OP), next),
			Error::<Test>::MissingJustification
		);
	});
}
