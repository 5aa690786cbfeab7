//! The pallets `civitas-node benchmark pallet` can measure (built with the
//! `runtime-benchmarks` feature only). `scripts/bench-weights.sh` runs them and writes the
//! weights.rs files the runtime uses.

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_utility, Utility]
	[pallet_sudo, Sudo]
	[pallet_agencies, Agencies]
	[pallet_citizens, Citizens]
	[pallet_health, Health]
	[pallet_property, Property]
	[pallet_parking, Parking]
	[pallet_catalog, Catalog]
	[pallet_governance, Governance]
	[pallet_aura_equivocation, AuraEquivocation]
);

impl frame_system_benchmarking::Config for crate::Runtime {}
impl pallet_transaction_payment::BenchmarkConfig for crate::Runtime {}
impl frame_benchmarking::baseline::Config for crate::Runtime {}

/// The Aura-equivocation benchmark's session: `n` agencies' authorities, the first with the
/// benchmark's Aura key, the others with keys of their own (never used to sign).
pub struct EquivocationSession;

impl
	pallet_aura_equivocation::BenchmarkHelper<
		sp_consensus_aura::sr25519::AuthorityId,
		sp_session::MembershipProof,
	> for EquivocationSession
{
	fn key_owner_proof(
		key: &sp_consensus_aura::sr25519::AuthorityId,
		n: u32,
	) -> sp_session::MembershipProof {
		use frame_support::traits::KeyOwnerProofSystem;
		use sp_core::{ed25519, sr25519};
		let authorities = pallet_agencies::Pallet::<crate::Runtime>::benchmark_authorities(n);
		for (i, who) in authorities.iter().enumerate() {
			let mut raw = [0u8; 32];
			raw[..4].copy_from_slice(&(i as u32).to_le_bytes());
			let aura = if i == 0 { key.clone() } else { sr25519::Public::from_raw(raw).into() };
			let grandpa = ed25519::Public::from_raw(raw).into();
			pallet_session::NextKeys::<crate::Runtime>::insert(
				who,
				crate::SessionKeys { aura, grandpa },
			);
		}
		pallet_session::Validators::<crate::Runtime>::put(authorities);
		crate::Historical::prove((
			<sp_consensus_aura::sr25519::AuthorityId as sp_runtime::RuntimeAppPublic>::ID,
			key.clone(),
		))
		.expect("the key is an authority's of the current session")
	}
}
