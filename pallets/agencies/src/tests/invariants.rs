//! The registry's `try_state` catches each count and index out of step.

use crate::{mock::*, *};
use civitas_test_utils::broken_invariant;
use frame_support::assert_ok;

fn broken(corrupt: impl FnOnce()) -> &'static str {
	broken_invariant(corrupt, crate::Pallet::<Test>::do_try_state)
}

#[test]
fn try_state_catches_counts_and_indexes_out_of_step() {
	new_test_ext().execute_with(|| {
		assert_ok!(crate::Pallet::<Test>::do_try_state());
		assert_eq!(
			broken(|| crate::Agencies::<Test>::mutate(HEALTH, |a| a
				.as_mut()
				.unwrap()
				.operators += 1)),
			"an agency's operator count is not its operators"
		);
		assert_eq!(
			broken(CouncilSeats::<Test>::kill),
			"the council's seats are not the active agencies' admins"
		);
		assert_eq!(
			broken(Validators::<Test>::kill),
			"the validators are not the authorities of the active agencies without an offence"
		);
		let offence = |reported_at| civitas_primitives::agencies::AuthorityOffence {
			kind: *b"aura:equivocatio",
			session: 1,
			reported_at,
		};
		// An offence whose authority is still among the next session's validators.
		assert_eq!(
			broken(|| AuthorityOffences::<Test>::insert(HEALTH, offence(1))),
			"the validators are not the authorities of the active agencies without an offence"
		);
		assert_eq!(
			broken(|| AuthorityOffences::<Test>::insert(9, offence(1))),
			"an authority offence names no agency"
		);
		assert_eq!(
			broken(|| {
				Validators::<Test>::put(frame_support::BoundedVec::truncate_from(vec![LAND_NODE]));
				AuthorityOffences::<Test>::insert(HEALTH, offence(5));
			}),
			"an authority offence was reported in a future block"
		);
		assert_eq!(
			broken(|| NodeOwner::<Test>::remove(HEALTH_PEER)),
			"an agency's node is not indexed to it (NodeOwner)"
		);
		assert_eq!(broken(|| OperatorOf::<Test>::remove(NURSE)), "Operators without OperatorOf");
		let gateway = |endpoint: &[u8]| Gateway {
			endpoint: endpoint.to_vec().try_into().unwrap(),
			tls_key: [1; 32],
		};
		assert_eq!(
			broken(|| Gateways::<Test>::insert(7, gateway(b"gw.example:443"))),
			"a gateway names no agency"
		);
		assert_eq!(
			broken(|| Gateways::<Test>::insert(HEALTH, gateway(b"https://gw.example/"))),
			"a gateway's endpoint is not host:port"
		);
		let addresses = |list: &[&[u8]]| -> NodeAddressesOf<Test> {
			list.iter()
				.map(|address| address.to_vec().try_into().unwrap())
				.collect::<Vec<_>>()
				.try_into()
				.unwrap()
		};
		assert_eq!(
			broken(|| NodeAddresses::<Test>::insert([8; 32], addresses(&[b"/dns/a.gov/tcp/1"]))),
			"a node's addresses outlived the node"
		);
		assert_eq!(
			broken(|| NodeAddresses::<Test>::insert(HEALTH_PEER, addresses(&[]))),
			"a node's address list is stored empty"
		);
		assert_eq!(
			broken(|| NodeAddresses::<Test>::insert(HEALTH_PEER, addresses(&[b"a.gov:1"]))),
			"a node's address is not a transport multiaddress"
		);
		assert_eq!(
			broken(|| NextAgencyId::<Test>::put(3)),
			"the agencies are not exactly ids 0..NextAgencyId"
		);
	});
}
