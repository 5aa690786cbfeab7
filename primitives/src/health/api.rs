//! `HealthApi`: what clients and the `civitas_*` RPC ask about health records and the
//! epidemic. Callable through `state_call` and described in the metadata
//! (`api.call.healthApi.*` in @polkadot/api).

use super::{
	AccessId, District, DistrictStats, EmergencyAccess, HealthCodeView, RecordId, RecordVersion,
	RecordView,
};
use crate::CitizenId;
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Health records, break-glass reviews, health codes and district counters.
	#[api_version(1)]
	pub trait HealthApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// A registered citizen's health code and the reports behind it; `None` if unknown.
		fn health_code(citizen: CitizenId) -> Option<HealthCodeView<BlockNumber>>;

		/// A district's counters; `None` for a number outside the city's districts.
		fn district_stats(district: District) -> Option<DistrictStats>;

		/// A citizen's records in anchoring order (erased ones included), from record id
		/// `from` on, at most `limit` (and at most `MAX_PAGE`).
		fn records(citizen: CitizenId, from: RecordId, limit: u32) -> Vec<RecordView<BlockNumber>>;

		/// The versions of a record from version `from` on, oldest first, at most `limit`
		/// (and at most `MAX_PAGE`); empty if there is no such record.
		fn versions(id: RecordId, from: u32, limit: u32) -> Vec<RecordVersion<AccountId, BlockNumber>>;

		/// Unreviewed break-glass accesses past their deadline, most overdue first.
		fn overdue_reviews() -> Vec<(AccessId, EmergencyAccess<AccountId, BlockNumber>)>;
	}
}
