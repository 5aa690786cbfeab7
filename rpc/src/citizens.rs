//! `civitas_citizen`, `civitas_verifyAttestation`, `civitas_consents`, `civitas_accessLog`:
//! the `CitizensApi` runtime API in JSON.

use std::{fmt::Display, marker::PhantomData, sync::Arc};

use crate::{best_or, hex, invalid_params, parse_hash, runtime_error, unknown_citizen};
use civitas_primitives::citizens::{
	AccessEntry, AttestationStatus, Citizen, CitizenId, CitizensApi as CitizensRuntimeApi,
	ConsentView,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// A citizen, as `civitas_citizen` answers.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CitizenJson {
	pub citizen: String,
	/// `"Active"`, `"Deceased"` or `"Revoked"`.
	pub status: String,
	/// SS58, or null when no account is linked.
	pub account: Option<String>,
	pub registered_by: u32,
	pub registered_at: u64,
	pub attestations: u32,
	pub consents: u32,
	/// How many reads of their data were ever logged.
	pub accesses: u64,
}

/// An attestation check, as `civitas_verifyAttestation` answers.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AttestationJson {
	pub citizen: String,
	pub claim_hash: String,
	/// Whether the claim holds now.
	pub valid: bool,
	/// `"Valid"`, `"Revoked"`, `"Expired"`, `"CitizenInactive"` or `"NotAttested"`.
	pub status: String,
	pub issuer: Option<u32>,
	pub schema: Option<u32>,
	pub issued_at: Option<u64>,
	pub expires_at: Option<u64>,
	pub revoked_at: Option<u64>,
}

/// One consent, as `civitas_consents` lists it.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ConsentJson {
	pub agency: u32,
	/// `"Health"`, `"Property"`, `"Parking"` or `"Identity"`.
	pub category: String,
	pub purpose: u16,
	pub granted_at: u64,
	pub expires_at: Option<u64>,
	pub revoked_at: Option<u64>,
	/// Whether it counts now (not revoked, not expired, citizen active).
	pub in_force: bool,
}

/// One access-log entry, as `civitas_accessLog` lists it.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AccessJson {
	pub seq: u64,
	pub agency: u32,
	/// The operator's account, SS58.
	pub operator: String,
	pub category: String,
	pub purpose: u16,
	pub emergency: bool,
	/// The block the read happened in.
	pub at: u64,
}

/// The citizens' methods of the `civitas_*` module.
#[rpc(server)]
pub trait CitizensApi<BlockHash> {
	/// A registered citizen; error 4001 if there is none under this id.
	#[method(name = "civitas_citizen")]
	fn citizen(&self, citizen: String, at: Option<BlockHash>) -> RpcResult<CitizenJson>;

	/// Whether `claimHash` is attested about the citizen and holds now.
	#[method(name = "civitas_verifyAttestation")]
	fn verify_attestation(
		&self,
		citizen: String,
		claim_hash: String,
		at: Option<BlockHash>,
	) -> RpcResult<AttestationJson>;

	/// Every consent the citizen holds or held, ordered by agency, category and purpose.
	#[method(name = "civitas_consents")]
	fn consents(&self, citizen: String, at: Option<BlockHash>) -> RpcResult<Vec<ConsentJson>>;

	/// Up to `limit` (default and maximum: the log's size) access-log entries from entry
	/// `from` (default 0) on, oldest first.
	#[method(name = "civitas_accessLog")]
	fn access_log(
		&self,
		citizen: String,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<AccessJson>>;
}

/// The implementation over a client whose runtime has `CitizensApi`.
pub struct Citizens<C, Block, AccountId, BlockNumber> {
	client: Arc<C>,
	_types: PhantomData<(Block, AccountId, BlockNumber)>,
}

impl<C, Block, AccountId, BlockNumber> Citizens<C, Block, AccountId, BlockNumber> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _types: PhantomData }
	}
}

impl<C, Block, AccountId, BlockNumber> Citizens<C, Block, AccountId, BlockNumber>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: CitizensRuntimeApi<Block, AccountId, BlockNumber>,
	AccountId: codec::Codec + Display,
	BlockNumber: codec::Codec + Into<u64>,
{
	fn at(&self, at: Option<Block::Hash>) -> Block::Hash {
		best_or(&*self.client, at)
	}

	/// The citizen's record, or error 4001.
	fn record(
		&self,
		at: Block::Hash,
		citizen: CitizenId,
	) -> RpcResult<Citizen<AccountId, BlockNumber>> {
		self.client
			.runtime_api()
			.citizen(at, citizen)
			.map_err(runtime_error)?
			.ok_or_else(|| unknown_citizen(&citizen))
	}
}

impl<C, Block, AccountId, BlockNumber> CitizensApiServer<Block::Hash>
	for Citizens<C, Block, AccountId, BlockNumber>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: CitizensRuntimeApi<Block, AccountId, BlockNumber>,
	AccountId: codec::Codec + Display + Send + Sync + 'static,
	BlockNumber: codec::Codec + Into<u64> + Send + Sync + 'static,
{
	fn citizen(&self, citizen: String, at: Option<Block::Hash>) -> RpcResult<CitizenJson> {
		let id = parse_hash("citizen", &citizen)?;
		let record = self.record(self.at(at), id)?;
		Ok(CitizenJson {
			citizen: hex(&id),
			status: format!("{:?}", record.status),
			account: record.account.map(|account| account.to_string()),
			registered_by: record.registered_by,
			registered_at: record.registered_at.into(),
			attestations: record.attestations,
			consents: record.consents,
			accesses: record.accesses,
		})
	}

	fn verify_attestation(
		&self,
		citizen: String,
		claim_hash: String,
		at: Option<Block::Hash>,
	) -> RpcResult<AttestationJson> {
		let id = parse_hash("citizen", &citizen)?;
		let claim = parse_hash("claimHash", &claim_hash)?;
		let at = self.at(at);
		self.record(at, id)?;
		let check =
			self.client.runtime_api().verify_attestation(at, id, claim).map_err(runtime_error)?;
		let mut answer = AttestationJson {
			citizen: hex(&id),
			claim_hash: hex(&claim),
			valid: false,
			status: "NotAttested".into(),
			issuer: None,
			schema: None,
			issued_at: None,
			expires_at: None,
			revoked_at: None,
		};
		if let Some(check) = check {
			let attestation = check.attestation;
			answer.valid = check.status == AttestationStatus::Valid;
			answer.status = format!("{:?}", check.status);
			answer.issuer = Some(attestation.issuer);
			answer.schema = Some(attestation.schema);
			answer.issued_at = Some(attestation.issued_at.into());
			answer.expires_at = attestation.expires_at.map(Into::into);
			answer.revoked_at = attestation.revoked_at.map(Into::into);
		}
		Ok(answer)
	}

	fn consents(&self, citizen: String, at: Option<Block::Hash>) -> RpcResult<Vec<ConsentJson>> {
		let id = parse_hash("citizen", &citizen)?;
		let at = self.at(at);
		self.record(at, id)?;
		let consents = self.client.runtime_api().consents(at, id).map_err(runtime_error)?;
		Ok(consents
			.into_iter()
			.map(|ConsentView { scope, record, in_force }| ConsentJson {
				agency: scope.agency,
				category: scope.category.name().into(),
				purpose: scope.purpose,
				granted_at: record.granted_at.into(),
				expires_at: record.expires_at.map(Into::into),
				revoked_at: record.revoked_at.map(Into::into),
				in_force,
			})
			.collect())
	}

	fn access_log(
		&self,
		citizen: String,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<AccessJson>> {
		let id = parse_hash("citizen", &citizen)?;
		let at = self.at(at);
		let api = self.client.runtime_api();
		let capacity = api.access_log_capacity(at).map_err(runtime_error)?;
		let limit = limit.unwrap_or(capacity);
		if limit > capacity {
			return Err(invalid_params(format!(
				"limit {limit} is above the maximum {capacity} (the entries an access log keeps)"
			)));
		}
		self.record(at, id)?;
		let entries = api.access_log(at, id, from.unwrap_or(0), limit).map_err(runtime_error)?;
		Ok(entries
			.into_iter()
			.map(|entry: AccessEntry<AccountId, BlockNumber>| AccessJson {
				seq: entry.seq,
				agency: entry.agency,
				operator: entry.operator.to_string(),
				category: entry.category.name().into(),
				purpose: entry.purpose,
				emergency: entry.emergency,
				at: entry.at.into(),
			})
			.collect())
	}
}
