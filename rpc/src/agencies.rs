//! `civitas_agencies`: the `AgenciesApi` runtime API in JSON — every agency with its roles,
//! status, admin, authority and nodes.

use std::{fmt::Display, marker::PhantomData, sync::Arc};

use crate::{best_or, hex, page_limit, runtime_error};
use civitas_primitives::{
	agencies::{AgenciesApi as AgenciesRuntimeApi, AgencyView},
	Roles,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
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
		let list = api.agencies(at, from.unwrap_or(0), limit).map_err(runtime_error)?;
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
		};
		assert_eq!(
			serde_json::to_value(agency_json(view)).unwrap(),
			json!({ "id": 0, "name": "Municipal Health Commission", "roles": 12,
				"roleNames": ["HEALTH", "DISEASE_CONTROL"], "district": null, "status": "Suspended",
				"admin": "5Grw", "authority": null, "operators": 2,
				"nodes": [format!("0x{}", "ab".repeat(32))] })
		);
	}
}
