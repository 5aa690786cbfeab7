//! Runtime APIs: what the node and clients (through `state_call`) may ask the runtime.
//! Everything a client needs is described in the metadata; nothing here needs custom types.

use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::KeyOwnerProofSystem,
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use super::{
	AccountId, Aura, AuraEquivocation, Balance, Block, Executive, Grandpa, Historical,
	InherentDataExt, Nonce, Runtime, RuntimeCall, RuntimeGenesisConfig, SessionKeys, System,
	TransactionPayment, VERSION,
};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(owner: Vec<u8>, seed: Option<Vec<u8>>) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| sp_consensus_grandpa::OpaqueKeyOwnershipProof::new(proof.encode()))
		}
	}

	impl civitas_primitives::equivocation::AuraEquivocationApi<Block, AuraId> for Runtime {
		fn generate_key_ownership_proof(authority: AuraId) -> Option<sp_runtime::OpaqueValue> {
			Historical::prove((<AuraId as sp_runtime::RuntimeAppPublic>::ID, authority))
				.map(|proof| sp_runtime::OpaqueValue::new(proof.encode()))
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: pallet_aura_equivocation::EquivocationProof<<Block as BlockT>::Header, AuraId>,
			key_owner_proof: sp_runtime::OpaqueValue,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			AuraEquivocation::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl civitas_primitives::agencies::AgenciesApi<Block, AccountId> for Runtime {
		fn authorized_nodes() -> Vec<civitas_primitives::NodeId> {
			super::Agencies::authorized_nodes()
		}

		fn agencies(
			from: civitas_primitives::AgencyId,
			limit: u32,
		) -> Vec<civitas_primitives::agencies::AgencyView<AccountId>> {
			super::Agencies::agencies(from, limit)
		}

		fn node_addresses() -> Vec<(civitas_primitives::NodeId, Vec<Vec<u8>>)> {
			super::Agencies::node_addresses()
		}
	}

	impl civitas_primitives::citizens::CitizensApi<Block, AccountId, crate::BlockNumber> for Runtime {
		fn citizen(citizen: pallet_citizens::CitizenId) -> Option<pallet_citizens::Citizen<AccountId, crate::BlockNumber>> {
			super::Citizens::citizen(citizen)
		}

		fn verify_attestation(
			citizen: pallet_citizens::CitizenId,
			claim_hash: pallet_citizens::ClaimHash,
		) -> Option<pallet_citizens::AttestationCheck<crate::BlockNumber>> {
			super::Citizens::verify_attestation(citizen, claim_hash)
		}

		fn consents(citizen: pallet_citizens::CitizenId) -> Vec<pallet_citizens::ConsentView<crate::BlockNumber>> {
			super::Citizens::consents(citizen)
		}

		fn access_log(
			citizen: pallet_citizens::CitizenId,
			from: u64,
			limit: u32,
		) -> Vec<pallet_citizens::AccessEntry<AccountId, crate::BlockNumber>> {
			super::Citizens::access_log(citizen, from, limit)
		}

		fn access_log_capacity() -> u32 {
			<<Runtime as pallet_citizens::Config>::MaxLogEntries as frame_support::traits::Get<u32>>::get()
		}
	}

	impl civitas_primitives::health::HealthApi<Block, AccountId, crate::BlockNumber> for Runtime {
		fn health_code(citizen: pallet_health::CitizenId) -> Option<pallet_health::HealthCodeView<crate::BlockNumber>> {
			super::Health::health_code(citizen)
		}

		fn district_stats(district: pallet_health::District) -> Option<pallet_health::DistrictStats> {
			super::Health::district_stats(district)
		}

		fn records(citizen: pallet_health::CitizenId, from: pallet_health::RecordId, limit: u32) -> Vec<pallet_health::RecordView<crate::BlockNumber>> {
			super::Health::records(citizen, from, limit)
		}

		fn versions(id: pallet_health::RecordId, from: u32, limit: u32) -> Vec<pallet_health::RecordVersion<AccountId, crate::BlockNumber>> {
			super::Health::versions(id, from, limit)
		}

		fn overdue_reviews() -> Vec<(pallet_health::AccessId, pallet_health::EmergencyAccess<AccountId, crate::BlockNumber>)> {
			super::Health::overdue_reviews()
		}
	}

	impl civitas_primitives::property::PropertyApi<Block, crate::BlockNumber> for Runtime {
		fn property(id: pallet_property::PropertyId) -> Option<pallet_property::PropertyView<crate::BlockNumber>> {
			super::Property::property(id)
		}

		fn properties_of(owner: pallet_property::Owner, from: pallet_property::PropertyId, limit: u32) -> Vec<pallet_property::PropertyId> {
			super::Property::properties_of(owner, from, limit)
		}

		fn title_history(id: pallet_property::PropertyId, from: u32, limit: u32) -> Vec<pallet_property::HistoryEntry<crate::BlockNumber, Vec<pallet_property::Share>>> {
			super::Property::title_history(id, from, limit)
		}

		fn transfer(id: pallet_property::TransferId) -> Option<pallet_property::Transfer<crate::BlockNumber, Vec<pallet_property::Share>, Vec<pallet_property::Owner>>> {
			super::Property::transfer(id)
		}
	}

	impl civitas_primitives::parking::ParkingApi<Block, AccountId, crate::BlockNumber> for Runtime {
		fn lot(id: pallet_parking::LotId) -> Option<pallet_parking::LotView<AccountId, crate::BlockNumber>> {
			super::Parking::lot(id)
		}

		fn nearby(
			lat_e6: i32,
			lon_e6: i32,
			radius_m: u32,
			min_free: u32,
			limit: u32,
		) -> Result<Vec<pallet_parking::NearbyLot<AccountId, crate::BlockNumber>>, pallet_parking::NearbyError> {
			super::Parking::nearby(lat_e6, lon_e6, radius_m, min_free, limit)
		}
	}

	impl civitas_primitives::catalog::CatalogApi<Block, AccountId, crate::BlockNumber> for Runtime {
		fn resources(owner: pallet_catalog::AgencyId, from: pallet_catalog::ResourceId, limit: u32) -> Vec<pallet_catalog::ResourceView<crate::BlockNumber>> {
			super::Catalog::resources(owner, from, limit)
		}

		fn grants_of(agency: pallet_catalog::AgencyId, from: pallet_catalog::GrantId, limit: u32) -> Vec<pallet_catalog::GrantView<crate::BlockNumber>> {
			super::Catalog::grants_of(agency, from, limit)
		}

		fn trail(resource: pallet_catalog::ResourceId, from: u32, limit: u32) -> Vec<pallet_catalog::TrailEntry<AccountId, crate::BlockNumber>> {
			super::Catalog::trail(resource, from, limit)
		}

		fn pending_requests(
			owner: pallet_catalog::AgencyId,
		) -> Vec<(pallet_catalog::RequestId, pallet_catalog::Request<AccountId, crate::BlockNumber>)> {
			super::Catalog::pending_requests(owner)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::{baseline::Pallet as BaselineBench, BenchmarkList};
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::{
				extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
			};
			use super::{
				Agencies, AllPalletsWithSystem, Balances, Catalog, Citizens, Governance, Health, Parking,
				Property, Sudo, Timestamp, TransactionPayment, Utility,
			};

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, AllPalletsWithSystem::storage_info())
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline::Pallet as BaselineBench, BenchmarkBatch};
			use frame_support::traits::WhitelistedStorageKeys;
			use frame_system_benchmarking::{
				extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
			};
			use super::{
				Agencies, AllPalletsWithSystem, Balances, Catalog, Citizens, Governance, Health, Parking,
				Property, Sudo, Timestamp, TransactionPayment, Utility,
			};

			let whitelist = AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	/// For try-runtime tools: run the upgrade's migrations with their checks, or a block,
	/// then every pallet's `try_state`, on a copy of a live chain's state.
	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(
			checks: frame_try_runtime::UpgradeCheckSelect,
		) -> (Weight, Weight) {
			let weight = super::Executive::try_runtime_upgrade(checks)
				.unwrap_or_else(|error| panic!("the migrations' checks failed: {error:?}"));
			(weight, super::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as sp_runtime::traits::Block>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			super::Executive::try_execute_block(block, state_root_check, signature_check, select)
				.unwrap_or_else(|error| panic!("the block failed its checks: {error:?}"))
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
