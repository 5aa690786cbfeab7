//! Weights of pallet-governance: the `WeightInfo` trait and a stand-in for tests.
//!
//! The runtime's weight is measured, not this one: `runtime/src/weights/pallet_governance.rs`,
//! written by `scripts/bench-weights.sh` from this pallet's benchmark. `enact` is charged
//! its own cost (the origin check, the allow-list, hashing the call, the event) plus the
//! weight the enacted call declares.

use frame_support::weights::Weight;

/// What each call of pallet-governance costs, beyond the call it enacts.
pub trait WeightInfo {
	fn enact() -> Weight;
}

/// For tests: an estimate (no storage is read or written but the event).
impl WeightInfo for () {
	fn enact() -> Weight {
		Weight::from_parts(20_000_000, 1_000)
	}
}
