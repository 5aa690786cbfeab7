//! Weights of pallet-health: the `WeightInfo` trait and a stand-in for tests.
//!
//! The runtime's weights are measured, not these: `runtime/src/weights/pallet_health.rs`,
//! written by `scripts/bench-weights.sh` from this pallet's benchmarks. The `()` impl below
//! is a conservative estimate (reads and writes counted from the code plus 50 µs of
//! compute) for the pallet's mock runtime.

use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// What each call of pallet-health costs.
pub trait WeightInfo {
	fn anchor_record() -> Weight;
	fn amend_record() -> Weight;
	fn access_record() -> Weight;
	fn emergency_access() -> Weight;
	fn review_emergency() -> Weight;
	fn erase_record() -> Weight;
	fn set_review_window() -> Weight;
	fn report_test() -> Weight;
	fn report_recovery() -> Weight;
	fn flag_contact() -> Weight;
}

fn estimate<T: Get<frame_support::weights::RuntimeDbWeight>>(reads: u64, writes: u64) -> Weight {
	Weight::from_parts(50_000_000, 8_000).saturating_add(T::get().reads_writes(reads, writes))
}

/// For tests: an estimate using RocksDB's published read/write costs. Role checks count as
/// two reads (the operator's agency, the agency); consent and the access log as three reads
/// and two writes.
impl WeightInfo for () {
	fn anchor_record() -> Weight {
		estimate::<RocksDbWeight>(5, 5)
	}
	fn amend_record() -> Weight {
		estimate::<RocksDbWeight>(3, 2)
	}
	fn access_record() -> Weight {
		estimate::<RocksDbWeight>(6, 2)
	}
	fn emergency_access() -> Weight {
		estimate::<RocksDbWeight>(7, 6)
	}
	fn review_emergency() -> Weight {
		estimate::<RocksDbWeight>(4, 3)
	}
	fn erase_record() -> Weight {
		estimate::<RocksDbWeight>(3, 1)
	}
	fn set_review_window() -> Weight {
		estimate::<RocksDbWeight>(0, 1)
	}
	fn report_test() -> Weight {
		estimate::<RocksDbWeight>(5, 2)
	}
	fn report_recovery() -> Weight {
		estimate::<RocksDbWeight>(6, 2)
	}
	fn flag_contact() -> Weight {
		estimate::<RocksDbWeight>(4, 1)
	}
}
