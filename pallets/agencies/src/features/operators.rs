//! What an agency's admin keeps: the agency's operators, its gateway, where its nodes
//! listen, and the admin seat itself.

use crate::{pallet::*, types::*};
use civitas_primitives::{AgencyId, NodeId};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// The agency whose admin signed `origin`.
	pub(crate) fn ensure_admin(origin: OriginFor<T>) -> Result<AgencyId, DispatchError> {
		let who = ensure_signed(origin)?;
		Ok(AdminOf::<T>::get(&who).ok_or(Error::<T>::NotAdmin)?)
	}

	/// Add `account` as an operator of `agency`. Also used at genesis.
	pub(crate) fn do_add_operator(agency: AgencyId, account: T::AccountId) -> DispatchResult {
		ensure!(!OperatorOf::<T>::contains_key(&account), Error::<T>::AlreadyOperator);
		Agencies::<T>::try_mutate(agency, |record| -> DispatchResult {
			let record = record.as_mut().ok_or(Error::<T>::UnknownAgency)?;
			ensure!(record.operators < T::MaxOperators::get(), Error::<T>::TooManyOperators);
			record.operators += 1;
			Ok(())
		})?;
		Operators::<T>::insert(agency, &account, ());
		OperatorOf::<T>::insert(&account, agency);
		Self::deposit_event(Event::OperatorAdded { agency, account });
		Ok(())
	}

	/// Remove `account` from `agency`'s operators.
	pub(crate) fn do_remove_operator(agency: AgencyId, account: T::AccountId) -> DispatchResult {
		ensure!(Operators::<T>::contains_key(agency, &account), Error::<T>::NotOperator);
		Operators::<T>::remove(agency, &account);
		OperatorOf::<T>::remove(&account);
		Agencies::<T>::mutate(agency, |record| {
			if let Some(record) = record {
				record.operators = record.operators.saturating_sub(1);
			}
		});
		Self::deposit_event(Event::OperatorRemoved { agency, account });
		Ok(())
	}

	/// Hand `agency`'s admin seat (and its council seat while active) to `new_admin`; returns
	/// the admin it replaced.
	pub(crate) fn do_set_admin(
		agency: AgencyId,
		new_admin: T::AccountId,
	) -> Result<T::AccountId, DispatchError> {
		ensure!(!AdminOf::<T>::contains_key(&new_admin), Error::<T>::AdminInUse);
		let mut record = Agencies::<T>::get(agency).ok_or(Error::<T>::UnknownAgency)?;
		let old = core::mem::replace(&mut record.admin, new_admin.clone());
		if record.status == AgencyStatus::Active {
			Self::leave_council(&old);
			Self::join_council(new_admin.clone())?;
		}
		AdminOf::<T>::remove(&old);
		AdminOf::<T>::insert(&new_admin, agency);
		Agencies::<T>::insert(agency, record);
		Ok(old)
	}

	/// Name (or, with `None`, remove) `agency`'s gateway.
	pub(crate) fn do_set_gateway(
		agency: AgencyId,
		gateway: Option<GatewayOf<T>>,
	) -> DispatchResult {
		match &gateway {
			Some(named) => {
				ensure!(Self::is_active(agency), Error::<T>::AgencySuspended);
				ensure!(is_host_port(&named.endpoint), Error::<T>::BadEndpoint);
				Gateways::<T>::insert(agency, named);
			},
			None => Gateways::<T>::remove(agency),
		}
		Self::deposit_event(Event::GatewaySet { agency, gateway });
		Ok(())
	}

	/// Publish (or, with an empty list, remove) the addresses of `agency`'s node `node`.
	pub(crate) fn do_set_node_addresses(
		agency: AgencyId,
		node: NodeId,
		addresses: NodeAddressesOf<T>,
	) -> DispatchResult {
		ensure!(NodeOwner::<T>::get(node) == Some(agency), Error::<T>::NotAgencyNode);
		if addresses.is_empty() {
			NodeAddresses::<T>::remove(node);
		} else {
			ensure!(Self::is_active(agency), Error::<T>::AgencySuspended);
			for (i, address) in addresses.iter().enumerate() {
				ensure!(is_node_address(address), Error::<T>::BadNodeAddress);
				ensure!(!addresses[..i].contains(address), Error::<T>::DuplicateAddress);
			}
			NodeAddresses::<T>::insert(node, &addresses);
		}
		Self::deposit_event(Event::NodeAddressesSet { agency, node, addresses });
		Ok(())
	}
}
