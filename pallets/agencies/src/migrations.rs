//! The migrations of pallet-agencies's storage, one module per version.

/// Version 1, the first declared: the layout is unchanged, only the version is written on a
/// chain that has none (see [`civitas_primitives::support::LayoutUnchanged`]).
pub mod v1 {
	use crate::pallet::Pallet;
	use civitas_primitives::support::LayoutUnchanged;
	use frame_support::migrations::VersionedMigration;

	/// Stamp version 1 on a chain at version 0; a no-op on a chain at version 1.
	pub type MigrateToV1<T> =
		VersionedMigration<0, 1, LayoutUnchanged, Pallet<T>, <T as frame_system::Config>::DbWeight>;
}

/// Version 2, the upgrade rehearsal's (built only with the `upgrade-rehearsal` feature, into
/// the second runtime `scripts/test.sh` builds for the upgrade e2e test): the agency record
/// gains `named_nodes`, which the migration fills from each agency's node list.
#[cfg(feature = "upgrade-rehearsal")]
pub mod v2 {
	use crate::{
		pallet::{Agencies, Config, Nodes, Pallet},
		types::{Agency, AgencyStatus},
		AgencyId, District, Roles,
	};
	use codec::{Decode, Encode};
	use core::marker::PhantomData;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
		BoundedVec,
	};

	/// The agency record as version 1 stores it.
	#[derive(Encode, Decode)]
	pub struct AgencyV1<AccountId, MaxNameLength: Get<u32>> {
		pub name: BoundedVec<u8, MaxNameLength>,
		pub roles: Roles,
		pub admin: AccountId,
		pub district: Option<District>,
		pub status: AgencyStatus,
		pub authority: Option<AccountId>,
		pub operators: u32,
	}

	/// Rewrite every agency with its node count.
	pub struct CountNamedNodes<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for CountNamedNodes<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut agencies = 0u64;
			Agencies::<T>::translate::<AgencyV1<T::AccountId, T::MaxNameLength>, _>(
				|id: AgencyId, old| {
					agencies += 1;
					Some(Agency {
						name: old.name,
						roles: old.roles,
						admin: old.admin,
						district: old.district,
						status: old.status,
						authority: old.authority,
						operators: old.operators,
						named_nodes: Nodes::<T>::get(id).len() as u32,
					})
				},
			);
			// Each agency: its record and its nodes read, its record written.
			T::DbWeight::get().reads_writes(2 * agencies, agencies)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			Ok((Agencies::<T>::iter_keys().count() as u32).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(before: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before = u32::decode(&mut &before[..]).map_err(|_| "the pre-upgrade count")?;
			frame_support::ensure!(
				Agencies::<T>::iter().count() as u32 == before,
				"an agency was lost in the migration"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// Fill every agency's node count on a chain at version 1.
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		CountNamedNodes<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
