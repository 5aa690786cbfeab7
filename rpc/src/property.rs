//! `civitas_property`, `civitas_propertiesOf`, `civitas_titleHistory`, `civitas_transfer`: the
//! `PropertyApi` runtime API in JSON.

use std::{marker::PhantomData, sync::Arc};

use crate::{best_or, hex, invalid_params, page_limit, parse_hash, runtime_error};
use civitas_primitives::property::{
	Owner, PropertyApi as PropertyRuntimeApi, Share, TitleEvent, Transfer,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc, types::ErrorObjectOwned};
use serde::Serialize;
use serde_json::Value;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// An owner: `{"citizen": "0x…"}` or `{"agency": 3}`.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub enum OwnerJson {
	Citizen(String),
	Agency(u32),
}

impl From<Owner> for OwnerJson {
	fn from(owner: Owner) -> Self {
		match owner {
			Owner::Citizen(id) => OwnerJson::Citizen(hex(&id)),
			Owner::Agency(id) => OwnerJson::Agency(id),
		}
	}
}

/// An owner and their share in parts per million.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ShareJson {
	pub owner: OwnerJson,
	pub ppm: u32,
}

fn shares(list: Vec<Share>) -> Vec<ShareJson> {
	list.into_iter().map(|share| ShareJson { owner: share.owner.into(), ppm: share.ppm }).collect()
}

/// An active encumbrance.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct EncumbranceJson {
	pub id: u64,
	/// `"Mortgage"`, `"CourtSeizure"` or `"Lease"`.
	pub kind: String,
	pub holder: u32,
	pub reference_hash: String,
	pub created_at: u64,
}

/// A property, as `civitas_property` answers.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PropertyJson {
	pub id: u64,
	/// The parcel reference as text (or `0x` hex if it is not UTF-8).
	pub parcel_ref: String,
	pub district: u16,
	pub area_m2: u32,
	pub usage: String,
	pub owners: Vec<ShareJson>,
	pub title_hash: String,
	pub registered_by: u32,
	pub registered_at: u64,
	pub open_transfer: Option<u64>,
	pub encumbrances: Vec<EncumbranceJson>,
}

/// One step of a title history, as `civitas_titleHistory` lists it: `step` names it and the
/// fields that step has are set.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StepJson {
	pub seq: u32,
	pub at: u64,
	/// `"Registered"`, `"TransferInitiated"`, `"TransferApproved"`, `"TaxConfirmed"`,
	/// `"TransferFinalized"`, `"TransferRejected"`, `"TransferExpired"`, `"TransferCancelled"`
	/// (with `party`, the seller who withdrew it, and `reasonHash`), `"Encumbered"` or
	/// `"Released"`.
	pub step: String,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub transfer: Option<u64>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub owners: Option<Vec<ShareJson>>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub party: Option<OwnerJson>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub agency: Option<u32>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub title_hash: Option<String>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub contract_hash: Option<String>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub reason_hash: Option<String>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub encumbrance: Option<u64>,
	#[serde(skip_serializing_if = "Option::is_none")]
	pub kind: Option<String>,
}

/// A transfer, as `civitas_transfer` answers.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TransferJson {
	pub id: u64,
	pub property: u64,
	pub new_owners: Vec<ShareJson>,
	pub contract_hash: String,
	pub initiator: OwnerJson,
	/// The sellers and buyers whose approval is still awaited.
	pub pending: Vec<OwnerJson>,
	pub tax_confirmed_by: Option<u32>,
	/// `"Open"`, `"Finalized"`, `"Rejected"`, `"Expired"` or `"Cancelled"`.
	pub status: String,
	pub initiated_at: u64,
	pub expires_at: u64,
}

/// The property methods of the `civitas_*` module.
#[rpc(server)]
pub trait PropertyApi<BlockHash> {
	/// A property with its owners and active encumbrances; -32602 if there is none.
	#[method(name = "civitas_property")]
	fn property(&self, id: u64, at: Option<BlockHash>) -> RpcResult<PropertyJson>;

	/// The ids of an owner's properties, ascending. `owner` is a citizen id (`"0x…"`), an
	/// agency id (a number), or `{"citizen": "0x…"}` / `{"agency": n}`.
	/// Those from id `from` (default 0) on, at most `limit` (default and maximum `MAX_PAGE`).
	#[method(name = "civitas_propertiesOf")]
	fn properties_of(
		&self,
		owner: Value,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<u64>>;

	/// The steps of a property's title history from step `from` (default 0) on, oldest
	/// first, at most `limit` (default and maximum `MAX_PAGE`); -32602 if there is no such
	/// property.
	#[method(name = "civitas_titleHistory")]
	fn title_history(
		&self,
		id: u64,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<StepJson>>;

	/// A transfer, open or closed; -32602 if there is none.
	#[method(name = "civitas_transfer")]
	fn transfer(&self, id: u64, at: Option<BlockHash>) -> RpcResult<TransferJson>;
}

/// The implementation over a client whose runtime has `PropertyApi`.
pub struct Property<C, Block, BlockNumber> {
	client: Arc<C>,
	_types: PhantomData<(Block, BlockNumber)>,
}

impl<C, Block, BlockNumber> Property<C, Block, BlockNumber> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _types: PhantomData }
	}
}

/// An owner as clients give it.
fn parse_owner(owner: &Value) -> Result<Owner, ErrorObjectOwned> {
	let bad = || {
		invalid_params(format!(
			"owner: expected a citizen id \"0x…\", an agency id, {{\"citizen\": \"0x…\"}} or \
			 {{\"agency\": n}}, got {owner}"
		))
	};
	match owner {
		Value::String(citizen) => Ok(Owner::Citizen(parse_hash("owner", citizen)?)),
		Value::Number(agency) => {
			agency.as_u64().and_then(|id| u32::try_from(id).ok()).map(Owner::Agency).ok_or_else(bad)
		},
		Value::Object(fields) if fields.len() == 1 => match fields.iter().next() {
			Some((key, value)) if key == "citizen" || key == "agency" => parse_owner(value),
			_ => Err(bad()),
		},
		_ => Err(bad()),
	}
}

fn parcel_text(bytes: Vec<u8>) -> String {
	String::from_utf8(bytes).unwrap_or_else(|error| hex(error.as_bytes()))
}

fn step<BlockNumber: Into<u64>>(
	seq: u32,
	at: BlockNumber,
	event: TitleEvent<Vec<Share>>,
) -> StepJson {
	let mut json = StepJson { seq, at: at.into(), ..Default::default() };
	json.step = match event {
		TitleEvent::Registered { owners, title_hash } => {
			json.owners = Some(shares(owners));
			json.title_hash = Some(hex(&title_hash));
			"Registered"
		},
		TitleEvent::TransferInitiated { transfer, initiator, contract_hash } => {
			json.transfer = Some(transfer);
			json.party = Some(initiator.into());
			json.contract_hash = Some(hex(&contract_hash));
			"TransferInitiated"
		},
		TitleEvent::TransferApproved { transfer, party } => {
			json.transfer = Some(transfer);
			json.party = Some(party.into());
			"TransferApproved"
		},
		TitleEvent::TaxConfirmed { transfer, agency } => {
			json.transfer = Some(transfer);
			json.agency = Some(agency);
			"TaxConfirmed"
		},
		TitleEvent::TransferFinalized { transfer, owners, agency } => {
			json.transfer = Some(transfer);
			json.owners = Some(shares(owners));
			json.agency = Some(agency);
			"TransferFinalized"
		},
		TitleEvent::TransferRejected { transfer, agency, reason_hash } => {
			json.transfer = Some(transfer);
			json.agency = Some(agency);
			json.reason_hash = Some(hex(&reason_hash));
			"TransferRejected"
		},
		TitleEvent::TransferExpired { transfer } => {
			json.transfer = Some(transfer);
			"TransferExpired"
		},
		TitleEvent::Encumbered { encumbrance, kind, holder } => {
			json.encumbrance = Some(encumbrance);
			json.kind = Some(kind.name().into());
			json.agency = Some(holder);
			"Encumbered"
		},
		TitleEvent::Released { encumbrance, holder } => {
			json.encumbrance = Some(encumbrance);
			json.agency = Some(holder);
			"Released"
		},
		TitleEvent::TransferCancelled { transfer, by, reason_hash } => {
			json.transfer = Some(transfer);
			json.party = Some(by.into());
			json.reason_hash = Some(hex(&reason_hash));
			"TransferCancelled"
		},
	}
	.into();
	json
}

impl<C, Block, BlockNumber> PropertyApiServer<Block::Hash> for Property<C, Block, BlockNumber>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: PropertyRuntimeApi<Block, BlockNumber>,
	BlockNumber: codec::Codec + Into<u64> + Send + Sync + 'static,
{
	fn property(&self, id: u64, at: Option<Block::Hash>) -> RpcResult<PropertyJson> {
		let at = best_or(&*self.client, at);
		let view = self
			.client
			.runtime_api()
			.property(at, id)
			.map_err(runtime_error)?
			.ok_or_else(|| invalid_params(format!("no property has id {id}")))?;
		Ok(PropertyJson {
			id: view.id,
			parcel_ref: parcel_text(view.parcel_ref),
			district: view.district,
			area_m2: view.area_m2,
			usage: view.usage.name().into(),
			owners: shares(view.owners),
			title_hash: hex(&view.title_hash),
			registered_by: view.registered_by,
			registered_at: view.registered_at.into(),
			open_transfer: view.open_transfer,
			encumbrances: view
				.encumbrances
				.into_iter()
				.map(|(id, claim)| EncumbranceJson {
					id,
					kind: claim.kind.name().into(),
					holder: claim.holder,
					reference_hash: hex(&claim.reference_hash),
					created_at: claim.created_at.into(),
				})
				.collect(),
		})
	}

	fn properties_of(
		&self,
		owner: Value,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<u64>> {
		let owner = parse_owner(&owner)?;
		let limit = page_limit(limit)?;
		let at = best_or(&*self.client, at);
		let api = self.client.runtime_api();
		api.properties_of(at, owner, from.unwrap_or(0), limit).map_err(runtime_error)
	}

	fn title_history(
		&self,
		id: u64,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<StepJson>> {
		let limit = page_limit(limit)?;
		let at = best_or(&*self.client, at);
		let api = self.client.runtime_api();
		let history = api.title_history(at, id, from.unwrap_or(0), limit).map_err(runtime_error)?;
		// A registered property always has its registration.
		if history.is_empty() && api.property(at, id).map_err(runtime_error)?.is_none() {
			return Err(invalid_params(format!("no property has id {id}")));
		}
		Ok(history.into_iter().map(|entry| step(entry.seq, entry.at, entry.event)).collect())
	}

	fn transfer(&self, id: u64, at: Option<Block::Hash>) -> RpcResult<TransferJson> {
		let at = best_or(&*self.client, at);
		let record: Transfer<BlockNumber, Vec<Share>, Vec<Owner>> = self
			.client
			.runtime_api()
			.transfer(at, id)
			.map_err(runtime_error)?
			.ok_or_else(|| invalid_params(format!("no transfer has id {id}")))?;
		Ok(TransferJson {
			id,
			property: record.property,
			new_owners: shares(record.new_owners),
			contract_hash: hex(&record.contract_hash),
			initiator: record.initiator.into(),
			pending: record.pending.into_iter().map(Into::into).collect(),
			tax_confirmed_by: record.tax_confirmed_by,
			status: record.status.name().into(),
			initiated_at: record.initiated_at.into(),
			expires_at: record.expires_at.into(),
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn owners_parse_in_every_form_clients_use() {
		let citizen = format!("0x{}", "ab".repeat(32));
		assert_eq!(parse_owner(&json!(citizen)).unwrap(), Owner::Citizen([0xab; 32]));
		assert_eq!(
			parse_owner(&json!({ "citizen": citizen })).unwrap(),
			Owner::Citizen([0xab; 32])
		);
		assert_eq!(parse_owner(&json!(3)).unwrap(), Owner::Agency(3));
		assert_eq!(parse_owner(&json!({ "agency": 3 })).unwrap(), Owner::Agency(3));
		for bad in
			[json!(-1), json!(1.5), json!(u64::MAX), json!({ "bank": 1 }), json!([1]), json!(null)]
		{
			let error = parse_owner(&bad).unwrap_err();
			assert_eq!(error.code(), jsonrpsee::types::error::INVALID_PARAMS_CODE, "{bad}");
		}
		assert!(parse_owner(&json!("0x12")).unwrap_err().message().contains("owner: expected 64"));
	}

	#[test]
	fn owners_and_steps_serialize_as_documented() {
		let json =
			serde_json::to_value(ShareJson { owner: OwnerJson::Agency(2), ppm: 10 }).unwrap();
		assert_eq!(json, json!({ "owner": { "agency": 2 }, "ppm": 10 }));
		let approved =
			step(3, 7u32, TitleEvent::TransferApproved { transfer: 1, party: Owner::Agency(4) });
		assert_eq!(
			serde_json::to_value(approved).unwrap(),
			json!({ "seq": 3, "at": 7, "step": "TransferApproved", "transfer": 1, "party": { "agency": 4 } })
		);
		assert_eq!(parcel_text(b"110105-42".to_vec()), "110105-42");
		assert_eq!(parcel_text(vec![0xff, 0x00]), "0xff00");
	}
}
