//! The `civitas_*` JSON-RPC methods. Each wraps a runtime API and answers in plain JSON:
//! hashes and ids as `0x…` hex, accounts as SS58, numbers as numbers, enums as their names.
//! Every method takes an optional block hash last (default: the best block).
//!
//! Errors say what was wrong: `-32602` (invalid params) for malformed hex or a limit above
//! the maximum, [`UNKNOWN_CITIZEN`] for a citizen who is not registered, [`RUNTIME_ERROR`]
//! when the runtime API could not be called at that block.

pub mod agencies;
pub mod catalog;
pub mod citizens;
pub mod health;
pub mod parking;
pub mod property;

use civitas_primitives::{CitizenId, MAX_PAGE};
use jsonrpsee::types::{error::INVALID_PARAMS_CODE, ErrorObjectOwned};
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

pub use agencies::{Agencies, AgenciesApiServer};
pub use catalog::{Catalog, CatalogApiServer};
pub use citizens::{Citizens, CitizensApiServer};
pub use health::{Health, HealthApiServer};
pub use parking::{Parking, ParkingApiServer};
pub use property::{Property, PropertyApiServer};

/// No citizen is registered under the id given.
pub const UNKNOWN_CITIZEN: i32 = 4001;
/// The runtime API failed (e.g. the block is unknown or its runtime lacks the API).
pub const RUNTIME_ERROR: i32 = 5001;

pub(crate) fn invalid_params(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(INVALID_PARAMS_CODE, message.into(), None::<()>)
}

pub(crate) fn runtime_error(error: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, format!("runtime API call failed: {error}"), None::<()>)
}

/// The block asked for, or the best block.
pub(crate) fn best_or<Block: BlockT>(
	client: &impl HeaderBackend<Block>,
	at: Option<Block::Hash>,
) -> Block::Hash {
	at.unwrap_or_else(|| client.info().best_hash)
}

/// The `limit` a list method was given, or [`MAX_PAGE`] if none; `-32602` above it.
pub(crate) fn page_limit(limit: Option<u32>) -> Result<u32, ErrorObjectOwned> {
	match limit {
		None => Ok(MAX_PAGE),
		Some(limit) if limit <= MAX_PAGE => Ok(limit),
		Some(limit) => {
			Err(invalid_params(format!("limit {limit} is above the maximum page of {MAX_PAGE}")))
		},
	}
}

pub(crate) fn unknown_citizen(citizen: &CitizenId) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(
		UNKNOWN_CITIZEN,
		format!("unknown citizen {}: no citizen is registered under this id", hex(citizen)),
		None::<()>,
	)
}

/// A 32-byte value given as `0x` and 64 hex digits; `what` names the parameter in errors.
pub(crate) fn parse_hash(what: &str, value: &str) -> Result<[u8; 32], ErrorObjectOwned> {
	let digits = value.strip_prefix("0x").ok_or_else(|| {
		invalid_params(format!("{what}: expected 0x and 64 hex digits, got {value:?}"))
	})?;
	if digits.len() != 64 {
		return Err(invalid_params(format!(
			"{what}: expected 64 hex digits (32 bytes), got {}",
			digits.len()
		)));
	}
	let bytes = sp_core::bytes::from_hex(digits)
		.map_err(|_| invalid_params(format!("{what}: {value:?} is not hex")))?;
	let mut hash = [0u8; 32];
	hash.copy_from_slice(&bytes);
	Ok(hash)
}

pub(crate) fn hex(bytes: &[u8]) -> String {
	format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&bytes))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn page_limits_default_to_the_page_and_refuse_more() {
		assert_eq!(page_limit(None).unwrap(), MAX_PAGE);
		assert_eq!(page_limit(Some(0)).unwrap(), 0);
		assert_eq!(page_limit(Some(MAX_PAGE)).unwrap(), MAX_PAGE);
		let over = page_limit(Some(MAX_PAGE + 1)).unwrap_err();
		assert_eq!(over.code(), INVALID_PARAMS_CODE);
		assert_eq!(over.message(), "limit 1001 is above the maximum page of 1000");
	}

	#[test]
	fn hashes_parse_from_hex_and_say_what_is_wrong() {
		let good = format!("0x{}", "ab".repeat(32));
		assert_eq!(parse_hash("citizen", &good).unwrap(), [0xab; 32]);
		assert_eq!(hex(&[0xab; 32]), good);

		let missing_prefix = parse_hash("citizen", &"ab".repeat(32)).unwrap_err();
		assert_eq!(missing_prefix.code(), INVALID_PARAMS_CODE);
		assert!(missing_prefix.message().starts_with("citizen: expected 0x"));
		let short = parse_hash("claimHash", "0xabcd").unwrap_err();
		assert!(
			short.message().contains("expected 64 hex digits (32 bytes), got 4"),
			"{}",
			short.message()
		);
		let not_hex = parse_hash("citizen", &format!("0x{}", "zz".repeat(32))).unwrap_err();
		assert!(not_hex.message().contains("is not hex"));
	}
}
