//! Read-only answers, for other pallets, the runtime API and the node.

use crate::{pallet::*, types::*, SessionAuthorities};
use alloc::vec::Vec;
use civitas_primitives::{agencies::AgencyView, AgencyId, NodeId, MAX_PAGE};
use sp_runtime::SaturatedConversion;

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
					authority_offence: AuthorityOffences::<T>::get(id).map(|offence| {
						civitas_primitives::agencies::AuthorityOffence {
							kind: offence.kind,
							session: offence.session,
							reported_at: offence.reported_at.saturated_into(),
						}
					}),
				})
			})
			.collect()
	}

	/// The nodes that may peer, in agency order (for `AgenciesApi`; reads every agency, so
	/// it is for the node and clients, never for a call): those of the active agencies, and
	/// those of any agency whose authority is in the current or the queued authority set —
	/// a suspended agency's node stays until the session change that takes its authority out
	/// has happened, because GRANDPA still counts its vote until then. (The node keeps a
	/// node until that change is *finalized*: it also asks at the finalized block.)
	pub fn authorized_nodes() -> Vec<NodeId> {
		let mut voters = T::Sessions::current();
		voters.extend(T::Sessions::queued());
		voters.sort();
		(0..NextAgencyId::<T>::get())
			.filter(|agency| {
				Agencies::<T>::get(agency).is_some_and(|record| {
					record.status == AgencyStatus::Active
						|| record
							.authority
							.is_some_and(|authority| voters.binary_search(&authority).is_ok())
				})
			})
			.flat_map(Nodes::<T>::get)
			.collect()
	}

	/// Where the nodes of [`Self::authorized_nodes`] listen, as their agencies published them
	/// (for `AgenciesApi::node_addresses`): each node that has addresses, with them.
	pub fn node_addresses() -> Vec<(NodeId, Vec<Vec<u8>>)> {
		Self::authorized_nodes()
			.into_iter()
			.filter_map(|node| {
				let addresses = NodeAddresses::<T>::get(node)?;
				Some((node, addresses.into_iter().map(|address| address.into_inner()).collect()))
			})
			.collect()
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// `n` authority accounts of active agencies (registering agencies, each with an
	/// authority, until there are `n`): for other pallets' benchmarks that need a session of
	/// `n` authorities.
	pub fn benchmark_authorities(n: u32) -> Vec<T::AccountId> {
		let mut i = 0;
		while (Validators::<T>::get().len() as u32) < n {
			let admin: T::AccountId = frame_benchmarking::account("authority-admin", i, 0);
			let authority: T::AccountId = frame_benchmarking::account("authority", i, 0);
			i += 1;
			if AdminOf::<T>::contains_key(&admin) || AuthorityOf::<T>::contains_key(&authority) {
				continue;
			}
			let agency = Self::do_register_agency(
				frame_support::BoundedVec::truncate_from(b"Benchmark authority".to_vec()),
				civitas_primitives::Roles::DATA_BUREAU,
				admin,
				None,
			)
			.expect("room for the benchmark's agencies");
			Self::do_set_authority(agency, Some(authority)).expect("a fresh authority account");
		}
		Validators::<T>::get().into_iter().take(n as usize).collect()
	}
}
