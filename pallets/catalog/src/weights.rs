//! Weights of pallet-catalog: the `WeightInfo` trait and a stand-in for tests.
//!
//! The runtime's weights are measured, not these: `runtime/src/weights/pallet_catalog.rs`,
//! written by `scripts/bench-weights.sh` from this pallet's benchmarks. The `()` impl below
//! is a conservative estimate (reads and writes counted from the code plus 50 µs of
//! compute) for the pallet's mock runtime.

use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// What each call of pallet-catalog costs.
pub trait WeightInfo {
	fn publish_resource() -> Weight;
	fn update_resource() -> Weight;
	fn retire_resource(grants: u32) -> Weight;
	/// A request granted at once (a `Public` resource): the heavier path, charged up front.
	fn request_access() -> Weight;
	/// A request left pending for the owner: what is refunded down to.
	fn request_access_pending() -> Weight;
	fn approve_request() -> Weight;
	fn reject_request() -> Weight;
	fn record_delivery() -> Weight;
	fn confirm_delivery() -> Weight;
	fn dispute_delivery() -> Weight;
	fn on_initialize(expiring: u32) -> Weight;
}

fn estimate<T: Get<frame_support::weights::RuntimeDbWeight>>(reads: u64, writes: u64) -> Weight {
	Weight::from_parts(50_000_000, 8_000).saturating_add(T::get().reads_writes(reads, writes))
}

/// For tests: an estimate using RocksDB's published read/write costs.
impl WeightInfo for () {
	fn publish_resource() -> Weight {
		estimate::<RocksDbWeight>(4, 5)
	}
	fn update_resource() -> Weight {
		estimate::<RocksDbWeight>(3, 2)
	}
	fn retire_resource(grants: u32) -> Weight {
		estimate::<RocksDbWeight>(3, 2)
			.saturating_add(RocksDbWeight::get().reads_writes(3, 6).saturating_mul(grants as u64))
	}
	fn request_access() -> Weight {
		estimate::<RocksDbWeight>(10, 12)
	}
	fn request_access_pending() -> Weight {
		estimate::<RocksDbWeight>(5, 5)
	}
	fn approve_request() -> Weight {
		estimate::<RocksDbWeight>(10, 11)
	}
	fn reject_request() -> Weight {
		estimate::<RocksDbWeight>(4, 4)
	}
	fn record_delivery() -> Weight {
		estimate::<RocksDbWeight>(5, 5)
	}
	fn confirm_delivery() -> Weight {
		estimate::<RocksDbWeight>(6, 3)
	}
	fn dispute_delivery() -> Weight {
		estimate::<RocksDbWeight>(6, 4)
	}
	fn on_initialize(expiring: u32) -> Weight {
		estimate::<RocksDbWeight>(1, 1)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 8).saturating_mul(expiring as u64))
	}
}
