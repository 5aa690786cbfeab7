//! A runtime with frame-system, the real pallet-agencies and pallet-citizens (so role and
//! account checks are the real ones) and pallet-property.

use crate as pallet_property;
use crate::{Owner, Share};
use civitas_primitives::Roles;
use frame_support::{
	assert_ok, derive_impl,
	traits::{ConstU32, ConstU64},
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Agencies: pallet_agencies,
		Citizens: pallet_citizens,
		Property: pallet_property,
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

/// How long a transfer stays open in the mock, in blocks.
pub const TIMEOUT: u64 = 10;

impl pallet_property::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Agencies = Agencies;
	type Citizens = Citizens;
	type MaxOwners = ConstU32<3>;
	type MinParcelRefLen = ConstU32<6>;
	type MaxParcelRefLen = ConstU32<16>;
	type TransferTimeout = ConstU64<TIMEOUT>;
	type MaxExpiriesPerBlock = ConstU32<2>;
	type MaxEncumbrances = ConstU32<2>;
	type MaxHistory = ConstU32<12>;
	type MaxPropertiesPerOwner = ConstU32<2>;
	type WeightInfo = ();
}

/// Operators of the agencies at genesis; citizens' accounts 100..; a stranger 999.
pub const REGISTRAR: u64 = 20;
pub const CLERK: u64 = 21;
pub const TAXMAN: u64 = 22;
pub const BANKER: u64 = 23;
pub const JUDGE: u64 = 24;
pub const HOUSING_OFFICER: u64 = 25;
pub const OTHER_BANKER: u64 = 26;
pub const ALICE: u64 = 100;
pub const BOB: u64 = 101;
pub const CAROL: u64 = 102;
pub const STRANGER: u64 = 999;

/// Agencies at genesis (civil affairs is 0).
pub const LAND: u32 = 1;
pub const TAX: u32 = 2;
pub const BANK: u32 = 3;
pub const COURT: u32 = 4;
pub const HOUSING: u32 = 5;

/// A citizen's commitment.
pub fn citizen(name: &str) -> crate::CitizenId {
	sp_io::hashing::blake2_256(name.as_bytes())
}

pub fn doc(name: &str) -> crate::DocHash {
	sp_io::hashing::blake2_256(name.as_bytes())
}

pub fn of(name: &str, ppm: u32) -> Share {
	Share { owner: Owner::Citizen(citizen(name)), ppm }
}

/// Alice, Bob and Carol, registered with their accounts.
pub fn register_people() {
	for (name, account) in [("alice", ALICE), ("bob", BOB), ("carol", CAROL)] {
		assert_ok!(Citizens::register_citizen(
			RuntimeOrigin::signed(REGISTRAR),
			citizen(name),
			Some(account)
		));
		assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(account), citizen(name)));
	}
}

/// Move to block `n`, running the pallet's block-start hook on the way.
pub fn run_to(n: u64) {
	civitas_test_utils::run_to::<Test, Property>(n)
}

pub fn new_test_ext() -> civitas_test_utils::CheckedExt {
	let agency = pallet_agencies::GenesisAgency::with_operator;
	let mut ext = civitas_test_utils::new_ext::<Test>(vec![
		agency("Civil Affairs", Roles::CIVIL_AFFAIRS, 10, REGISTRAR),
		agency("Land Citizens", Roles::LAND_REGISTRY, 11, CLERK),
		agency("Tax Bureau", Roles::TAX, 12, TAXMAN),
		agency("City Bank", Roles::FINANCE, 13, BANKER),
		agency("People's Court", Roles::COURT, 14, JUDGE),
		agency("Housing Bureau", Roles::HOUSING, 15, HOUSING_OFFICER),
		agency("Other Bank", Roles::FINANCE, 16, OTHER_BANKER),
	]);
	ext.execute_with(|| {
		register_people();
	});
	civitas_test_utils::CheckedExt::new(ext, invariants)
}

/// The invariants of every pallet of the mock, checked at the end of each test.
fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
	Agencies::do_try_state()?;
	Citizens::do_try_state()?;
	Property::do_try_state()
}
