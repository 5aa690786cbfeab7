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
#[cfg(test)]
mod mock;
pub mod runtime_api;
pub mod testing;
#[cfg(test)]
mod tests;
pub mod types;
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
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	/// A citizen as stored.
	pub type CitizenOf<T> = Citizen<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// An access-log entry as stored.
	pub type AccessEntryOf<T> =
		AccessEntry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who acts for which agency, with which roles.
		type Agencies: AgencyRoles<Self::AccountId, Self::RuntimeOrigin>;

		/// The most attestations one citizen may hold (revoked ones count until replaced).
		#[pallet::constant]
		type MaxAttestations: Get<u32>;

		/// The most consents one citizen may hold (revoked ones count until granted again).
		#[pallet::constant]
		type MaxConsents: Get<u32>;

		/// How many of a citizen's latest reads the access log keeps; older ones are dropped
		/// (their `DataAccessed` events remain).
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

	/// Each citizen's access log: entry `seq` lives in slot `seq % MaxLogEntries`.
	#[pallet::storage]
	pub type AccessLogEntries<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CitizenId, Twox64Concat, u32, AccessEntryOf<T>>;

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
		/// The citizen holds `MaxAttestations` attestations already.
		TooManyAttestations,
		/// No active agency has this id.
		InactiveAgency,
		/// The citizen holds `MaxConsents` consents already.
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
			ensure!(!Citizens::<T>::contains_key(citizen), Error::<T>::AlreadyRegistered);
			if let Some(account) = &account {
				ensure!(!CitizenByAccount::<T>::contains_key(account), Error::<T>::AccountInUse);
				CitizenByAccount::<T>::insert(account, citizen);
			}
			Citizens::<T>::insert(
				citizen,
				Citizen {
					status: CitizenStatus::Active,
					account: account.clone(),
					registered_by: agency,
					registered_at: frame_system::Pallet::<T>::block_number(),
					attestations: 0,
					consents: 0,
					accesses: 0,
				},
			);
			Self::deposit_event(Event::CitizenRegistered { citizen, agency, account });
			Ok(())
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
			Citizens::<T>::try_mutate(citizen, |record| -> DispatchResult {
				let record = record.as_mut().ok_or(Error::<T>::UnknownCitizen)?;
				ensure!(record.status != status, Error::<T>::StatusUnchanged);
				record.status = status;
				Ok(())
			})?;
			Self::deposit_event(Event::StatusSet { citizen, status });
			Ok(())
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
			ensure!(!CitizenByAccount::<T>::contains_key(&account), Error::<T>::AccountInUse);
			Citizens::<T>::try_mutate(citizen, |record| -> DispatchResult {
				let record = record.as_mut().ok_or(Error::<T>::UnknownCitizen)?;
				if let Some(old) = record.account.replace(account.clone()) {
					CitizenByAccount::<T>::remove(old);
				}
				Ok(())
			})?;
			CitizenByAccount::<T>::insert(&account, citizen);
			Self::deposit_event(Event::AccountLinked { citizen, account });
			Ok(())
		}

		/// Move the signer's citizenship to `new`: from now on only `new` acts for them.
		///
		/// Origin: signed by the citizen's current account. Emits `AccountRotated`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::rotate_account())]
		pub fn rotate_account(origin: OriginFor<T>, new: T::AccountId) -> DispatchResult {
			let old = ensure_signed(origin)?;
			let citizen = CitizenByAccount::<T>::get(&old).ok_or(Error::<T>::NotACitizen)?;
			ensure!(!CitizenByAccount::<T>::contains_key(&new), Error::<T>::AccountInUse);
			Citizens::<T>::try_mutate(citizen, |record| -> DispatchResult {
				record.as_mut().ok_or(Error::<T>::UnknownCitizen)?.account = Some(new.clone());
				Ok(())
			})?;
			CitizenByAccount::<T>::remove(&old);
			CitizenByAccount::<T>::insert(&new, citizen);
			Self::deposit_event(Event::AccountRotated { citizen, old, new });
			Ok(())
		}

		/// Attest a claim about an active citizen: `claim_hash` is the hash of the claim the
		/// agency keeps; `schema` says what kind of claim it is. A revoked attestation of the
		/// same claim may be attested again.
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
			let (issuer, _) = T::Agencies::ensure_role(origin, Roles::empty())?;
			let now = frame_system::Pallet::<T>::block_number();
			Self::ensure_future(expires_at, now)?;
			let mut record = Self::active_citizen(&citizen)?;
			match Attestations::<T>::get(citizen, claim_hash) {
				Some(existing) => {
					ensure!(existing.revoked_at.is_some(), Error::<T>::AlreadyAttested)
				},
				None => {
					ensure!(
						record.attestations < T::MaxAttestations::get(),
						Error::<T>::TooManyAttestations
					);
					record.attestations += 1;
					Citizens::<T>::insert(citizen, record);
				},
			}
			Attestations::<T>::insert(
				citizen,
				claim_hash,
				Attestation { issuer, schema, issued_at: now, expires_at, revoked_at: None },
			);
			Self::deposit_event(Event::Attested {
				citizen,
				claim_hash,
				issuer,
				schema,
				expires_at,
			});
			Ok(())
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
			let (agency, _) = T::Agencies::ensure_role(origin, Roles::empty())?;
			Attestations::<T>::try_mutate(citizen, claim_hash, |attestation| -> DispatchResult {
				let attestation = attestation.as_mut().ok_or(Error::<T>::UnknownAttestation)?;
				ensure!(attestation.issuer == agency, Error::<T>::NotIssuer);
				ensure!(attestation.revoked_at.is_none(), Error::<T>::AlreadyRevoked);
				attestation.revoked_at = Some(frame_system::Pallet::<T>::block_number());
				Ok(())
			})?;
			Self::deposit_event(Event::AttestationRevoked { citizen, claim_hash, issuer: agency });
			Ok(())
		}

		/// Consent to `agency` using `category` data for `purpose`, until `expires_at` (or
		/// until revoked). Granting again renews it.
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
			let mut record = Self::active_citizen(&citizen)?;
			ensure!(T::Agencies::is_active(agency), Error::<T>::InactiveAgency);
			let now = frame_system::Pallet::<T>::block_number();
			Self::ensure_future(expires_at, now)?;
			let scope = ConsentScope { agency, category, purpose };
			if !Consents::<T>::contains_key(citizen, scope) {
				ensure!(record.consents < T::MaxConsents::get(), Error::<T>::TooManyConsents);
				record.consents += 1;
				Citizens::<T>::insert(citizen, record);
			}
			Consents::<T>::insert(
				citizen,
				scope,
				ConsentRecord { granted_at: now, expires_at, revoked_at: None },
			);
			Self::deposit_event(Event::ConsentGranted { citizen, scope, expires_at });
			Ok(())
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
			let scope = ConsentScope { agency, category, purpose };
			Consents::<T>::try_mutate(citizen, scope, |consent| -> DispatchResult {
				let consent = consent.as_mut().ok_or(Error::<T>::NoSuchConsent)?;
				ensure!(consent.revoked_at.is_none(), Error::<T>::NoSuchConsent);
				consent.revoked_at = Some(frame_system::Pallet::<T>::block_number());
				Ok(())
			})?;
			Self::deposit_event(Event::ConsentRevoked { citizen, scope });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		fn signing_citizen(origin: OriginFor<T>) -> Result<CitizenId, DispatchError> {
			let who = ensure_signed(origin)?;
			Ok(CitizenByAccount::<T>::get(who).ok_or(Error::<T>::NotACitizen)?)
		}

		fn active_citizen(citizen: &CitizenId) -> Result<CitizenOf<T>, DispatchError> {
			let record = Citizens::<T>::get(citizen).ok_or(Error::<T>::UnknownCitizen)?;
			ensure!(record.status == CitizenStatus::Active, Error::<T>::CitizenNotActive);
			Ok(record)
		}

		fn ensure_future(
			expires_at: Option<BlockNumberFor<T>>,
			now: BlockNumberFor<T>,
		) -> DispatchResult {
			ensure!(expires_at.is_none_or(|at| at > now), Error::<T>::ExpiryInPast);
			Ok(())
		}

		fn in_force(expires_at: Option<BlockNumberFor<T>>, now: BlockNumberFor<T>) -> bool {
			expires_at.is_none_or(|at| now < at)
		}

		fn is_active_citizen(citizen: &CitizenId) -> bool {
			Self::active_citizen(citizen).is_ok()
		}

		/// A citizen's record (for `CitizensApi::citizen`).
		pub fn citizen(citizen: CitizenId) -> Option<CitizenOf<T>> {
			Citizens::<T>::get(citizen)
		}

		/// Whether an attestation of `claim_hash` about `citizen` holds now, and if not why
		/// (for `CitizensApi::verify_attestation`); `None` if there is none.
		pub fn verify_attestation(
			citizen: CitizenId,
			claim_hash: ClaimHash,
		) -> Option<AttestationCheck<BlockNumberFor<T>>> {
			let attestation = Attestations::<T>::get(citizen, claim_hash)?;
			let now = frame_system::Pallet::<T>::block_number();
			let status = if attestation.revoked_at.is_some() {
				AttestationStatus::Revoked
			} else if !Self::in_force(attestation.expires_at, now) {
				AttestationStatus::Expired
			} else if !Self::is_active_citizen(&citizen) {
				AttestationStatus::CitizenInactive
			} else {
				AttestationStatus::Valid
			};
			Some(AttestationCheck { status, attestation })
		}

		/// Every consent a citizen holds or held, revoked and expired ones included (for
		/// `CitizensApi::consents`; at most `MaxConsents`).
		pub fn consents(citizen: CitizenId) -> Vec<ConsentView<BlockNumberFor<T>>> {
			let now = frame_system::Pallet::<T>::block_number();
			let active = Self::is_active_citizen(&citizen);
			let mut list: Vec<_> = Consents::<T>::iter_prefix(citizen)
				.take(T::MaxConsents::get() as usize)
				.map(|(scope, record)| ConsentView {
					in_force: active
						&& record.revoked_at.is_none()
						&& Self::in_force(record.expires_at, now),
					scope,
					record,
				})
				.collect();
			list.sort_by_key(|view| (view.scope.agency, view.scope.category, view.scope.purpose));
			list
		}

		/// Up to `limit` entries of a citizen's access log from entry `from` on, oldest first
		/// (for `CitizensApi::access_log`). Entries the ring has dropped are skipped.
		pub fn access_log(citizen: CitizenId, from: u64, limit: u32) -> Vec<AccessEntryOf<T>> {
			let Some(record) = Citizens::<T>::get(citizen) else { return Vec::new() };
			let kept = T::MaxLogEntries::get() as u64;
			let first = from.max(record.accesses.saturating_sub(kept));
			let limit = limit.min(T::MaxLogEntries::get()) as u64;
			(first..record.accesses.min(first.saturating_add(limit)))
				.filter_map(|seq| AccessLogEntries::<T>::get(citizen, (seq % kept) as u32))
				.collect()
		}
	}

	impl<T: Config> Consent for Pallet<T> {
		fn has_consent(
			citizen: &CitizenId,
			agency: AgencyId,
			category: DataCategory,
			purpose: PurposeCode,
		) -> bool {
			let now = frame_system::Pallet::<T>::block_number();
			Self::is_active_citizen(citizen)
				&& Consents::<T>::get(citizen, ConsentScope { agency, category, purpose })
					.is_some_and(|c| c.revoked_at.is_none() && Self::in_force(c.expires_at, now))
		}
	}

	impl<T: Config> CitizenAccounts<T::AccountId> for Pallet<T> {
		fn citizen_of(account: &T::AccountId) -> Option<CitizenId> {
			CitizenByAccount::<T>::get(account).filter(|citizen| Self::is_active_citizen(citizen))
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn benchmark_link(citizen: &CitizenId, account: &T::AccountId) {
			<Self as CitizenRegistry>::benchmark_register(citizen);
			Citizens::<T>::mutate(citizen, |record| {
				if let Some(record) = record {
					record.account = Some(account.clone());
				}
			});
			CitizenByAccount::<T>::insert(account, citizen);
		}
	}

	impl<T: Config> CitizenRegistry for Pallet<T> {
		fn is_registered(citizen: &CitizenId) -> bool {
			Citizens::<T>::contains_key(citizen)
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn benchmark_register(citizen: &CitizenId) {
			if Citizens::<T>::contains_key(citizen) {
				return;
			}
			Citizens::<T>::insert(
				citizen,
				Citizen {
					status: CitizenStatus::Active,
					account: None,
					registered_by: 0,
					registered_at: frame_system::Pallet::<T>::block_number(),
					attestations: 0,
					consents: 0,
					accesses: 0,
				},
			);
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn benchmark_consent(
			citizen: &CitizenId,
			agency: AgencyId,
			category: DataCategory,
			purpose: PurposeCode,
		) {
			Citizens::<T>::mutate(citizen, |record| {
				if let Some(record) = record {
					record.consents += 1;
				}
			});
			Consents::<T>::insert(
				citizen,
				ConsentScope { agency, category, purpose },
				ConsentRecord {
					granted_at: frame_system::Pallet::<T>::block_number(),
					expires_at: None,
					revoked_at: None,
				},
			);
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn benchmark_fill_log(citizen: &CitizenId) {
			let Ok(operator) =
				T::AccountId::decode(&mut sp_runtime::traits::TrailingZeroInput::zeroes())
			else {
				return;
			};
			for _ in 0..T::MaxLogEntries::get() {
				let _ = Self::record_access(citizen, 0, &operator, DataCategory::Health, 0, false);
			}
		}
	}

	impl<T: Config> AccessLog<T::AccountId> for Pallet<T> {
		fn record_access(
			citizen: &CitizenId,
			agency: AgencyId,
			operator: &T::AccountId,
			category: DataCategory,
			purpose: PurposeCode,
			emergency: bool,
		) -> Result<(), DispatchError> {
			let seq = Citizens::<T>::try_mutate(citizen, |record| {
				let record = record.as_mut().ok_or(Error::<T>::UnknownCitizen)?;
				let seq = record.accesses;
				record.accesses += 1;
				Ok::<_, DispatchError>(seq)
			})?;
			let slot = (seq % T::MaxLogEntries::get() as u64) as u32;
			AccessLogEntries::<T>::insert(
				citizen,
				slot,
				AccessEntry {
					seq,
					agency,
					operator: operator.clone(),
					category,
					purpose,
					emergency,
					at: frame_system::Pallet::<T>::block_number(),
				},
			);
			Self::deposit_event(Event::DataAccessed {
				citizen: *citizen,
				seq,
				agency,
				operator: operator.clone(),
				category,
				purpose,
				emergency,
			});
			Ok(())
		}
	}
}
