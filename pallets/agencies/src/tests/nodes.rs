use super::last_event;
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Agencies`).
use crate::mock::Agencies;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::bounded_vec;
use sp_runtime::DispatchError;

const A: NodeId = [1; 32];
const B: NodeId = [2; 32];
const C: NodeId = [3; 32];

#[test]
fn genesis_nodes_are_authorized() {
	new_test_ext().execute_with(|| {
		assert_eq!(Nodes::<Test>::get(HEALTH).into_inner(), vec![HEALTH_PEER]);
		assert_eq!(NodeOwner::<Test>::get(HEALTH_PEER), Some(HEALTH));
		assert_eq!(Agencies::authorized_nodes(), vec![HEALTH_PEER]);
	});
}

#[test]
fn the_council_replaces_an_agencys_nodes() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::set_nodes(RuntimeOrigin::root(), LAND, bounded_vec![A, B]));
		assert_eq!(
			last_event(),
			Event::NodesSet { agency: LAND, nodes: vec![A, B].try_into().unwrap() }
		);
		assert_eq!(Agencies::authorized_nodes(), vec![HEALTH_PEER, A, B]);
		assert_eq!(NodeOwner::<Test>::get(A), Some(LAND));

		// Replacing the list frees the nodes that left it; keeping one is allowed.
		assert_ok!(Agencies::set_nodes(RuntimeOrigin::root(), LAND, bounded_vec![B, C]));
		assert_eq!(NodeOwner::<Test>::get(A), None);
		assert_eq!(NodeOwner::<Test>::get(B), Some(LAND));
		assert_eq!(Agencies::authorized_nodes(), vec![HEALTH_PEER, B, C]);

		// An empty list takes the agency off the network.
		assert_ok!(Agencies::set_nodes(RuntimeOrigin::root(), LAND, bounded_vec![]));
		assert_eq!(Agencies::authorized_nodes(), vec![HEALTH_PEER]);
		assert_eq!(NodeOwner::<Test>::get(B), None);
	});
}

#[test]
fn a_suspended_agencys_nodes_may_not_peer_until_it_is_resumed() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_eq!(Agencies::authorized_nodes(), Vec::<NodeId>::new());
		// The node stays the agency's: nobody else can take it while it is suspended.
		assert_noop!(
			Agencies::set_nodes(RuntimeOrigin::root(), LAND, bounded_vec![HEALTH_PEER]),
			Error::<Test>::NodeInUse
		);
		assert_ok!(Agencies::resume(RuntimeOrigin::root(), HEALTH));
		assert_eq!(Agencies::authorized_nodes(), vec![HEALTH_PEER]);
	});
}

#[test]
fn set_nodes_failures_change_nothing() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Agencies::set_nodes(RuntimeOrigin::signed(HEALTH_ADMIN), HEALTH, bounded_vec![A]),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Agencies::set_nodes(RuntimeOrigin::root(), 7, bounded_vec![A]),
			Error::<Test>::UnknownAgency
		);
		assert_noop!(
			Agencies::set_nodes(RuntimeOrigin::root(), LAND, bounded_vec![A, A]),
			Error::<Test>::DuplicateNode
		);
		assert_noop!(
			Agencies::set_nodes(RuntimeOrigin::root(), LAND, bounded_vec![A, HEALTH_PEER]),
			Error::<Test>::NodeInUse
		);
	});
}

#[test]
fn acting_agency_is_an_active_agencys_admin_or_operator() {
	new_test_ext().execute_with(|| {
		assert_eq!(Agencies::acting_agency(&HEALTH_ADMIN), Some(HEALTH));
		assert_eq!(Agencies::acting_agency(&NURSE), Some(HEALTH));
		assert_eq!(Agencies::acting_agency(&HEALTH_NODE), None);
		assert_eq!(Agencies::acting_agency(&STRANGER), None);
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_eq!(Agencies::acting_agency(&HEALTH_ADMIN), None);
		assert_eq!(Agencies::acting_agency(&NURSE), None);
	});
}

#[test]
fn suspending_an_agency_keeps_its_node_while_its_authority_still_votes() {
	new_test_ext().execute_with(|| {
		// The health bureau's authority votes this session.
		CurrentVoters::put(vec![HEALTH_NODE, LAND_NODE]);
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_eq!(Agencies::authorized_nodes(), vec![HEALTH_PEER], "GRANDPA still counts it");
		// The next session's set, already queued without it, still has it current...
		QueuedVoters::put(vec![LAND_NODE]);
		assert_eq!(Agencies::authorized_nodes(), vec![HEALTH_PEER]);
		// ...until the session after: then neither set names it and its node leaves.
		CurrentVoters::put(vec![LAND_NODE]);
		assert_eq!(Agencies::authorized_nodes(), Vec::<NodeId>::new());
		// Queued again (resumed), it would be back before it votes.
		QueuedVoters::put(vec![HEALTH_NODE, LAND_NODE]);
		assert_eq!(Agencies::authorized_nodes(), vec![HEALTH_PEER]);
	});
}

#[test]
fn removing_a_voters_node_that_finality_needs_is_refused() {
	new_test_ext().execute_with(|| {
		// Two voters: GRANDPA needs both, so neither's node may leave the network.
		CurrentVoters::put(vec![HEALTH_NODE, LAND_NODE]);
		assert_noop!(
			Agencies::set_nodes(RuntimeOrigin::root(), HEALTH, bounded_vec![]),
			Error::<Test>::WouldHaltFinality
		);
		assert_noop!(
			Agencies::set_nodes(RuntimeOrigin::root(), HEALTH, bounded_vec![A]),
			Error::<Test>::WouldHaltFinality
		);
		// Adding a node takes nothing away.
		assert_ok!(Agencies::set_nodes(
			RuntimeOrigin::root(),
			HEALTH,
			bounded_vec![HEALTH_PEER, A]
		));
		// Four voters tolerate one fault: one agency's node may go.
		CurrentVoters::put(vec![HEALTH_NODE, LAND_NODE, 32, 33]);
		assert_ok!(Agencies::set_nodes(RuntimeOrigin::root(), HEALTH, bounded_vec![]));
		// An agency whose authority does not vote now may always change its nodes.
		CurrentVoters::put(vec![HEALTH_NODE]);
		assert_ok!(Agencies::set_nodes(RuntimeOrigin::root(), LAND, bounded_vec![]));
	});
}
