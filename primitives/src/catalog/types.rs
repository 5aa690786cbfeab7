//! What pallet-catalog stores. A resource describes a dataset an agency holds (its title,
//! category and the hash of its schema) — never the data itself, which travels between the
//! agencies' own systems; the chain keeps who asked for what, who allowed it, and the hash of
//! every payload delivered.

use alloc::vec::Vec;
use civitas_primitives::{AgencyId, PurposeCode};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A resource's number, in order of publication from 0.
pub type ResourceId = u64;

/// A request's number, in order from 0.
pub type RequestId = u64;

/// A grant's number, in order from 0.
pub type GrantId = u64;

/// A delivery's number, in order from 0.
pub type DeliveryId = u64;

pub use civitas_primitives::DocHash;

/// A resource's description as `publish_resource` and `update_resource` take it: the title
/// and category label (bounded in the call's type, checked not to be empty), the hash of the
/// schema, the sensitivity and the level.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Description<Title, Category> {
	pub title: Title,
	pub category: Category,
	pub schema_hash: DocHash,
	pub sensitivity: Sensitivity,
	pub level: Level,
}

civitas_primitives::named_enum! {
	/// How carefully a resource is shared.
	pub enum Sensitivity {
		/// Open to every agency: a request is granted at once.
		Public,
		/// For agencies' work: the owner decides each request.
		Internal,
		/// Personal or otherwise protected: the owner decides, and a request must carry the
		/// hash of its justification.
		Sensitive,
		/// Like `Sensitive`, and a grant lasts at most `MaxSecretDuration`.
		Secret,
	}
}

impl Sensitivity {
	/// Whether a request is granted without the owner's decision.
	pub const fn is_open(self) -> bool {
		matches!(self, Sensitivity::Public)
	}

	/// Whether a request must carry a justification.
	pub const fn needs_justification(self) -> bool {
		matches!(self, Sensitivity::Sensitive | Sensitivity::Secret)
	}
}

civitas_primitives::named_enum! {
	/// The administrative level a resource covers.
	pub enum Level {
		/// The whole city.
		City,
		/// One district.
		District,
		/// A zone within a district (a street office, a development zone).
		Zone,
	}
}

/// A published resource.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Resource<BlockNumber, Title, Category> {
	/// The agency that holds the data and decides who gets it.
	pub owner: AgencyId,
	/// What it is, in words (a dataset's name, never personal data).
	pub title: Title,
	/// A short category label, e.g. `health.epidemic`.
	pub category: Category,
	/// The hash of the schema the data follows.
	pub schema_hash: DocHash,
	/// How carefully it is shared.
	pub sensitivity: Sensitivity,
	/// The level it covers.
	pub level: Level,
	/// 1 when published, one more at each update.
	pub version: u32,
	/// When it was published.
	pub published_at: BlockNumber,
	/// When it was last published or updated.
	pub updated_at: BlockNumber,
	/// When it was retired, if it was: it takes no more requests and its grants have ended.
	pub retired_at: Option<BlockNumber>,
	/// How many of its grants are active.
	pub active_grants: u32,
	/// How many entries its trail has.
	pub trail: u32,
}

/// Where a request stands.
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
pub enum RequestStatus {
	/// Awaiting the owner's decision.
	Pending,
	/// Granted — by the owner, or at once for a public resource.
	Granted { grant: GrantId },
	/// Refused by the owner, for the reason whose hash is given.
	Rejected { reason_hash: DocHash },
}

/// An agency's request for a resource.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Request<AccountId, BlockNumber> {
	/// The resource asked for.
	pub resource: ResourceId,
	/// The agency asking.
	pub requester: AgencyId,
	/// The operator who signed the request.
	pub requested_by: AccountId,
	/// What the data is for.
	pub purpose: PurposeCode,
	/// The hash of the written justification (kept by the requester).
	pub justification_hash: DocHash,
	/// How many blocks the access is asked for.
	pub duration: BlockNumber,
	/// When it was made.
	pub requested_at: BlockNumber,
	/// Pending, granted or rejected.
	pub status: RequestStatus,
}

civitas_primitives::named_enum! {
	/// Where a grant stands.
	pub enum GrantStatus {
		/// The provider may deliver.
		Active,
		/// Its time ran out.
		Expired,
		/// Its resource was retired.
		Ended,
		/// The consumer asked again and a new grant took its place (an agency holds one
		/// grant per resource).
		Renewed,
	}
}

/// Access to a resource, granted to one agency until a block.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct Grant<BlockNumber> {
	/// The resource.
	pub resource: ResourceId,
	/// The request it answers.
	pub request: RequestId,
	/// The agency that holds the data and delivers it.
	pub provider: AgencyId,
	/// The agency that receives it.
	pub consumer: AgencyId,
	/// What the data is for.
	pub purpose: PurposeCode,
	/// When it was granted.
	pub granted_at: BlockNumber,
	/// The first block at which it no longer holds.
	pub expires_at: BlockNumber,
	/// Active, expired, ended or renewed.
	pub status: GrantStatus,
	/// How many deliveries were recorded under it.
	pub deliveries: u32,
}

/// A receipt's second half: the consumer's signature that the payload arrived.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Confirmation<AccountId, BlockNumber> {
	/// The consumer's operator who confirmed.
	pub by: AccountId,
	/// When.
	pub at: BlockNumber,
}

civitas_primitives::named_enum! {
	/// Why a consumer disputes a recorded delivery.
	pub enum DisputeReason {
		/// The record names a payload the consumer never received whole: it did not arrive, or
		/// what arrived did not match the hash the provider signed for it.
		NotReceived,
		/// A payload the consumer received is recorded with another hash or length.
		PayloadMismatch,
		/// The provider does not show the batch behind the recorded hash, or what it shows
		/// does not hash to it.
		BatchMismatch,
	}
}

/// A consumer's dispute of a delivery: the receipt's second half, saying it does not hold.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Dispute<AccountId, BlockNumber> {
	/// The consumer's operator who disputed it.
	pub by: AccountId,
	/// When.
	pub at: BlockNumber,
	/// Why.
	pub reason: DisputeReason,
	/// The hash of what the consumer can show for it (its own evidence, kept off chain).
	pub evidence_hash: DocHash,
}

/// A delivery under a grant: recorded by the provider, confirmed (or disputed) by the
/// consumer.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Delivery<AccountId, BlockNumber> {
	/// The grant it was made under.
	pub grant: GrantId,
	/// The resource delivered.
	pub resource: ResourceId,
	/// The resource's version at delivery.
	pub version: u32,
	/// The hash of the payload sent.
	pub payload_hash: DocHash,
	/// The provider's operator who recorded it.
	pub delivered_by: AccountId,
	/// When.
	pub delivered_at: BlockNumber,
	/// The consumer's confirmation, once given.
	pub confirmed: Option<Confirmation<AccountId, BlockNumber>>,
}

/// One step in a resource's trail.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub enum Step<BlockNumber> {
	/// The owner published the resource (version 1).
	Published,
	/// The owner updated it to this version.
	Updated { version: u32 },
	/// An agency asked for it.
	Requested {
		request: RequestId,
		agency: AgencyId,
		purpose: PurposeCode,
		justification_hash: DocHash,
	},
	/// The request was granted until `expires_at`: by the owner, or `automatic`ally for a
	/// public resource.
	Granted { request: RequestId, grant: GrantId, expires_at: BlockNumber, automatic: bool },
	/// The owner refused the request.
	Rejected { request: RequestId, reason_hash: DocHash },
	/// The provider delivered a payload under a grant.
	Delivered { delivery: DeliveryId, grant: GrantId, payload_hash: DocHash },
	/// The consumer confirmed it arrived.
	Confirmed { delivery: DeliveryId, grant: GrantId },
	/// A grant's time ran out.
	Expired { grant: GrantId },
	/// The owner retired the resource; `grants_ended` active grants ended with it.
	Retired { grants_ended: u32 },
	/// The consumer's grant was renewed: grant `by` took the place of `grant`.
	Renewed { grant: GrantId, by: GrantId },
	/// The consumer disputed a delivery: it does not hold, for `reason`.
	Disputed { delivery: DeliveryId, grant: GrantId, reason: DisputeReason },
}

impl<BlockNumber> Step<BlockNumber> {
	/// The step's name, as clients see it.
	pub const fn name(&self) -> &'static str {
		match self {
			Step::Published => "Published",
			Step::Updated { .. } => "Updated",
			Step::Requested { .. } => "Requested",
			Step::Granted { .. } => "Granted",
			Step::Rejected { .. } => "Rejected",
			Step::Delivered { .. } => "Delivered",
			Step::Confirmed { .. } => "Confirmed",
			Step::Expired { .. } => "Expired",
			Step::Retired { .. } => "Retired",
			Step::Renewed { .. } => "Renewed",
			Step::Disputed { .. } => "Disputed",
		}
	}
}

/// A trail entry: what happened, when, and who signed it (none for what the chain did by
/// itself, such as an expiry).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct TrailEntry<AccountId, BlockNumber> {
	/// Its number in the resource's trail, from 0.
	pub seq: u32,
	/// What happened.
	pub step: Step<BlockNumber>,
	/// The operator who signed it, if anyone did.
	pub by: Option<AccountId>,
	/// The agency acting, if any.
	pub agency: Option<AgencyId>,
	/// In which block.
	pub at: BlockNumber,
}

/// A resource as `CatalogApi::resources` answers: with its id and plain byte strings.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct ResourceView<BlockNumber> {
	pub id: ResourceId,
	pub owner: AgencyId,
	pub title: Vec<u8>,
	pub category: Vec<u8>,
	pub schema_hash: DocHash,
	pub sensitivity: Sensitivity,
	pub level: Level,
	pub version: u32,
	pub published_at: BlockNumber,
	pub updated_at: BlockNumber,
	pub retired_at: Option<BlockNumber>,
	pub active_grants: u32,
}

/// A grant as `CatalogApi::grants_of` answers: with its id (in JSON, `civitas_grants`, the
/// grant's fields beside its `id`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
pub struct GrantView<BlockNumber> {
	pub id: GrantId,
	#[cfg_attr(feature = "std", serde(flatten))]
	pub grant: Grant<BlockNumber>,
}
