//! The gateway's configuration: one TOML file (see `gateway/gateway.example.toml`).

use crate::policy::Limits;
use serde::Deserialize;
use std::{net::SocketAddr, path::PathBuf};

/// What `civitas-gateway run --config FILE` reads.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
	/// The agency this gateway acts for.
	pub agency: u32,
	/// Its node's JSON-RPC WebSocket, e.g. `ws://127.0.0.1:9944`.
	pub node: String,
	/// A file holding the secret of an operator key of the agency (a secret URI such as a
	/// mnemonic, or `0x` and a hex seed), sr25519. Give the gateway a key of its own: its
	/// receipts use the key's nonces.
	pub operator_key_file: PathBuf,
	/// Where the store, the message log and the TLS identity are kept.
	pub data_dir: PathBuf,
	/// Where the encrypted documents and payloads go (default: `data_dir/blobs`).
	pub blob_dir: Option<PathBuf>,
	/// The outward face (HTTPS, gateway to gateway), e.g. `0.0.0.0:8443`. What the chain names
	/// as the gateway's endpoint must reach it.
	pub outward: SocketAddr,
	/// The inward face (HTTP, the agency's own systems), e.g. `127.0.0.1:8080`. Keep it off
	/// public networks: whoever reaches it acts for the agency.
	pub inward: SocketAddr,
	#[serde(default)]
	pub limits: LimitsConfig,
	#[serde(default)]
	pub receipts: ReceiptsConfig,
}

/// `[limits]`: how far the gateway trusts its view of the chain and its peers' clocks.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
	/// The most blocks the finalized head may be behind the best block.
	pub max_lag: u32,
	/// The most seconds since the view of the chain was last refreshed.
	pub max_age_secs: u64,
	/// The most milliseconds between a request's time and this gateway's clock.
	pub max_skew_ms: u64,
	/// How many blocks an on-chain access to a health record allows fetches for.
	pub access_window: u32,
}

impl Default for LimitsConfig {
	fn default() -> Self {
		let limits = Limits::default();
		Self {
			max_lag: limits.max_lag,
			max_age_secs: limits.max_age_secs,
			max_skew_ms: limits.max_skew_ms,
			access_window: limits.access_window,
		}
	}
}

impl From<&LimitsConfig> for Limits {
	fn from(config: &LimitsConfig) -> Self {
		Limits {
			max_lag: config.max_lag,
			max_age_secs: config.max_age_secs,
			max_skew_ms: config.max_skew_ms,
			access_window: config.access_window,
		}
	}
}

/// `[receipts]`: how receipts go on chain.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReceiptsConfig {
	/// Milliseconds between two submissions of the queued receipts (one extrinsic each time).
	pub interval_ms: u64,
	/// The most grants' batches in one extrinsic.
	pub max_batches: usize,
	/// Blocks to wait for a submitted extrinsic before submitting its receipts again.
	pub resubmit_after: u32,
	/// Consumer: seconds a recorded batch may name a payload not (yet) received before the
	/// delivery is disputed as not received.
	pub missing_after_secs: u32,
}

impl Default for ReceiptsConfig {
	fn default() -> Self {
		Self { interval_ms: 2_000, max_batches: 64, resubmit_after: 20, missing_after_secs: 300 }
	}
}

impl Config {
	pub fn load(path: &std::path::Path) -> Result<Self, String> {
		let text = std::fs::read_to_string(path)
			.map_err(|error| format!("reading {}: {error}", path.display()))?;
		toml::from_str(&text).map_err(|error| format!("{}: {error}", path.display()))
	}

	pub fn blob_dir(&self) -> PathBuf {
		self.blob_dir.clone().unwrap_or_else(|| self.data_dir.join("blobs"))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_minimal_config_takes_the_defaults_and_a_typo_is_refused() {
		let minimal = r#"
			agency = 2
			node = "ws://127.0.0.1:9944"
			operator_key_file = "key"
			data_dir = "data"
			outward = "0.0.0.0:8443"
			inward = "127.0.0.1:8080"
		"#;
		let config: Config = toml::from_str(minimal).unwrap();
		assert_eq!(config.agency, 2);
		assert_eq!(config.blob_dir(), PathBuf::from("data/blobs"));
		assert_eq!(config.limits.max_lag, Limits::default().max_lag);
		assert_eq!(config.receipts.max_batches, 64);

		let example: Config = toml::from_str(include_str!("../gateway.example.toml")).unwrap();
		assert_eq!(example.receipts.interval_ms, 2_000);

		let typo = format!("{minimal}\nmax_lag = 3\n");
		let error = toml::from_str::<Config>(&typo).unwrap_err().to_string();
		assert!(error.contains("max_lag"), "{error}");
	}
}
