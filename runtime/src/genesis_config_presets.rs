//! Genesis presets: `dev` (one authority, a sudo key) and `local` (three agency
//! authorities, no sudo key). The node turns them into chain specs (`--chain dev|local`).

use crate::{
	AccountId, BalancesConfig, RuntimeGenesisConfig, SudoConfig, UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Name of the single-authority development preset (with sudo).
pub const DEV_PRESET: &str = "dev";
/// Name of the three-agency local network preset (no sudo).
pub const LOCAL_PRESET: &str = "local";

/// What every well-known test account starts with: enough to pay fees for a long time.
const ENDOWMENT: u128 = 1_000_000 * UNIT;

/// An authority's keys: Aura (sr25519) for blocks, GRANDPA (ed25519) for finality.
type AuthorityKeys = (AuraId, GrandpaId);

fn genesis(
	authorities: Vec<AuthorityKeys>,
	endowed_accounts: Vec<AccountId>,
	sudo_key: Option<AccountId>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|account| (account, ENDOWMENT)).collect(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: authorities.iter().map(|(aura, _)| aura.clone()).collect(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: authorities.iter().map(|(_, grandpa)| (grandpa.clone(), 1)).collect(),
		},
		sudo: SudoConfig { key: sudo_key },
	})
}

/// Keys of a well-known development authority ("//Alice", ...): its sr25519 key for Aura
/// and its ed25519 key for GRANDPA.
fn authority_keys(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> AuthorityKeys {
	(aura.public().into(), grandpa.public().into())
}

fn well_known_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// One authority (Alice), Alice holds the sudo key.
pub fn dev_genesis() -> Value {
	genesis(
		vec![authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		well_known_accounts(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// Three agencies' authority nodes (Alice, Bob, Charlie); no sudo key: nothing on this chain
/// can bypass governance.
pub fn local_genesis() -> Value {
	genesis(
		vec![
			authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority_keys(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority_keys(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		],
		well_known_accounts(),
		None,
	)
}

/// The JSON patch of a named preset, as the `GenesisBuilder` runtime API returns it. The
/// standard polkadot-sdk names (`development`, `local_testnet`) are accepted as aliases so
/// that generic tools find them too.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_PRESET | sp_genesis_builder::DEV_RUNTIME_PRESET => dev_genesis(),
		LOCAL_PRESET | sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work; qed")
			.into_bytes(),
	)
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_PRESET), PresetId::from(LOCAL_PRESET)]
}
