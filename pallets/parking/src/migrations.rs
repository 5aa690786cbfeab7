//! The migrations of pallet-parking's storage, one module per version.

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
