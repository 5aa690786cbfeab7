//! `CitizensApi`: what clients and the `civitas_*` RPC ask about citizens. Callable through
//! `state_call` and described in the metadata (`api.call.citizensApi.*` in @polkadot/api).

use super::{AccessEntry, AttestationCheck, Citizen, CitizenId, ClaimHash, ConsentView};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Citizens' records, attestations, consents and access logs.
	#[api_version(1)]
	pub trait CitizensApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// A citizen's record, if registered.
		fn citizen(citizen: CitizenId) -> Option<Citizen<AccountId, BlockNumber>>;

		/// Whether `claim_hash` is attested about `citizen` and holds now (and if not, why);
		/// `None` if it was never attested.
		fn verify_attestation(
			citizen: CitizenId,
			claim_hash: ClaimHash,
		) -> Option<AttestationCheck<BlockNumber>>;

		/// Every consent the citizen holds or held (revoked and expired ones say so).
		fn consents(citizen: CitizenId) -> Vec<ConsentView<BlockNumber>>;

		/// Up to `limit` entries (at most the log's size) of the citizen's access log from
		/// entry `from` on, oldest first.
		fn access_log(citizen: CitizenId, from: u64, limit: u32) -> Vec<AccessEntry<AccountId, BlockNumber>>;

		/// How many entries a citizen's access log keeps (the largest useful `limit`).
		fn access_log_capacity() -> u32;
	}
}
