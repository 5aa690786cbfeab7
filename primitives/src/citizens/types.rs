//! What pallet-citizens stores. Nothing here says who a person is: a citizen is a salted
//! commitment, a claim is a hash, a purpose is a code.

use civitas_primitives::{AgencyId, DataCategory, PurposeCode};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Whether a registered citizen may act and be acted on.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum CitizenStatus {
	/// A living resident: may hold consents and receive attestations.
	Active,
	/// Died: the record and its log stay; consents no longer count.
	Deceased,
	/// The registration was withdrawn (e.g. a duplicate or a fraud): nothing counts.
	Revoked,
}

/// An account offered to sign for a citizen, waiting for that account to accept. When the
/// citizen already has an account (a lost key), the offer also waits for the relink delay —
/// during which the current account may veto it — unless a second civil-affairs agency
/// seconds it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct LinkOffer<AccountId, BlockNumber> {
	/// The account offered.
	pub account: AccountId,
	/// The civil-affairs agency that made the offer.
	pub offered_by: crate::AgencyId,
	/// When.
	pub offered_at: BlockNumber,
	/// The second civil-affairs agency that seconded it, if any.
	pub seconded_by: Option<crate::AgencyId>,
}

/// A registered citizen.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Citizen<AccountId, BlockNumber> {
	/// Active, deceased or revoked.
	pub status: CitizenStatus,
	/// The account the citizen signs with (to consent, to rotate it), if linked.
	pub account: Option<AccountId>,
	/// The civil-affairs agency that registered them.
	pub registered_by: AgencyId,
	/// When.
	pub registered_at: BlockNumber,
	/// How many attestations they hold (revoked ones included), at most `MaxAttestations`.
	pub attestations: u32,
	/// How many consents they hold (revoked ones included), at most `MaxConsents`.
	pub consents: u32,
	/// How many reads of their data were ever logged: the next log entry's number.
	pub accesses: u64,
}

/// A claim an agency attests about a citizen.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Attestation<BlockNumber> {
	/// The attesting agency.
	pub issuer: AgencyId,
	/// What kind of claim (agreed codes: residency, vehicle owner, vaccination, ...).
	pub schema: u32,
	/// When it was attested.
	pub issued_at: BlockNumber,
	/// The block from which it no longer holds, if it expires.
	pub expires_at: Option<BlockNumber>,
	/// When the issuer revoked it, if it did.
	pub revoked_at: Option<BlockNumber>,
}

/// What a consent is for: one agency, one category of data, one purpose.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct ConsentScope {
	/// The agency allowed.
	pub agency: AgencyId,
	/// The data it may use.
	pub category: DataCategory,
	/// What for.
	pub purpose: PurposeCode,
}

/// A consent a citizen granted (and perhaps revoked since).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct ConsentRecord<BlockNumber> {
	/// When it was (last) granted.
	pub granted_at: BlockNumber,
	/// The block from which it no longer holds, if it expires.
	pub expires_at: Option<BlockNumber>,
	/// When the citizen revoked it, if they did.
	pub revoked_at: Option<BlockNumber>,
}

/// One read of a citizen's data, as their access log keeps it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct AccessEntry<AccountId, BlockNumber> {
	/// Its number in the citizen's log (0, 1, ...; numbers of dropped entries are not reused).
	pub seq: u64,
	/// The agency that read.
	pub agency: AgencyId,
	/// Its official or system that read.
	pub operator: AccountId,
	/// What was read.
	pub category: DataCategory,
	/// Why.
	pub purpose: PurposeCode,
	/// Read without consent, under break-glass rules.
	pub emergency: bool,
	/// When.
	pub at: BlockNumber,
}

/// How an attestation stands now, as `verify_attestation` answers.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum AttestationStatus {
	/// It holds.
	Valid,
	/// Its issuer revoked it.
	Revoked,
	/// Its expiry has passed.
	Expired,
	/// The citizen is not active (deceased or revoked): no claim about them holds.
	CitizenInactive,
}

/// The answer to `verify_attestation`.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct AttestationCheck<BlockNumber> {
	/// Whether it holds, and if not why.
	pub status: AttestationStatus,
	/// The attestation as stored.
	pub attestation: Attestation<BlockNumber>,
}

/// One consent as `consents` lists it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct ConsentView<BlockNumber> {
	/// Who, what and why.
	pub scope: ConsentScope,
	/// The consent as stored.
	pub record: ConsentRecord<BlockNumber>,
	/// Whether it counts now (not revoked, not expired, citizen active).
	pub in_force: bool,
}
