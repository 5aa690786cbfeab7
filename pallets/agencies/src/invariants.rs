//! What `try_state` checks: every counter and index the pallet keeps, against the storage it
//! counts or indexes. Run by `try-runtime` on a live chain's state, and at the end of every
//! unit test (the mock's externalities check it after each test body).

use crate::{pallet::*, types::AgencyStatus};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Check the registry's invariants; the first that fails, by name.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextAgencyId::<T>::get();
		let mut registered = 0u32;
		let mut seats = Vec::new();
		let mut validators = Vec::new();
		for (id, agency) in Agencies::<T>::iter() {
			registered += 1;
			ensure!(id < next, "an agency's id is not below NextAgencyId");
			ensure!(
				AdminOf::<T>::get(&agency.admin) == Some(id),
				"an agency's admin is not indexed to it (AdminOf)"
			);
			let operators = Operators::<T>::iter_prefix(id).count() as u32;
			ensure!(
				operators == agency.operators,
				"an agency's operator count is not its operators"
			);
			ensure!(operators <= T::MaxOperators::get(), "an agency has more than MaxOperators");
			if let Some(authority) = &agency.authority {
				ensure!(
					AuthorityOf::<T>::get(authority) == Some(id),
					"an agency's authority is not indexed to it (AuthorityOf)"
				);
			}
			for node in Nodes::<T>::get(id) {
				ensure!(
					NodeOwner::<T>::get(node) == Some(id),
					"an agency's node is not indexed to it (NodeOwner)"
				);
			}
			#[cfg(feature = "upgrade-rehearsal")]
			ensure!(
				agency.named_nodes == Nodes::<T>::get(id).len() as u32,
				"an agency's node count is not its nodes"
			);
			if agency.status == AgencyStatus::Active {
				seats.push(agency.admin);
				if !AuthorityOffences::<T>::contains_key(id) {
					validators.extend(agency.authority);
				}
			}
		}
		// Ids are never reused and agencies never removed.
		ensure!(registered == next, "the agencies are not exactly ids 0..NextAgencyId");
		for (admin, id) in AdminOf::<T>::iter() {
			let agency = Agencies::<T>::get(id).ok_or("AdminOf names no agency")?;
			ensure!(agency.admin == admin, "AdminOf names an account that is not the admin");
		}
		for (id, gateway) in Gateways::<T>::iter() {
			ensure!(id < next, "a gateway names no agency");
			ensure!(
				crate::types::is_host_port(&gateway.endpoint),
				"a gateway's endpoint is not host:port"
			);
		}
		for (operator, id) in OperatorOf::<T>::iter() {
			ensure!(Operators::<T>::contains_key(id, &operator), "OperatorOf without Operators");
		}
		for (id, operator, ()) in Operators::<T>::iter() {
			ensure!(OperatorOf::<T>::get(&operator) == Some(id), "Operators without OperatorOf");
		}
		for (authority, id) in AuthorityOf::<T>::iter() {
			let agency = Agencies::<T>::get(id).ok_or("AuthorityOf names no agency")?;
			ensure!(agency.authority == Some(authority), "AuthorityOf names a former authority");
		}
		for (node, addresses) in NodeAddresses::<T>::iter() {
			ensure!(NodeOwner::<T>::contains_key(node), "a node's addresses outlived the node");
			ensure!(!addresses.is_empty(), "a node's address list is stored empty");
			ensure!(
				addresses.iter().all(|address| crate::types::is_node_address(address)),
				"a node's address is not a transport multiaddress"
			);
		}
		for (id, offence) in AuthorityOffences::<T>::iter() {
			ensure!(id < next, "an authority offence names no agency");
			ensure!(
				offence.reported_at <= frame_system::Pallet::<T>::block_number(),
				"an authority offence was reported in a future block"
			);
		}
		for (node, id) in NodeOwner::<T>::iter() {
			ensure!(Nodes::<T>::get(id).contains(&node), "NodeOwner names a node its agency lost");
		}
		// The council is the active agencies' admins, and the next session's validators
		// their authorities, both sorted.
		seats.sort();
		validators.sort();
		ensure!(
			CouncilSeats::<T>::get().into_inner() == seats,
			"the council's seats are not the active agencies' admins"
		);
		ensure!(
			Validators::<T>::get().into_inner() == validators,
			"the validators are not the authorities of the active agencies without an offence"
		);
		ensure!(
			SessionLength::<T>::get() >= T::MinSessionLength::get(),
			"the session is shorter than MinSessionLength"
		);
		Ok(())
	}
}
