//! Why a gateway refuses: one stable code per reason (docs/gateway.md, "What the provider
//! serves"), its HTTP status, and the JSON body `{ "code", "message" }` another
//! implementation can rely on.

use serde::Serialize;

/// A reason to refuse, with what the requester needs to know (never what it must not).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
	/// The gateway's finalized head is too far behind (or too old) to decide on.
	StaleChainView { finalized: u32, best: u32, age_secs: u64 },
	/// The signature does not verify, or its signer is no operator of the agency named.
	BadSignature,
	/// The request's time is too far from the gateway's clock.
	ClockSkew { skew_ms: u64 },
	/// The nonce was used already by that agency within the replay window.
	ReplayedNonce,
	/// The requesting agency is suspended or unknown.
	AgencySuspended,
	/// The requester holds no grant on the resource.
	NoGrant,
	/// The requester's grant no longer holds (expired, ended, renewed).
	GrantExpired,
	/// No finalized access of the requester to the record within the window.
	NoAccessOnChain { window: u32 },
	/// The record was erased: its key is destroyed.
	Erased,
	/// Nothing is published under that id.
	NotFound,
	/// The request is malformed (a missing or unreadable header, a bad id).
	BadRequest(String),
}

/// The JSON body of a refusal.
#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct Body {
	pub code: &'static str,
	pub message: String,
}

impl Refusal {
	/// The stable code.
	pub fn code(&self) -> &'static str {
		match self {
			Refusal::StaleChainView { .. } => "stale-chain-view",
			Refusal::BadSignature => "bad-signature",
			Refusal::ClockSkew { .. } => "clock-skew",
			Refusal::ReplayedNonce => "replayed-nonce",
			Refusal::AgencySuspended => "agency-suspended",
			Refusal::NoGrant => "no-grant",
			Refusal::GrantExpired => "grant-expired",
			Refusal::NoAccessOnChain { .. } => "no-access-on-chain",
			Refusal::Erased => "erased",
			Refusal::NotFound => "not-found",
			Refusal::BadRequest(_) => "bad-request",
		}
	}

	/// The HTTP status it is sent with.
	pub fn status(&self) -> u16 {
		match self {
			Refusal::StaleChainView { .. } => 503,
			Refusal::BadSignature | Refusal::ClockSkew { .. } => 401,
			Refusal::ReplayedNonce => 409,
			Refusal::AgencySuspended
			| Refusal::NoGrant
			| Refusal::GrantExpired
			| Refusal::NoAccessOnChain { .. } => 403,
			Refusal::Erased => 410,
			Refusal::NotFound => 404,
			Refusal::BadRequest(_) => 400,
		}
	}

	/// In words, for people and logs.
	pub fn message(&self) -> String {
		match self {
			Refusal::StaleChainView { finalized, best, age_secs } => format!(
				"this gateway's view of the chain is stale (finalized #{finalized}, best #{best}, \
				 {age_secs} s old); try again later"
			),
			Refusal::BadSignature => {
				"the request's signature does not verify for an operator of the agency it names"
					.into()
			},
			Refusal::ClockSkew { skew_ms } => {
				format!("the request's time is {skew_ms} ms from this gateway's clock")
			},
			Refusal::ReplayedNonce => "the request's nonce was used already".into(),
			Refusal::AgencySuspended => "the requesting agency is suspended or unknown".into(),
			Refusal::NoGrant => "the requesting agency holds no grant on this resource".into(),
			Refusal::GrantExpired => "the requesting agency's grant no longer holds".into(),
			Refusal::NoAccessOnChain { window } => format!(
				"no finalized access of the requesting agency to this record in the last \
				 {window} blocks"
			),
			Refusal::Erased => "the record was erased".into(),
			Refusal::NotFound => "nothing is published under this id".into(),
			Refusal::BadRequest(why) => format!("bad request: {why}"),
		}
	}

	pub fn body(&self) -> Body {
		Body { code: self.code(), message: self.message() }
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_refusal_has_its_own_code_and_an_error_status() {
		let all = [
			Refusal::StaleChainView { finalized: 1, best: 20, age_secs: 9 },
			Refusal::BadSignature,
			Refusal::ClockSkew { skew_ms: 61_000 },
			Refusal::ReplayedNonce,
			Refusal::AgencySuspended,
			Refusal::NoGrant,
			Refusal::GrantExpired,
			Refusal::NoAccessOnChain { window: 100 },
			Refusal::Erased,
			Refusal::NotFound,
			Refusal::BadRequest("no civitas-nonce".into()),
		];
		let mut codes: Vec<_> = all.iter().map(Refusal::code).collect();
		codes.sort();
		codes.dedup();
		assert_eq!(codes.len(), all.len(), "codes are distinct");
		for refusal in &all {
			assert!((400..600).contains(&refusal.status()), "{refusal:?}");
			let json = serde_json::to_value(refusal.body()).unwrap();
			assert_eq!(json["code"], refusal.code());
			assert!(!json["message"].as_str().unwrap().is_empty());
		}
		assert_eq!(Refusal::GrantExpired.code(), "grant-expired");
		assert_eq!(Refusal::Erased.status(), 410);
	}
}
