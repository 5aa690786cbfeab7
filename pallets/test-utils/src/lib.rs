//! What every Civitas pallet's mock runtime needs and none should write again: the last
//! event of a pallet, moving the chain on block by block with the hooks run as the chain
//! runs them, and externalities whose genesis holds a list of agencies. A dev-dependency of
//! the pallets; no production crate depends on it.

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
