//! The upgrade rehearsal's migration (version 1 to 2): each agency record gains its node count.

use crate::{migrations::v2, mock::*};
use codec::Encode;
use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

/// Put every agency back in the version 1 layout, at version 1.
fn back_to_version_1() {
	for (id, agency) in crate::Agencies::<Test>::iter() {
		let old = v2::AgencyV1 {
			name: agency.name,
			roles: agency.roles,
			admin: agency.admin,
			district: agency.district,
			status: agency.status,
			authority: agency.authority,
			operators: agency.operators,
		};
		frame_support::storage::unhashed::put_raw(
			&crate::Agencies::<Test>::hashed_key_for(id),
			&old.encode(),
		);
	}
	StorageVersion::new(1).put::<crate::Pallet<Test>>();
}

#[test]
fn version_2_counts_each_agencys_nodes_and_runs_once() {
	new_test_ext().execute_with(|| {
		back_to_version_1();
		v2::MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(crate::Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(2));
		let counts = |id| crate::Agencies::<Test>::get(id).unwrap().named_nodes;
		assert_eq!((counts(HEALTH), counts(LAND)), (1, 0));
		// At version 2 it does nothing.
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		v2::MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);
	});
}
