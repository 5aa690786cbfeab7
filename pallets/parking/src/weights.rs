//! Weights of pallet-parking: the `WeightInfo` trait and a stand-in for tests.
//!
//! The runtime's weights are measured, not these: `runtime/src/weights/pallet_parking.rs`,
//! written by `scripts/bench-weights.sh` from this pallet's benchmarks. The `()` impl below
//! is a conservative estimate (reads and writes counted from the code plus compute) for the
//! pallet's mock runtime.

use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// What each call of pallet-parking costs.
pub trait WeightInfo {
	fn register_lot() -> Weight;
	/// A batch that reads and writes `pages` occupancy pages and makes `extra` updates beyond
	/// the first on each.
	fn update_occupancy(pages: u32, extra: u32) -> Weight;
	fn reserve() -> Weight;
	fn cancel_reservation() -> Weight;
	fn on_initialize(ending: u32) -> Weight;
}

fn estimate<T: Get<frame_support::weights::RuntimeDbWeight>>(reads: u64, writes: u64) -> Weight {
	Weight::from_parts(50_000_000, 8_000).saturating_add(T::get().reads_writes(reads, writes))
}

/// For tests: an estimate using RocksDB's published read/write costs.
impl WeightInfo for () {
	fn register_lot() -> Weight {
		estimate::<RocksDbWeight>(5, 4)
	}
	fn update_occupancy(pages: u32, extra: u32) -> Weight {
		estimate::<RocksDbWeight>(0, 0)
			.saturating_add(
				Weight::from_parts(20_000_000, 4_000)
					.saturating_add(RocksDbWeight::get().reads_writes(1, 1))
					.saturating_mul(pages as u64),
			)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(extra as u64))
	}
	fn reserve() -> Weight {
		estimate::<RocksDbWeight>(6, 5)
	}
	fn cancel_reservation() -> Weight {
		estimate::<RocksDbWeight>(4, 3)
	}
	fn on_initialize(ending: u32) -> Weight {
		estimate::<RocksDbWeight>(1, 1)
			.saturating_add(RocksDbWeight::get().reads_writes(3, 3).saturating_mul(ending as u64))
	}
}
