//! Weights of pallet-aura-equivocation: the `WeightInfo` trait and a stand-in for tests.
//!
//! The runtime's weight is measured: `runtime/src/weights/pallet_aura_equivocation.rs`,
//! written by `scripts/bench-weights.sh` from this pallet's benchmark. The `()` impl below
//! is an estimate for the mock runtime.

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// What the pallet's call costs.
pub trait WeightInfo {
	/// A whole report: two seals checked, the key-ownership proof checked against a session
	/// of `n` authorities, the offence recorded and acted on.
	fn report_equivocation(n: u32) -> Weight;
}

/// For tests: two signature checks (~60 µs each), a proof check linear in the session's
/// authorities, and the offence sink's database accesses, at RocksDB's published costs.
impl WeightInfo for () {
	fn report_equivocation(n: u32) -> Weight {
		Weight::from_parts(150_000_000, 8_000)
			.saturating_add(Weight::from_parts(5_000_000, 64).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(8, 6))
	}
}
