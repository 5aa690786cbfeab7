//! A runtime with frame-system, the real pallet-agencies (so role checks are the real ones)
//! and pallet-citizens.

use crate as pallet_citizens;
use civitas_primitives::Roles;
use frame_support::derive_impl;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Agencies: pallet_agencies,
		Citizens: pallet_citizens,
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
	type MaxAttestations = frame_support::traits::ConstU32<3>;
	type MaxConsents = frame_support::traits::ConstU32<3>;
}

/// Operators: a registrar of the civil-affairs bureau, a doctor of the health bureau, a
/// clerk of the land registry, a registrar of a district's civil-affairs office. Citizens
/// sign with 100.., strangers with 999.
pub const REGISTRAR: u64 = 20;
pub const DOCTOR: u64 = 21;
pub const CLERK: u64 = 22;
pub const DISTRICT_REGISTRAR: u64 = 23;
pub const ALICE: u64 = 100;
pub const BOB: u64 = 101;
pub const NEW_KEY: u64 = 102;
pub const STRANGER: u64 = 999;

/// Agencies at genesis.
pub const CIVIL: u32 = 0;
pub const HEALTH: u32 = 1;
pub const LAND: u32 = 2;
pub const DISTRICT_CIVIL: u32 = 3;

/// Citizens' commitments (as the registrar would compute them off chain).
pub fn citizen(name: &str) -> crate::CitizenId {
	sp_io::hashing::blake2_256(name.as_bytes())
}

pub fn new_test_ext() -> civitas_test_utils::CheckedExt {
	let agency = pallet_agencies::GenesisAgency::with_operator;
	let ext = civitas_test_utils::new_ext::<Test>(vec![
		agency("Civil Affairs", Roles::CIVIL_AFFAIRS, 10, REGISTRAR),
		agency("Health", Roles::HEALTH, 11, DOCTOR),
		agency("Land Citizens", Roles::LAND_REGISTRY, 12, CLERK),
		agency("District Civil", Roles::CIVIL_AFFAIRS, 13, DISTRICT_REGISTRAR),
	]);
	civitas_test_utils::CheckedExt::new(ext, invariants)
}

/// The invariants of every pallet of the mock, checked at the end of each test.
fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
	Agencies::do_try_state()?;
	Citizens::do_try_state()
}
