//! Benchmarks of pallet-agencies (FRAME benchmarking v2), each at its worst case: the
//! council and the authority set as full as `n` says, the longest name.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;

fn assert_last_event<T: Config>(event: Event<T>) {
	let event: <T as Config>::RuntimeEvent = event.into();
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

/// Register agencies, each with a node, until `seats` admins sit on the council.
fn fill_council<T: Config>(seats: u32) {
	let mut i = 0;
	while (CouncilSeats::<T>::get().len() as u32) < seats {
		let admin: T::AccountId = account("admin", i, 0);
		let node: T::AccountId = account("node", i, 0);
		i += 1;
		if AdminOf::<T>::contains_key(&admin) {
			continue;
		}
		let agency = Pallet::<T>::do_register_agency(
			BoundedVec::truncate_from(vec![b'a'; 8]),
			Roles::HEALTH,
			admin,
			None,
		)
		.expect("room for the agencies of the benchmark");
		Pallet::<T>::do_set_authority(agency, Some(node)).expect("a fresh node account");
	}
}

/// An active agency with a node, its admin, and the council filled to `seats`.
fn agency_with_node<T: Config>(seats: u32) -> (AgencyId, T::AccountId) {
	let admin: T::AccountId = account("subject-admin", 0, 0);
	let node: T::AccountId = account("subject-node", 0, 0);
	let agency = Pallet::<T>::do_register_agency(
		BoundedVec::truncate_from(vec![b's'; 8]),
		Roles::HEALTH,
		admin.clone(),
		None,
	)
	.expect("room for the subject agency");
	Pallet::<T>::do_set_authority(agency, Some(node)).expect("a fresh node account");
	fill_council::<T>(seats);
	(agency, admin)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_agency(
		l: Linear<1, { T::MaxNameLength::get() }>,
		n: Linear<0, { T::MaxAgencies::get() - 1 }>,
	) -> Result<(), BenchmarkError> {
		fill_council::<T>(n);
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let admin: T::AccountId = account("new-admin", 0, 0);
		let agency = NextAgencyId::<T>::get();

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			BoundedVec::truncate_from(vec![b'n'; l as usize]),
			Roles::ALL,
			admin.clone(),
			Some(1),
		);

		assert_last_event::<T>(Event::AgencyRegistered { agency, admin, roles: Roles::ALL });
		Ok(())
	}

	#[benchmark]
	fn set_roles() -> Result<(), BenchmarkError> {
		let (agency, _) = agency_with_node::<T>(1);
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, agency, Roles::ALL);

		assert_last_event::<T>(Event::RolesSet { agency, roles: Roles::ALL });
		Ok(())
	}

	#[benchmark]
	fn suspend(n: Linear<1, { T::MaxAgencies::get() }>) -> Result<(), BenchmarkError> {
		let (agency, _) = agency_with_node::<T>(n);
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, agency);

		assert_last_event::<T>(Event::AgencySuspended { agency });
		Ok(())
	}

	#[benchmark]
	fn resume(n: Linear<1, { T::MaxAgencies::get() }>) -> Result<(), BenchmarkError> {
		let (agency, _) = agency_with_node::<T>(n);
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Pallet::<T>::suspend(origin.clone(), agency).map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, agency);

		assert_last_event::<T>(Event::AgencyResumed { agency });
		Ok(())
	}

	#[benchmark]
	fn set_authority(n: Linear<1, { T::MaxAgencies::get() }>) -> Result<(), BenchmarkError> {
		let (agency, _) = agency_with_node::<T>(n);
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let new_node: T::AccountId = account("new-node", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, agency, Some(new_node.clone()));

		assert_last_event::<T>(Event::AuthoritySet { agency, authority: Some(new_node) });
		Ok(())
	}

	#[benchmark]
	fn add_operator() {
		let (agency, admin) = agency_with_node::<T>(1);
		let operator: T::AccountId = account("operator", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), operator.clone());

		assert_last_event::<T>(Event::OperatorAdded { agency, account: operator });
	}

	#[benchmark]
	fn remove_operator() {
		let (agency, admin) = agency_with_node::<T>(1);
		let operator: T::AccountId = account("operator", 0, 0);
		Pallet::<T>::do_add_operator(agency, operator.clone()).expect("room for an operator");

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), operator.clone());

		assert_last_event::<T>(Event::OperatorRemoved { agency, account: operator });
	}

	#[benchmark]
	fn set_admin(n: Linear<1, { T::MaxAgencies::get() }>) {
		let (agency, admin) = agency_with_node::<T>(n);
		let new_admin: T::AccountId = account("next-admin", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(admin.clone()), new_admin.clone());

		assert_last_event::<T>(Event::AdminChanged { agency, old: admin, new: new_admin });
	}

	#[benchmark]
	fn replace_admin(n: Linear<1, { T::MaxAgencies::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (agency, admin) = agency_with_node::<T>(n);
		let new_admin: T::AccountId = account("next-admin", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, agency, new_admin.clone());

		assert_last_event::<T>(Event::AdminReplaced { agency, old: admin, new: new_admin });
		Ok(())
	}

	#[benchmark]
	fn set_gateway() {
		let (agency, admin) = agency_with_node::<T>(1);
		// The longest endpoint: a DNS name of the most bytes (labels of 60), and a port.
		let host = T::MaxEndpointLength::get() as usize - b":65535".len();
		let mut endpoint: Vec<u8> =
			(1..=host).map(|i| if i % 61 == 0 && i < host { b'.' } else { b'g' }).collect();
		endpoint.extend_from_slice(b":65535");
		let gateway =
			Gateway { endpoint: endpoint.try_into().expect("sized to fit"), tls_key: [7; 32] };

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), Some(gateway.clone()));

		assert_last_event::<T>(Event::GatewaySet { agency, gateway: Some(gateway) });
	}

	#[benchmark]
	fn set_session_length() -> Result<(), BenchmarkError> {
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let blocks = T::MinSessionLength::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, blocks);

		assert_last_event::<T>(Event::SessionLengthSet { blocks });
		Ok(())
	}

	#[benchmark]
	fn set_nodes(n: Linear<0, { T::MaxNodesPerAgency::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (agency, _) = agency_with_node::<T>(1);
		// The agency's authority is one of `MaxAgencies` current voters: the check that the
		// rest can still finalize reads the whole set.
		let authority = Agencies::<T>::get(agency).and_then(|record| record.authority);
		let voters =
			(1..T::MaxAgencies::get()).map(|i| account("voter", i, 0)).chain(authority).collect();
		T::Sessions::set_current(voters);
		let node = |tag: u8, i: u32| {
			let mut id = [tag; 32];
			id[..4].copy_from_slice(&i.to_le_bytes());
			id
		};
		// The worst case replaces a full list.
		let old = (0..T::MaxNodesPerAgency::get()).map(|i| node(0xaa, i)).collect::<Vec<_>>();
		Pallet::<T>::do_set_nodes(agency, BoundedVec::truncate_from(old.clone()))
			.expect("a full list fits");
		// Each with the most addresses, which go with it.
		let address = NodeAddressOf::<T>::truncate_from(b"/ip4/10.0.0.1/tcp/30333".to_vec());
		for node in old {
			let addresses = vec![address.clone(); T::MaxAddressesPerNode::get() as usize];
			NodeAddresses::<T>::insert(node, NodeAddressesOf::<T>::truncate_from(addresses));
		}
		let new = BoundedVec::<NodeId, T::MaxNodesPerAgency>::truncate_from(
			(0..n).map(|i| node(0xbb, i)).collect(),
		);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, agency, new.clone());

		assert_eq!(Nodes::<T>::get(agency), new);
		assert_eq!(NodeAddresses::<T>::iter().count(), 0, "the old nodes' addresses went");
		Ok(())
	}

	#[benchmark]
	fn set_node_addresses() {
		let (agency, admin) = agency_with_node::<T>(1);
		let node = [0xcc; 32];
		Pallet::<T>::do_set_nodes(agency, BoundedVec::truncate_from(vec![node]))
			.expect("a fresh node");
		// The most addresses, each the longest: a DNS name as long as the bound allows
		// (labels of 60 bytes), each told apart by its first byte.
		let address = |i: u32| {
			let frame = b"/dns4/".len() + b"/tcp/65535/ws".len();
			let host = (T::MaxNodeAddressLength::get() as usize).saturating_sub(frame).min(253);
			let mut address = b"/dns4/".to_vec();
			address.extend((0..host).map(|at| match at {
				0 => b'a' + (i % 26) as u8,
				at if at % 61 == 60 && at + 1 < host => b'.',
				_ => b'n',
			}));
			address.extend_from_slice(b"/tcp/65535/ws");
			NodeAddressOf::<T>::truncate_from(address)
		};
		let addresses = NodeAddressesOf::<T>::truncate_from(
			(0..T::MaxAddressesPerNode::get()).map(address).collect(),
		);
		assert!(addresses.iter().all(|address| is_node_address(address)));

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), node, addresses.clone());

		assert_last_event::<T>(Event::NodeAddressesSet { agency, node, addresses });
	}

	#[benchmark]
	fn restore_authority(n: Linear<1, { T::MaxAgencies::get() }>) -> Result<(), BenchmarkError> {
		let (agency, _) = agency_with_node::<T>(n);
		let node = Agencies::<T>::get(agency).and_then(|record| record.authority).expect("named");
		assert!(Pallet::<T>::note_offence(agency, &node, *b"aura:equivocatio", 0));
		let origin =
			T::CouncilOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, agency);

		assert_last_event::<T>(Event::AuthorityRestored { agency });
		assert!(Validators::<T>::get().contains(&node));
		Ok(())
	}

	/// Acting on an offence, at its worst: the offender is one of `n` authorities of the
	/// current session (so it is disabled as well as taken out of the next sets).
	#[benchmark]
	fn note_offence(n: Linear<2, { T::MaxAgencies::get() }>) {
		let (agency, _) = agency_with_node::<T>(n);
		let node = Agencies::<T>::get(agency).and_then(|record| record.authority).expect("named");
		T::Sessions::set_current(Validators::<T>::get().into_inner());

		#[block]
		{
			assert!(Pallet::<T>::note_offence(agency, &node, *b"aura:equivocatio", 1));
		}

		assert!(!Validators::<T>::get().contains(&node));
		assert!(AuthorityOffences::<T>::contains_key(agency));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext().unchecked(), crate::mock::Test);
}
