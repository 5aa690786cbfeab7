//! Tests of pallet-catalog, one file per part of the workflow, against the real
//! pallet-agencies.

mod deliveries;
mod invariants;
mod requests;
mod resources;
mod trail;

use crate::{mock::*, DeliveryId, Event, GrantId, Level, RequestId, ResourceId, Sensitivity, Step};
use civitas_primitives::MAX_PAGE;
use frame_support::assert_ok;

/// The last event pallet-catalog deposited.
pub(crate) fn last_event() -> Event<Test> {
	civitas_test_utils::last_event::<Test, _>()
}

/// The health bureau publishes a dataset of `sensitivity`; its id.
pub(crate) fn publish(sensitivity: Sensitivity) -> ResourceId {
	publish_as(HEALTH_OP, sensitivity)
}

/// `operator`'s agency publishes a dataset of `sensitivity`; its id.
pub(crate) fn publish_as(operator: u64, sensitivity: Sensitivity) -> ResourceId {
	let id = crate::NextResourceId::<Test>::get();
	assert_ok!(Catalog::publish_resource(
		RuntimeOrigin::signed(operator),
		b"Case counts".to_vec().try_into().unwrap(),
		b"epidemic".to_vec().try_into().unwrap(),
		doc("schema v1"),
		sensitivity,
		Level::City
	));
	id
}

/// The transport bureau asks for `resource` for `duration` blocks; the request's id.
pub(crate) fn request(resource: ResourceId, duration: u64) -> RequestId {
	let id = crate::NextRequestId::<Test>::get();
	assert_ok!(Catalog::request_access(
		RuntimeOrigin::signed(TRANSPORT_OP),
		resource,
		TRAFFIC_PLANNING,
		doc("justification"),
		duration
	));
	id
}

/// The health bureau approves `request`; the grant's id.
pub(crate) fn approve(request: RequestId) -> GrantId {
	let id = crate::NextGrantId::<Test>::get();
	assert_ok!(Catalog::approve_request(RuntimeOrigin::signed(HEALTH_OP), request));
	id
}

/// A sensitive resource granted to the transport bureau for `duration` blocks.
pub(crate) fn granted(duration: u64) -> (ResourceId, GrantId) {
	let resource = publish(Sensitivity::Sensitive);
	let grant = approve(request(resource, duration));
	(resource, grant)
}

/// The health bureau delivers `payload` under `grant`; the delivery's id.
pub(crate) fn deliver(grant: GrantId, payload: &str) -> DeliveryId {
	let id = crate::NextDeliveryId::<Test>::get();
	assert_ok!(Catalog::record_delivery(RuntimeOrigin::signed(HEALTH_OP), grant, doc(payload)));
	id
}

/// The kinds of step in a resource's trail, by name.
pub(crate) fn steps(resource: ResourceId) -> Vec<&'static str> {
	Catalog::trail(resource, 0, MAX_PAGE).into_iter().map(|entry| entry.step.name()).collect()
}

/// The ids of the active grants `agency` is party to.
pub(crate) fn grant_ids(agency: u32) -> Vec<GrantId> {
	Catalog::grants_of(agency, 0, MAX_PAGE).into_iter().map(|view| view.id).collect()
}
