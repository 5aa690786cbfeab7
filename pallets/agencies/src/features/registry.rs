//! The registry the council keeps: agencies, their roles and status, their authority nodes
//! and network nodes, and the session length.

use crate::{pallet::*, types::*, SessionAuthorities};
use civitas_primitives::{support::NextId, AgencyId, District, NodeId, Roles};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Register an agency, active at once, its admin on the council. Also used at genesis.
	/// At most `MaxAgencies` are active at a time (the council's seats, which `join_council`
	/// bounds); suspended agencies keep their records and ids but no seat, so a suspension
	/// frees room for another agency.
	pub(crate) fn do_register_agency(
		name: BoundedVec<u8, T::MaxNameLength>,
		roles: Roles,
		admin: T::AccountId,
		district: Option<District>,
	) -> Result<AgencyId, DispatchError> {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(roles.is_valid() && !roles.is_empty(), Error::<T>::InvalidRoles);
		ensure!(!AdminOf::<T>::contains_key(&admin), Error::<T>::AdminInUse);

		Self::join_council(admin.clone())?;
		let agency = NextAgencyId::<T>::take_next()?;
		AdminOf::<T>::insert(&admin, agency);
		Agencies::<T>::insert(
			agency,
			Agency {
				name,
				roles,
				admin: admin.clone(),
				district,
				status: AgencyStatus::Active,
				authority: None,
				operators: 0,
				#[cfg(feature = "upgrade-rehearsal")]
				named_nodes: 0,
			},
		);
		Self::deposit_event(Event::AgencyRegistered { agency, admin, roles });
		Ok(agency)
	}

	/// Replace what `agency` may write.
	pub(crate) fn do_set_roles(agency: AgencyId, roles: Roles) -> DispatchResult {
		ensure!(roles.is_valid() && !roles.is_empty(), Error::<T>::InvalidRoles);
		Agencies::<T>::try_mutate(agency, |record| -> DispatchResult {
			record.as_mut().ok_or(Error::<T>::UnknownAgency)?.roles = roles;
			Ok(())
		})?;
		Self::deposit_event(Event::RolesSet { agency, roles });
		Ok(())
	}

	/// Suspend or resume `agency`: its admin leaves or rejoins the council, its authority the
	/// validators of the next session.
	pub(crate) fn do_set_status(agency: AgencyId, status: AgencyStatus) -> DispatchResult {
		let mut record = Agencies::<T>::get(agency).ok_or(Error::<T>::UnknownAgency)?;
		match status {
			AgencyStatus::Suspended => {
				ensure!(record.status == AgencyStatus::Active, Error::<T>::AlreadySuspended);
				Self::leave_council(&record.admin);
				if let Some(authority) = &record.authority {
					Self::remove_validator(authority);
				}
			},
			AgencyStatus::Active => {
				ensure!(record.status == AgencyStatus::Suspended, Error::<T>::NotSuspended);
				Self::join_council(record.admin.clone())?;
				// An authority out for an offence stays out until the council restores it.
				if let Some(authority) =
					record.authority.as_ref().filter(|_| !Self::authority_offending(agency))
				{
					Self::add_validator(authority.clone())?;
				}
			},
		}
		record.status = status;
		Agencies::<T>::insert(agency, record);
		Self::deposit_event(match status {
			AgencyStatus::Suspended => Event::AgencySuspended { agency },
			AgencyStatus::Active => Event::AgencyResumed { agency },
		});
		Ok(())
	}

	/// Name (or remove) the validator account of `agency`'s node. Also used at genesis.
	pub(crate) fn do_set_authority(
		agency: AgencyId,
		authority: Option<T::AccountId>,
	) -> DispatchResult {
		let mut record = Agencies::<T>::get(agency).ok_or(Error::<T>::UnknownAgency)?;
		if let Some(new) = &authority {
			if let Some(holder) = AuthorityOf::<T>::get(new) {
				ensure!(holder == agency, Error::<T>::AuthorityInUse);
			}
		}
		if let Some(old) = record.authority.take() {
			AuthorityOf::<T>::remove(&old);
			if record.status == AgencyStatus::Active {
				Self::remove_validator(&old);
			}
		}
		if let Some(new) = &authority {
			AuthorityOf::<T>::insert(new, agency);
			// A new key does not undo an offence: the council restores the agency's authority.
			if record.status == AgencyStatus::Active && !Self::authority_offending(agency) {
				Self::add_validator(new.clone())?;
			}
		}
		record.authority = authority.clone();
		Agencies::<T>::insert(agency, record);
		Self::deposit_event(Event::AuthoritySet { agency, authority });
		Ok(())
	}

	/// Replace the list of `agency`'s nodes. Also used at genesis.
	pub(crate) fn do_set_nodes(
		agency: AgencyId,
		nodes: BoundedVec<NodeId, T::MaxNodesPerAgency>,
	) -> DispatchResult {
		let record = Agencies::<T>::get(agency).ok_or(Error::<T>::UnknownAgency)?;
		let removes = Nodes::<T>::get(agency).iter().any(|old| !nodes.contains(old));
		if removes {
			Self::ensure_finality_survives(record.authority.as_ref())?;
		}
		for (i, node) in nodes.iter().enumerate() {
			ensure!(!nodes[..i].contains(node), Error::<T>::DuplicateNode);
			if let Some(owner) = NodeOwner::<T>::get(node) {
				ensure!(owner == agency, Error::<T>::NodeInUse);
			}
		}
		for old in Nodes::<T>::get(agency) {
			NodeOwner::<T>::remove(old);
			if !nodes.contains(&old) {
				// Its address goes with it: a node the agency no longer runs is nowhere.
				NodeAddresses::<T>::remove(old);
			}
		}
		for node in &nodes {
			NodeOwner::<T>::insert(node, agency);
		}
		Nodes::<T>::insert(agency, &nodes);
		#[cfg(feature = "upgrade-rehearsal")]
		Agencies::<T>::mutate(agency, |record| {
			if let Some(record) = record {
				record.named_nodes = nodes.len() as u32;
			}
		});
		Self::deposit_event(Event::NodesSet { agency, nodes });
		Ok(())
	}

	/// Whether GRANDPA can still finalize if the node of `authority` (taken off the network)
	/// stops voting: the current voters without it must be more than two thirds of them.
	/// We cannot know which of an agency's nodes runs its authority, so taking away any of
	/// its nodes counts as taking away its vote.
	fn ensure_finality_survives(authority: Option<&T::AccountId>) -> DispatchResult {
		let Some(authority) = authority else { return Ok(()) };
		let voters = T::Sessions::current();
		if !voters.contains(authority) {
			return Ok(());
		}
		let count = voters.len();
		// GRANDPA's threshold: all but the faults it tolerates, `(n - 1) / 3`. Without this
		// voter, `count - 1` remain.
		let needed = count - (count - 1) / 3;
		ensure!(count > needed, Error::<T>::WouldHaltFinality);
		Ok(())
	}

	/// Set how many blocks a session lasts.
	pub(crate) fn do_set_session_length(blocks: BlockNumberFor<T>) -> DispatchResult {
		ensure!(blocks >= T::MinSessionLength::get(), Error::<T>::SessionTooShort);
		SessionLength::<T>::put(blocks);
		Self::deposit_event(Event::SessionLengthSet { blocks });
		Ok(())
	}
}
