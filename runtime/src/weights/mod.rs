//! The runtime's weights, one file per pallet, each written by `scripts/bench-weights.sh`
//! from that pallet's benchmarks on this project's development machine (named in each
//! file). Regenerate them after changing a pallet's calls; never edit them by hand.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_agencies;
pub mod pallet_aura_equivocation;
pub mod pallet_balances;
pub mod pallet_catalog;
pub mod pallet_citizens;
pub mod pallet_governance;
pub mod pallet_health;
pub mod pallet_parking;
pub mod pallet_property;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod pallet_utility;
// The storage benchmark writes doc comments inside a struct literal.
#[allow(unused_doc_comments)]
pub mod paritydb_weights;
