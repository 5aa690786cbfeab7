//! Weights of pallet-property: the `WeightInfo` trait and a stand-in for tests.
//!
//! The runtime's weights are measured, not these: `runtime/src/weights/pallet_property.rs`,
//! written by `scripts/bench-weights.sh` from this pallet's benchmarks. The `()` impl below
//! is a conservative estimate (reads and writes counted from the code plus 50 µs of
//! compute) for the pallet's mock runtime.

use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// What each call of pallet-property costs.
pub trait WeightInfo {
	fn register_property(owners: u32) -> Weight;
	fn initiate_transfer() -> Weight;
	fn approve_transfer() -> Weight;
	fn confirm_tax() -> Weight;
	fn finalize_transfer() -> Weight;
	fn reject_transfer() -> Weight;
	fn encumber() -> Weight;
	fn release() -> Weight;
	fn on_initialize(expiring: u32) -> Weight;
	fn cancel_transfer() -> Weight;
}

fn estimate<T: Get<frame_support::weights::RuntimeDbWeight>>(reads: u64, writes: u64) -> Weight {
	Weight::from_parts(50_000_000, 8_000).saturating_add(T::get().reads_writes(reads, writes))
}

/// For tests: an estimate using RocksDB's published read/write costs, counting every owner
/// of a property (at most 8 sellers and 8 buyers) where the code touches each.
impl WeightInfo for () {
	fn register_property(owners: u32) -> Weight {
		estimate::<RocksDbWeight>(5 + 2 * owners as u64, 5 + 2 * owners as u64)
	}
	fn initiate_transfer() -> Weight {
		estimate::<RocksDbWeight>(12, 5)
	}
	fn approve_transfer() -> Weight {
		estimate::<RocksDbWeight>(6, 3)
	}
	fn confirm_tax() -> Weight {
		estimate::<RocksDbWeight>(4, 3)
	}
	fn finalize_transfer() -> Weight {
		estimate::<RocksDbWeight>(20, 36)
	}
	fn reject_transfer() -> Weight {
		estimate::<RocksDbWeight>(4, 3)
	}
	fn encumber() -> Weight {
		estimate::<RocksDbWeight>(4, 5)
	}
	fn release() -> Weight {
		estimate::<RocksDbWeight>(4, 4)
	}
	fn on_initialize(expiring: u32) -> Weight {
		estimate::<RocksDbWeight>(1, 1)
			.saturating_add(RocksDbWeight::get().reads_writes(2, 3).saturating_mul(expiring as u64))
	}
	fn cancel_transfer() -> Weight {
		estimate::<RocksDbWeight>(5, 3)
	}
}
