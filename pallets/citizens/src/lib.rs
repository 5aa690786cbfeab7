//! # pallet-citizens
//!
//! Citizens as Civitas knows them: a [`CitizenId`] (a salted commitment to an id number,
//! computed off chain — the number itself never reaches the chain), a status, and an account
//! they sign with. Around it:
//!
//! - **Registration** by a `CIVIL_AFFAIRS` operator, who also sets the status and offers the
//!   account a citizen will sign with; the account must accept the offer itself (it proves
//!   control of the key). A new account for a citizen who has one (a lost key) takes effect
//!   only after `RelinkDelay` — the current account may veto it meanwhile — or at once when
//!   a second civil-affairs agency seconds it. The citizen alone rotates to a new account.
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
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
pub mod migrations;
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
	/// A link offer as stored.
	pub type LinkOfferOf<T> = LinkOffer<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// An access-log entry as stored.
	pub type AccessEntryOf<T> =
		AccessEntry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

	/// The storage layout's version (see [`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
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
			type RelinkDelay = frame_support::traits::ConstU64<10>;
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

		/// How long an offer of a new account to a citizen who has one waits before the new
		/// account may accept it (unless a second civil-affairs agency seconds it): the time
		/// the citizen's current account has to see the `LinkOffered` event and veto.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type RelinkDelay: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Every registered citizen.
	#[pallet::storage]
	pub type Citizens<T: Config> = StorageMap<_, Blake2_128Concat, CitizenId, CitizenOf<T>>;

	/// The citizen an account signs for. An account belongs to at most one citizen.
	#[pallet::storage]
	pub type CitizenByAccount<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, CitizenId>;

	/// The account offered to each citizen, until it accepts, is vetoed or is replaced by
	/// another offer: at most one per citizen.
	#[pallet::storage]
	pub type LinkOffers<T: Config> = StorageMap<_, Blake2_128Concat, CitizenId, LinkOfferOf<T>>;

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
		/// A civil-affairs agency registered a citizen (`account`: the account offered to sign
		/// for them, which must accept; see `LinkOffered`).
		CitizenRegistered { citizen: CitizenId, agency: AgencyId, account: Option<T::AccountId> },
		/// A civil-affairs agency changed a citizen's status.
		StatusSet { citizen: CitizenId, status: CitizenStatus },
		/// A civil-affairs agency offered an account to sign for a citizen. If the citizen has
		/// an account, it may veto the offer until `ready_at` (the offer may be taken from
		/// then on, or earlier once a second agency seconds it).
		LinkOffered {
			citizen: CitizenId,
			account: T::AccountId,
			by: AgencyId,
			ready_at: BlockNumberFor<T>,
		},
		/// A second civil-affairs agency seconded a link offer: it may be taken at once.
		LinkSeconded { citizen: CitizenId, by: AgencyId },
		/// The citizen's account vetoed an offer of another account.
		LinkVetoed { citizen: CitizenId, account: T::AccountId },
		/// The offered account accepted and now signs for the citizen (any account linked
		/// before can no longer act for them).
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
		/// No account is offered to this citizen, or not the signer.
		NoLinkOffer,
		/// The citizen has an account: the offer may be taken only after `RelinkDelay`, or
		/// once a second civil-affairs agency has seconded it.
		RelinkNotReady,
		/// The agency that made an offer cannot second it: another agency must.
		SameAgency,
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
		/// Register a citizen by their commitment `blake2_256(id_number ++ salt)`, optionally
		/// offering the account they will sign with (it signs for them once it has accepted,
		/// `accept_link`).
		///
		/// Origin: a `CIVIL_AFFAIRS` operator. Emits `CitizenRegistered` (and `LinkOffered`).
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

		/// Offer `account` to sign for a citizen (replacing any earlier offer): how a citizen
		/// gets an account, or a new one when they lost their key, at a civil-affairs office.
		/// The account must accept (`accept_link`). If the citizen has an account already,
		/// the offer may be taken only after `RelinkDelay` (the current account may
		/// `veto_link` meanwhile) or once another civil-affairs agency has seconded it
		/// (`second_link`).
		///
		/// Origin: a `CIVIL_AFFAIRS` operator. Emits `LinkOffered`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::link_account())]
		pub fn link_account(
			origin: OriginFor<T>,
			citizen: CitizenId,
			account: T::AccountId,
		) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::CIVIL_AFFAIRS)?;
			Self::do_offer_link(agency, citizen, account)
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

		/// Take the account offered to a citizen: the signer is that account and from now on
		/// signs for them; any account linked before can no longer act for them.
		///
		/// Origin: signed by the offered account. Emits `AccountLinked`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::accept_link())]
		pub fn accept_link(origin: OriginFor<T>, citizen: CitizenId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_link(citizen, who)
		}

		/// Refuse the account offered in place of the signer's: the offer is withdrawn.
		///
		/// Origin: signed by the citizen's current account. Emits `LinkVetoed`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::veto_link())]
		pub fn veto_link(origin: OriginFor<T>) -> DispatchResult {
			let citizen = Self::signing_citizen(origin)?;
			Self::do_veto_link(citizen)
		}

		/// Second another civil-affairs agency's offer of a new account to a citizen (both
		/// agencies have seen the citizen): the account may take it at once.
		///
		/// Origin: a `CIVIL_AFFAIRS` operator of an agency other than the one that made the
		/// offer. Emits `LinkSeconded`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::second_link())]
		pub fn second_link(origin: OriginFor<T>, citizen: CitizenId) -> DispatchResult {
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::CIVIL_AFFAIRS)?;
			Self::do_second_link(agency, citizen)
		}
	}
}

/// Who may send each call for free (see [`civitas_primitives::FreeWork`]): the civil
/// affairs bureau's registry work and any operator's attestations; a citizen's own calls pay.
impl<T: Config> civitas_primitives::AgencyWork for Call<T> {
	fn agency_work(&self) -> civitas_primitives::FreeWork {
		use civitas_primitives::{FreeWork, Roles};
		match self {
			Call::register_citizen { .. }
			| Call::set_status { .. }
			| Call::link_account { .. }
			| Call::second_link { .. } => FreeWork::AllOf(Roles::CIVIL_AFFAIRS),
			Call::attest { .. } | Call::revoke_attestation { .. } => {
				FreeWork::AllOf(Roles::empty())
			},
			Call::rotate_account { .. }
			| Call::accept_link { .. }
			| Call::veto_link { .. }
			| Call::grant_consent { .. }
			| Call::revoke_consent { .. }
			| Call::__Ignore(..) => FreeWork::Nobody,
		}
	}
}
