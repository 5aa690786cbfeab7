//! An agency's admin publishes where its nodes listen; the other nodes dial them there.

use super::last_event;
use crate::{is_node_address, mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Agencies`).
use crate::mock::Agencies;
use frame_support::{assert_noop, assert_ok, traits::Get};
use sp_runtime::{bounded_vec, DispatchError};

const OTHER: NodeId = [8; 32];

fn addresses(list: &[&str]) -> NodeAddressesOf<Test> {
	list.iter()
		.map(|address| address.as_bytes().to_vec().try_into().expect("within the length"))
		.collect::<Vec<_>>()
		.try_into()
		.expect("within the count")
}

fn published() -> Vec<(NodeId, Vec<Vec<u8>>)> {
	Agencies::node_addresses()
}

#[test]
fn an_admin_publishes_replaces_and_removes_its_nodes_addresses() {
	new_test_ext().execute_with(|| {
		let first = addresses(&["/ip4/10.0.4.7/tcp/30333", "/dns/node1.health.gov/tcp/30333"]);
		assert_ok!(Agencies::set_node_addresses(
			RuntimeOrigin::signed(HEALTH_ADMIN),
			HEALTH_PEER,
			first.clone()
		));
		assert_eq!(
			last_event(),
			Event::NodeAddressesSet { agency: HEALTH, node: HEALTH_PEER, addresses: first.clone() }
		);
		assert_eq!(NodeAddresses::<Test>::get(HEALTH_PEER), Some(first));
		assert_eq!(
			published(),
			vec![(
				HEALTH_PEER,
				vec![
					b"/ip4/10.0.4.7/tcp/30333".to_vec(),
					b"/dns/node1.health.gov/tcp/30333".to_vec()
				]
			)]
		);

		// Moved: the new list replaces the old.
		let moved = addresses(&["/ip6/2001:db8::7/tcp/30333/ws"]);
		assert_ok!(Agencies::set_node_addresses(
			RuntimeOrigin::signed(HEALTH_ADMIN),
			HEALTH_PEER,
			moved.clone()
		));
		assert_eq!(
			published(),
			vec![(HEALTH_PEER, vec![b"/ip6/2001:db8::7/tcp/30333/ws".to_vec()])]
		);

		// Removed: an empty list leaves no entry.
		assert_ok!(Agencies::set_node_addresses(
			RuntimeOrigin::signed(HEALTH_ADMIN),
			HEALTH_PEER,
			bounded_vec![]
		));
		assert!(!NodeAddresses::<Test>::contains_key(HEALTH_PEER));
		assert_eq!(published(), vec![]);
		assert_eq!(
			last_event(),
			Event::NodeAddressesSet {
				agency: HEALTH,
				node: HEALTH_PEER,
				addresses: bounded_vec![]
			}
		);
	});
}

#[test]
fn only_the_nodes_own_admin_publishes_its_addresses() {
	new_test_ext().execute_with(|| {
		let list = addresses(&["/ip4/10.0.4.7/tcp/30333"]);
		// An operator and a stranger are no admin; root is no signer.
		assert_noop!(
			Agencies::set_node_addresses(RuntimeOrigin::signed(NURSE), HEALTH_PEER, list.clone()),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Agencies::set_node_addresses(
				RuntimeOrigin::signed(STRANGER),
				HEALTH_PEER,
				list.clone()
			),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Agencies::set_node_addresses(RuntimeOrigin::root(), HEALTH_PEER, list.clone()),
			DispatchError::BadOrigin
		);
		// Another agency's admin cannot point the health bureau's node elsewhere (say, at a
		// machine it controls), nor file addresses under a node no agency runs.
		assert_noop!(
			Agencies::set_node_addresses(
				RuntimeOrigin::signed(LAND_ADMIN),
				HEALTH_PEER,
				list.clone()
			),
			Error::<Test>::NotAgencyNode
		);
		assert_noop!(
			Agencies::set_node_addresses(RuntimeOrigin::signed(HEALTH_ADMIN), OTHER, list),
			Error::<Test>::NotAgencyNode
		);
	});
}

#[test]
fn bad_or_repeated_addresses_are_refused_and_change_nothing() {
	new_test_ext().execute_with(|| {
		let good = addresses(&["/ip4/10.0.4.7/tcp/30333"]);
		assert_ok!(Agencies::set_node_addresses(
			RuntimeOrigin::signed(HEALTH_ADMIN),
			HEALTH_PEER,
			good.clone()
		));
		for bad in ["10.0.4.7:30333", "/ip4/10.0.4.7/tcp/30333/p2p/12D3KooWQ", "/ip4/10.0.4.7"] {
			assert_noop!(
				Agencies::set_node_addresses(
					RuntimeOrigin::signed(HEALTH_ADMIN),
					HEALTH_PEER,
					addresses(&["/dns/ok.gov/tcp/1", bad])
				),
				Error::<Test>::BadNodeAddress
			);
		}
		assert_noop!(
			Agencies::set_node_addresses(
				RuntimeOrigin::signed(HEALTH_ADMIN),
				HEALTH_PEER,
				addresses(&["/dns/ok.gov/tcp/1", "/dns/ok.gov/tcp/1"])
			),
			Error::<Test>::DuplicateAddress
		);
		assert_eq!(NodeAddresses::<Test>::get(HEALTH_PEER), Some(good));
	});
}

#[test]
fn the_lists_are_bounded() {
	let max_len = <<Test as Config>::MaxNodeAddressLength as Get<u32>>::get() as usize;
	let max_count = <<Test as Config>::MaxAddressesPerNode as Get<u32>>::get() as usize;
	// One byte too long, or one address too many, does not even decode into a call.
	let long = format!("/dns/{}/tcp/1", "a".repeat(max_len));
	assert!(NodeAddressOf::<Test>::try_from(long.into_bytes()).is_err());
	let many = (0..=max_count)
		.map(|i| {
			NodeAddressOf::<Test>::try_from(format!("/dns/n{i}.gov/tcp/1").into_bytes()).unwrap()
		})
		.collect::<Vec<_>>();
	assert!(NodeAddressesOf::<Test>::try_from(many).is_err());
}

#[test]
fn a_suspended_agency_may_remove_its_addresses_not_publish_them() {
	new_test_ext().execute_with(|| {
		let list = addresses(&["/ip4/10.0.4.7/tcp/30333"]);
		assert_ok!(Agencies::set_node_addresses(
			RuntimeOrigin::signed(HEALTH_ADMIN),
			HEALTH_PEER,
			list.clone()
		));
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		// Its node is no longer authorized, so no node is told where it is.
		assert_eq!(published(), vec![]);
		assert_noop!(
			Agencies::set_node_addresses(
				RuntimeOrigin::signed(HEALTH_ADMIN),
				HEALTH_PEER,
				addresses(&["/ip4/10.0.4.8/tcp/30333"])
			),
			Error::<Test>::AgencySuspended
		);
		assert_ok!(Agencies::set_node_addresses(
			RuntimeOrigin::signed(HEALTH_ADMIN),
			HEALTH_PEER,
			bounded_vec![]
		));
		assert!(!NodeAddresses::<Test>::contains_key(HEALTH_PEER));
	});
}

#[test]
fn a_node_that_leaves_its_agencys_list_takes_its_addresses_along() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::set_nodes(RuntimeOrigin::root(), LAND, bounded_vec![OTHER, [9; 32]]));
		let list = addresses(&["/dns/land.gov/tcp/30333"]);
		for node in [OTHER, [9; 32]] {
			assert_ok!(Agencies::set_node_addresses(
				RuntimeOrigin::signed(LAND_ADMIN),
				node,
				list.clone()
			));
		}
		// The council keeps one and drops the other.
		assert_ok!(Agencies::set_nodes(RuntimeOrigin::root(), LAND, bounded_vec![[9; 32]]));
		assert!(!NodeAddresses::<Test>::contains_key(OTHER));
		assert_eq!(NodeAddresses::<Test>::get([9; 32]), Some(list));
		// Whoever runs that node id next starts with no addresses.
		assert_ok!(Agencies::set_nodes(
			RuntimeOrigin::root(),
			HEALTH,
			bounded_vec![HEALTH_PEER, OTHER]
		));
		assert!(!NodeAddresses::<Test>::contains_key(OTHER));
	});
}

#[test]
fn node_addresses_are_transport_multiaddresses() {
	for good in [
		"/ip4/10.0.4.7/tcp/30333",
		"/ip4/0.0.0.1/tcp/1",
		"/ip4/255.255.255.255/tcp/65535",
		"/ip6/::1/tcp/30333",
		"/ip6/2001:db8::7/tcp/30333/ws",
		"/dns/node1.health.example.gov/tcp/30333",
		"/dns4/node1/tcp/30333",
		"/dns6/node-1.gov/tcp/443/ws",
	] {
		assert!(is_node_address(good.as_bytes()), "{good} is a node address");
	}
	for bad in [
		"",
		"/",
		"ip4/10.0.4.7/tcp/30333",
		"/ip4/10.0.4.7/tcp/30333/",
		"/ip4/10.0.4.7/udp/30333",
		"/ip4/10.0.4.7/tcp/0",
		"/ip4/10.0.4.7/tcp/65536",
		"/ip4/10.0.4.7/tcp/030333",
		"/ip4/10.0.4/tcp/30333",
		"/ip4/10.0.4.7.1/tcp/30333",
		"/ip4/10.0.4.256/tcp/30333",
		"/ip4/10.0.04.7/tcp/30333",
		"/ip4/node1.gov/tcp/30333",
		"/ip6/node1.gov/tcp/30333",
		"/ip6/1/tcp/30333",
		"/dns/-node.gov/tcp/30333",
		"/dns/node..gov/tcp/30333",
		"/dns/node.gov/tcp/30333/wss",
		"/dns/node.gov/tcp/30333/ws/ws",
		"/dns/node.gov/tcp/30333/p2p/12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo",
		"/unix/tmp/node.sock",
		"/dnsaddr/node.gov/tcp/1",
		"/ip4/10.0.4.7/tcp/30333 ",
	] {
		assert!(!is_node_address(bad.as_bytes()), "{bad:?} is refused");
	}
}
