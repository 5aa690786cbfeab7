//! The node's JSON-RPC methods beyond those `sc-service` provides itself: account nonces
//! (`system_accountNextIndex`), fee queries (`payment_*`) and the `civitas_*` module.

use std::sync::Arc;

use civitas_rpc::{
	AgenciesApiServer, CatalogApiServer, CitizensApiServer, HealthApiServer, ParkingApiServer,
	PropertyApiServer,
};
use civitas_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client, to call runtime APIs and read headers.
	pub client: Arc<C>,
	/// The transaction pool, for nonces that count pending transactions.
	pub pool: Arc<P>,
}

/// Build the RPC module with every method the node serves in addition to the defaults.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>
		+ civitas_primitives::agencies::AgenciesApi<Block, AccountId>
		+ civitas_primitives::citizens::CitizensApi<Block, AccountId, BlockNumber>
		+ civitas_primitives::health::HealthApi<Block, AccountId, BlockNumber>
		+ civitas_primitives::property::PropertyApi<Block, BlockNumber>
		+ civitas_primitives::parking::ParkingApi<Block, AccountId, BlockNumber>
		+ civitas_primitives::catalog::CatalogApi<Block, AccountId, BlockNumber>
		+ BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(civitas_rpc::Agencies::<_, Block, AccountId>::new(client.clone()).into_rpc())?;
	module.merge(
		civitas_rpc::Citizens::<_, Block, AccountId, BlockNumber>::new(client.clone()).into_rpc(),
	)?;
	module.merge(
		civitas_rpc::Health::<_, Block, AccountId, BlockNumber>::new(client.clone()).into_rpc(),
	)?;
	module.merge(civitas_rpc::Property::<_, Block, BlockNumber>::new(client.clone()).into_rpc())?;
	module.merge(
		civitas_rpc::Parking::<_, Block, AccountId, BlockNumber>::new(client.clone()).into_rpc(),
	)?;
	module
		.merge(civitas_rpc::Catalog::<_, Block, AccountId, BlockNumber>::new(client).into_rpc())?;

	Ok(module)
}
