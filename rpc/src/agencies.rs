//! `civitas_agencies`: the `AgenciesApi` runtime API in JSON — every agency with its roles,
//! status, admin, authority, nodes, and the offence that keeps its authority out, if any.

use std::{fmt::Display, marker::PhantomData, sync::Arc};

use crate::{best_or, hex, page_limit, runtime_error};
use civitas_primitives::{
	agencies::{AgenciesApi as AgenciesRuntimeApi, AgencyView},
	Roles,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::Serialize;
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// An agency, as `civitas_agencies` lists it.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AgencyJson {
	pub id: u32,
	pub name: String,
	/// The role bits, as calls take them.
	pub roles: u32,
	/// The names of those roles, in bit order.
	pub role_names: Vec<&'static str>,
	pub district: Option<u16>,
	/// `Active` or `Suspended`.
	pub status: &'static str,
	/// SS58.
	pub admin: String,
	/// The validator account of its authority node, SS58, if it runs one.
	pub authority: Option<String>,
	pub operators: u32,
	/// Its nodes' ids, `0x` + 64 hex digits each.
	pub nodes: Vec<String>,
	/// The offence proven against its authority node that keeps the authority out of the
	/// authority set until the council restores it (`null`: none).
	pub authority_offence: Option<OffenceJson>,
}

/// An offence proven against an agency's authority node.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct OffenceJson {
	/// What was proven: `aura:equivocatio` (two blocks for one slot) or `grandpa:equivoca`
	/// (two votes in one round).
	pub kind: String,
	/// The session in which the authority committed it.
	pub session: u32,
	/// The block whose report proved it.
	pub reported_at: u32,
}

fn agency_json<AccountId: Display>(view: AgencyView<AccountId>) -> AgencyJson {
	AgencyJson {
		id: view.id,
		name: String::from_utf8_lossy(&view.name).into_owned(),
		roles: view.roles.bits(),
		role_names: Roles::NAMED
			.iter()
			.filter(|(role, _)| view.roles.contains(*role))
			.map(|(_, name)| *name)
			.collect(),
		district: view.district,
		status: if view.active { "Active" } else { "Suspended" },
		admin: view.admin.to_string(),
		authority: view.authority.map(|account| account.to_string()),
		operators: view.operators,
		nodes: view.nodes.iter().map(|node| hex(node)).collect(),
		authority_offence: view.authority_offence.map(|offence| OffenceJson {
			kind: String::from_utf8_lossy(&offence.kind).into_owned(),
			session: offence.session,
			reported_at: offence.reported_at,
		}),
	}
}

/// The agency methods of the `civitas_*` module.
#[rpc(server)]
pub trait AgenciesApi<BlockHash> {
	/// The agencies, active and suspended, by id from `from` (default 0) on, at most `limit`
	/// (default and maximum `MAX_PAGE`).
	#[method(name = "civitas_agencies")]
	fn agencies(
		&self,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<AgencyJson>>;
}

/// The implementation over a client whose runtime has `AgenciesApi`.
pub struct Agencies<C, Block, AccountId> {
	client: Arc<C>,
	_types: PhantomData<(Block, AccountId)>,
}

impl<C, Block, AccountId> Agencies<C, Block, AccountId> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _types: PhantomData }
	}
}

impl<C, Block, AccountId> AgenciesApiServer<Block::Hash> for Agencies<C, Block, AccountId>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: AgenciesRuntimeApi<Block, AccountId>,
	AccountId: codec::Codec + Display + Send + Sync + 'static,
{
	fn agencies(
		&self,
		from: Option<u32>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<AgencyJson>> {
		let limit = page_limit(limit)?;
		let at = best_or(&*self.client, at);
		let api = self.client.runtime_api();
		let from = from.unwrap_or(0);
		// A runtime before version 3 of the API answers without offences.
		let version = api
			.api_version::<dyn AgenciesRuntimeApi<Block, AccountId>>(at)
			.map_err(runtime_error)?
			.unwrap_or(1);
		let list = if version >= 3 {
			api.agencies(at, from, limit).map_err(runtime_error)?
		} else {
			#[allow(deprecated)]
			let old = api.agencies_before_version_3(at, from, limit).map_err(runtime_error)?;
			old.into_iter().map(AgencyView::from).collect()
		};
		Ok(list.into_iter().map(agency_json).collect())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn agencies_serialize_with_their_role_names() {
		let view = AgencyView {
			id: 0,
			name: b"Municipal Health Commission".to_vec(),
			roles: Roles::HEALTH | Roles::DISEASE_CONTROL,
			district: None,
			active: false,
			admin: "5Grw".to_string(),
			authority: None,
			operators: 2,
			nodes: vec![[0xab; 32]],
			authority_offence: Some(civitas_primitives::agencies::AuthorityOffence {
				kind: *b"aura:equivocatio",
				session: 4,
				reported_at: 41,
			}),
		};
		assert_eq!(
			serde_json::to_value(agency_json(view)).unwrap(),
			json!({ "id": 0, "name": "Municipal Health Commission", "roles": 12,
				"roleNames": ["HEALTH", "DISEASE_CONTROL"], "district": null, "status": "Suspended",
				"admin": "5Grw", "authority": null, "operators": 2,
				"nodes": [format!("0x{}", "ab".repeat(32))],
				"authorityOffence": { "kind": "aura:equivocatio", "session": 4, "reportedAt": 41 } })
		);
	}
}
