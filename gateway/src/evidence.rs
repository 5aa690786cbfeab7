//! The message log: one entry per exchange, on both sides — who asked whom for what (by
//! hash), under which grant, what was decided at which finalized block, and both signatures,
//! so that an auditor can export it (the inward `GET /v1/log`) and check each entry on its own
//! against the chain (`civitas-gateway verify-log`).

use crate::statement::{Request, Response};
use serde::{Deserialize, Serialize};
use sp_core::{crypto::Ss58Codec, H256};
use sp_runtime::AccountId32;

/// One exchange, as either side saw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
	/// `provider` (this gateway answered) or `consumer` (this gateway asked).
	pub side: String,
	/// Milliseconds since the Unix epoch, by this gateway's clock.
	pub logged_ms: u64,
	pub provider: u32,
	pub requester: u32,
	pub method: String,
	pub path: String,
	pub request_time_ms: u64,
	/// Hex.
	pub nonce: String,
	/// SS58.
	pub request_signer: String,
	/// Hex.
	pub request_signature: String,
	pub status: u16,
	/// The refusal's code, if refused.
	pub refusal: Option<String>,
	/// The grant a payload was served under.
	pub grant: Option<u64>,
	/// blake2-256 of the response body, hex.
	pub body_hash: String,
	pub len: Option<u64>,
	/// The finalized block the provider decided at.
	pub block_number: u32,
	/// Hex.
	pub block_hash: String,
	/// SS58.
	pub response_signer: String,
	/// Hex.
	pub response_signature: String,
}

impl Entry {
	/// The entry of a request and its signed response.
	#[allow(clippy::too_many_arguments)]
	pub fn new(
		side: &str,
		logged_ms: u64,
		request: &Request,
		request_signer: &AccountId32,
		response: &Response,
		response_signer: &AccountId32,
		response_signature: &[u8; 64],
		refusal: Option<&str>,
		grant: Option<u64>,
		len: Option<u64>,
	) -> Self {
		Self {
			side: side.into(),
			logged_ms,
			provider: request.provider,
			requester: request.requester,
			method: request.method.into(),
			path: request.path.into(),
			request_time_ms: request.time_ms,
			nonce: hex::encode(request.nonce),
			request_signer: request_signer.to_ss58check(),
			request_signature: hex::encode(response.request_signature),
			status: response.status,
			refusal: refusal.map(Into::into),
			grant,
			body_hash: hex::encode(response.body_hash),
			len,
			block_number: response.block_number,
			block_hash: format!("{:?}", response.block_hash),
			response_signer: response_signer.to_ss58check(),
			response_signature: hex::encode(response_signature),
		}
	}

	/// Both statements rebuilt from the entry, and whether each signature verifies.
	pub fn signatures_verify(&self) -> Result<(), String> {
		let array = |text: &str, what: &str| -> Result<Vec<u8>, String> {
			hex::decode(text.trim_start_matches("0x")).map_err(|_| format!("{what} is not hex"))
		};
		let nonce: [u8; 16] =
			array(&self.nonce, "nonce")?.try_into().map_err(|_| "nonce: 16 bytes")?;
		let request_signature: [u8; 64] = array(&self.request_signature, "request signature")?
			.try_into()
			.map_err(|_| "request signature: 64 bytes")?;
		let response_signature: [u8; 64] = array(&self.response_signature, "response signature")?
			.try_into()
			.map_err(|_| "response signature: 64 bytes")?;
		let body_hash: [u8; 32] =
			array(&self.body_hash, "body hash")?.try_into().map_err(|_| "body hash: 32 bytes")?;
		let block_hash: [u8; 32] = array(&self.block_hash, "block hash")?
			.try_into()
			.map_err(|_| "block hash: 32 bytes")?;
		let request_signer = AccountId32::from_ss58check(&self.request_signer)
			.map_err(|_| "the request signer is not SS58")?;
		let response_signer = AccountId32::from_ss58check(&self.response_signer)
			.map_err(|_| "the response signer is not SS58")?;
		let request = Request {
			provider: self.provider,
			requester: self.requester,
			method: &self.method,
			path: &self.path,
			body_hash: crate::protocol::empty_hash(),
			time_ms: self.request_time_ms,
			nonce,
		};
		// A request refused for its signature carries one that does not verify: that is what
		// the provider's signed refusal says.
		let refused_for_it = self.refusal.as_deref() == Some("bad-signature") && self.status != 200;
		if !refused_for_it
			&& !crate::statement::verify(&request_signer, &request.statement(), &request_signature)
		{
			return Err("the request's signature does not verify".into());
		}
		let response = Response {
			request_signature,
			status: self.status,
			body_hash,
			block_number: self.block_number,
			block_hash: H256(block_hash),
		};
		if !crate::statement::verify(&response_signer, &response.statement(), &response_signature) {
			return Err("the response's signature does not verify".into());
		}
		Ok(())
	}
}

/// The record and the access block (`?access=N`) a document request's path names, if it is one
/// (`/v1/documents/{record}[?access=N]`); `None` for any other path. A malformed document path
/// is `Some(Err)`: an entry that claims a document but names none cannot verify.
pub fn document_request(path: &str) -> Option<Result<(u64, Option<u32>), String>> {
	let rest = path.strip_prefix("/v1/documents/")?;
	let (record, query) = rest.split_once('?').map_or((rest, None), |(r, q)| (r, Some(q)));
	let parsed = (|| {
		let record = record.parse().map_err(|_| format!("{path}: the record is not a number"))?;
		let access = match query {
			None => None,
			Some(query) => Some(
				query
					.strip_prefix("access=")
					.and_then(|block| block.parse().ok())
					.ok_or_else(|| format!("{path}: the query is not access=N"))?,
			),
		};
		Ok((record, access))
	})();
	Some(parsed)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::statement::sign;
	use sp_core::{sr25519, Pair};

	/// Dave asks for agency 1's payload 4 on behalf of agency 2; Eve answers.
	fn parties() -> (sr25519::Pair, sr25519::Pair, Request<'static>) {
		let dave = sr25519::Pair::from_string("//Dave", None).unwrap();
		let eve = sr25519::Pair::from_string("//Eve", None).unwrap();
		let request = Request {
			provider: 1,
			requester: 2,
			method: "GET",
			path: "/v1/payloads/4",
			body_hash: crate::protocol::empty_hash(),
			time_ms: 1_000,
			nonce: [5; 16],
		};
		(dave, eve, request)
	}

	#[test]
	fn an_entry_verifies_and_any_edit_of_it_does_not() {
		let (dave, eve, request) = parties();
		let request_signature = sign(&dave, &request.statement());
		let response = Response {
			request_signature,
			status: 200,
			body_hash: [6; 32],
			block_number: 40,
			block_hash: H256([7; 32]),
		};
		let response_signature = sign(&eve, &response.statement());
		let entry = Entry::new(
			"provider",
			2_000,
			&request,
			&dave.public().into(),
			&response,
			&eve.public().into(),
			&response_signature,
			None,
			Some(3),
			Some(10),
		);
		entry.signatures_verify().unwrap();

		let mut edited = entry.clone();
		edited.path = "/v1/payloads/5".into();
		assert_eq!(
			edited.signatures_verify().unwrap_err(),
			"the request's signature does not verify"
		);
		let mut edited = entry.clone();
		edited.body_hash = hex::encode([8; 32]);
		assert_eq!(
			edited.signatures_verify().unwrap_err(),
			"the response's signature does not verify"
		);
		let mut edited = entry;
		edited.response_signer = AccountId32::from(dave.public()).to_ss58check();
		assert!(edited.signatures_verify().is_err());
	}

	#[test]
	fn a_request_refused_for_its_signature_is_logged_with_it_and_still_verifies() {
		let (dave, eve, request) = parties();
		// Signed by someone else than the signer it names.
		let forged = sign(&eve, &request.statement());
		let logged = |status: u16, refusal: Option<&str>| {
			let response = Response {
				request_signature: forged,
				status,
				body_hash: [6; 32],
				block_number: 40,
				block_hash: H256([7; 32]),
			};
			let response_signature = sign(&eve, &response.statement());
			Entry::new(
				"provider",
				2_000,
				&request,
				&dave.public().into(),
				&response,
				&eve.public().into(),
				&response_signature,
				refusal,
				None,
				None,
			)
		};
		logged(401, Some("bad-signature")).signatures_verify().unwrap();
		// Any other outcome with that signature does not verify: served, or refused for
		// another reason.
		assert_eq!(
			logged(200, Some("bad-signature")).signatures_verify().unwrap_err(),
			"the request's signature does not verify"
		);
		assert!(logged(403, Some("no-grant")).signatures_verify().is_err());
		assert!(logged(200, None).signatures_verify().is_err());
		// The provider's own signature still has to hold.
		let mut edited = logged(401, Some("bad-signature"));
		edited.status = 403;
		assert!(edited.signatures_verify().is_err());
	}

	#[test]
	fn a_document_request_names_its_record_and_access_block_and_nothing_else_does() {
		assert_eq!(document_request("/v1/documents/7?access=40"), Some(Ok((7, Some(40)))));
		assert_eq!(document_request("/v1/documents/7"), Some(Ok((7, None))));
		assert_eq!(document_request("/v1/payloads/7?grant=2"), None);
		assert!(matches!(document_request("/v1/documents/x"), Some(Err(_))));
		assert!(matches!(document_request("/v1/documents/7?grant=2"), Some(Err(_))));
		assert!(matches!(document_request("/v1/documents/7?access=-1"), Some(Err(_))));
	}
}
