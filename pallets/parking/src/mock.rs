//! A runtime with frame-system, the real pallet-agencies and pallet-citizens (so role and
//! account checks are the real ones) and pallet-parking.

use crate as pallet_parking;
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
		Parking: pallet_parking,
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

/// Blocks in a minute of the mock chain.
pub const MINUTE: u64 = 2;
/// Blocks without a report after which a lot is stale.
pub const STALE_AFTER: u64 = 10;

impl pallet_parking::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Agencies = Agencies;
	type Citizens = Citizens;
	type MaxBatch = ConstU32<4>;
	type MaxNameLen = ConstU32<16>;
	type MaxLotsPerCell = ConstU32<3>;
	type StaleAfter = ConstU64<STALE_AFTER>;
	type BlocksPerMinute = ConstU64<MINUTE>;
	type MaxReservationMinutes = ConstU32<30>;
	type MaxAdvance = ConstU64<20>;
	type MaxReservationsPerCitizen = ConstU32<2>;
	type MaxExpiriesPerBlock = ConstU32<2>;
	type MaxRadius = ConstU32<3_000>;
	type MaxNearby = ConstU32<5>;
	type WeightInfo = ();
}

/// Operators of the agencies at genesis; the lots' reporting systems; citizens' accounts
/// 100..; a stranger 999.
pub const REGISTRAR: u64 = 20;
pub const PLANNER: u64 = 21;
pub const CLERK: u64 = 22;
pub const SENSORS: u64 = 50;
pub const OTHER_SENSORS: u64 = 51;
pub const ALICE: u64 = 100;
pub const BOB: u64 = 101;
pub const STRANGER: u64 = 999;

/// Agencies at genesis (civil affairs is 0).
pub const TRANSPORT: u32 = 1;

/// Tiananmen, in micro-degrees.
pub const LAT: i32 = 39_908_700;
pub const LON: i32 = 116_397_500;

/// A citizen's commitment.
pub fn citizen(name: &str) -> crate::CitizenId {
	sp_io::hashing::blake2_256(name.as_bytes())
}

/// The transport bureau registers a lot reported by `SENSORS`; its id.
pub fn lot_at(lat_e6: i32, lon_e6: i32, capacity: u32) -> crate::LotId {
	let id = crate::NextLotId::<Test>::get();
	assert_ok!(Parking::register_lot(
		RuntimeOrigin::signed(PLANNER),
		sp_runtime::bounded_vec![b'l'],
		lat_e6,
		lon_e6,
		capacity,
		600,
		SENSORS
	));
	id
}

/// Move to block `n`, running the pallet's block-start hook on the way.
pub fn run_to(n: u64) {
	civitas_test_utils::run_to::<Test, Parking>(n)
}

pub fn new_test_ext() -> civitas_test_utils::CheckedExt {
	let agency = pallet_agencies::GenesisAgency::with_operator;
	let mut ext = civitas_test_utils::new_ext::<Test>(vec![
		agency("Civil Affairs", Roles::CIVIL_AFFAIRS, 10, REGISTRAR),
		agency("Transport", Roles::TRANSPORT, 11, PLANNER),
		agency("Land Citizens", Roles::LAND_REGISTRY, 12, CLERK),
	]);
	ext.execute_with(|| {
		for (name, account) in [("alice", ALICE), ("bob", BOB)] {
			assert_ok!(Citizens::register_citizen(
				RuntimeOrigin::signed(REGISTRAR),
				citizen(name),
				Some(account)
			));
			assert_ok!(Citizens::accept_link(RuntimeOrigin::signed(account), citizen(name)));
		}
	});
	civitas_test_utils::CheckedExt::new(ext, invariants)
}

/// The invariants of every pallet of the mock, checked at the end of each test.
fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
	Agencies::do_try_state()?;
	Citizens::do_try_state()?;
	Parking::do_try_state()
}
