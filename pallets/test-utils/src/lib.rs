//! What every Civitas pallet's mock runtime needs and none should write again: the last
//! event of a pallet, moving the chain on block by block with the hooks run as the chain
//! runs them, externalities whose genesis holds a list of agencies and which check the
//! pallets' invariants after every test, and the check that a call's bounded argument is
//! refused at decoding. A dev-dependency of
//! the pallets; no production crate depends on it.

use codec::DecodeAll;
use frame_support::traits::OnInitialize;
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_agencies::GenesisAgency;
use sp_runtime::{traits::One, BuildStorage};

/// The last event of the pallet whose event type is `E` (converted from the runtime's event
/// by the conversion `construct_runtime!` writes); panics, naming `E`, if there is none.
pub fn last_event<T: frame_system::Config, E>() -> E
where
	T::RuntimeEvent: TryInto<E>,
{
	frame_system::Pallet::<T>::events()
		.into_iter()
		.rev()
		.find_map(|record| record.event.try_into().ok())
		.unwrap_or_else(|| panic!("no {} was deposited", core::any::type_name::<E>()))
}

/// Move to block `n`, one block at a time, running `Hooks::on_initialize` at each block's
/// start as the chain would (pass the pallet, or `AllPalletsWithSystem`).
pub fn run_to<T: frame_system::Config, Hooks: OnInitialize<BlockNumberFor<T>>>(
	n: BlockNumberFor<T>,
) {
	while frame_system::Pallet::<T>::block_number() < n {
		let next = frame_system::Pallet::<T>::block_number() + One::one();
		frame_system::Pallet::<T>::set_block_number(next);
		Hooks::on_initialize(next);
	}
}

/// Externalities at block 1 whose genesis registered `agencies` (ids 0, 1, ... in order).
pub fn new_ext<T: pallet_agencies::Config>(
	agencies: Vec<GenesisAgency<T::AccountId>>,
) -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<T>::default()
		.build_storage()
		.expect("the system genesis builds");
	pallet_agencies::GenesisConfig::<T> { agencies, session_length: None }
		.assimilate_storage(&mut storage)
		.expect("the genesis agencies are valid");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| frame_system::Pallet::<T>::set_block_number(One::one()));
	ext
}

/// A call's argument bound holds when the call is decoded, before it is weighed, charged or
/// dispatched: `encode(n)` is the call's encoding (its index, then its arguments) with `n`
/// items in the bounded argument; `max` items decode into a `C`, `max + 1` do not.
pub fn assert_bounded_at_decoding<C: DecodeAll>(max: usize, encode: impl Fn(usize) -> Vec<u8>) {
	let name = core::any::type_name::<C>();
	assert!(C::decode_all(&mut &encode(max)[..]).is_ok(), "{max} items must decode into {name}");
	assert!(
		C::decode_all(&mut &encode(max + 1)[..]).is_err(),
		"{} items must not decode into {name}",
		max + 1
	);
}

/// Test externalities that check the pallets' invariants (their `try_state`) at the end of
/// every `execute_with`: a test that leaves a counter or an index out of step with the storage
/// it counts fails, whatever else it asserted. A mock's `new_test_ext` returns one, with a
/// check that runs every pallet of the mock.
pub struct CheckedExt {
	ext: sp_io::TestExternalities,
	check: fn() -> Result<(), sp_runtime::TryRuntimeError>,
}

impl CheckedExt {
	/// `ext`, checked by `check` after each test body.
	pub fn new(
		ext: sp_io::TestExternalities,
		check: fn() -> Result<(), sp_runtime::TryRuntimeError>,
	) -> Self {
		Self { ext, check }
	}

	/// The externalities without the check: for the benchmarks' tests, whose set-ups write
	/// their worst cases straight into storage (a full history, a full grid cell) rather than
	/// through the calls that keep the counters.
	pub fn unchecked(self) -> sp_io::TestExternalities {
		self.ext
	}

	/// Run `test`, then the invariants' check; panics, naming the broken invariant, if it
	/// fails.
	pub fn execute_with<R>(&mut self, test: impl FnOnce() -> R) -> R {
		let check = self.check;
		self.ext.execute_with(|| {
			let result = test();
			if let Err(broken) = check() {
				panic!("an invariant is broken at the end of the test: {broken:?}");
			}
			result
		})
	}
}

/// The invariant `check` names as broken once `corrupt` has changed the state — which is
/// then undone. For the tests that show each pallet's check catches what it is for; panics
/// if the check finds nothing wrong.
pub fn broken_invariant(
	corrupt: impl FnOnce(),
	check: fn() -> Result<(), sp_runtime::TryRuntimeError>,
) -> &'static str {
	use frame_support::storage::{transactional::with_transaction, TransactionOutcome};
	let verdict = with_transaction(|| {
		corrupt();
		TransactionOutcome::Rollback(Ok::<_, sp_runtime::DispatchError>(check()))
	})
	.expect("the check itself does not fail");
	match verdict {
		Err(sp_runtime::DispatchError::Other(broken)) => broken,
		Err(other) => panic!("the check failed with an unnamed error: {other:?}"),
		Ok(()) => panic!("the check found nothing wrong"),
	}
}
