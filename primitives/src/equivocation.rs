//! What a node asks the runtime to report an Aura authority that sealed two blocks for one
//! slot (GRANDPA's reports go through `sp_consensus_grandpa::GrandpaApi`).

use sp_consensus_slots::EquivocationProof;
use sp_runtime::{traits::Block as BlockT, OpaqueValue};

sp_api::decl_runtime_apis! {
	/// Aura equivocation reports (pallet-aura-equivocation).
	pub trait AuraEquivocationApi<AuthorityId>
	where
		AuthorityId: codec::Codec,
	{
		/// A proof that `authority` is an Aura key of the current session's authority set,
		/// encoded (`None`: it is not).
		fn generate_key_ownership_proof(authority: AuthorityId) -> Option<OpaqueValue>;

		/// Put a report into the node's own pool as an unsigned extrinsic (the caller
		/// registers the offchain transaction pool). `None` if the key-ownership proof does
		/// not decode or the pool refuses the report.
		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: EquivocationProof<<Block as BlockT>::Header, AuthorityId>,
			key_owner_proof: OpaqueValue,
		) -> Option<()>;
	}
}
