//! Tests of the assembled runtime: its identity, its block time and its genesis presets.

mod capacity;
mod fees;
mod governance;
mod migrations;
mod privacy;
mod state;
mod trust;

use crate::{
	configs::CouncilCollective,
	genesis_config_presets::{get_preset, preset_names, DEV_PRESET, LOCAL_PRESET},
	AccountId, Agencies, Aura, Balances, Council, Grandpa, Runtime, RuntimeCall,
	RuntimeGenesisConfig, RuntimeOrigin, System, MILLI_SECS_PER_BLOCK, VERSION,
};
use civitas_primitives::AgencyRoles;
use frame_support::{assert_noop, assert_ok, traits::Get};
use serde_json::Value;
use sp_genesis_builder::PresetId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::traits::Hash as _;
use sp_runtime::{traits::Dispatchable, BuildStorage};

/// Apply a preset's JSON patch onto the default genesis config, the way a chain spec does.
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The state a chain started from the named preset has at genesis.
pub(crate) fn genesis_of(preset: &str) -> sp_io::TestExternalities {
	let patch: Value =
		serde_json::from_slice(&get_preset(&PresetId::from(preset)).expect("the preset exists"))
			.expect("a preset is valid JSON");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("the preset fits the runtime's genesis config");
	let mut ext = sp_io::TestExternalities::new(config.build_storage().unwrap());
	ext.execute_with(|| System::set_block_number(1));
	ext
}

fn aura_key(who: Sr25519Keyring) -> sp_consensus_aura::sr25519::AuthorityId {
	who.public().into()
}

fn grandpa_key(who: Ed25519Keyring) -> sp_consensus_grandpa::AuthorityId {
	who.public().into()
}

#[test]
fn the_runtime_is_called_civitas() {
	assert_eq!(VERSION.spec_name, "civitas");
}

#[test]
fn slots_and_blocks_are_three_seconds() {
	assert_eq!(MILLI_SECS_PER_BLOCK, 3_000);
	let slot: u64 = <Runtime as pallet_aura::Config>::SlotDuration::get();
	assert_eq!(slot, MILLI_SECS_PER_BLOCK);
	genesis_of(DEV_PRESET).execute_with(|| {
		assert_eq!(Aura::slot_duration(), MILLI_SECS_PER_BLOCK);
	});
}

#[test]
fn the_runtime_offers_dev_and_local_presets_only() {
	let names: Vec<String> =
		preset_names().into_iter().map(|id| String::from_utf8(id.into()).unwrap()).collect();
	assert_eq!(names, vec!["dev".to_string(), "local".to_string()]);
	assert!(get_preset(&PresetId::from("staging")).is_none());
	// The standard polkadot-sdk names resolve to the same presets.
	assert_eq!(
		get_preset(&PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET)),
		get_preset(&PresetId::from(DEV_PRESET))
	);
	assert_eq!(
		get_preset(&PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)),
		get_preset(&PresetId::from(LOCAL_PRESET))
	);
}

#[test]
fn dev_has_alice_as_sole_authority_and_sudo() {
	genesis_of(DEV_PRESET).execute_with(|| {
		assert_eq!(
			pallet_aura::Authorities::<Runtime>::get().into_inner(),
			vec![aura_key(Sr25519Keyring::Alice)]
		);
		assert_eq!(Grandpa::grandpa_authorities(), vec![(grandpa_key(Ed25519Keyring::Alice), 1)]);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Sr25519Keyring::Alice.to_account_id()));

		// Sudo works on dev: Alice can set Bob's balance.
		let call = RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
			who: Sr25519Keyring::Bob.to_account_id().into(),
			new_free: 42 * crate::UNIT,
		});
		assert_ok!(RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) })
			.dispatch(RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id())));
		assert_eq!(Balances::free_balance(Sr25519Keyring::Bob.to_account_id()), 42 * crate::UNIT);
	});
}

#[test]
fn local_has_three_agency_authorities_and_no_sudo_key() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		// The session hands the consensus engines its validators in account order.
		let mut aura_keys = vec![
			aura_key(Sr25519Keyring::Alice),
			aura_key(Sr25519Keyring::Bob),
			aura_key(Sr25519Keyring::Charlie),
		];
		aura_keys.sort();
		let mut in_aura = pallet_aura::Authorities::<Runtime>::get().into_inner();
		in_aura.sort();
		assert_eq!(in_aura, aura_keys);
		let mut in_grandpa = Grandpa::grandpa_authorities();
		in_grandpa.sort();
		let mut grandpa_keys = vec![
			(grandpa_key(Ed25519Keyring::Alice), 1),
			(grandpa_key(Ed25519Keyring::Bob), 1),
			(grandpa_key(Ed25519Keyring::Charlie), 1),
		];
		grandpa_keys.sort();
		assert_eq!(in_grandpa, grandpa_keys);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);

		// Nobody can use sudo on a local network: Alice, who holds it on dev, is refused and
		// the state is left as it was.
		let bob = Sr25519Keyring::Bob.to_account_id();
		let before = Balances::free_balance(&bob);
		let call = RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
			who: bob.clone().into(),
			new_free: 1,
		});
		assert_noop!(
			RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) })
				.dispatch(RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()))
				.map_err(|e| e.error),
			pallet_sudo::Error::<Runtime>::RequireSudo
		);
		assert_eq!(Balances::free_balance(&bob), before);
	});
}

#[test]
fn well_known_accounts_are_endowed() {
	for preset in [DEV_PRESET, LOCAL_PRESET] {
		genesis_of(preset).execute_with(|| {
			for who in Sr25519Keyring::well_known() {
				assert!(
					Balances::free_balance(who.to_account_id()) >= 1_000 * crate::UNIT,
					"{who} is endowed on {preset}"
				);
			}
		});
	}
}

#[test]
fn local_has_three_agencies_whose_admins_are_the_council() {
	use civitas_primitives::Roles;
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let admins: Vec<AccountId> =
			[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
				.iter()
				.map(|who| who.to_account_id())
				.collect();
		let mut sorted_admins = admins.clone();
		sorted_admins.sort();
		assert_eq!(pallet_collective::Members::<Runtime, CouncilCollective>::get(), sorted_admins);

		let roles: Vec<Roles> =
			(0..3).map(|id| pallet_agencies::Agencies::<Runtime>::get(id).unwrap().roles).collect();
		assert_eq!(
			roles,
			vec![
				Roles::HEALTH | Roles::DISEASE_CONTROL,
				Roles::LAND_REGISTRY | Roles::HOUSING,
				Roles::TRANSPORT
			]
		);
		for (id, admin) in admins.iter().enumerate() {
			let agency = pallet_agencies::Agencies::<Runtime>::get(id as u32).unwrap();
			assert_eq!(&agency.admin, admin);
			assert_eq!(agency.authority.as_ref(), Some(admin));
		}
		assert_eq!(pallet_session::Validators::<Runtime>::get(), sorted_admins);

		// Dave operates for the health commission: he may write health records, not titles.
		let dave = RuntimeOrigin::signed(Sr25519Keyring::Dave.to_account_id());
		assert!(<Agencies as AgencyRoles<_, _>>::ensure_role(dave.clone(), Roles::HEALTH).is_ok());
		assert!(<Agencies as AgencyRoles<_, _>>::ensure_role(dave, Roles::LAND_REGISTRY).is_err());
	});
}

#[test]
fn dev_has_one_agency_with_every_role_run_by_alice() {
	use civitas_primitives::Roles;
	genesis_of(DEV_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let agency = pallet_agencies::Agencies::<Runtime>::get(0).unwrap();
		assert_eq!(
			(agency.roles, &agency.admin, agency.authority.as_ref()),
			(Roles::ALL, &alice, Some(&alice))
		);
		assert_eq!(pallet_agencies::NextAgencyId::<Runtime>::get(), 1);
		assert_eq!(
			<Agencies as AgencyRoles<_, _>>::ensure_role(
				RuntimeOrigin::signed(alice.clone()),
				Roles::ALL
			),
			Ok((0, alice.clone()))
		);
		assert_eq!(pallet_collective::Members::<Runtime, CouncilCollective>::get(), vec![alice]);
	});
}

#[test]
fn a_council_motion_of_two_agencies_registers_a_fourth() {
	use civitas_primitives::Roles;
	use frame_support::{dispatch::GetDispatchInfo, weights::Weight};
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let [alice, bob, charlie, dave] = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		]
		.map(|who| who.to_account_id());
		let register = RuntimeCall::Agencies(pallet_agencies::Call::register_agency {
			name: b"Municipal Tax Bureau".to_vec().try_into().unwrap(),
			roles: Roles::TAX,
			admin: dave.clone(),
			district: None,
		});

		// Not through a single agency's admin, nor through a stranger.
		assert_noop!(
			register.clone().dispatch(RuntimeOrigin::signed(alice.clone())).map_err(|e| e.error),
			sp_runtime::DispatchError::BadOrigin
		);

		let length = codec::Encode::encoded_size(&register) as u32;
		let weight = register.get_dispatch_info().call_weight;
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&register);

		// A stranger cannot even propose.
		assert_noop!(
			Council::propose(
				RuntimeOrigin::signed(dave.clone()),
				2,
				Box::new(register.clone()),
				length
			),
			pallet_collective::Error::<Runtime, CouncilCollective>::NotMember
		);

		assert_ok!(Council::propose(
			RuntimeOrigin::signed(alice.clone()),
			2,
			Box::new(register.clone()),
			length
		));
		assert_ok!(Council::vote(RuntimeOrigin::signed(alice.clone()), hash, 0, true));
		// One aye of three is below two thirds: the motion cannot close yet.
		assert_noop!(
			Council::close(RuntimeOrigin::signed(charlie.clone()), hash, 0, weight, length),
			pallet_collective::Error::<Runtime, CouncilCollective>::TooEarly
		);
		assert_ok!(Council::vote(RuntimeOrigin::signed(bob), hash, 0, true));
		assert_ok!(Council::close(
			RuntimeOrigin::signed(charlie),
			hash,
			0,
			weight + Weight::from_parts(1, 0),
			length
		));

		let tax =
			pallet_agencies::Agencies::<Runtime>::get(3).expect("the motion registered the agency");
		assert_eq!((tax.roles, &tax.admin), (Roles::TAX, &dave));
		assert!(pallet_collective::Members::<Runtime, CouncilCollective>::get().contains(&dave));
	});
}

#[test]
fn local_names_its_three_nodes_and_dev_leaves_peering_open() {
	genesis_of(LOCAL_PRESET).execute_with(|| {
		let nodes = Agencies::authorized_nodes();
		assert_eq!(nodes.len(), 3);
		// The ed25519 key inside 12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp, the peer
		// id of node key 0x…01 (what `civitas-node key inspect-node-key` prints for it).
		assert_eq!(
			nodes[0],
			sp_core::hex2array!("4cb5abf6ad79fbf5abbccafcc269d85cd2651ed4b885b5869f241aedf0a5ba29")
		);
	});
	genesis_of(DEV_PRESET).execute_with(|| assert!(Agencies::authorized_nodes().is_empty()));
}
