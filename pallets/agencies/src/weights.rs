//! Weights of pallet-agencies: the `WeightInfo` trait and a stand-in for tests.
//!
//! The runtime's weights are measured, not these: `runtime/src/weights/pallet_agencies.rs`,
//! written by `scripts/bench-weights.sh` from this pallet's benchmarks. The `()` impl below
//! is a conservative estimate (reads and writes counted from the code, 50 µs of compute
//! plus 2 µs per council seat) for the pallet's mock runtime and for other pallets' tests.

use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// What each call of pallet-agencies costs.
pub trait WeightInfo {
	/// `l`: name length in bytes; `n`: council seats taken.
	fn register_agency(l: u32, n: u32) -> Weight;
	fn set_roles() -> Weight;
	/// `n`: council seats (and validators) taken.
	fn suspend(n: u32) -> Weight;
	/// `n`: council seats (and validators) taken.
	fn resume(n: u32) -> Weight;
	/// `n`: validators in the authority set.
	fn set_authority(n: u32) -> Weight;
	fn add_operator() -> Weight;
	fn remove_operator() -> Weight;
	/// `n`: council seats taken.
	fn set_admin(n: u32) -> Weight;
	/// `n`: council seats taken.
	fn replace_admin(n: u32) -> Weight;
	fn set_session_length() -> Weight;
	/// `n`: nodes in the new list (the old list is taken at `MaxNodesPerAgency`).
	fn set_nodes(n: u32) -> Weight;
	fn set_gateway() -> Weight;
	fn set_node_addresses() -> Weight;
	/// `n`: validators in the authority set.
	fn restore_authority(n: u32) -> Weight;
	/// Acting on a proven offence (not a call: the runtime adds it to GRANDPA's report weight;
	/// an Aura report's benchmark measures it as part of the report).
	/// `n`: validators in the authority set.
	fn note_offence(n: u32) -> Weight;
}

/// Estimate: fixed compute, plus a linear part per seat, plus the database accesses.
fn estimate<T: Get<frame_support::weights::RuntimeDbWeight>>(
	seats: u32,
	reads: u64,
	writes: u64,
) -> Weight {
	Weight::from_parts(50_000_000, 4_000)
		.saturating_add(Weight::from_parts(2_000_000, 64).saturating_mul(seats.into()))
		.saturating_add(T::get().reads_writes(reads, writes))
}

/// For tests: an estimate using RocksDB's published read/write costs.
impl WeightInfo for () {
	fn register_agency(l: u32, n: u32) -> Weight {
		estimate::<RocksDbWeight>(n, 3, 5)
			.saturating_add(Weight::from_parts(1_000 * l as u64, l as u64))
	}
	fn set_roles() -> Weight {
		estimate::<RocksDbWeight>(0, 1, 1)
	}
	fn suspend(n: u32) -> Weight {
		estimate::<RocksDbWeight>(n, 3, 4)
	}
	fn resume(n: u32) -> Weight {
		estimate::<RocksDbWeight>(n, 3, 4)
	}
	fn set_authority(n: u32) -> Weight {
		estimate::<RocksDbWeight>(n, 3, 4)
	}
	fn add_operator() -> Weight {
		estimate::<RocksDbWeight>(0, 3, 3)
	}
	fn remove_operator() -> Weight {
		estimate::<RocksDbWeight>(0, 3, 3)
	}
	fn set_admin(n: u32) -> Weight {
		estimate::<RocksDbWeight>(n, 4, 6)
	}
	fn replace_admin(n: u32) -> Weight {
		estimate::<RocksDbWeight>(n, 3, 6)
	}
	fn set_session_length() -> Weight {
		estimate::<RocksDbWeight>(0, 0, 1)
	}
	fn set_nodes(n: u32) -> Weight {
		// The old list's nodes and their addresses go, the new list's owners are written.
		estimate::<RocksDbWeight>(0, 2 + n as u64, 1 + 8 + 2 * n as u64)
	}
	fn set_gateway() -> Weight {
		estimate::<RocksDbWeight>(0, 2, 1)
	}
	fn set_node_addresses() -> Weight {
		estimate::<RocksDbWeight>(0, 3, 1)
	}
	fn restore_authority(n: u32) -> Weight {
		estimate::<RocksDbWeight>(n, 2, 2)
	}
	fn note_offence(n: u32) -> Weight {
		// The session's validators and disabled list are read and written.
		estimate::<RocksDbWeight>(n, 5, 4)
	}
}
