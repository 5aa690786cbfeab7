//! `civitas_healthCode`, `civitas_districtStats`, `civitas_records`, `civitas_recordVersions`,
//! `civitas_overdueReviews`: the `HealthApi` runtime API in JSON.

use std::{fmt::Display, marker::PhantomData, sync::Arc};

use crate::{best_or, hex, invalid_params, page_limit, parse_hash, runtime_error, unknown_citizen};
use civitas_primitives::health::{
	AccessId, EmergencyAccess, HealthApi as HealthRuntimeApi, RecordVersion, RecordView,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// An active case, inside a health code.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CaseJson {
	pub district: u16,
	/// The block the first positive sample of the case was taken in.
	pub since: u64,
}

/// A health code, as `civitas_healthCode` answers.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HealthCodeJson {
	pub citizen: String,
	/// `"Green"`, `"Yellow"` or `"Red"`.
	pub code: String,
	/// The active case (Red), if any.
	pub active_case: Option<CaseJson>,
	/// When the citizen was last flagged as a contact (cleared by a positive test).
	pub flagged_at: Option<u64>,
	/// When their latest negative sample was taken.
	pub last_negative: Option<u64>,
	/// When they last recovered.
	pub recovered_at: Option<u64>,
}

/// A district's counters, as `civitas_districtStats` answers.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DistrictStatsJson {
	pub district: u16,
	pub tests: u64,
	pub positives: u64,
	pub active: u64,
	pub recovered: u64,
}

/// One version of a record, as `civitas_recordVersions` lists it.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct VersionJson {
	pub version: u32,
	pub hash: String,
	/// The issuer's operator who wrote it, SS58.
	pub operator: String,
	pub at: u64,
}

/// An overdue break-glass access, as `civitas_overdueReviews` lists it.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct OverdueJson {
	pub access: u64,
	pub record: u64,
	pub citizen: String,
	/// The agency that read without consent, and its operator (SS58).
	pub agency: u32,
	pub operator: String,
	pub reason_hash: String,
	/// The block it happened in.
	pub at: u64,
	/// The last block a review was on time.
	pub review_by: u64,
}

/// The health methods of the `civitas_*` module.
#[rpc(server)]
pub trait HealthApi<BlockHash, BlockNumber> {
	/// A registered citizen's health code and the reports behind it; error 4001 if unknown.
	#[method(name = "civitas_healthCode")]
	fn health_code(&self, citizen: String, at: Option<BlockHash>) -> RpcResult<HealthCodeJson>;

	/// A district's epidemic counters; -32602 for a number outside the city's districts.
	#[method(name = "civitas_districtStats")]
	fn district_stats(&self, district: u16, at: Option<BlockHash>) -> RpcResult<DistrictStatsJson>;

	/// A registered citizen's records in anchoring order, erased ones included: from record
	/// id `from` (default 0) on, at most `limit` (default and maximum `MAX_PAGE`).
	#[method(name = "civitas_records")]
	fn records(
		&self,
		citizen: String,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<RecordView<BlockNumber>>>;

	/// The versions of a record from version `from` (default 0) on, oldest first, at most
	/// `limit` (default and maximum `MAX_PAGE`); -32602 if there is no such record.
	#[method(name = "civitas_recordVersions")]
	fn record_versions(
		&self,
		id: u64,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<VersionJson>>;

	/// Unreviewed break-glass accesses past their deadline, most overdue first.
	#[method(name = "civitas_overdueReviews")]
	fn overdue_reviews(&self, at: Option<BlockHash>) -> RpcResult<Vec<OverdueJson>>;
}

/// The implementation over a client whose runtime has `HealthApi`.
pub struct Health<C, Block, AccountId, BlockNumber> {
	client: Arc<C>,
	_types: PhantomData<(Block, AccountId, BlockNumber)>,
}

impl<C, Block, AccountId, BlockNumber> Health<C, Block, AccountId, BlockNumber> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _types: PhantomData }
	}
}

impl<C, Block, AccountId, BlockNumber> HealthApiServer<Block::Hash, BlockNumber>
	for Health<C, Block, AccountId, BlockNumber>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: HealthRuntimeApi<Block, AccountId, BlockNumber>,
	AccountId: codec::Codec + Display + Send + Sync + 'static,
	BlockNumber: codec::Codec + Into<u64> + serde::Serialize + Send + Sync + 'static,
{
	fn health_code(&self, citizen: String, at: Option<Block::Hash>) -> RpcResult<HealthCodeJson> {
		let id = parse_hash("citizen", &citizen)?;
		let at = best_or(&*self.client, at);
		let view = self
			.client
			.runtime_api()
			.health_code(at, id)
			.map_err(runtime_error)?
			.ok_or_else(|| unknown_citizen(&id))?;
		let state = view.state;
		Ok(HealthCodeJson {
			citizen: hex(&id),
			code: view.code.name().into(),
			active_case: state
				.case
				.map(|case| CaseJson { district: case.district, since: case.since.into() }),
			flagged_at: state.flagged_at.map(Into::into),
			last_negative: state.last_negative.map(Into::into),
			recovered_at: state.recovered_at.map(Into::into),
		})
	}

	fn district_stats(
		&self,
		district: u16,
		at: Option<Block::Hash>,
	) -> RpcResult<DistrictStatsJson> {
		let at = best_or(&*self.client, at);
		let stats = self
			.client
			.runtime_api()
			.district_stats(at, district)
			.map_err(runtime_error)?
			.ok_or_else(|| {
				invalid_params(format!("district {district} is not one of the city's districts"))
			})?;
		Ok(DistrictStatsJson {
			district,
			tests: stats.tests,
			positives: stats.positives,
			active: stats.active,
			recovered: stats.recovered,
		})
	}

	fn records(
		&self,
		citizen: String,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<RecordView<BlockNumber>>> {
		let id = parse_hash("citizen", &citizen)?;
		let limit = page_limit(limit)?;
		let at = best_or(&*self.client, at);
		let api = self.client.runtime_api();
		if api.health_code(at, id).map_err(runtime_error)?.is_none() {
			return Err(unknown_citizen(&id));
		}
		// The view serializes itself: `kind` and `status` by name, `hash` and `locator` as
		// hex (`"0x"` once erased), blocks as numbers.
		api.records(at, id, from.unwrap_or(0), limit).map_err(runtime_error)
	}

	fn record_versions(
		&self,
		id: u64,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<VersionJson>> {
		let limit = page_limit(limit)?;
		let from = from.unwrap_or(0);
		let at = best_or(&*self.client, at);
		let api = self.client.runtime_api();
		let versions = api.versions(at, id, from, limit).map_err(runtime_error)?;
		// A record always has its first version.
		if versions.is_empty() && api.versions(at, id, 0, 1).map_err(runtime_error)?.is_empty() {
			return Err(invalid_params(format!("no health record has id {id}")));
		}
		Ok(versions
			.into_iter()
			.zip(from..)
			.map(|(version, number): (RecordVersion<AccountId, BlockNumber>, u32)| VersionJson {
				version: number,
				hash: hex(&version.hash),
				operator: version.operator.to_string(),
				at: version.at.into(),
			})
			.collect())
	}

	fn overdue_reviews(&self, at: Option<Block::Hash>) -> RpcResult<Vec<OverdueJson>> {
		let at = best_or(&*self.client, at);
		let overdue = self.client.runtime_api().overdue_reviews(at).map_err(runtime_error)?;
		Ok(overdue
			.into_iter()
			.map(|(access, entry): (AccessId, EmergencyAccess<AccountId, BlockNumber>)| {
				OverdueJson {
					access,
					record: entry.record,
					citizen: hex(&entry.citizen),
					agency: entry.agency,
					operator: entry.operator.to_string(),
					reason_hash: hex(&entry.reason_hash),
					at: entry.at.into(),
					review_by: entry.review_by.into(),
				}
			})
			.collect())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use civitas_primitives::health::{RecordKind, RecordStatus};
	use serde_json::json;

	#[test]
	fn records_serialize_as_documented() {
		let erased = RecordView {
			id: 3,
			kind: RecordKind::LabResult,
			issuer: 1,
			status: RecordStatus::Erased,
			hash: [0xab; 32],
			version: 1,
			locator: Vec::new(),
			anchored_at: 10u32,
			updated_at: 12,
		};
		assert_eq!(
			serde_json::to_value(erased).unwrap(),
			json!({ "id": 3, "kind": "LabResult", "issuer": 1, "status": "Erased",
				"hash": format!("0x{}", "ab".repeat(32)), "version": 1, "locator": "0x",
				"anchoredAt": 10, "updatedAt": 12 })
		);
	}
}
