//! `civitas_resources`, `civitas_grants`, `civitas_trail`, `civitas_pendingRequests`: the
//! `CatalogApi` runtime API in JSON.

use std::{fmt::Display, marker::PhantomData, sync::Arc};

use crate::{best_or, hex, invalid_params, page_limit, runtime_error};
use civitas_primitives::catalog::{
	CatalogApi as CatalogRuntimeApi, GrantView, Request, RequestId, RequestStatus, ResourceView,
	Step, TrailEntry,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// A resource, as `civitas_resources` lists it.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ResourceJson {
	pub id: u64,
	pub owner: u32,
	/// The title as text (or `0x` hex if it is not UTF-8).
	pub title: String,
	/// The category label as text (or `0x` hex).
	pub category: String,
	pub schema_hash: String,
	/// `"Public"`, `"Internal"`, `"Sensitive"` or `"Secret"`.
	pub sensitivity: String,
	/// `"City"`, `"District"` or `"Zone"`.
	pub level: String,
	pub version: u32,
	pub published_at: u64,
	pub updated_at: u64,
	pub retired_at: Option<u64>,
	pub active_grants: u32,
}

/// A pending request, as `civitas_pendingRequests` lists it.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RequestJson {
	pub id: u64,
	pub resource: u64,
	pub requester: u32,
	/// The requester's operator, SS58.
	pub requested_by: String,
	pub purpose: u16,
	pub justification_hash: String,
	/// Blocks of access asked for.
	pub duration: u64,
	pub requested_at: u64,
}

/// One step of a resource's trail, as `civitas_trail` lists it: `step` names it and the
/// fields that step has are set. `by` (SS58) and `agency` are absent for what the chain did
/// by itself (an expiry, a public resource granted at once).
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TrailStepJson {
	pub seq: u32,
	pub at: u64,
	/// `"Published"`, `"Updated"`, `"Requested"`, `"Granted"`, `"Rejected"`, `"Delivered"`,
	/// `"Confirmed"`, `"Expired"`, `"Retired"`, `"Renewed"` (`grant` renewed by
	/// `renewedBy`) or `"Disputed"` (`delivery` under `grant`, with the `disputeReason`).
	pub step: String,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub by: Option<String>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub agency: Option<u32>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub version: Option<u32>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub request: Option<u64>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub requester: Option<u32>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub purpose: Option<u16>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub justification_hash: Option<String>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub grant: Option<u64>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub expires_at: Option<u64>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub automatic: Option<bool>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub reason_hash: Option<String>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub delivery: Option<u64>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub payload_hash: Option<String>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub grants_ended: Option<u32>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub renewed_by: Option<u64>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub dispute_reason: Option<String>,
}

/// The catalog methods of the `civitas_*` module.
#[rpc(server)]
pub trait CatalogApi<BlockHash, BlockNumber> {
	/// An agency's resources, retired ones included, by id: from id `from` (default 0) on,
	/// at most `limit` (default and maximum `MAX_PAGE`).
	#[method(name = "civitas_resources")]
	fn resources(
		&self,
		owner: u32,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ResourceJson>>;

	/// The active grants an agency is party to, as provider or consumer, by id: from id
	/// `from` (default 0) on, at most `limit` (default and maximum `MAX_PAGE`).
	#[method(name = "civitas_grants")]
	fn grants(
		&self,
		agency: u32,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<GrantView<BlockNumber>>>;

	/// The steps of a resource's trail from step `from` (default 0) on, oldest first, at
	/// most `limit` (default and maximum `MAX_PAGE`); -32602 if there is no such resource.
	#[method(name = "civitas_trail")]
	fn trail(
		&self,
		resource: u64,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<TrailStepJson>>;

	/// The requests awaiting an agency's decision, by id.
	#[method(name = "civitas_pendingRequests")]
	fn pending_requests(&self, owner: u32, at: Option<BlockHash>) -> RpcResult<Vec<RequestJson>>;
}

/// The implementation over a client whose runtime has `CatalogApi`.
pub struct Catalog<C, Block, AccountId, BlockNumber> {
	client: Arc<C>,
	_types: PhantomData<(Block, AccountId, BlockNumber)>,
}

impl<C, Block, AccountId, BlockNumber> Catalog<C, Block, AccountId, BlockNumber> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _types: PhantomData }
	}
}

fn text(bytes: Vec<u8>) -> String {
	String::from_utf8(bytes).unwrap_or_else(|error| hex(error.as_bytes()))
}

fn resource<BlockNumber: Into<u64>>(view: ResourceView<BlockNumber>) -> ResourceJson {
	ResourceJson {
		id: view.id,
		owner: view.owner,
		title: text(view.title),
		category: text(view.category),
		schema_hash: hex(&view.schema_hash),
		sensitivity: view.sensitivity.name().into(),
		level: view.level.name().into(),
		version: view.version,
		published_at: view.published_at.into(),
		updated_at: view.updated_at.into(),
		retired_at: view.retired_at.map(Into::into),
		active_grants: view.active_grants,
	}
}

fn request<AccountId: Display, BlockNumber: Into<u64>>(
	id: RequestId,
	request: Request<AccountId, BlockNumber>,
) -> RequestJson {
	RequestJson {
		id,
		resource: request.resource,
		requester: request.requester,
		requested_by: request.requested_by.to_string(),
		purpose: request.purpose,
		justification_hash: hex(&request.justification_hash),
		duration: request.duration.into(),
		requested_at: request.requested_at.into(),
	}
}

fn step<AccountId: Display, BlockNumber: Into<u64>>(
	entry: TrailEntry<AccountId, BlockNumber>,
) -> TrailStepJson {
	let mut json = TrailStepJson {
		seq: entry.seq,
		at: entry.at.into(),
		by: entry.by.map(|who| who.to_string()),
		agency: entry.agency,
		..Default::default()
	};
	json.step = entry.step.name().into();
	match entry.step {
		Step::Published => {},
		Step::Updated { version } => {
			json.version = Some(version);
		},
		Step::Requested { request, agency, purpose, justification_hash } => {
			json.request = Some(request);
			json.requester = Some(agency);
			json.purpose = Some(purpose);
			json.justification_hash = Some(hex(&justification_hash));
		},
		Step::Granted { request, grant, expires_at, automatic } => {
			json.request = Some(request);
			json.grant = Some(grant);
			json.expires_at = Some(expires_at.into());
			json.automatic = Some(automatic);
		},
		Step::Rejected { request, reason_hash } => {
			json.request = Some(request);
			json.reason_hash = Some(hex(&reason_hash));
		},
		Step::Delivered { delivery, grant, payload_hash } => {
			json.delivery = Some(delivery);
			json.grant = Some(grant);
			json.payload_hash = Some(hex(&payload_hash));
		},
		Step::Confirmed { delivery, grant } => {
			json.delivery = Some(delivery);
			json.grant = Some(grant);
		},
		Step::Expired { grant } => {
			json.grant = Some(grant);
		},
		Step::Retired { grants_ended } => {
			json.grants_ended = Some(grants_ended);
		},
		Step::Renewed { grant, by } => {
			json.grant = Some(grant);
			json.renewed_by = Some(by);
		},
		Step::Disputed { delivery, grant, reason } => {
			json.delivery = Some(delivery);
			json.grant = Some(grant);
			json.dispute_reason = Some(reason.name().into());
		},
	}
	json
}

impl<C, Block, AccountId, BlockNumber> CatalogApiServer<Block::Hash, BlockNumber>
	for Catalog<C, Block, AccountId, BlockNumber>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: CatalogRuntimeApi<Block, AccountId, BlockNumber>,
	AccountId: codec::Codec + Display + Send + Sync + 'static,
	BlockNumber: codec::Codec + Into<u64> + serde::Serialize + Send + Sync + 'static,
{
	fn resources(
		&self,
		owner: u32,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<ResourceJson>> {
		let limit = page_limit(limit)?;
		let at = best_or(&*self.client, at);
		let api = self.client.runtime_api();
		let list = api.resources(at, owner, from.unwrap_or(0), limit).map_err(runtime_error)?;
		Ok(list.into_iter().map(resource).collect())
	}

	fn grants(
		&self,
		agency: u32,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<GrantView<BlockNumber>>> {
		let limit = page_limit(limit)?;
		let at = best_or(&*self.client, at);
		let api = self.client.runtime_api();
		// The view serializes itself: the grant's fields beside its `id`, `status` by name.
		api.grants_of(at, agency, from.unwrap_or(0), limit).map_err(runtime_error)
	}

	fn trail(
		&self,
		resource: u64,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<TrailStepJson>> {
		let limit = page_limit(limit)?;
		let at = best_or(&*self.client, at);
		let api = self.client.runtime_api();
		let trail = api.trail(at, resource, from.unwrap_or(0), limit).map_err(runtime_error)?;
		// A published resource always has its first step.
		if trail.is_empty() && api.trail(at, resource, 0, 1).map_err(runtime_error)?.is_empty() {
			return Err(invalid_params(format!("no resource has id {resource}")));
		}
		Ok(trail.into_iter().map(step).collect())
	}

	fn pending_requests(&self, owner: u32, at: Option<Block::Hash>) -> RpcResult<Vec<RequestJson>> {
		let at = best_or(&*self.client, at);
		let list = self.client.runtime_api().pending_requests(at, owner).map_err(runtime_error)?;
		Ok(list
			.into_iter()
			.filter(|(_, entry)| entry.status == RequestStatus::Pending)
			.map(|(id, entry)| request(id, entry))
			.collect())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn steps_serialize_with_only_their_fields() {
		let granted = step::<String, u32>(TrailEntry {
			seq: 2,
			step: Step::Granted { request: 1, grant: 0, expires_at: 40, automatic: true },
			by: None,
			agency: None,
			at: 12,
		});
		assert_eq!(
			serde_json::to_value(granted).unwrap(),
			json!({ "seq": 2, "at": 12, "step": "Granted", "request": 1, "grant": 0,
				"expiresAt": 40, "automatic": true })
		);
		let delivered = step::<String, u32>(TrailEntry {
			seq: 3,
			step: Step::Delivered { delivery: 5, grant: 0, payload_hash: [0xab; 32] },
			by: Some("5Grw".into()),
			agency: Some(0),
			at: 13,
		});
		assert_eq!(
			serde_json::to_value(delivered).unwrap(),
			json!({ "seq": 3, "at": 13, "step": "Delivered", "by": "5Grw", "agency": 0,
				"delivery": 5, "grant": 0, "payloadHash": format!("0x{}", "ab".repeat(32)) })
		);
		assert_eq!(text(b"Case counts".to_vec()), "Case counts");

		// A grant is its view, serialized: the grant's fields beside its id, as documented.
		let grant = GrantView {
			id: 7,
			grant: civitas_primitives::catalog::Grant {
				resource: 1,
				request: 2,
				provider: 0,
				consumer: 1,
				purpose: 7,
				granted_at: 3u32,
				expires_at: 13,
				status: civitas_primitives::catalog::GrantStatus::Expired,
				deliveries: 2,
			},
		};
		assert_eq!(
			serde_json::to_value(grant).unwrap(),
			json!({ "id": 7, "resource": 1, "request": 2, "provider": 0, "consumer": 1,
				"purpose": 7, "grantedAt": 3, "expiresAt": 13, "status": "Expired",
				"deliveries": 2 })
		);
		assert_eq!(text(vec![0xff]), "0xff");
	}
}
