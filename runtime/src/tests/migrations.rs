//! The runtime's `Migrations`: each runs only where it is needed, and does only what it says.

use super::genesis_of;
use crate::{
	genesis_config_presets::LOCAL_PRESET, Agencies, Catalog, Citizens, Health, Migrations, Parking,
	Property, Runtime,
};
use frame_support::traits::{
	GetStorageVersion, OnRuntimeUpgrade, PalletInfoAccess, StorageVersion,
};
use sp_runtime::StateVersion;

fn state_root() -> Vec<u8> {
	sp_io::storage::root(StateVersion::V1)
}

/// The on-chain storage versions of the six domain pallets.
fn versions() -> [StorageVersion; 6] {
	[
		Agencies::on_chain_storage_version(),
		Citizens::on_chain_storage_version(),
		Health::on_chain_storage_version(),
		Property::on_chain_storage_version(),
		Parking::on_chain_storage_version(),
		Catalog::on_chain_storage_version(),
	]
}

/// Remove a pallet's storage version, as on a chain started before versions were declared.
fn forget_version<P: PalletInfoAccess>() {
	frame_support::storage::unhashed::kill(&StorageVersion::storage_key::<P>());
}

/// Remove the six domain pallets' storage versions.
pub(crate) fn forget_versions() {
	forget_version::<Agencies>();
	forget_version::<Citizens>();
	forget_version::<Health>();
	forget_version::<Property>();
	forget_version::<Parking>();
	forget_version::<Catalog>();
}

#[test]
fn on_a_chain_whose_genesis_wrote_the_versions_every_migration_is_a_no_op() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		assert_eq!(versions(), [StorageVersion::new(1); 6], "genesis writes the versions");
		let before = state_root();
		let weight = Migrations::on_runtime_upgrade();
		assert_eq!(state_root(), before, "nothing written");
		// Each versioned migration reads its pallet's version, and that is all.
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		assert_eq!(weight, db.reads(6));
	});
}

#[test]
fn a_chain_started_before_storage_versions_gets_version_1_and_nothing_else() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let current = state_root();
		forget_versions();
		assert_eq!(versions(), [StorageVersion::new(0); 6]);
		assert_ne!(state_root(), current);

		Migrations::on_runtime_upgrade();
		assert_eq!(versions(), [StorageVersion::new(1); 6]);
		// The state is exactly that of a chain started with the versions: only they were
		// written.
		assert_eq!(state_root(), current);
		// And a second upgrade finds nothing to do.
		Migrations::on_runtime_upgrade();
		assert_eq!(state_root(), current);
	});
}
