//! # pallet-health
//!
//! Medical records shared between hospitals and bureaus, and epidemic reporting.
//!
//! - **Records**: a `HEALTH` operator anchors a record of a registered citizen — a kind and
//!   the hash of the document. Nothing on chain says where the document is: the issuer's
//!   `civitas-gateway` keeps it (encrypted) and serves it against an access on chain. The
//!   issuer alone amends it (every version's hash is kept, in order) and erases it (the hash
//!   and history stay; the issuer's gateway destroys the document's key).
//! - **Access**: `access_record` by the issuer, or by an agency holding the citizen's
//!   `Health` consent for the stated purpose; each access is written to the citizen's access
//!   log (pallet-citizens, through [`AccessLog`]). The serving system hands out the document
//!   only against such an access.
//! - **Break-glass**: a `HEALTH` operator may read without consent in an emergency, stating a
//!   reason (by hash). It is logged as an emergency, the citizen is told by event, and it
//!   must be reviewed by a `DISEASE_CONTROL` agency other than the one that read, or by the
//!   council, within the review window; unreviewed ones past it are listed as overdue.
//! - **Epidemic**: test results, recoveries and contact flags; per-district counters kept in
//!   O(1) per report; a health code per citizen (Red: active case; Yellow: flagged contact
//!   within the contact window, or with no negative test sampled since the flag; Green).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
mod queries;
#[cfg(test)]
mod tests;
/// The records this pallet stores, shared with the runtime API: [`civitas_primitives::health`].
pub use civitas_primitives::health as types;
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
pub mod migrations;
pub mod weights;

pub use civitas_primitives::{
	AccessLog, AgencyId, AgencyRoles, CitizenId, CitizenRegistry, Consent, DataCategory,
	PurposeCode, Roles,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// The purpose a break-glass access is logged under in the citizen's access log (with its
/// `emergency` flag set): emergency care.
pub const EMERGENCY_PURPOSE: PurposeCode = 0;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	/// A record's locator, at most `MaxLocatorLen` bytes: deprecated, empty for every record
	/// anchored or amended since spec 101 (see [`HealthRecord::locator`]).
	pub type LocatorOf<T> = BoundedVec<u8, <T as Config>::MaxLocatorLen>;
	/// A record as stored.
	pub type RecordOf<T> = HealthRecord<BlockNumberFor<T>, LocatorOf<T>>;
	/// A version as stored.
	pub type VersionOf<T> =
		RecordVersion<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A break-glass access as stored.
	pub type EmergencyAccessOf<T> =
		EmergencyAccess<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

	/// The storage layout's version (see [`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who acts for which agency, with which roles.
		type Agencies: AgencyRoles<Self::AccountId, Self::RuntimeOrigin>;

		/// The citizens: who exists, who consented, and the log of who read their data.
		type Citizens: CitizenRegistry + Consent + AccessLog<Self::AccountId>;

		/// The Agency Council: reviews break-glass accesses and sets the review window.
		type CouncilOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The longest locator a record anchored before spec 101 may still hold, in bytes.
		#[pallet::constant]
		type MaxLocatorLen: Get<u32>;

		/// How many of a record's newest versions stay on chain (the anchored one included;
		/// older ones are in their events).
		#[pallet::constant]
		type MaxVersions: Get<u32>;

		/// The most current (not erased) records one issuing agency may hold about one
		/// citizen. Each issuer has its own: one hospital's records never stop another's.
		#[pallet::constant]
		type MaxRecordsPerIssuer: Get<u32>;

		/// The most break-glass accesses of one agency awaiting review at once; past it, that
		/// agency's break-glass is refused until reviewers catch up. Each agency has its own:
		/// one agency's flood never blocks another hospital's break-glass.
		#[pallet::constant]
		type MaxPendingReviews: Get<u32>;

		/// The review window until the council sets one, in blocks.
		#[pallet::constant]
		type DefaultReviewWindow: Get<BlockNumberFor<Self>>;

		/// How long a contact flag keeps a citizen Yellow even with a negative test, in
		/// blocks (14 days).
		#[pallet::constant]
		type ContactWindow: Get<BlockNumberFor<Self>>;

		/// How many districts the city has: they are numbered `0..DistrictCount`.
		#[pallet::constant]
		type DistrictCount: Get<District>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	#[pallet::type_value]
	pub fn DefaultWindow<T: Config>() -> BlockNumberFor<T> {
		T::DefaultReviewWindow::get()
	}

	/// The next record's number.
	#[pallet::storage]
	pub type NextRecordId<T> = StorageValue<_, RecordId, ValueQuery>;

	/// Every record at its current version.
	#[pallet::storage]
	pub type Records<T: Config> = StorageMap<_, Twox64Concat, RecordId, RecordOf<T>>;

	/// Every version of every record, by record and version number.
	#[pallet::storage]
	pub type Versions<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RecordId, Twox64Concat, u32, VersionOf<T>>;

	/// The records of each citizen (the value is unused).
	#[pallet::storage]
	pub type CitizenRecords<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CitizenId, Twox64Concat, RecordId, ()>;

	/// How many current records each issuer holds about each citizen, at most
	/// `MaxRecordsPerIssuer` (an erasure frees its slot).
	#[pallet::storage]
	pub type RecordCount<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CitizenId, Twox64Concat, AgencyId, u32, ValueQuery>;

	/// How many of each agency's break-glass accesses await review, at most
	/// `MaxPendingReviews`.
	#[pallet::storage]
	pub type PendingReviewCount<T: Config> = StorageMap<_, Twox64Concat, AgencyId, u32, ValueQuery>;

	/// The next break-glass access's number.
	#[pallet::storage]
	pub type NextAccessId<T> = StorageValue<_, AccessId, ValueQuery>;

	/// Every break-glass access, reviewed or not.
	#[pallet::storage]
	pub type EmergencyAccesses<T: Config> =
		StorageMap<_, Twox64Concat, AccessId, EmergencyAccessOf<T>>;

	/// Break-glass accesses awaiting review, with their deadlines (at most
	/// `MaxPendingReviews`).
	#[pallet::storage]
	pub type PendingReviews<T: Config> =
		CountedStorageMap<_, Twox64Concat, AccessId, BlockNumberFor<T>>;

	/// How many blocks after a break-glass access its review is on time.
	#[pallet::storage]
	pub type ReviewWindow<T: Config> =
		StorageValue<_, BlockNumberFor<T>, ValueQuery, DefaultWindow<T>>;

	/// Each reported citizen's epidemic state.
	#[pallet::storage]
	pub type Epidemic<T: Config> =
		StorageMap<_, Blake2_128Concat, CitizenId, EpidemicState<BlockNumberFor<T>>, ValueQuery>;

	/// The samples reported for each citizen (by their id hash), with the agency that
	/// reported each: a sample counts once.
	#[pallet::storage]
	pub type Samples<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CitizenId, Identity, DocHash, AgencyId>;

	/// Each district's counters.
	#[pallet::storage]
	pub type Districts<T: Config> =
		StorageMap<_, Twox64Concat, District, DistrictStats, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A health agency anchored a record.
		RecordAnchored {
			id: RecordId,
			citizen: CitizenId,
			kind: RecordKind,
			issuer: AgencyId,
			hash: DocHash,
		},
		/// The issuer amended a record: `version` is the new current version.
		RecordAmended { id: RecordId, citizen: CitizenId, version: u32, hash: DocHash },
		/// An agency read a record, as issuer or under the citizen's consent.
		RecordAccessed {
			id: RecordId,
			citizen: CitizenId,
			agency: AgencyId,
			operator: T::AccountId,
			purpose: PurposeCode,
		},
		/// A health agency read a record without consent, under break-glass rules: the
		/// citizen's notice. It must be reviewed by `review_by`.
		EmergencyAccessed {
			access: AccessId,
			record: RecordId,
			citizen: CitizenId,
			agency: AgencyId,
			operator: T::AccountId,
			reason_hash: DocHash,
			review_by: BlockNumberFor<T>,
		},
		/// A break-glass access was reviewed (`late`: after its deadline).
		EmergencyReviewed {
			access: AccessId,
			citizen: CitizenId,
			justified: bool,
			reviewer: Reviewer,
			late: bool,
		},
		/// The issuer erased a record: its hash and history stay; the issuer's gateway destroys
		/// the document's key.
		RecordErased { id: RecordId, citizen: CitizenId },
		/// The council set the review window.
		ReviewWindowSet { blocks: BlockNumberFor<T> },
		/// A test result was reported.
		TestReported {
			citizen: CitizenId,
			result: TestResult,
			district: District,
			sampled_at: BlockNumberFor<T>,
			reporter: AgencyId,
		},
		/// An active case recovered.
		RecoveryReported { citizen: CitizenId, district: District, reporter: AgencyId },
		/// Disease control flagged a citizen as a contact.
		ContactFlagged { citizen: CitizenId, agency: AgencyId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No citizen is registered under this id.
		UnknownCitizen,
		/// No record has this id.
		UnknownRecord,
		/// Only the agency that anchored a record may amend or erase it.
		NotIssuer,
		/// The record is erased: it can no longer be read or amended.
		RecordErased,
		/// This sample of this citizen was reported already (by this or another agency).
		SampleAlreadyReported,
		/// The issuing agency holds `MaxRecordsPerIssuer` current records about this citizen
		/// already (erasing one frees its slot).
		TooManyRecords,
		/// The agency is not the issuer and holds no unexpired `Health` consent of the
		/// citizen for this purpose.
		NoConsent,
		/// No break-glass access has this id.
		UnknownEmergencyAccess,
		/// The break-glass access is reviewed already.
		AlreadyReviewed,
		/// An agency may not review its own break-glass access.
		SelfReview,
		/// `MaxPendingReviews` of this agency's break-glass accesses await review already.
		TooManyPendingReviews,
		/// A review window must be at least one block.
		ZeroWindow,
		/// The sample cannot have been taken after the block that reports it.
		SampledInFuture,
		/// Districts are numbered below `DistrictCount`.
		UnknownDistrict,
		/// The citizen has no active case to recover from.
		NotInfected,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Check the pallet's invariants: its counters and indexes against the storage they
		/// count (see `invariants.rs`).
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Anchor a record of a registered citizen: the hash of the document. Nothing on chain
		/// locates the document: the signer's agency serves it (encrypted) through its gateway.
		///
		/// Origin: a `HEALTH` operator (its agency becomes the issuer). Emits `RecordAnchored`
		/// (with the new record id).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::anchor_record())]
		pub fn anchor_record(
			origin: OriginFor<T>,
			citizen: CitizenId,
			kind: RecordKind,
			record_hash: DocHash,
		) -> DispatchResult {
			let (issuer, operator) = T::Agencies::ensure_role(origin, Roles::HEALTH)?;
			Self::do_anchor_record(issuer, operator, citizen, kind, record_hash)
		}

		/// Replace a record's document with a new version; the earlier versions' hashes stay.
		///
		/// Origin: an operator of the issuing agency (which must still hold `HEALTH`). Emits
		/// `RecordAmended`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::amend_record())]
		pub fn amend_record(
			origin: OriginFor<T>,
			id: RecordId,
			new_hash: DocHash,
		) -> DispatchResult {
			let (agency, operator) = T::Agencies::ensure_role(origin, Roles::HEALTH)?;
			Self::do_amend_record(agency, operator, id, new_hash)
		}

		/// Read a record for `purpose`: allowed to its issuer, and to an agency the citizen
		/// gave an unexpired `Health` consent for this purpose. Written to the citizen's
		/// access log; the issuer's system serves the document against this access.
		///
		/// Origin: an operator of any active agency; `NoConsent` without consent. Emits
		/// `RecordAccessed` (and pallet-citizens' `DataAccessed`).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::access_record())]
		pub fn access_record(
			origin: OriginFor<T>,
			id: RecordId,
			purpose: PurposeCode,
		) -> DispatchResult {
			let (agency, operator) = T::Agencies::ensure_operator(origin)?;
			Self::do_access_record(agency, operator, id, purpose)
		}

		/// Read a record without consent in an emergency, stating the reason (the hash of the
		/// written reason the agency keeps). Logged as an emergency in the citizen's access
		/// log (purpose [`EMERGENCY_PURPOSE`]); it awaits review until `review_by`, and is
		/// overdue after.
		///
		/// Origin: a `HEALTH` operator. Emits `EmergencyAccessed` (the citizen's notice, with
		/// the new access id and its review deadline) and pallet-citizens' `DataAccessed`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::emergency_access())]
		pub fn emergency_access(
			origin: OriginFor<T>,
			id: RecordId,
			reason_hash: DocHash,
		) -> DispatchResult {
			let (agency, operator) = T::Agencies::ensure_role(origin, Roles::HEALTH)?;
			Self::do_emergency_access(agency, operator, id, reason_hash)
		}

		/// Judge a break-glass access. A review after its deadline is still taken (and marked
		/// late): it is how an overdue access leaves the overdue list.
		///
		/// Origin: the council, or a `DISEASE_CONTROL` operator of an agency other than the
		/// one that accessed. Emits `EmergencyReviewed`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::review_emergency())]
		pub fn review_emergency(
			origin: OriginFor<T>,
			access_id: AccessId,
			justified: bool,
		) -> DispatchResult {
			let reviewer = match T::CouncilOrigin::try_origin(origin) {
				Ok(_) => Reviewer::Council,
				Err(origin) => {
					let (agency, _) = T::Agencies::ensure_role(origin, Roles::DISEASE_CONTROL)?;
					Reviewer::Agency(agency)
				},
			};
			Self::do_review_emergency(reviewer, access_id, justified)
		}

		/// Erase a record (PIPL art. 47): it can no longer be read or amended, and any locator
		/// left from before spec 101 is cleared; its hash and every version stay as evidence.
		///
		/// Origin: an operator of the issuing agency (which must still hold `HEALTH`). Emits
		/// `RecordErased`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::erase_record())]
		pub fn erase_record(origin: OriginFor<T>, id: RecordId) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::HEALTH)?;
			Self::do_erase_record(agency, id)
		}

		/// Set how many blocks after a break-glass access its review is on time (for accesses
		/// made from now on).
		///
		/// Origin: the council. Emits `ReviewWindowSet`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_review_window())]
		pub fn set_review_window(
			origin: OriginFor<T>,
			blocks: BlockNumberFor<T>,
		) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			Self::do_set_review_window(blocks)
		}

		/// Report a test result of a registered citizen, for the sample whose id hash is
		/// `sample`, taken at block `sampled_at` in `district`. A sample counts once: the same
		/// sample reported again (by any agency) is refused. A positive result opens a case
		/// (counted active in `district`) unless one is open or the sample was taken before
		/// the citizen's last recovery, and clears a contact flag; a negative one is
		/// remembered for the health code.
		///
		/// Origin: a `HEALTH` or `DISEASE_CONTROL` operator. Emits `TestReported`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::report_test())]
		pub fn report_test(
			origin: OriginFor<T>,
			citizen: CitizenId,
			sample: DocHash,
			result: TestResult,
			district: District,
			sampled_at: BlockNumberFor<T>,
		) -> DispatchResult {
			let (reporter, _) = T::Agencies::ensure_any_role(origin, Self::REPORTERS)?;
			Self::do_report_test(reporter, citizen, sample, result, district, sampled_at)
		}

		/// Report that a citizen's active case recovered: the case leaves its district's
		/// active count and joins its recovered count.
		///
		/// Origin: a `HEALTH` or `DISEASE_CONTROL` operator. Emits `RecoveryReported`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::report_recovery())]
		pub fn report_recovery(origin: OriginFor<T>, citizen: CitizenId) -> DispatchResult {
			let (reporter, _) = T::Agencies::ensure_any_role(origin, Self::REPORTERS)?;
			Self::do_report_recovery(reporter, citizen)
		}

		/// Flag a registered citizen as a contact of a case: Yellow for the contact window, and
		/// after it until a negative test sampled since the flag is reported.
		///
		/// Origin: a `DISEASE_CONTROL` operator. Emits `ContactFlagged`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::flag_contact())]
		pub fn flag_contact(origin: OriginFor<T>, citizen: CitizenId) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::DISEASE_CONTROL)?;
			Self::do_flag_contact(agency, citizen)
		}
	}
}

/// Who may send each call for free (see [`civitas_primitives::FreeWork`]): what each call's
/// own role check allows; the council's review window is not an operator's.
impl<T: Config> civitas_primitives::AgencyWork for Call<T> {
	fn agency_work(&self) -> civitas_primitives::FreeWork {
		use civitas_primitives::{FreeWork, Roles};
		match self {
			Call::anchor_record { .. }
			| Call::amend_record { .. }
			| Call::emergency_access { .. }
			| Call::erase_record { .. } => FreeWork::AllOf(Roles::HEALTH),
			Call::access_record { .. } => FreeWork::AllOf(Roles::empty()),
			Call::review_emergency { .. } | Call::flag_contact { .. } => {
				FreeWork::AllOf(Roles::DISEASE_CONTROL)
			},
			Call::report_test { .. } | Call::report_recovery { .. } => {
				FreeWork::AnyOf(Pallet::<T>::REPORTERS)
			},
			Call::set_review_window { .. } | Call::__Ignore(..) => FreeWork::Nobody,
		}
	}
}
