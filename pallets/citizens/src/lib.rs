//! # pallet-citizens
//!
//! Citizens as Civitas knows them: a [`CitizenId`] (a salted commitment to an id number,
//! computed off chain — the number itself never reaches the chain), a status, and an account
//! they sign with. Around it:
//!
//! - **Registration** by a `CIVIL_AFFAIRS` operator, who also sets the status and links (or
//!   re-links, for a lost key) the account; the citizen alone rotates it to a new one.
//! - **Attestations**: any active agency attests a claim (by its hash) about a citizen, with
//!   an optional expiry, and may revoke its own; anyone verifies `(citizen, claim_hash)`.
//! - **Consent**: the citizen's account grants an agency the use of a category of data for a
//!   purpose, optionally until a block, and revokes it. Other pallets ask [`Consent`].
//! - **Access log**: every read of personal data (other pallets call [`AccessLog`]) is kept in
//!   a ring of the last `MaxLogEntries` reads per citizen; the `DataAccessed` events keep them
//!   all.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
mod impl_access_log;
mod impl_consent;
mod impl_registry;
#[cfg(test)]
mod mock;
mod queries;
#[cfg(test)]
mod tests;
/// The records this pallet stores, shared with the runtime API: [`civitas_primitives::citizens`].
pub use civitas_primitives::citizens as types;
pub mod weights;

pub use civitas_primitives::{
	AccessLog, AgencyId, AgencyRoles, CitizenAccounts, CitizenId, CitizenRegistry, ClaimHash,
	Consent, DataCategory, PurposeCode, Roles,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	/// A citizen as stored.
	pub type CitizenOf<T> = Citizen<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// An access-log entry as stored.
	pub type AccessEntryOf<T> =
		AccessEntry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Defaults for mock runtimes: `#[derive_impl(pallet_citizens::config_preludes::TestDefaultConfig)]`
	/// gives 4 attestations, consents and access-log entries per citizen; the runtime names
	/// its `Agencies` itself.
	pub mod config_preludes {
		use super::*;
		use frame_support::{derive_impl, traits::ConstU32};

		/// The defaults of a test runtime.
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeEvent = ();
			type MaxAttestations = ConstU32<4>;
			type MaxConsents = ConstU32<4>;
			type MaxLogEntries = ConstU32<4>;
			type WeightInfo = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		#[pallet::no_default_bounds]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who acts for which agency, with which roles.
		#[pallet::no_default]
		type Agencies: AgencyRoles<Self::AccountId, Self::RuntimeOrigin>;

		/// The most attestations one agency may hold about one citizen (its revoked ones count
		/// until attested again). Each agency has its own, so no agency's claims can stop
		/// another's.
		#[pallet::constant]
		type MaxAttestations: Get<u32>;

		/// The most consents one citizen may hold in force; revoked and expired ones are
		/// cleared to make room for a new one.
		#[pallet::constant]
		type MaxConsents: Get<u32>;

		/// How many of a citizen's latest reads *by each agency* the access log keeps; older
		/// ones are dropped (their `DataAccessed` events remain).
		#[pallet::constant]
		type MaxLogEntries: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Every registered citizen.
	#[pallet::storage]
	pub type Citizens<T: Config> = StorageMap<_, Blake2_128Concat, CitizenId, CitizenOf<T>>;

	/// The citizen an account signs for. An account belongs to at most one citizen.
	#[pallet::storage]
	pub type CitizenByAccount<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, CitizenId>;

	/// Attestations by citizen and claim hash.
	#[pallet::storage]
	pub type Attestations<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		CitizenId,
		Blake2_128Concat,
		ClaimHash,
		Attestation<BlockNumberFor<T>>,
	>;

	/// How many attestations each agency holds about each citizen, at most `MaxAttestations`.
	#[pallet::storage]
	pub type AttestationCount<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CitizenId, Twox64Concat, AgencyId, u32, ValueQuery>;

	/// Consents by citizen and scope (agency, category, purpose).
	#[pallet::storage]
	pub type Consents<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		CitizenId,
		Blake2_128Concat,
		ConsentScope,
		ConsentRecord<BlockNumberFor<T>>,
	>;

	/// Each citizen's access log, a ring per reading agency: that agency's `n`th read of the
	/// citizen lives in slot `(agency, n % MaxLogEntries)`. No agency's reads can push
	/// another agency's out of the log.
	#[pallet::storage]
	pub type AccessLogEntries<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		CitizenId,
		Twox64Concat,
		(AgencyId, u32),
		AccessEntryOf<T>,
	>;

	/// How many times each agency has read each citizen's data (its ring's position).
	#[pallet::storage]
	pub type ReadsBy<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CitizenId, Twox64Concat, AgencyId, u64, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A civil-affairs agency registered a citizen.
		CitizenRegistered { citizen: CitizenId, agency: AgencyId, account: Option<T::AccountId> },
		/// A civil-affairs agency changed a citizen's status.
		StatusSet { citizen: CitizenId, status: CitizenStatus },
		/// A civil-affairs agency linked an account to a citizen (replacing any other).
		AccountLinked { citizen: CitizenId, account: T::AccountId },
		/// A citizen moved to a new account; the old one can no longer act for them.
		AccountRotated { citizen: CitizenId, old: T::AccountId, new: T::AccountId },
		/// An agency attested a claim about a citizen.
		Attested {
			citizen: CitizenId,
			claim_hash: ClaimHash,
			issuer: AgencyId,
			schema: u32,
			expires_at: Option<BlockNumberFor<T>>,
		},
		/// The issuer revoked an attestation.
		AttestationRevoked { citizen: CitizenId, claim_hash: ClaimHash, issuer: AgencyId },
		/// A citizen consented to an agency using a category of their data for a purpose.
		ConsentGranted {
			citizen: CitizenId,
			scope: ConsentScope,
			expires_at: Option<BlockNumberFor<T>>,
		},
		/// A citizen withdrew a consent.
		ConsentRevoked { citizen: CitizenId, scope: ConsentScope },
		/// An agency read a citizen's data (entry `seq` of their access log).
		DataAccessed {
			citizen: CitizenId,
			seq: u64,
			agency: AgencyId,
			operator: T::AccountId,
			category: DataCategory,
			purpose: PurposeCode,
			emergency: bool,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No citizen is registered under this id.
		UnknownCitizen,
		/// A citizen is already registered under this id.
		AlreadyRegistered,
		/// The account already signs for a citizen.
		AccountInUse,
		/// The citizen is not active (deceased or revoked).
		CitizenNotActive,
		/// The signer is no citizen's account.
		NotACitizen,
		/// The status is the one the citizen has.
		StatusUnchanged,
		/// The expiry block has already passed.
		ExpiryInPast,
		/// This claim is attested already (and not revoked).
		AlreadyAttested,
		/// No attestation of this claim exists for the citizen.
		UnknownAttestation,
		/// Only the agency that attested a claim may revoke it.
		NotIssuer,
		/// The attestation is revoked already.
		AlreadyRevoked,
		/// The attesting agency holds `MaxAttestations` attestations about this citizen
		/// already (each agency has its own).
		TooManyAttestations,
		/// No active agency has this id.
		InactiveAgency,
		/// The citizen holds `MaxConsents` consents in force already (revoked and expired ones
		/// make room).
		TooManyConsents,
		/// The citizen holds no such consent (or revoked it already).
		NoSuchConsent,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a citizen by their commitment `blake2_256(id_number ++ salt)`, optionally
		/// with the account they will sign with.
		///
		/// Origin: a `CIVIL_AFFAIRS` operator. Emits `CitizenRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_citizen())]
		pub fn register_citizen(
			origin: OriginFor<T>,
			citizen: CitizenId,
			account: Option<T::AccountId>,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::CIVIL_AFFAIRS)?;
			Self::do_register_citizen(agency, citizen, account)
		}

		/// Set a citizen's status (e.g. `Deceased`). A citizen who is not active holds no
		/// consent and no valid attestation, but keeps their records and log.
		///
		/// Origin: a `CIVIL_AFFAIRS` operator. Emits `StatusSet`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_status())]
		pub fn set_status(
			origin: OriginFor<T>,
			citizen: CitizenId,
			status: CitizenStatus,
		) -> DispatchResult {
			T::Agencies::ensure_role(origin, Roles::CIVIL_AFFAIRS)?;
			Self::do_set_status(citizen, status)
		}

		/// Link `account` to a citizen, replacing the account linked before (which loses every
		/// right to act for them): how a citizen who lost their key gets a new one, in person
		/// at a civil-affairs office.
		///
		/// Origin: a `CIVIL_AFFAIRS` operator. Emits `AccountLinked`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::link_account())]
		pub fn link_account(
			origin: OriginFor<T>,
			citizen: CitizenId,
			account: T::AccountId,
		) -> DispatchResult {
			T::Agencies::ensure_role(origin, Roles::CIVIL_AFFAIRS)?;
			Self::do_link_account(citizen, account)
		}

		/// Move the signer's citizenship to `new`: from now on only `new` acts for them.
		///
		/// Origin: signed by the citizen's current account. Emits `AccountRotated`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::rotate_account())]
		pub fn rotate_account(origin: OriginFor<T>, new: T::AccountId) -> DispatchResult {
			let old = ensure_signed(origin)?;
			Self::do_rotate_account(old, new)
		}

		/// Attest a claim about an active citizen: `claim_hash` is the hash of the claim the
		/// agency keeps; `schema` says what kind of claim it is; `expires_at` is a block
		/// number. A revoked attestation of the same claim may be attested again.
		///
		/// Origin: an operator of any active agency. Emits `Attested`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::attest())]
		pub fn attest(
			origin: OriginFor<T>,
			citizen: CitizenId,
			schema: u32,
			claim_hash: ClaimHash,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let (issuer, _) = T::Agencies::ensure_operator(origin)?;
			Self::do_attest(issuer, citizen, schema, claim_hash, expires_at)
		}

		/// Revoke an attestation the signer's agency made.
		///
		/// Origin: an operator of the issuing agency. Emits `AttestationRevoked`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::revoke_attestation())]
		pub fn revoke_attestation(
			origin: OriginFor<T>,
			citizen: CitizenId,
			claim_hash: ClaimHash,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_operator(origin)?;
			Self::do_revoke_attestation(agency, citizen, claim_hash)
		}

		/// Consent to `agency` using `category` data for `purpose`, until block `expires_at`
		/// (or until revoked). Granting again renews it.
		///
		/// Origin: signed by an active citizen's account. Emits `ConsentGranted`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::grant_consent())]
		pub fn grant_consent(
			origin: OriginFor<T>,
			agency: AgencyId,
			category: DataCategory,
			purpose: PurposeCode,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let citizen = Self::signing_citizen(origin)?;
			let scope = ConsentScope { agency, category, purpose };
			Self::do_grant_consent(citizen, scope, expires_at)
		}

		/// Withdraw a consent. It stays listed, revoked, until granted again.
		///
		/// Origin: signed by the citizen's account (of any status). Emits `ConsentRevoked`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::revoke_consent())]
		pub fn revoke_consent(
			origin: OriginFor<T>,
			agency: AgencyId,
			category: DataCategory,
			purpose: PurposeCode,
		) -> DispatchResult {
			let citizen = Self::signing_citizen(origin)?;
			Self::do_revoke_consent(citizen, ConsentScope { agency, category, purpose })
		}
	}
}
