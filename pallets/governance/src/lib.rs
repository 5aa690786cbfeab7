//! # Governance: the council's Root, for an allow-list of calls
//!
//! A few calls only Root may make, and a chain without a sudo key still needs them for its
//! whole life: `system.authorizeUpgrade` (the runtime upgrade — after it anyone applies the
//! authorized code with `system.applyAuthorizedUpgrade`, so the wasm blob is never inside a
//! motion) and `grandpa.noteStalled` (restarting a finality that stalled). This pallet's one
//! call, [`Pallet::enact`], dispatches such a call as Root when the `EnactOrigin` (the Agency
//! Council's two thirds, voting aye) asks for it — and only if the call is on the runtime's
//! allow-list ([`Config::Enactable`]). Anything else is refused with `NotEnactable`, so the
//! council can do as Root exactly what the list says, and no more.
//!
//! Why not `pallet-whitelist`: it lets a two-thirds motion bless the *hash* of any call,
//! which anyone then dispatches as Root — the council would hold an unrestricted Root (a
//! `system.setStorage` is one hash away), and it brings pallet-preimage and its deposits. An
//! allow-list keeps the council's Root to the calls the runtime names, and the calls on it
//! are small (a code hash, two block numbers), so they travel inside the motion itself.
//!
//! The pallet keeps no storage. Its storage version is 0 and its `try_state` has nothing to
//! check.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::boxed::Box;
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::{Contains, UnfilteredDispatchable},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::Hash;

	/// The storage layout's version; the pallet keeps no storage.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The runtime's calls, which `enact` dispatches.
		type RuntimeCall: Parameter
			+ UnfilteredDispatchable<RuntimeOrigin = Self::RuntimeOrigin>
			+ GetDispatchInfo
			+ From<frame_system::Call<Self>>;

		/// Who may enact: the Agency Council's two thirds, voting aye.
		type EnactOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The calls `enact` dispatches as Root; every other call is refused.
		type Enactable: Contains<<Self as Config>::RuntimeCall>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The council's call (by its hash) was dispatched as Root and succeeded.
		Enacted { call_hash: T::Hash },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The call is not on the runtime's list of calls the council may make as Root.
		NotEnactable,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Dispatch `call` as Root. All or nothing: if the call fails, `enact` fails with its
		/// error and nothing changes.
		///
		/// Origin: `EnactOrigin` (the council's two thirds). The call must be on the runtime's
		/// allow-list (`NotEnactable` otherwise). Emits `Enacted` (with the call's hash), and
		/// whatever the call emits.
		#[pallet::call_index(0)]
		#[pallet::weight({
			let inner = call.get_dispatch_info();
			(T::WeightInfo::enact().saturating_add(inner.call_weight), inner.class)
		})]
		pub fn enact(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::EnactOrigin::ensure_origin(origin)?;
			ensure!(T::Enactable::contains(&call), Error::<T>::NotEnactable);
			let call_hash = T::Hashing::hash_of(&call);
			let own = T::WeightInfo::enact();
			let used = |post: &PostDispatchInfo| {
				post.actual_weight.map(|weight| weight.saturating_add(own))
			};
			match call.dispatch_bypass_filter(frame_system::RawOrigin::Root.into()) {
				Ok(post) => {
					Self::deposit_event(Event::Enacted { call_hash });
					Ok(PostDispatchInfo { actual_weight: used(&post), pays_fee: post.pays_fee })
				},
				Err(failed) => Err(sp_runtime::DispatchErrorWithPostInfo {
					post_info: PostDispatchInfo {
						actual_weight: used(&failed.post_info),
						pays_fee: failed.post_info.pays_fee,
					},
					error: failed.error,
				}),
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Nothing to check: the pallet keeps no storage.
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Ok(())
		}
	}
}
