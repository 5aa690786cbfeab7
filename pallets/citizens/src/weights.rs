//! Weights of pallet-citizens: the `WeightInfo` trait and a stand-in for tests.
//!
//! The runtime's weights are measured, not these: `runtime/src/weights/pallet_citizens.rs`,
//! written by `scripts/bench-weights.sh` from this pallet's benchmarks. The `()` impl below
//! is a conservative estimate (reads and writes counted from the code plus 50 µs of
//! compute) for the pallet's mock runtime.

use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// What each call of pallet-citizens costs.
pub trait WeightInfo {
	fn register_citizen() -> Weight;
	fn set_status() -> Weight;
	fn link_account() -> Weight;
	fn rotate_account() -> Weight;
	fn attest() -> Weight;
	fn revoke_attestation() -> Weight;
	fn grant_consent() -> Weight;
	fn revoke_consent() -> Weight;
	fn accept_link() -> Weight;
	fn veto_link() -> Weight;
	fn second_link() -> Weight;
}

fn estimate<T: Get<frame_support::weights::RuntimeDbWeight>>(reads: u64, writes: u64) -> Weight {
	Weight::from_parts(50_000_000, 4_000).saturating_add(T::get().reads_writes(reads, writes))
}

/// For tests: an estimate using RocksDB's published read/write costs. Role checks count as
/// two reads (the operator's agency, the agency).
impl WeightInfo for () {
	fn register_citizen() -> Weight {
		estimate::<RocksDbWeight>(5, 2)
	}
	fn set_status() -> Weight {
		estimate::<RocksDbWeight>(3, 1)
	}
	fn link_account() -> Weight {
		estimate::<RocksDbWeight>(4, 3)
	}
	fn rotate_account() -> Weight {
		estimate::<RocksDbWeight>(3, 3)
	}
	fn attest() -> Weight {
		estimate::<RocksDbWeight>(4, 2)
	}
	fn revoke_attestation() -> Weight {
		estimate::<RocksDbWeight>(3, 1)
	}
	fn grant_consent() -> Weight {
		estimate::<RocksDbWeight>(4, 2)
	}
	fn revoke_consent() -> Weight {
		estimate::<RocksDbWeight>(2, 1)
	}
	fn accept_link() -> Weight {
		estimate::<RocksDbWeight>(4, 4)
	}
	fn veto_link() -> Weight {
		estimate::<RocksDbWeight>(2, 1)
	}
	fn second_link() -> Weight {
		estimate::<RocksDbWeight>(3, 1)
	}
}
