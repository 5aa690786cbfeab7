//! What a provider's gateway checks before it answers, in the order docs/gateway.md gives:
//! its own view of the chain, the request's signature, time and nonce, the requesting
//! agency, then what the chain allows for the thing asked (a grant, or an access on record).
//! Every check reads the chain as of one finalized block ([`ChainView`]); the first that
//! fails is the refusal.

use crate::{
	refusal::Refusal,
	statement::{self, Request},
};
use sp_runtime::AccountId32;

/// How far a gateway trusts its view and the requester's clock.
#[derive(Clone, Debug)]
pub struct Limits {
	/// The most blocks the finalized head may be behind the node's best block.
	pub max_lag: u32,
	/// The most seconds since the gateway last saw the finalized head move or confirmed it.
	pub max_age_secs: u64,
	/// The most milliseconds between a request's time and the gateway's clock.
	pub max_skew_ms: u64,
	/// How many blocks an on-chain access to a health record allows fetches for.
	pub access_window: u32,
}

impl Default for Limits {
	fn default() -> Self {
		Self { max_lag: 10, max_age_secs: 60, max_skew_ms: 60_000, access_window: 100 }
	}
}

/// A grant, as far as the checks need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantState {
	pub consumer: u32,
	pub resource: u64,
	/// Active, and not past its expiry at the finalized head.
	pub holds: bool,
}

/// A health record, as far as the checks need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordState {
	pub issuer: u32,
	pub erased: bool,
}

/// The chain as of one finalized block.
pub trait ChainView {
	/// The finalized block's number.
	fn finalized(&self) -> u32;
	/// The node's best block's number.
	fn best(&self) -> u32;
	/// Seconds since the view was last refreshed.
	fn age_secs(&self) -> u64;
	/// Whether `agency` exists and is active.
	fn is_active(&self, agency: u32) -> bool;
	/// Whether `account` is an operator of `agency`.
	fn is_operator(&self, agency: u32, account: &AccountId32) -> bool;
	/// The grant `consumer` holds on `resource`, if any (an agency holds at most one).
	fn grant(&self, resource: u64, consumer: u32) -> Option<GrantState>;
	/// The record, if it exists.
	fn record(&self, record: u64) -> Option<RecordState>;
	/// Whether finalized block `block` holds an access of `agency` to `record`
	/// (`health.RecordAccessed` or `health.EmergencyAccessed`). The requester names the
	/// block (it saw its own access land); the gateway reads that block's events.
	fn accessed_in(&self, record: u64, agency: u32, block: u32) -> bool;
}

/// Nonces a gateway has seen, per requesting agency, within the replay window.
pub trait Nonces {
	/// Remember `nonce` from `agency` at `time_ms`; false if it was seen already.
	fn first_use(&mut self, agency: u32, nonce: [u8; 16], time_ms: u64) -> bool;
}

/// A signed request as received.
pub struct Signed<'a> {
	pub request: Request<'a>,
	pub signer: AccountId32,
	pub signature: [u8; 64],
}

/// The checks every request passes, whatever it asks: the view, the signature, the clock,
/// the nonce and the requesting agency.
pub fn check_request(
	chain: &impl ChainView,
	nonces: &mut impl Nonces,
	limits: &Limits,
	signed: &Signed,
	now_ms: u64,
) -> Result<(), Refusal> {
	let (finalized, best, age_secs) = (chain.finalized(), chain.best(), chain.age_secs());
	if best.saturating_sub(finalized) > limits.max_lag || age_secs > limits.max_age_secs {
		return Err(Refusal::StaleChainView { finalized, best, age_secs });
	}
	let request = &signed.request;
	if !statement::verify(&signed.signer, &request.statement(), &signed.signature)
		|| !chain.is_operator(request.requester, &signed.signer)
	{
		return Err(Refusal::BadSignature);
	}
	let skew_ms = now_ms.abs_diff(request.time_ms);
	if skew_ms > limits.max_skew_ms {
		return Err(Refusal::ClockSkew { skew_ms });
	}
	if !chain.is_active(request.requester) {
		return Err(Refusal::AgencySuspended);
	}
	// Last: a request refused above leaves its nonce unused.
	if !nonces.first_use(request.requester, request.nonce, request.time_ms) {
		return Err(Refusal::ReplayedNonce);
	}
	Ok(())
}

/// Whether `requester` may receive `resource`'s payload now.
pub fn check_payload(chain: &impl ChainView, resource: u64, requester: u32) -> Result<(), Refusal> {
	match chain.grant(resource, requester) {
		None => Err(Refusal::NoGrant),
		Some(grant) if !grant.holds => Err(Refusal::GrantExpired),
		Some(_) => Ok(()),
	}
}

/// Whether `requester` may receive `record`'s document now: the record exists and is not
/// erased, and the requester's access to it is on chain in the finalized block it names
/// (`access_block`), at most `access_window` blocks back. The issuer reads its own documents
/// without one.
pub fn check_document(
	chain: &impl ChainView,
	limits: &Limits,
	record: u64,
	requester: u32,
	access_block: Option<u32>,
) -> Result<(), Refusal> {
	let state = chain.record(record).ok_or(Refusal::NotFound)?;
	if state.erased {
		return Err(Refusal::Erased);
	}
	if state.issuer == requester {
		return Ok(());
	}
	let window = limits.access_window;
	let finalized = chain.finalized();
	match access_block {
		Some(block)
			if block <= finalized
				&& finalized - block <= window
				&& chain.accessed_in(record, requester, block) =>
		{
			Ok(())
		},
		_ => Err(Refusal::NoAccessOnChain { window }),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::statement::sign;
	use sp_core::{sr25519, Pair};
	use std::collections::{BTreeMap, BTreeSet};

	const HEALTH: u32 = 0;
	const LAND: u32 = 1;
	const TRANSPORT: u32 = 2;
	const NOW: u64 = 1_764_600_000_000;

	#[derive(Default)]
	struct Fake {
		finalized: u32,
		best: u32,
		age_secs: u64,
		suspended: BTreeSet<u32>,
		operators: BTreeMap<AccountId32, u32>,
		grants: BTreeMap<(u64, u32), bool>,
		records: BTreeMap<u64, RecordState>,
		accesses: BTreeSet<(u64, u32, u32)>,
	}

	impl ChainView for Fake {
		fn finalized(&self) -> u32 {
			self.finalized
		}
		fn best(&self) -> u32 {
			self.best
		}
		fn age_secs(&self) -> u64 {
			self.age_secs
		}
		fn is_active(&self, agency: u32) -> bool {
			agency <= TRANSPORT && !self.suspended.contains(&agency)
		}
		fn is_operator(&self, agency: u32, account: &AccountId32) -> bool {
			self.operators.get(account) == Some(&agency)
		}
		fn grant(&self, resource: u64, consumer: u32) -> Option<GrantState> {
			self.grants.get(&(resource, consumer)).map(|holds| GrantState {
				consumer,
				resource,
				holds: *holds,
			})
		}
		fn record(&self, record: u64) -> Option<RecordState> {
			self.records.get(&record).cloned()
		}
		fn accessed_in(&self, record: u64, agency: u32, block: u32) -> bool {
			self.accesses.contains(&(record, agency, block))
		}
	}

	#[derive(Default)]
	struct Seen(BTreeSet<(u32, [u8; 16])>);

	impl Nonces for Seen {
		fn first_use(&mut self, agency: u32, nonce: [u8; 16], _time_ms: u64) -> bool {
			self.0.insert((agency, nonce))
		}
	}

	fn dave() -> sr25519::Pair {
		sr25519::Pair::from_string("//Dave", None).unwrap()
	}

	fn chain() -> Fake {
		let mut chain = Fake { finalized: 100, best: 102, ..Default::default() };
		chain.operators.insert(dave().public().into(), LAND);
		chain
	}

	fn signed_by(pair: &sr25519::Pair, nonce: u8, time_ms: u64) -> Signed<'static> {
		let request = Request {
			provider: HEALTH,
			requester: LAND,
			method: "GET",
			path: "/v1/resources/7/payload",
			body_hash: [0; 32],
			time_ms,
			nonce: [nonce; 16],
		};
		let signature = sign(pair, &request.statement());
		Signed { request, signer: pair.public().into(), signature }
	}

	fn check(chain: &Fake, nonces: &mut Seen, signed: &Signed) -> Result<(), Refusal> {
		check_request(chain, nonces, &Limits::default(), signed, NOW)
	}

	#[test]
	fn a_good_request_passes_once_and_its_replay_is_refused() {
		let (chain, mut nonces) = (chain(), Seen::default());
		let signed = signed_by(&dave(), 1, NOW - 5_000);
		assert_eq!(check(&chain, &mut nonces, &signed), Ok(()));
		assert_eq!(check(&chain, &mut nonces, &signed), Err(Refusal::ReplayedNonce));
		// Another nonce is a new request.
		assert_eq!(check(&chain, &mut nonces, &signed_by(&dave(), 2, NOW)), Ok(()));
	}

	#[test]
	fn a_tampered_or_foreign_signature_is_refused_and_uses_no_nonce() {
		let (chain, mut nonces) = (chain(), Seen::default());
		let mut tampered = signed_by(&dave(), 1, NOW);
		tampered.request.path = "/v1/resources/8/payload";
		assert_eq!(check(&chain, &mut nonces, &tampered), Err(Refusal::BadSignature));
		// Eve signs well, but is no operator of the agency she names.
		let eve = sr25519::Pair::from_string("//Eve", None).unwrap();
		assert_eq!(
			check(&chain, &mut nonces, &signed_by(&eve, 1, NOW)),
			Err(Refusal::BadSignature)
		);
		// Dave, as an operator of another agency than the one he names.
		let mut chain_elsewhere = super::tests::chain();
		chain_elsewhere.operators.insert(dave().public().into(), TRANSPORT);
		assert_eq!(
			check(&chain_elsewhere, &mut nonces, &signed_by(&dave(), 1, NOW)),
			Err(Refusal::BadSignature)
		);
		// None of these used the nonce.
		assert_eq!(check(&chain, &mut nonces, &signed_by(&dave(), 1, NOW)), Ok(()));
	}

	#[test]
	fn a_stale_view_a_skewed_clock_and_a_suspended_agency_are_refused() {
		let mut nonces = Seen::default();
		let lagging = Fake { best: 111, ..chain() };
		assert!(matches!(
			check(&lagging, &mut nonces, &signed_by(&dave(), 1, NOW)),
			Err(Refusal::StaleChainView { finalized: 100, best: 111, .. })
		));
		let old = Fake { age_secs: 61, ..chain() };
		assert!(matches!(
			check(&old, &mut nonces, &signed_by(&dave(), 1, NOW)),
			Err(Refusal::StaleChainView { .. })
		));
		assert_eq!(
			check(&chain(), &mut nonces, &signed_by(&dave(), 1, NOW + 60_001)),
			Err(Refusal::ClockSkew { skew_ms: 60_001 })
		);
		assert_eq!(
			check(&chain(), &mut nonces, &signed_by(&dave(), 1, NOW - 60_001)),
			Err(Refusal::ClockSkew { skew_ms: 60_001 })
		);
		let mut suspended = chain();
		suspended.suspended.insert(LAND);
		assert_eq!(
			check(&suspended, &mut nonces, &signed_by(&dave(), 1, NOW)),
			Err(Refusal::AgencySuspended)
		);
	}

	#[test]
	fn a_payload_needs_a_grant_that_holds() {
		let mut chain = chain();
		assert_eq!(check_payload(&chain, 7, LAND), Err(Refusal::NoGrant));
		chain.grants.insert((7, LAND), true);
		assert_eq!(check_payload(&chain, 7, LAND), Ok(()));
		// Another agency's grant is not the requester's.
		assert_eq!(check_payload(&chain, 7, TRANSPORT), Err(Refusal::NoGrant));
		chain.grants.insert((7, LAND), false);
		assert_eq!(check_payload(&chain, 7, LAND), Err(Refusal::GrantExpired));
	}

	#[test]
	fn a_document_needs_a_recent_access_on_chain_and_is_gone_once_erased() {
		let limits = Limits::default();
		let mut chain = chain();
		let check =
			|chain: &Fake, requester, block| check_document(chain, &limits, 5, requester, block);
		let no_access = Err(Refusal::NoAccessOnChain { window: 100 });
		assert_eq!(check(&chain, LAND, Some(90)), Err(Refusal::NotFound));
		chain.records.insert(5, RecordState { issuer: HEALTH, erased: false });
		assert_eq!(check(&chain, LAND, None), no_access);
		assert_eq!(check(&chain, LAND, Some(90)), no_access, "block 90 holds no access");
		// The issuer reads its own.
		assert_eq!(check(&chain, HEALTH, None), Ok(()));
		chain.accesses.insert((5, LAND, 90));
		assert_eq!(check(&chain, LAND, Some(90)), Ok(()));
		// Another agency's access, or one in another block, is not the requester's.
		assert_eq!(check(&chain, TRANSPORT, Some(90)), no_access);
		assert_eq!(check(&chain, LAND, Some(91)), no_access);
		// Not yet finalized, or out of the window: refused.
		chain.accesses.insert((5, LAND, 101));
		assert_eq!(check(&chain, LAND, Some(101)), no_access, "block 101 is not finalized");
		chain.finalized = 190;
		chain.best = 190;
		assert_eq!(check(&chain, LAND, Some(90)), Ok(()), "100 blocks back is within");
		chain.finalized = 191;
		assert_eq!(check(&chain, LAND, Some(90)), no_access, "101 blocks back is not");
		chain.records.insert(5, RecordState { issuer: HEALTH, erased: true });
		assert_eq!(check(&chain, LAND, Some(101)), Err(Refusal::Erased));
		assert_eq!(check(&chain, HEALTH, None), Err(Refusal::Erased));
	}
}
