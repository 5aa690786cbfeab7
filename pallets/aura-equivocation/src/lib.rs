//! # pallet-aura-equivocation
//!
//! Reports of an Aura authority that sealed two blocks for one slot. Aura has no report of
//! its own (GRANDPA's is in pallet-grandpa); this pallet is the Aura half:
//!
//! - A node that imports two headers of one slot sealed by one authority (the node's
//!   `equivocation` task watches every import) asks the runtime for a proof that the key was
//!   a session's authority key (pallet-session's historical proof, through
//!   `AuraEquivocationApi`) and submits both headers with it as an unsigned
//!   [`Call::report_equivocation`] (an authorized general transaction: no signer) to its own
//!   pool. The pool takes it only from the node itself (never from the network), and the
//!   node's next block carries it.
//! - The runtime checks the proof ([`check_equivocation_proof`]): two different headers, each
//!   claiming the slot in its Aura pre-digest and sealed by the offender's key over its own
//!   pre-seal hash. A key cannot seal two headers for one slot unless its holder did: one
//!   agency's node running twice (a "hot standby" with the same keys) or a stolen key.
//! - The offence goes to the runtime's offence sink ([`Config::EquivocationReportSystem`]),
//!   which in Civitas takes the agency's authority out of the set (pallet-agencies).
//!
//! The call is free and unsigned, so it is guarded as such: the pool refuses it from any
//! source but the local node, a report whose key-ownership proof does not check or whose
//! offence is known already is refused before it reaches a block, and one offender's slot can
//! be reported once.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::{boxed::Box, vec, vec::Vec};
use codec::Decode;
use frame_support::traits::{Get, KeyOwnerProofSystem};
use frame_support::weights::Weight;
use frame_system::pallet_prelude::HeaderFor;
use sp_consensus_aura::digests::CompatibleDigestItem;
pub use sp_consensus_slots::{EquivocationProof, Slot};
use sp_runtime::{
	traits::Header as HeaderT,
	transaction_validity::{
		InvalidTransaction, TransactionPriority, TransactionSource, TransactionValidityError,
		TransactionValidityWithRefund, ValidTransaction,
	},
	DispatchError, KeyTypeId, Perbill, RuntimeAppPublic,
};
use sp_session::{GetSessionNumber, GetValidatorCount};
use sp_staking::{
	offence::{Kind, Offence, OffenceReportSystem, ReportOffence},
	SessionIndex,
};

pub use pallet::*;
pub use weights::WeightInfo;

const LOG_TARGET: &str = "runtime::aura-equivocation";

/// A proof as this runtime takes it: two headers of the runtime's block type, and the Aura
/// key said to have sealed both.
pub type EquivocationProofOf<T> = EquivocationProof<HeaderFor<T>, <T as Config>::AuthorityId>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{dispatch::DispatchResultWithPostInfo, pallet_prelude::*};
	use frame_system::pallet_prelude::*;

	/// The storage layout's version. The pallet keeps nothing of its own (the offence sink
	/// keeps the offences); the version is declared so a future layout can migrate.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		frame_system::Config + frame_system::offchain::CreateAuthorizedTransaction<Call<Self>>
	{
		/// Aura's authority key: the runtime's `pallet_aura::Config::AuthorityId`.
		type AuthorityId: Member + Parameter + RuntimeAppPublic + MaxEncodedLen;

		/// A proof that a key was one of a session's authority keys, with that session's
		/// index and authority count (pallet-session's historical `MembershipProof`).
		type KeyOwnerProof: Parameter + GetSessionNumber + GetValidatorCount;

		/// What checks a report and acts on it: [`EquivocationReportSystem`] over the
		/// runtime's key-ownership proofs and offence sink.
		type EquivocationReportSystem: OffenceReportSystem<
			Option<Self::AccountId>,
			(EquivocationProofOf<Self>, Self::KeyOwnerProof),
		>;

		/// The most authorities a session has (it bounds the benchmark).
		#[pallet::constant]
		type MaxAuthorities: Get<u32>;

		/// Weights of this pallet's call, from its benchmark.
		type WeightInfo: WeightInfo;

		/// Sets up the benchmark's session.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AuthorityId, Self::KeyOwnerProof>;
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The two headers do not prove an equivocation: they are the same block, one of
		/// them claims another slot (or none), or a seal is missing or not the offender's.
		InvalidEquivocationProof,
		/// The key-ownership proof does not show the offender's key in a session's
		/// authority set this chain remembers.
		InvalidKeyOwnershipProof,
		/// This offence was reported already (or its offender is kept out already).
		DuplicateOffenceReport,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// The pallet keeps no storage of its own; what it can check is that the chain's
		/// version of its layout is the code's (a missed migration would show here).
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			ensure!(
				Pallet::<T>::on_chain_storage_version() == STORAGE_VERSION,
				"pallet-aura-equivocation's storage version is not the code's"
			);
			Ok(())
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Report that an authority sealed the two headers of `equivocation_proof` for one
		/// slot; `key_owner_proof` shows the key was a session's authority key. On success
		/// the offence goes to the runtime's offence sink. Free and unsigned: it is the
		/// chain's own defence, sent by a node, never by an account; the pool takes it only
		/// from the node itself and only with evidence that checks (see
		/// [`Pallet::authorize_report`]).
		///
		/// Origin: authorized (a general transaction without a signer, through the
		/// runtime's `AuthorizeCall` extension).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::report_equivocation(key_owner_proof.validator_count()))]
		#[pallet::authorize(Pallet::<T>::authorize_report)]
		#[pallet::weight_of_authorize(T::WeightInfo::report_equivocation(T::MaxAuthorities::get()))]
		pub fn report_equivocation(
			origin: OriginFor<T>,
			equivocation_proof: Box<EquivocationProofOf<T>>,
			key_owner_proof: T::KeyOwnerProof,
		) -> DispatchResultWithPostInfo {
			ensure_authorized(origin)?;
			T::EquivocationReportSystem::process_evidence(
				None,
				(*equivocation_proof, key_owner_proof),
			)?;
			Ok(Pays::No.into())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Whether a node's pool (or a block) may carry a report: it comes from the node itself
	/// (one from the network could be anyone's flood), its key-ownership proof checks and
	/// its offence is not known yet. One report per offender and slot; never propagated.
	// `#[pallet::authorize]` hands the call's arguments by reference, the box included.
	#[allow(clippy::borrowed_box)]
	pub fn authorize_report(
		source: TransactionSource,
		equivocation_proof: &Box<EquivocationProofOf<T>>,
		key_owner_proof: &T::KeyOwnerProof,
	) -> TransactionValidityWithRefund {
		if !matches!(source, TransactionSource::Local | TransactionSource::InBlock) {
			log::warn!(target: LOG_TARGET, "refused an equivocation report not from this node");
			return Err(InvalidTransaction::Call.into());
		}
		T::EquivocationReportSystem::check_evidence((
			(**equivocation_proof).clone(),
			key_owner_proof.clone(),
		))?;
		let longevity =
			<T::EquivocationReportSystem as OffenceReportSystem<_, _>>::Longevity::get();
		let validity = ValidTransaction::with_tag_prefix("AuraEquivocation")
			.priority(TransactionPriority::MAX)
			.and_provides((equivocation_proof.offender.clone(), *equivocation_proof.slot))
			.longevity(longevity)
			.propagate(false)
			.build()?;
		Ok((validity, Weight::zero()))
	}
}

impl<T: Config> Pallet<T> {
	/// Submit a report as an unsigned transaction to the local pool: for the runtime API the
	/// node calls, with the node's offchain transaction pool registered. `None` if the key
	/// proof does not decode or the pool refuses the report.
	pub fn submit_unsigned_equivocation_report(
		equivocation_proof: EquivocationProofOf<T>,
		key_owner_proof: T::KeyOwnerProof,
	) -> Option<()> {
		T::EquivocationReportSystem::publish_evidence((equivocation_proof, key_owner_proof)).ok()
	}
}

/// What the benchmark needs of the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AuthorityId, KeyOwnerProof> {
	/// Make the current session one of `n` authorities, one of them with the Aura key
	/// `key`, and prove `key`'s membership.
	fn key_owner_proof(key: &AuthorityId, n: u32) -> KeyOwnerProof;
}

/// The pre-seal hash of `header` if it claims `slot` in its Aura pre-digest and its last
/// digest item is an Aura seal by `key` over that hash.
fn sealed_for_slot<H: HeaderT, Id: RuntimeAppPublic>(
	header: &H,
	slot: Slot,
	key: &Id,
) -> Option<H::Hash>
where
	Id::Signature: Decode,
{
	let mut header = header.clone();
	let seal = header.digest_mut().pop()?;
	let signature: Id::Signature = CompatibleDigestItem::<Id::Signature>::as_aura_seal(&seal)?;
	let claimed = header
		.digest()
		.logs()
		.iter()
		.filter_map(CompatibleDigestItem::<Id::Signature>::as_aura_pre_digest)
		.collect::<Vec<Slot>>();
	// Exactly one Aura pre-digest, as Aura's own import requires.
	if claimed != vec![slot] {
		return None;
	}
	let pre_hash = header.hash();
	key.verify(&pre_hash.as_ref(), &signature).then_some(pre_hash)
}

/// Whether `proof` shows its offender sealing two different headers for its slot: each
/// header claims the slot and carries the offender's seal over its pre-seal hash, and the
/// two pre-seal hashes differ (one header sealed twice is not two blocks).
pub fn check_equivocation_proof<H: HeaderT, Id: RuntimeAppPublic>(
	proof: &EquivocationProof<H, Id>,
) -> bool
where
	Id::Signature: Decode,
{
	let first = sealed_for_slot(&proof.first_header, proof.slot, &proof.offender);
	let second = sealed_for_slot(&proof.second_header, proof.slot, &proof.offender);
	matches!((first, second), (Some(a), Some(b)) if a != b)
}

/// Two blocks sealed for one slot by one authority.
pub struct EquivocationOffence<Offender> {
	/// The slot of both blocks.
	pub slot: Slot,
	/// The session of the key-ownership proof: one in which the key was an authority's.
	pub session_index: SessionIndex,
	/// How many authorities that session had.
	pub validator_set_count: u32,
	/// The authority, as the key-ownership proof identifies it.
	pub offender: Offender,
}

impl<Offender: Clone> Offence<Offender> for EquivocationOffence<Offender> {
	const ID: Kind = *b"aura:equivocatio";
	type Slot = Slot;

	fn offenders(&self) -> Vec<Offender> {
		vec![self.offender.clone()]
	}

	fn session_index(&self) -> SessionIndex {
		self.session_index
	}

	fn validator_set_count(&self) -> u32 {
		self.validator_set_count
	}

	fn slot(&self) -> Slot {
		self.slot
	}

	/// Civitas has no stake to slash: the sink acts on the offence itself.
	fn slash_fraction(&self, _offenders_count: u32) -> Perbill {
		Perbill::zero()
	}
}

/// The report system the runtime names as [`Config::EquivocationReportSystem`]: `P` checks
/// key-ownership proofs (pallet-session's historical pallet), `R` takes the offence (the
/// offence sink), `L` is how many blocks a report may wait in the pool.
pub struct EquivocationReportSystem<T, R, P, L>(core::marker::PhantomData<(T, R, P, L)>);

impl<T, R, P, L>
	OffenceReportSystem<Option<T::AccountId>, (EquivocationProofOf<T>, T::KeyOwnerProof)>
	for EquivocationReportSystem<T, R, P, L>
where
	T: Config,
	R: ReportOffence<
		T::AccountId,
		P::IdentificationTuple,
		EquivocationOffence<P::IdentificationTuple>,
	>,
	P: KeyOwnerProofSystem<(KeyTypeId, T::AuthorityId), Proof = T::KeyOwnerProof>,
	P::IdentificationTuple: Clone,
	L: Get<u64>,
{
	type Longevity = L;

	fn publish_evidence(
		(equivocation_proof, key_owner_proof): (EquivocationProofOf<T>, T::KeyOwnerProof),
	) -> Result<(), ()> {
		use frame_system::offchain::SubmitTransaction;
		let call = Call::report_equivocation {
			equivocation_proof: Box::new(equivocation_proof),
			key_owner_proof,
		};
		let xt = T::create_authorized_transaction(call.into());
		SubmitTransaction::<T, Call<T>>::submit_transaction(xt)
			.inspect(|_| log::info!(target: LOG_TARGET, "submitted an Aura equivocation report"))
			.inspect_err(
				|error| log::error!(target: LOG_TARGET, "cannot submit an Aura equivocation report: {error:?}"),
			)
	}

	fn check_evidence(
		(equivocation_proof, key_owner_proof): (EquivocationProofOf<T>, T::KeyOwnerProof),
	) -> Result<(), TransactionValidityError> {
		let key = (T::AuthorityId::ID, equivocation_proof.offender.clone());
		let offender = P::check_proof(key, key_owner_proof).ok_or(InvalidTransaction::BadProof)?;
		if R::is_known_offence(&[offender], &equivocation_proof.slot) {
			return Err(InvalidTransaction::Stale.into());
		}
		Ok(())
	}

	fn process_evidence(
		reporter: Option<T::AccountId>,
		(equivocation_proof, key_owner_proof): (EquivocationProofOf<T>, T::KeyOwnerProof),
	) -> Result<(), DispatchError> {
		if !check_equivocation_proof(&equivocation_proof) {
			return Err(Error::<T>::InvalidEquivocationProof.into());
		}
		let session_index = key_owner_proof.session();
		let validator_set_count = key_owner_proof.validator_count();
		let key = (T::AuthorityId::ID, equivocation_proof.offender.clone());
		let offender =
			P::check_proof(key, key_owner_proof).ok_or(Error::<T>::InvalidKeyOwnershipProof)?;
		let offence = EquivocationOffence {
			slot: equivocation_proof.slot,
			session_index,
			validator_set_count,
			offender,
		};
		R::report_offence(reporter.into_iter().collect(), offence)
			.map_err(|_| Error::<T>::DuplicateOffenceReport)?;
		Ok(())
	}
}
