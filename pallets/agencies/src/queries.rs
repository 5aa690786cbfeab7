//! Read-only answers, for other pallets, the runtime API and the node.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use civitas_primitives::{agencies::AgencyView, AgencyId, NodeId, MAX_PAGE};

impl<T: Config> Pallet<T> {
	/// Whether `agency` exists and is active.
	pub fn is_active(agency: AgencyId) -> bool {
		Agencies::<T>::get(agency).is_some_and(|record| record.status == AgencyStatus::Active)
	}

	/// The active agency `account` acts for, as its admin or one of its operators.
	pub fn acting_agency(account: &T::AccountId) -> Option<AgencyId> {
		OperatorOf::<T>::get(account)
			.or_else(|| AdminOf::<T>::get(account))
			.filter(|agency| Self::is_active(*agency))
	}

	/// The agencies, active and suspended, by id from `from` on, at most `limit` (for
	/// `AgenciesApi::agencies`).
	pub fn agencies(from: AgencyId, limit: u32) -> Vec<AgencyView<T::AccountId>> {
		let end = NextAgencyId::<T>::get();
		let end = end.min(from.saturating_add(limit.min(MAX_PAGE)));
		(from..end)
			.filter_map(|id| {
				let record = Agencies::<T>::get(id)?;
				Some(AgencyView {
					id,
					name: record.name.into_inner(),
					roles: record.roles,
					district: record.district,
					active: record.status == AgencyStatus::Active,
					admin: record.admin,
					authority: record.authority,
					operators: record.operators,
					nodes: Nodes::<T>::get(id).into_inner(),
				})
			})
			.collect()
	}

	/// The nodes of the active agencies, in agency order (for `AgenciesApi`; reads every
	/// agency, so it is for the node and clients, never for a call).
	pub fn authorized_nodes() -> Vec<NodeId> {
		(0..NextAgencyId::<T>::get())
			.filter(|agency| Self::is_active(*agency))
			.flat_map(Nodes::<T>::get)
			.collect()
	}
}
