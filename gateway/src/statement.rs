//! What a gateway signs: the statement of a request and of a response (docs/gateway.md,
//! "Requests and responses"). Both sides build the same bytes from what is on the wire, so a
//! signature covers the method, the path, the body (by its hash), the time and the nonce of
//! a request, and ties a response to the request it answers and the finalized block the
//! decision was made at.

use codec::Encode;
use sp_core::{sr25519, Pair, H256};
use sp_runtime::{traits::Verify, AccountId32};

/// The protocol's version, first in every statement: a signature for another version (or
/// another purpose) never verifies as one of these.
pub const REQUEST_DOMAIN: &[u8] = b"civitas-gateway/1 request";
pub const RESPONSE_DOMAIN: &[u8] = b"civitas-gateway/1 response";

/// A request as the requester signs it and the provider checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request<'a> {
	/// The agency whose gateway is asked: a request signed for one gateway is refused by any
	/// other.
	pub provider: u32,
	/// The agency asking.
	pub requester: u32,
	pub method: &'a str,
	/// The path and query, as sent.
	pub path: &'a str,
	/// blake2-256 of the body (of no bytes for a request without one).
	pub body_hash: [u8; 32],
	/// Milliseconds since the Unix epoch.
	pub time_ms: u64,
	pub nonce: [u8; 16],
}

impl Request<'_> {
	/// The bytes signed: the SCALE encoding of the domain and every field.
	pub fn statement(&self) -> Vec<u8> {
		(
			REQUEST_DOMAIN,
			self.provider,
			self.requester,
			self.method.as_bytes(),
			self.path.as_bytes(),
			self.body_hash,
			self.time_ms,
			self.nonce,
		)
			.encode()
	}
}

/// A response as the provider signs it and the requester checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
	/// The request's signature: the response answers that request and no other.
	pub request_signature: [u8; 64],
	pub status: u16,
	/// blake2-256 of the body.
	pub body_hash: [u8; 32],
	/// The finalized block the provider decided at.
	pub block_number: u32,
	pub block_hash: H256,
}

impl Response {
	pub fn statement(&self) -> Vec<u8> {
		(
			RESPONSE_DOMAIN,
			self.request_signature,
			self.status,
			self.body_hash,
			self.block_number,
			self.block_hash,
		)
			.encode()
	}
}

/// Sign `statement` with an operator's key.
pub fn sign(key: &sr25519::Pair, statement: &[u8]) -> [u8; 64] {
	key.sign(statement).0
}

/// Whether `signature` is `signer`'s over `statement`.
pub fn verify(signer: &AccountId32, statement: &[u8], signature: &[u8; 64]) -> bool {
	let public = sr25519::Public::from_raw(*signer.as_ref());
	sr25519::Signature::from_raw(*signature).verify(statement, &public)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn key(uri: &str) -> (sr25519::Pair, AccountId32) {
		let pair = sr25519::Pair::from_string(uri, None).unwrap();
		let account = AccountId32::from(pair.public());
		(pair, account)
	}

	fn request() -> Request<'static> {
		Request {
			provider: 1,
			requester: 0,
			method: "GET",
			path: "/v1/resources/7/payload",
			body_hash: [1; 32],
			time_ms: 1_764_600_000_000,
			nonce: [3; 16],
		}
	}

	#[test]
	fn a_signed_request_verifies_and_any_change_breaks_it() {
		let (pair, account) = key("//Dave");
		let signature = sign(&pair, &request().statement());
		assert!(verify(&account, &request().statement(), &signature));

		let changed: [Request; 7] = [
			Request { provider: 2, ..request() },
			Request { requester: 2, ..request() },
			Request { method: "POST", ..request() },
			Request { path: "/v1/resources/8/payload", ..request() },
			Request { body_hash: [0; 32], ..request() },
			Request { time_ms: request().time_ms + 1, ..request() },
			Request { nonce: [4; 16], ..request() },
		];
		for other in changed {
			assert!(!verify(&account, &other.statement(), &signature), "{other:?}");
		}
		// Another key's signature, or this one for another signer, fails.
		let (eve, eve_account) = key("//Eve");
		assert!(!verify(&account, &request().statement(), &sign(&eve, &request().statement())));
		assert!(!verify(&eve_account, &request().statement(), &signature));
	}

	#[test]
	fn a_request_signature_never_verifies_as_a_response() {
		let (pair, account) = key("//Dave");
		let request_signature = sign(&pair, &request().statement());
		let response = Response {
			request_signature,
			status: 200,
			body_hash: [5; 32],
			block_number: 12,
			block_hash: H256::repeat_byte(9),
		};
		let response_signature = sign(&pair, &response.statement());
		assert!(verify(&account, &response.statement(), &response_signature));
		assert!(!verify(&account, &response.statement(), &request_signature));
		assert!(!verify(&account, &request().statement(), &response_signature));
		// Tied to its request and its block.
		let other = Response { request_signature: [0; 64], ..response.clone() };
		assert!(!verify(&account, &other.statement(), &response_signature));
		let other = Response { block_number: 13, ..response };
		assert!(!verify(&account, &other.statement(), &response_signature));
	}
}
