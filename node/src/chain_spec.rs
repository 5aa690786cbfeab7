//! The chain specifications the node knows by name: `dev` and `local`. Any other `--chain`
//! value is read as a path to a JSON chain spec (for example one made for N agencies).

use civitas_runtime::{
	genesis_config_presets::{DEV_PRESET, LOCAL_PRESET},
	WASM_BINARY,
};
use sc_service::{ChainType, Properties};

/// A chain spec with no extensions; the genesis comes from a runtime preset.
pub type ChainSpec = sc_service::GenericChainSpec;

/// Token properties that Polkadot.js Apps shows (symbol, decimals, address format).
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), "CVT".into());
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the runtime's wasm binary is not available: this node was built with \
		 SKIP_WASM_BUILD; rebuild without it"
			.to_string()
	})
}

/// A chain spec whose genesis is the runtime's preset `preset`.
fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, Default::default())
		.with_name(name)
		.with_id(id)
		.with_protocol_id(&id.replace('_', "-"))
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// One authority (Alice) and a sudo key: for development on one machine.
pub fn development() -> Result<ChainSpec, String> {
	from_preset("Civitas Development", "civitas_dev", ChainType::Development, DEV_PRESET)
}

/// Three agencies' authority nodes (Alice, Bob, Charlie), no sudo key.
pub fn local_network() -> Result<ChainSpec, String> {
	from_preset("Civitas Local", "civitas_local", ChainType::Local, LOCAL_PRESET)
}

/// Resolve a `--chain` argument: a known name, or a path to a chain-spec file.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"" | "dev" => Box::new(development()?),
		"local" => Box::new(local_network()?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path)).map_err(
			|error| {
				format!("--chain {path}: not `dev`, `local`, nor a readable chain spec: {error}")
			},
		)?),
	})
}
