//! The trust issue's runtime-level guarantees: what the council's rules and the fee rules let
//! one agency do to the others (docs/threat-model.md names each test).

use super::genesis_of;
use crate::{
	configs::CouncilCollective, genesis_config_presets::LOCAL_PRESET, AccountId, Council, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use civitas_primitives::Roles;
use frame_support::{assert_ok, dispatch::GetDispatchInfo, weights::Weight};
use pallet_agencies::AgencyStatus;
use sp_runtime::traits::Hash as _;

/// A council account for the `n`th extra agency.
fn admin(n: u32) -> AccountId {
	AccountId::from([n as u8 + 100; 32])
}

/// `local`'s three agencies and 47 more registered by root: 50 agencies, 50 council seats.
/// Returns the admins, the three genesis admins first.
fn fifty_agencies() -> Vec<AccountId> {
	let mut admins: Vec<AccountId> =
		pallet_collective::Members::<Runtime, CouncilCollective>::get();
	for n in 0..47 {
		assert_ok!(crate::Agencies::register_agency(
			RuntimeOrigin::root(),
			format!("Bureau {n}").into_bytes().try_into().unwrap(),
			Roles::TAX,
			admin(n),
			None,
		));
		admins.push(admin(n));
	}
	assert_eq!(pallet_collective::Members::<Runtime, CouncilCollective>::get().len(), 50);
	admins
}

/// Propose `call` as a two-thirds motion of `admins[0]`, with ayes from the first `ayes`
/// admins; returns the motion's hash, weight and length for `close`.
fn motion(admins: &[AccountId], call: RuntimeCall, ayes: usize) -> Motion {
	let length = codec::Encode::encoded_size(&call) as u32;
	let weight = call.get_dispatch_info().call_weight + Weight::from_parts(1, 0);
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, CouncilCollective>::get();
	let end = System::block_number() + crate::configs::CouncilMotionDuration::get();
	// Two thirds of 50, rounded up.
	assert_ok!(Council::propose(
		RuntimeOrigin::signed(admins[0].clone()),
		34,
		Box::new(call),
		length
	));
	for who in &admins[..ayes] {
		assert_ok!(Council::vote(RuntimeOrigin::signed(who.clone()), hash, index, true));
	}
	Motion { hash, index, weight, length, end }
}

/// What `close` needs of a motion, and when its voting ends.
struct Motion {
	hash: crate::Hash,
	index: u32,
	weight: Weight,
	length: u32,
	end: crate::BlockNumber,
}

fn close_after_the_motion_period(admins: &[AccountId], motion: Motion) {
	System::set_block_number(motion.end);
	assert_ok!(Council::close(
		RuntimeOrigin::signed(admins[1].clone()),
		motion.hash,
		motion.index,
		motion.weight,
		motion.length
	));
}

#[test]
fn two_thirds_means_two_thirds_voting_aye() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let admins = fifty_agencies();
		// The last 24 agencies' ids: 26 admins move to suspend one of them; nobody else votes.
		let target = 49;
		let suspend = RuntimeCall::Agencies(pallet_agencies::Call::suspend { agency: target });
		let proposal = motion(&admins, suspend.clone(), 26);
		close_after_the_motion_period(&admins, proposal);
		// The 24 silent members counted as nay: 26 of 50 is not two thirds.
		assert!(System::events().iter().any(|record| matches!(
			record.event,
			RuntimeEvent::Council(pallet_collective::Event::Closed { yes: 26, no: 24, .. })
		)));
		assert!(System::events().iter().any(|record| matches!(
			record.event,
			RuntimeEvent::Council(pallet_collective::Event::Disapproved { .. })
		)));
		let agency = pallet_agencies::Agencies::<Runtime>::get(target).unwrap();
		assert_eq!(agency.status, AgencyStatus::Active);

		// 34 ayes of 50 are two thirds: the same motion passes.
		let proposal = motion(&admins, suspend, 34);
		assert_eq!(
			pallet_agencies::Agencies::<Runtime>::get(target).unwrap().status,
			AgencyStatus::Active,
			"the motion waits for close"
		);
		close_after_the_motion_period(&admins, proposal);
		assert_eq!(
			pallet_agencies::Agencies::<Runtime>::get(target).unwrap().status,
			AgencyStatus::Suspended
		);
	});
}

/// Run blocks up to `n` through the session and GRANDPA hooks, as the executive does.
fn run_sessions_to(n: crate::BlockNumber) {
	use frame_support::traits::{OnFinalize, OnInitialize};
	while System::block_number() < n {
		let now = System::block_number();
		crate::Grandpa::on_finalize(now);
		System::set_block_number(now + 1);
		crate::Session::on_initialize(now + 1);
	}
}

#[test]
fn a_suspended_agencys_node_stays_named_until_its_authority_leaves_the_sets() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let charlie_node = crate::Agencies::authorized_nodes()[2];
		assert_ok!(crate::Agencies::suspend(RuntimeOrigin::root(), 2));
		// Its authority votes this session and is queued for the next: still named.
		assert!(crate::Agencies::authorized_nodes().contains(&charlie_node));
		let length = pallet_agencies::SessionLength::<Runtime>::get();
		// The next session still has it (it was queued before the suspension).
		run_sessions_to(length + 1);
		assert_eq!(crate::Grandpa::grandpa_authorities().len(), 3);
		assert!(crate::Agencies::authorized_nodes().contains(&charlie_node));
		// The session after has it in neither set: GRANDPA has two voters and the node is no
		// longer named.
		run_sessions_to(2 * length + 1);
		assert_eq!(crate::Grandpa::grandpa_authorities().len(), 2);
		assert!(!crate::Agencies::authorized_nodes().contains(&charlie_node));
	});
}

/// `who` proposes `call` as a two-thirds motion (no votes yet).
fn propose(
	who: &AccountId,
	call: RuntimeCall,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	let length = codec::Encode::encoded_size(&call) as u32;
	let threshold =
		pallet_collective::Members::<Runtime, CouncilCollective>::get().len() as u32 * 2;
	Council::propose(
		RuntimeOrigin::signed(who.clone()),
		threshold.div_ceil(3),
		Box::new(call),
		length,
	)
}

#[test]
fn one_admin_cannot_jam_the_council() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let admins = fifty_agencies();
		let jammer = &admins[3];
		let session =
			|blocks| RuntimeCall::Agencies(pallet_agencies::Call::set_session_length { blocks });
		// The jammer fills its places (four), and no more: the council's 100 are not its.
		for n in 0..crate::configs::MAX_OPEN_MOTIONS_PER_ADMIN {
			assert_ok!(propose(jammer, session(1_000 + n)));
		}
		assert_eq!(
			propose(jammer, session(2_000)).map_err(|e| e.error),
			Err(pallet_agencies::Error::<Runtime>::TooManyOpenMotions.into())
		);
		assert_eq!(pallet_collective::Proposals::<Runtime, CouncilCollective>::get().len(), 4);
		// The others move to suspend the jammer's agency, and carry it.
		let suspend = RuntimeCall::Agencies(pallet_agencies::Call::suspend { agency: 3 });
		let motion = motion(&admins, suspend, 34);
		close_after_the_motion_period(&admins, motion);
		assert_eq!(
			pallet_agencies::Agencies::<Runtime>::get(3).unwrap().status,
			AgencyStatus::Suspended
		);
		// A closed motion frees its place: once the jammer's first motion is closed (its time
		// ran out with one aye), it may propose again — had it not been suspended.
		let first = session(1_000);
		assert_ok!(Council::close(
			RuntimeOrigin::signed(admins[1].clone()),
			<Runtime as frame_system::Config>::Hashing::hash_of(&first),
			0,
			first.get_dispatch_info().call_weight,
			codec::Encode::encoded_size(&first) as u32,
		));
		assert_ok!(propose(&admins[4], session(3_000)));
		for n in 0..3 {
			assert_ok!(propose(&admins[4], session(3_001 + n)));
		}
		assert!(propose(&admins[4], session(3_010)).is_err());
	});
}

#[test]
fn a_closed_motion_frees_its_proposers_place() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let admins = fifty_agencies();
		let session =
			|blocks| RuntimeCall::Agencies(pallet_agencies::Call::set_session_length { blocks });
		for n in 0..crate::configs::MAX_OPEN_MOTIONS_PER_ADMIN {
			assert_ok!(propose(&admins[5], session(1_000 + n)));
		}
		assert!(propose(&admins[5], session(2_000)).is_err());
		let first = session(1_000);
		System::set_block_number(
			System::block_number() + crate::configs::CouncilMotionDuration::get(),
		);
		assert_ok!(Council::close(
			RuntimeOrigin::signed(admins[1].clone()),
			<Runtime as frame_system::Config>::Hashing::hash_of(&first),
			0,
			first.get_dispatch_info().call_weight,
			codec::Encode::encoded_size(&first) as u32,
		));
		assert_ok!(propose(&admins[5], session(2_000)));
	});
}

#[test]
fn membership_changes_are_weighed_with_every_motion_open() {
	use pallet_collective::WeightInfo as _;
	let worst = crate::configs::CouncilWeights::set_members(
		crate::configs::MAX_AGENCIES,
		crate::configs::MAX_AGENCIES,
		crate::configs::MAX_MOTIONS,
	);
	for call in [
		pallet_agencies::Call::<Runtime>::suspend { agency: 0 },
		pallet_agencies::Call::resume { agency: 0 },
		pallet_agencies::Call::set_admin { new_admin: admin(0) },
		pallet_agencies::Call::register_agency {
			name: b"Tax".to_vec().try_into().unwrap(),
			roles: Roles::TAX,
			admin: admin(0),
			district: None,
		},
	] {
		let weight = RuntimeCall::Agencies(call.clone()).get_dispatch_info().call_weight;
		assert!(weight.all_gte(worst), "{call:?} weighs {weight:?}, less than {worst:?}");
	}
}
