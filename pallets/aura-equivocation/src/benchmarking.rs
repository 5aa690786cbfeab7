//! The benchmark of pallet-aura-equivocation: a whole report, at its worst — a proof of
//! membership in a session of `n` authorities, checked against the current session (whose
//! proving trie the check rebuilds), and an offence the sink acts on.

use super::*;
use alloc::boxed::Box;
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_consensus_aura::AURA_ENGINE_ID;
use sp_runtime::{
	generic::{Digest, DigestItem},
	traits::Hash,
};

/// A header of block 1 claiming `slot`, told apart by `salt`, sealed by `key`.
fn sealed_header<T: Config>(key: &T::AuthorityId, slot: Slot, salt: u8) -> HeaderFor<T> {
	let digest = Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] };
	let mut header = <HeaderFor<T> as HeaderT>::new(
		1u32.into(),
		T::Hashing::hash(&[salt]),
		Default::default(),
		Default::default(),
		digest,
	);
	let signature =
		key.sign(&header.hash().as_ref()).expect("the benchmark's keystore has the key");
	header.digest_mut().push(DigestItem::Seal(AURA_ENGINE_ID, signature.encode()));
	header
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn report_equivocation(n: Linear<1, { T::MaxAuthorities::get() }>) {
		let key = T::AuthorityId::generate_pair(None);
		let key_owner_proof = T::BenchmarkHelper::key_owner_proof(&key, n);
		let slot = Slot::from(7);
		let proof = EquivocationProof {
			offender: key.clone(),
			slot,
			first_header: sealed_header::<T>(&key, slot, 1),
			second_header: sealed_header::<T>(&key, slot, 2),
		};
		assert!(check_equivocation_proof(&proof));

		#[extrinsic_call]
		_(RawOrigin::Authorized, Box::new(proof), key_owner_proof);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
