//! A runtime with frame-system, the real pallet-agencies (so role checks are the real ones)
//! and pallet-citizens.

use crate as pallet_citizens;
use civitas_primitives::Roles;
use frame_support::{derive_impl, parameter_types};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Agencies: pallet_agencies,
		Registry: pallet_citizens,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const MaxAttestations: u32 = 3;
	pub const MaxConsents: u32 = 3;
	pub const MaxLogEntries: u32 = 4;
}

impl pallet_agencies::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type CouncilOrigin = frame_system::EnsureRoot<u64>;
	type CouncilMembers = ();
	type MaxAgencies = frame_support::traits::ConstU32<8>;
	type MaxOperators = frame_support::traits::ConstU32<4>;
	type MaxNodesPerAgency = frame_support::traits::ConstU32<1>;
	type MaxNameLength = frame_support::traits::ConstU32<32>;
	type DefaultSessionLength = frame_support::traits::ConstU64<100>;
	type MinSessionLength = frame_support::traits::ConstU64<10>;
	type WeightInfo = ();
}

impl pallet_citizens::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Agencies = Agencies;
	type MaxAttestations = MaxAttestations;
	type MaxConsents = MaxConsents;
	type MaxLogEntries = MaxLogEntries;
	type WeightInfo = ();
}

/// Operators: a registrar of the civil-affairs bureau, a doctor of the health bureau, a
/// clerk of the land registry. Citizens sign with 100.., strangers with 999.
pub const REGISTRAR: u64 = 20;
pub const DOCTOR: u64 = 21;
pub const CLERK: u64 = 22;
pub const ALICE: u64 = 100;
pub const BOB: u64 = 101;
pub const NEW_KEY: u64 = 102;
pub const STRANGER: u64 = 999;

/// Agencies at genesis.
pub const CIVIL: u32 = 0;
pub const HEALTH: u32 = 1;
pub const LAND: u32 = 2;

/// Citizens' commitments (as the registrar would compute them off chain).
pub fn citizen(name: &str) -> crate::CitizenId {
	sp_io::hashing::blake2_256(name.as_bytes())
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let agency = pallet_agencies::GenesisAgency::with_operator;
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		agencies: pallet_agencies::GenesisConfig {
			agencies: vec![
				agency("Civil Affairs", Roles::CIVIL_AFFAIRS, 10, REGISTRAR),
				agency("Health", Roles::HEALTH, 11, DOCTOR),
				agency("Land Registry", Roles::LAND_REGISTRY, 12, CLERK),
			],
			session_length: None,
		},
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
