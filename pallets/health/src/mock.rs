//! A runtime with frame-system, the real pallet-agencies and pallet-citizens (so role,
//! consent and access-log checks are the real ones) and pallet-health.

use crate as pallet_health;
use civitas_primitives::{DataCategory, PurposeCode, Roles};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU16, ConstU32, ConstU64},
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Agencies: pallet_agencies,
		Citizens: pallet_citizens,
		Health: pallet_health,
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

/// A "day" of the mock chain, in blocks.
pub const DAY: u64 = 10;

parameter_types! {
	pub const ContactWindow: u64 = 14 * DAY;
}

impl pallet_health::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Agencies = Agencies;
	type Citizens = Citizens;
	type CouncilOrigin = frame_system::EnsureRoot<u64>;
	type MaxLocatorLen = ConstU32<16>;
	type MaxVersions = ConstU32<3>;
	type MaxRecordsPerIssuer = ConstU32<3>;
	type MaxPendingReviews = ConstU32<2>;
	type DefaultReviewWindow = ConstU64<20>;
	type ContactWindow = ContactWindow;
	type DistrictCount = ConstU16<16>;
	type WeightInfo = ();
}

/// Operators: a registrar of civil affairs, a doctor of the city hospital, a nurse of a
/// district clinic, an epidemiologist of disease control, a clerk of the land registry, and
/// an official of a bureau holding both health roles. Citizens sign with 100.., strangers
/// with 999.
pub const REGISTRAR: u64 = 20;
pub const DOCTOR: u64 = 21;
pub const NURSE: u64 = 22;
pub const EPIDEMIOLOGIST: u64 = 23;
pub const CLERK: u64 = 24;
pub const BUREAU: u64 = 25;
pub const ALICE: u64 = 100;
pub const STRANGER: u64 = 999;

/// Agencies at genesis (civil affairs is 0).
pub const HOSPITAL: u32 = 1;
pub const CLINIC: u32 = 2;
pub const CDC: u32 = 3;
pub const LAND: u32 = 4;
pub const HEALTH_BUREAU: u32 = 5;

/// Purposes.
pub const TREATMENT: PurposeCode = 1;
pub const RESEARCH: PurposeCode = 9;

/// A citizen's commitment, as the registrar would compute it off chain.
pub fn citizen(name: &str) -> crate::CitizenId {
	sp_io::hashing::blake2_256(name.as_bytes())
}

/// A document's hash.
pub fn doc(name: &str) -> crate::DocHash {
	sp_io::hashing::blake2_256(name.as_bytes())
}

/// Alice, registered with her account.
pub fn register_alice() -> crate::CitizenId {
	let alice = citizen("alice");
	assert_ok!(Citizens::register_citizen(RuntimeOrigin::signed(REGISTRAR), alice, Some(ALICE)));
	assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(ALICE), alice));
	alice
}

/// Alice consents to `agency` reading her health data for `purpose`, until `expires_at`.
pub fn consent(agency: u32, purpose: PurposeCode, expires_at: Option<u64>) {
	assert_ok!(Citizens::grant_consent(
		RuntimeOrigin::signed(ALICE),
		agency,
		DataCategory::Health,
		purpose,
		expires_at
	));
}

pub fn new_test_ext() -> civitas_test_utils::CheckedExt {
	let agency = pallet_agencies::GenesisAgency::with_operator;
	let ext = civitas_test_utils::new_ext::<Test>(vec![
		agency("Civil Affairs", Roles::CIVIL_AFFAIRS, 10, REGISTRAR),
		agency("City Hospital", Roles::HEALTH, 11, DOCTOR),
		agency("District Clinic", Roles::HEALTH, 12, NURSE),
		agency("Disease Control", Roles::DISEASE_CONTROL, 13, EPIDEMIOLOGIST),
		agency("Land Citizens", Roles::LAND_REGISTRY, 14, CLERK),
		agency("Health Bureau", Roles::HEALTH | Roles::DISEASE_CONTROL, 15, BUREAU),
	]);
	civitas_test_utils::CheckedExt::new(ext, invariants)
}

/// The invariants of every pallet of the mock, checked at the end of each test.
fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
	Agencies::do_try_state()?;
	Citizens::do_try_state()?;
	Health::do_try_state()
}
