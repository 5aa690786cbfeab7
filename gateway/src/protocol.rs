//! The protocol on the wire (docs/gateway.md, "Requests and responses"): the headers that
//! carry a request's and a response's signature, read and written the same way by both sides.

use crate::{
	refusal::Refusal,
	statement::{self, Request, Response},
};
use http::HeaderMap;
use sp_core::{crypto::Ss58Codec, sr25519, Pair, H256};
use sp_runtime::AccountId32;

pub const AGENCY: &str = "civitas-agency";
pub const SIGNER: &str = "civitas-signer";
pub const TIME: &str = "civitas-time";
pub const NONCE: &str = "civitas-nonce";
pub const SIGNATURE: &str = "civitas-signature";
/// A response's: the finalized block the provider decided at, `number:0xhash`.
pub const BLOCK: &str = "civitas-block";
/// A response's: blake2-256 of its body, hex (signed; a streamed body is checked at its end).
pub const BODY_HASH: &str = "civitas-body-hash";
/// A payload's: the grant it was served under.
pub const GRANT: &str = "civitas-grant";

/// blake2-256, as the chain hashes.
pub fn blake2_256(bytes: &[u8]) -> [u8; 32] {
	use blake2::{digest::consts::U32, Blake2b, Digest};
	Blake2b::<U32>::digest(bytes).into()
}

/// blake2-256 of nothing: the body hash of a request without a body.
pub fn empty_hash() -> [u8; 32] {
	blake2_256(&[])
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Result<&'a str, Refusal> {
	headers
		.get(name)
		.ok_or_else(|| Refusal::BadRequest(format!("no {name} header")))?
		.to_str()
		.map_err(|_| Refusal::BadRequest(format!("{name} is not text")))
}

fn hex_array<const N: usize>(text: &str, name: &str) -> Result<[u8; N], Refusal> {
	let bytes = hex::decode(text.trim_start_matches("0x"))
		.map_err(|_| Refusal::BadRequest(format!("{name} is not hex")))?;
	bytes.try_into().map_err(|_| Refusal::BadRequest(format!("{name} is not {N} bytes")))
}

/// What a request's headers say, before any check.
#[derive(Clone, Debug)]
pub struct SignedHeaders {
	pub requester: u32,
	pub signer: AccountId32,
	pub time_ms: u64,
	pub nonce: [u8; 16],
	pub signature: [u8; 64],
}

impl SignedHeaders {
	pub fn read(headers: &HeaderMap) -> Result<Self, Refusal> {
		let requester = header(headers, AGENCY)?
			.parse()
			.map_err(|_| Refusal::BadRequest(format!("{AGENCY} is not an agency id")))?;
		let signer = AccountId32::from_ss58check(header(headers, SIGNER)?)
			.map_err(|_| Refusal::BadRequest(format!("{SIGNER} is not an SS58 address")))?;
		let time_ms = header(headers, TIME)?
			.parse()
			.map_err(|_| Refusal::BadRequest(format!("{TIME} is not a number")))?;
		let nonce = hex_array(header(headers, NONCE)?, NONCE)?;
		let signature = hex_array(header(headers, SIGNATURE)?, SIGNATURE)?;
		Ok(Self { requester, signer, time_ms, nonce, signature })
	}

	/// The request these headers sign, for `provider`.
	pub fn request<'a>(&self, provider: u32, method: &'a str, path: &'a str) -> Request<'a> {
		Request {
			provider,
			requester: self.requester,
			method,
			path,
			body_hash: empty_hash(),
			time_ms: self.time_ms,
			nonce: self.nonce,
		}
	}
}

/// Sign a request (without a body) of `requester` to `provider` and give its headers.
pub fn sign_request(
	key: &sr25519::Pair,
	provider: u32,
	requester: u32,
	method: &str,
	path: &str,
	time_ms: u64,
	nonce: [u8; 16],
) -> (Vec<(&'static str, String)>, [u8; 64]) {
	let request =
		Request { provider, requester, method, path, body_hash: empty_hash(), time_ms, nonce };
	let signature = statement::sign(key, &request.statement());
	let signer = AccountId32::from(key.public()).to_ss58check();
	let headers = vec![
		(AGENCY, requester.to_string()),
		(SIGNER, signer),
		(TIME, time_ms.to_string()),
		(NONCE, hex::encode(nonce)),
		(SIGNATURE, hex::encode(signature)),
	];
	(headers, signature)
}

/// Sign a response; its headers and the signature.
pub fn sign_response(
	key: &sr25519::Pair,
	response: &Response,
) -> (Vec<(&'static str, String)>, [u8; 64]) {
	let signature = statement::sign(key, &response.statement());
	let headers = vec![
		(SIGNER, AccountId32::from(key.public()).to_ss58check()),
		(SIGNATURE, hex::encode(signature)),
		(BLOCK, format!("{}:{:?}", response.block_number, response.block_hash)),
		(BODY_HASH, hex::encode(response.body_hash)),
	];
	(headers, signature)
}

/// A response's signature as received, with the statement it must verify against.
#[derive(Clone, Debug)]
pub struct SignedResponse {
	pub signer: AccountId32,
	pub signature: [u8; 64],
	pub response: Response,
}

impl SignedResponse {
	/// Read the response headers of the request signed `request_signature`.
	pub fn read(
		headers: &HeaderMap,
		request_signature: [u8; 64],
		status: u16,
	) -> Result<Self, String> {
		let text = |name: &str| header(headers, name).map_err(|refusal| refusal.message());
		let signer = AccountId32::from_ss58check(text(SIGNER)?)
			.map_err(|_| format!("{SIGNER} is not an SS58 address"))?;
		let signature = hex_array(text(SIGNATURE)?, SIGNATURE).map_err(|r| r.message())?;
		let body_hash = hex_array(text(BODY_HASH)?, BODY_HASH).map_err(|r| r.message())?;
		let (number, hash) =
			text(BLOCK)?.split_once(':').ok_or_else(|| format!("{BLOCK} is not number:hash"))?;
		let block_number = number.parse().map_err(|_| format!("{BLOCK}: bad number"))?;
		let block_hash = H256(hex_array(hash, BLOCK).map_err(|r| r.message())?);
		Ok(Self {
			signer,
			signature,
			response: Response { request_signature, status, body_hash, block_number, block_hash },
		})
	}

	/// Whether the signature is the signer's over the response.
	pub fn verifies(&self) -> bool {
		statement::verify(&self.signer, &self.response.statement(), &self.signature)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use http::HeaderValue;

	fn to_map(headers: &[(&'static str, String)]) -> HeaderMap {
		let mut map = HeaderMap::new();
		for (name, value) in headers {
			map.insert(*name, HeaderValue::from_str(value).unwrap());
		}
		map
	}

	#[test]
	fn signed_headers_read_back_and_verify_only_for_what_was_signed() {
		let key = sr25519::Pair::from_string("//Dave", None).unwrap();
		let (headers, signature) = sign_request(&key, 1, 2, "GET", "/v1/payloads/5", 99, [3; 16]);
		let read = SignedHeaders::read(&to_map(&headers)).unwrap();
		assert_eq!(read.signature, signature);
		let request = read.request(1, "GET", "/v1/payloads/5");
		assert!(statement::verify(&read.signer, &request.statement(), &read.signature));
		let other = read.request(1, "GET", "/v1/payloads/6");
		assert!(!statement::verify(&read.signer, &other.statement(), &read.signature));

		let mut broken = to_map(&headers);
		broken.insert(NONCE, HeaderValue::from_static("zz"));
		assert_eq!(
			SignedHeaders::read(&broken).unwrap_err(),
			Refusal::BadRequest(format!("{NONCE} is not hex"))
		);
		broken.remove(SIGNER);
		assert_eq!(
			SignedHeaders::read(&broken).unwrap_err(),
			Refusal::BadRequest(format!("no {SIGNER} header"))
		);
	}

	#[test]
	fn a_signed_response_reads_back_and_a_changed_status_does_not_verify() {
		let key = sr25519::Pair::from_string("//Eve", None).unwrap();
		let response = Response {
			request_signature: [1; 64],
			status: 200,
			body_hash: [2; 32],
			block_number: 12,
			block_hash: H256([4; 32]),
		};
		let headers = to_map(&sign_response(&key, &response).0);
		let read = SignedResponse::read(&headers, [1; 64], 200).unwrap();
		assert_eq!(read.response, response);
		assert!(read.verifies());
		assert!(!SignedResponse::read(&headers, [1; 64], 403).unwrap().verifies());
		assert!(!SignedResponse::read(&headers, [9; 64], 200).unwrap().verifies());
	}
}
