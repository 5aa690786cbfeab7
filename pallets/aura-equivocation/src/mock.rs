//! A runtime with frame-system and this pallet; the key-ownership proofs and the offence sink
//! are stand-ins the tests control.

use crate::{self as pallet_aura_equivocation, EquivocationOffence};
use codec::Encode;
use frame_support::{derive_impl, pallet_prelude::ValueQuery, traits::ConstU64};
use sp_consensus_aura::sr25519::AuthorityId;
use sp_runtime::{BuildStorage, KeyTypeId};
use sp_session::MembershipProof;
use sp_staking::offence::{OffenceError, ReportOffence};

type Block = frame_system::mocking::MockBlock<Test>;
pub type Extrinsic = frame_system::mocking::MockUncheckedExtrinsic<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		AuraEquivocation: pallet_aura_equivocation,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateTransaction<C> for Test
where
	RuntimeCall: From<C>,
{
	type Extension = ();
	fn create_transaction(call: RuntimeCall, extension: ()) -> Extrinsic {
		Extrinsic::new_transaction(call, extension)
	}
}

impl<C> frame_system::offchain::CreateAuthorizedTransaction<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_extension() {}
}

/// An authority as a proof identifies it: its account and its agency.
pub type Offender = (u64, u32);

/// The keys the stand-in proofs vouch for, with whom they identify.
#[frame_support::storage_alias]
pub type Owners = StorageValue<MockKeys, Vec<(AuthorityId, Offender)>, ValueQuery>;

/// A stand-in for pallet-session's historical proofs: a proof is valid if its only "trie
/// node" is the key, encoded, and the key has an owner.
pub struct MockKeys;

impl frame_support::traits::KeyOwnerProofSystem<(KeyTypeId, AuthorityId)> for MockKeys {
	type Proof = MembershipProof;
	type IdentificationTuple = Offender;

	fn prove(key: (KeyTypeId, AuthorityId)) -> Option<MembershipProof> {
		Some(proof_for(&key.1))
	}

	fn check_proof(key: (KeyTypeId, AuthorityId), proof: MembershipProof) -> Option<Offender> {
		if key.0 != KeyTypeId(*b"aura") {
			return None;
		}
		if proof.trie_nodes != vec![key.1.encode()] {
			return None;
		}
		Owners::get().into_iter().find(|(owner, _)| *owner == key.1).map(|(_, who)| who)
	}
}

/// The proof the stand-in takes for `key`, of session 4 with 3 authorities.
pub fn proof_for(key: &AuthorityId) -> MembershipProof {
	MembershipProof { session: 4, trie_nodes: vec![key.encode()], validator_count: 3 }
}

/// What the sink took: (offender, slot, session, authority count).
#[frame_support::storage_alias]
pub type Taken = StorageValue<MockSink, Vec<(Offender, u64, u32, u32)>, ValueQuery>;

/// A stand-in for the offence sink: takes each offender's slot once.
pub struct MockSink;

impl ReportOffence<u64, Offender, EquivocationOffence<Offender>> for MockSink {
	fn report_offence(
		_reporters: Vec<u64>,
		offence: EquivocationOffence<Offender>,
	) -> Result<(), OffenceError> {
		if Self::is_known_offence(&[offence.offender], &offence.slot) {
			return Err(OffenceError::DuplicateReport);
		}
		Taken::mutate(|taken| {
			taken.push((
				offence.offender,
				*offence.slot,
				offence.session_index,
				offence.validator_set_count,
			))
		});
		Ok(())
	}

	fn is_known_offence(offenders: &[Offender], slot: &sp_consensus_slots::Slot) -> bool {
		offenders
			.iter()
			.all(|who| Taken::get().iter().any(|(taken, at, _, _)| taken == who && at == &**slot))
	}
}

impl pallet_aura_equivocation::Config for Test {
	type AuthorityId = AuthorityId;
	type KeyOwnerProof = MembershipProof;
	type EquivocationReportSystem =
		pallet_aura_equivocation::EquivocationReportSystem<Self, MockSink, MockKeys, ConstU64<100>>;
	type MaxAuthorities = frame_support::traits::ConstU32<8>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockKeys;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AuthorityId, MembershipProof> for MockKeys {
	fn key_owner_proof(key: &AuthorityId, n: u32) -> MembershipProof {
		Owners::put(vec![(key.clone(), (30, 0))]);
		MembershipProof { validator_count: n, ..proof_for(key) }
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| System::set_block_number(1));
	ext
}
