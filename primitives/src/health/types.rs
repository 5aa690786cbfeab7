//! What pallet-health stores. A record is the hash of a document the issuing agency keeps
//! (encrypted, served by its gateway against an access on chain); a case is a state of a
//! citizen's commitment, never a name.

use alloc::vec::Vec;
use civitas_primitives::{AgencyId, CitizenId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A record's number, in anchoring order from 0.
pub type RecordId = u64;

/// An emergency (break-glass) access's number, in order from 0.
pub type AccessId = u64;

pub use civitas_primitives::{District, DocHash};

civitas_primitives::named_enum! {
	/// What a record is.
	pub enum RecordKind {
		/// A physician's diagnosis.
		Diagnosis,
		/// A laboratory result.
		LabResult,
		/// A prescription.
		Prescription,
		/// Imaging (X-ray, CT, MRI) and its report.
		Imaging,
		/// A vaccination.
		Vaccination,
		/// A hospital discharge summary.
		DischargeSummary,
	}
}

civitas_primitives::named_enum! {
	/// Whether a record can still be read.
	pub enum RecordStatus {
		/// Its document can be read, against an access on chain.
		Current,
		/// Erased at the citizen's request (PIPL art. 47): the issuer's gateway has destroyed
		/// the document's key; the hash and the version history stay as evidence.
		Erased,
	}
}

civitas_primitives::named_enum! {
	/// The outcome of a test for the notifiable disease.
	pub enum TestResult {
		/// Infected.
		Positive,
		/// Not infected when sampled.
		Negative,
	}
}

civitas_primitives::named_enum! {
	/// A citizen's health code.
	pub enum HealthCode {
		/// No restriction.
		Green,
		/// A flagged contact: within the contact window of the flag, or with no negative
		/// test sampled since it.
		Yellow,
		/// An active positive case.
		Red,
	}
}

/// An anchored health record, at its current version.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct HealthRecord<BlockNumber, Locator> {
	/// Whose record it is.
	pub citizen: CitizenId,
	/// What it is.
	pub kind: RecordKind,
	/// The agency that anchored it: the only one that may amend or erase it.
	pub issuer: AgencyId,
	/// The hash of the current version of the document.
	pub hash: DocHash,
	/// Deprecated: where the issuer's system served the document, for records anchored
	/// before spec 101 and not amended or erased since; empty for every other record. Nothing
	/// on chain locates a document now (the issuer's gateway serves it).
	pub locator: Locator,
	/// The current version: 0 as anchored, one more for each amendment.
	pub version: u32,
	/// Current or erased.
	pub status: RecordStatus,
	/// When it was anchored.
	pub anchored_at: BlockNumber,
	/// When it last changed (anchored, amended or erased).
	pub updated_at: BlockNumber,
}

/// One version of a record, kept for good: the chain of versions is the record's history.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct RecordVersion<AccountId, BlockNumber> {
	/// The document's hash at this version.
	pub hash: DocHash,
	/// The issuer's official or system that wrote it.
	pub operator: AccountId,
	/// When.
	pub at: BlockNumber,
}

/// Who reviewed a break-glass access.
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
pub enum Reviewer {
	/// A disease-control agency (never the one that accessed).
	Agency(AgencyId),
	/// The Agency Council, by motion.
	Council,
}

/// The verdict on a break-glass access.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Review<BlockNumber> {
	/// Whether the emergency justified reading without consent.
	pub justified: bool,
	/// Who judged.
	pub reviewer: Reviewer,
	/// When.
	pub at: BlockNumber,
	/// Reviewed after its deadline.
	pub late: bool,
}

/// A break-glass access: a health operator read a record without consent.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct EmergencyAccess<AccountId, BlockNumber> {
	/// The record read.
	pub record: RecordId,
	/// Whose it is.
	pub citizen: CitizenId,
	/// The agency that read it.
	pub agency: AgencyId,
	/// Its operator.
	pub operator: AccountId,
	/// The hash of the written reason the agency keeps.
	pub reason_hash: DocHash,
	/// When.
	pub at: BlockNumber,
	/// The last block in which a review is on time; unreviewed after it, it is overdue.
	pub review_by: BlockNumber,
	/// The verdict, once reviewed.
	pub review: Option<Review<BlockNumber>>,
}

/// An active positive case.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Case<BlockNumber> {
	/// The district whose counters hold it.
	pub district: District,
	/// When the first positive sample of this case was taken.
	pub since: BlockNumber,
}

/// What the epidemic reports say of one citizen: all a health code is computed from.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct EpidemicState<BlockNumber> {
	/// The active case, if positive and not recovered.
	pub case: Option<Case<BlockNumber>>,
	/// When disease control last flagged them as a contact (cleared by a positive test:
	/// the case supersedes the suspicion).
	pub flagged_at: Option<BlockNumber>,
	/// When their latest negative sample was taken.
	pub last_negative: Option<BlockNumber>,
	/// When they last recovered.
	pub recovered_at: Option<BlockNumber>,
}

/// A district's counters, kept in step with every report.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct DistrictStats {
	/// Tests reported, positive or negative.
	pub tests: u64,
	/// Positive tests reported.
	pub positives: u64,
	/// Active cases (positive, not yet recovered) held by the district.
	pub active: u64,
	/// Recoveries of the district's cases.
	pub recovered: u64,
}

/// A record as `HealthApi::records` lists it (and `civitas_records`, in JSON).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct RecordView<BlockNumber> {
	/// Its number.
	pub id: RecordId,
	/// What it is.
	pub kind: RecordKind,
	/// Who anchored it.
	pub issuer: AgencyId,
	/// Current or erased.
	pub status: RecordStatus,
	/// The current version's hash.
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::hex"))]
	pub hash: DocHash,
	/// The current version.
	pub version: u32,
	/// Deprecated, as [`HealthRecord::locator`]: empty but for records anchored before spec
	/// 101 and unchanged since.
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::hex"))]
	pub locator: Vec<u8>,
	/// When anchored.
	pub anchored_at: BlockNumber,
	/// When last changed.
	pub updated_at: BlockNumber,
}

/// A citizen's health code with the facts it was computed from.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct HealthCodeView<BlockNumber> {
	/// Red, Yellow or Green.
	pub code: HealthCode,
	/// The reports behind it.
	pub state: EpidemicState<BlockNumber>,
}
