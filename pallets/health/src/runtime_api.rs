//! `HealthApi`: what clients and the `civitas_*` RPC ask about health records and the
//! epidemic. Callable through `state_call` and described in the metadata
//! (`api.call.healthApi.*` in @polkadot/api).

use crate::{
	AccessId, CitizenId, District, DistrictStats, EmergencyAccess, HealthCodeView, RecordId,
	RecordVersion, RecordView,
};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Health records, break-glass reviews, health codes and district counters.
	pub trait HealthApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// A registered citizen's health code and the reports behind it; `None` if unknown.
		fn health_code(citizen: CitizenId) -> Option<HealthCodeView<BlockNumber>>;

		/// A district's counters; `None` for a number outside the city's districts.
		fn district_stats(district: District) -> Option<DistrictStats>;

		/// A citizen's records in anchoring order (erased ones included).
		fn records(citizen: CitizenId) -> Vec<RecordView<BlockNumber>>;

		/// Every version of a record, oldest first; empty if there is no such record.
		fn versions(id: RecordId) -> Vec<RecordVersion<AccountId, BlockNumber>>;

		/// Unreviewed break-glass accesses past their deadline, most overdue first.
		fn overdue_reviews() -> Vec<(AccessId, EmergencyAccess<AccountId, BlockNumber>)>;
	}
}
