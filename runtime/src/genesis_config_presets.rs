//! Genesis presets: `dev` (one authority, a sudo key) and `local` (three agency
//! authorities, no sudo key). The node turns them into chain specs (`--chain dev|local`).

use crate::{
	AccountId, AgenciesConfig, BalancesConfig, BlockNumber, RuntimeGenesisConfig, SessionConfig,
	SessionKeys, SudoConfig, MINUTES, UNIT,
};
use alloc::{vec, vec::Vec};
use civitas_primitives::{NodeId, Roles};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Name of the single-authority development preset (with sudo).
pub const DEV_PRESET: &str = "dev";
/// Name of the three-agency local network preset (no sudo).
pub const LOCAL_PRESET: &str = "local";

/// Sessions on a local test network last one minute, so that a change of the authority
/// set shows within two minutes.
const LOCAL_SESSION_LENGTH: BlockNumber = MINUTES;

/// What every well-known test account starts with: enough to pay fees for a long time.
const ENDOWMENT: u128 = 1_000_000 * UNIT;

/// An agency at genesis: its name, roles, admin, and the account its authority node uses
/// (whose session keys are the well-known ones of the same name), and its operators.
struct PresetAgency {
	name: &'static str,
	roles: Roles,
	admin: Sr25519Keyring,
	node: (Sr25519Keyring, Ed25519Keyring),
	operators: Vec<Sr25519Keyring>,
	/// Its node's network identity (`None`: peering is not restricted, as on `dev`).
	peer: Option<NodeId>,
}

/// The network identities of the local network's nodes 0, 1 and 2, whose node keys are
/// the 32-byte numbers 1, 2 and 3 (as scripts/local-net.sh and the end-to-end tests write
/// them); their peer ids are 12D3KooWEyoppNCU…, 12D3KooWHdiAxVd8…, 12D3KooWSCufgHzV….
const LOCAL_PEERS: [NodeId; 3] = [
	sp_core::hex2array!("4cb5abf6ad79fbf5abbccafcc269d85cd2651ed4b885b5869f241aedf0a5ba29"),
	sp_core::hex2array!("7422b9887598068e32c4448a949adb290d0f4e35b9e01b0ee5f1a1e600fe2674"),
	sp_core::hex2array!("f381626e41e7027ea431bfe3009e94bdd25a746beec468948d6c3c7c5dc9a54b"),
];

fn genesis(
	agencies: Vec<PresetAgency>,
	session_length: Option<BlockNumber>,
	sudo_key: Option<AccountId>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: well_known_accounts()
				.into_iter()
				.map(|account| (account, ENDOWMENT))
				.collect(),
		},
		agencies: AgenciesConfig {
			agencies: agencies
				.iter()
				.map(|agency| pallet_agencies::GenesisAgency {
					name: agency.name.into(),
					roles: agency.roles.bits(),
					admin: agency.admin.to_account_id(),
					district: None,
					authority: Some(agency.node.0.to_account_id()),
					operators: agency
						.operators
						.iter()
						.map(|operator| operator.to_account_id())
						.collect(),
					nodes: agency.peer.into_iter().collect(),
				})
				.collect(),
			session_length,
		},
		// Aura's and GRANDPA's authorities come from the session: the agencies' nodes.
		session: SessionConfig {
			keys: agencies
				.iter()
				.map(|agency| {
					let (aura, grandpa) = agency.node;
					let account = aura.to_account_id();
					(
						account.clone(),
						account,
						SessionKeys {
							aura: aura.public().into(),
							grandpa: grandpa.public().into(),
						},
					)
				})
				.collect(),
		},
		sudo: SudoConfig { key: sudo_key },
	})
}

fn well_known_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// One agency holding every role, with Alice as its admin, operator and authority node,
/// and Alice holding the sudo key: a newcomer can try every call from Polkadot.js Apps.
pub fn dev_genesis() -> Value {
	genesis(
		vec![PresetAgency {
			name: "Civitas Development Agency",
			roles: Roles::ALL,
			admin: Sr25519Keyring::Alice,
			node: (Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			operators: vec![Sr25519Keyring::Alice],
			peer: None,
		}],
		None,
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// Three agencies — a health bureau, a land registry and a transport bureau — whose admins
/// and nodes are Alice, Bob and Charlie, with Dave, Eve and Ferdie as their operators. No
/// sudo key: only the council (at least two of the three agencies' admins) governs.
/// Sessions last a minute.
pub fn local_genesis() -> Value {
	genesis(
		vec![
			PresetAgency {
				name: "Municipal Health Commission",
				roles: Roles::HEALTH | Roles::DISEASE_CONTROL,
				admin: Sr25519Keyring::Alice,
				node: (Sr25519Keyring::Alice, Ed25519Keyring::Alice),
				operators: vec![Sr25519Keyring::Dave],
				peer: Some(LOCAL_PEERS[0]),
			},
			PresetAgency {
				name: "Municipal Planning and Natural Resources Commission",
				roles: Roles::LAND_REGISTRY | Roles::HOUSING,
				admin: Sr25519Keyring::Bob,
				node: (Sr25519Keyring::Bob, Ed25519Keyring::Bob),
				operators: vec![Sr25519Keyring::Eve],
				peer: Some(LOCAL_PEERS[1]),
			},
			PresetAgency {
				name: "Municipal Transport Commission",
				roles: Roles::TRANSPORT,
				admin: Sr25519Keyring::Charlie,
				node: (Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
				operators: vec![Sr25519Keyring::Ferdie],
				peer: Some(LOCAL_PEERS[2]),
			},
		],
		Some(LOCAL_SESSION_LENGTH),
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
