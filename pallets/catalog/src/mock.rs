//! A runtime with frame-system, the real pallet-agencies (so operator and activity checks are
//! the real ones), pallet-citizens (the shared test registries need it) and pallet-catalog.

use crate as pallet_catalog;
use civitas_primitives::Roles;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Agencies: pallet_agencies,
		Citizens: pallet_citizens,
		Catalog: pallet_catalog,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

#[derive_impl(pallet_agencies::config_preludes::TestDefaultConfig)]
impl pallet_agencies::Config for Test {}

#[derive_impl(pallet_citizens::config_preludes::TestDefaultConfig)]
impl pallet_citizens::Config for Test {
	type Agencies = Agencies;
}

/// The longest grant, and the longest of a secret resource, in blocks.
pub const MAX_DURATION: u64 = 100;
pub const MAX_SECRET: u64 = 20;

impl pallet_catalog::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Agencies = Agencies;
	type MaxTitleLen = ConstU32<16>;
	type MaxCategoryLen = ConstU32<8>;
	type MaxResourcesPerAgency = ConstU32<3>;
	type MaxGrantDuration = ConstU64<MAX_DURATION>;
	type MaxSecretDuration = ConstU64<MAX_SECRET>;
	type MaxGrantsPerResource = ConstU32<2>;
	type MaxGrantsPerAgency = ConstU32<4>;
	type MaxExpiriesPerBlock = ConstU32<2>;
	type MaxTrail = ConstU32<64>;
	type WeightInfo = ();
}

/// Operators of the agencies below, one each (a second for health); strangers sign with 999.
pub const HEALTH_OP: u64 = 20;
pub const HEALTH_OP2: u64 = 21;
pub const TRANSPORT_OP: u64 = 22;
pub const PLANNING_OP: u64 = 23;
pub const POLICE_OP: u64 = 24;
pub const STRANGER: u64 = 999;

/// Agencies at genesis.
pub const HEALTH: u32 = 0;
pub const TRANSPORT: u32 = 1;
pub const PLANNING: u32 = 2;
pub const POLICE: u32 = 3;

/// Purposes.
pub const TRAFFIC_PLANNING: u16 = 7;

/// A document's hash.
pub fn doc(name: &str) -> crate::DocHash {
	sp_io::hashing::blake2_256(name.as_bytes())
}

/// Move to block `n`, running the catalog's block-start hook as the chain would.
pub fn run_to(n: u64) {
	civitas_test_utils::run_to::<Test, Catalog>(n)
}

pub fn new_test_ext() -> civitas_test_utils::CheckedExt {
	let agency = pallet_agencies::GenesisAgency::with_operator;
	let mut health = agency("Health Bureau", Roles::HEALTH, 10, HEALTH_OP);
	health.operators.push(HEALTH_OP2);
	let ext = civitas_test_utils::new_ext::<Test>(vec![
		health,
		agency("Transport Bureau", Roles::TRANSPORT, 11, TRANSPORT_OP),
		agency("Planning", Roles::LAND_REGISTRY, 12, PLANNING_OP),
		agency("Police", Roles::PUBLIC_SECURITY, 13, POLICE_OP),
	]);
	civitas_test_utils::CheckedExt::new(ext, invariants)
}

/// The invariants of every pallet of the mock, checked at the end of each test.
fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
	Agencies::do_try_state()?;
	Citizens::do_try_state()?;
	Catalog::do_try_state()
}
