//! A runtime with just frame-system and pallet-agencies, a root "council" and a council
//! whose membership changes are recorded for the tests to inspect.

use crate as pallet_agencies;
use frame_support::{
	derive_impl,
	pallet_prelude::ValueQuery,
	traits::{ChangeMembers, ConstU32, ConstU64},
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Agencies: pallet_agencies,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The council's members as the council itself last heard them. Kept in storage, so that it
/// is reverted with everything else between benchmark runs.
#[frame_support::storage_alias]
type RecordedCouncil = StorageValue<MockCouncil, Vec<u64>, ValueQuery>;

/// A stand-in for pallet-collective: remembers the member list it is given and checks the
/// change is consistent with it.
pub struct RecordingCouncil;

impl ChangeMembers<u64> for RecordingCouncil {
	fn change_members_sorted(incoming: &[u64], outgoing: &[u64], sorted_new: &[u64]) {
		let mut expected: Vec<u64> = RecordedCouncil::get()
			.into_iter()
			.filter(|member| !outgoing.contains(member))
			.chain(incoming.iter().copied())
			.collect();
		expected.sort();
		assert_eq!(expected, sorted_new, "incoming/outgoing agree with the new member list");
		RecordedCouncil::put(sorted_new.to_vec());
	}
}

/// The council's members as the council saw them last.
pub fn council() -> Vec<u64> {
	RecordedCouncil::get()
}

/// Accounts without session keys, the current session's voters and the queued ones, as the
/// tests set them (pallet-session stands behind these in the runtime).
#[frame_support::storage_alias]
pub type Keyless = StorageValue<MockSessions, Vec<u64>, ValueQuery>;
#[frame_support::storage_alias]
pub type CurrentVoters = StorageValue<MockSessions, Vec<u64>, ValueQuery>;
#[frame_support::storage_alias]
pub type QueuedVoters = StorageValue<MockSessions, Vec<u64>, ValueQuery>;
/// The current session's authorities disabled so far (pallet-session's `DisabledValidators`).
#[frame_support::storage_alias]
pub type Disabled = StorageValue<MockSessions, Vec<u64>, ValueQuery>;

/// A stand-in for pallet-session.
pub struct MockSessions;

impl pallet_agencies::SessionAuthorities<u64> for MockSessions {
	fn has_keys(who: &u64) -> bool {
		!Keyless::get().contains(who)
	}
	fn current() -> Vec<u64> {
		CurrentVoters::get()
	}
	fn queued() -> Vec<u64> {
		QueuedVoters::get()
	}
	fn disable(who: &u64) {
		let current = CurrentVoters::get();
		let mut disabled = Disabled::get();
		if current.contains(who) && !disabled.contains(who) && current.len() > disabled.len() + 1 {
			disabled.push(*who);
			Disabled::put(disabled);
		}
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn set_current(voters: Vec<u64>) {
		CurrentVoters::put(voters)
	}
}

#[derive_impl(pallet_agencies::config_preludes::TestDefaultConfig)]
impl pallet_agencies::Config for Test {
	type CouncilMembers = RecordingCouncil;
	type Sessions = MockSessions;
	type MaxAgencies = ConstU32<4>;
	type MaxOperators = ConstU32<2>;
	type MaxNodesPerAgency = ConstU32<2>;
	type MaxNameLength = ConstU32<16>;
	type MinSessionLength = ConstU64<5>;
}

/// Accounts of the tests: admins 10.., operators 20.., authorities 30.., strangers 99.
pub const HEALTH_ADMIN: u64 = 10;
pub const LAND_ADMIN: u64 = 11;
pub const NURSE: u64 = 20;
pub const CLERK: u64 = 21;
pub const HEALTH_NODE: u64 = 30;
/// The network identity of the health bureau's node at genesis.
pub const HEALTH_PEER: crate::NodeId = [7; 32];
pub const LAND_NODE: u64 = 31;
pub const STRANGER: u64 = 99;

/// Ids of the genesis agencies.
pub const HEALTH: u32 = 0;
pub const LAND: u32 = 1;

/// Two agencies at genesis: a health bureau (HEALTH | DISEASE_CONTROL) with one operator
/// and a node, and a land registry with one operator and a node.
pub fn new_test_ext() -> civitas_test_utils::CheckedExt {
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		agencies: pallet_agencies::GenesisConfig {
			agencies: vec![
				crate::GenesisAgency {
					name: "Health Bureau".into(),
					roles: (crate::Roles::HEALTH | crate::Roles::DISEASE_CONTROL).bits(),
					admin: HEALTH_ADMIN,
					district: None,
					authority: Some(HEALTH_NODE),
					operators: vec![NURSE],
					nodes: vec![HEALTH_PEER],
				},
				crate::GenesisAgency {
					name: "Land Agencies".into(),
					roles: crate::Roles::LAND_REGISTRY.bits(),
					admin: LAND_ADMIN,
					district: Some(5),
					authority: Some(LAND_NODE),
					operators: vec![CLERK],
					nodes: vec![],
				},
			],
			session_length: None,
		},
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	// The registry's invariants are checked at the end of each test.
	civitas_test_utils::CheckedExt::new(ext, Agencies::do_try_state)
}
