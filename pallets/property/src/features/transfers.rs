//! Transfers: an owner initiates, every other seller and every buyer approves, a tax bureau
//! confirms the tax, a land registry finalises or rejects; an open transfer expires.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use civitas_primitives::{
	support::{ExpiryQueue, NextId},
	AgencyId, AgencyRoles, CitizenAccounts,
};
use frame_support::pallet_prelude::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Open a transfer of `property` to `new_owners`, initiated by `who` (an owner).
	pub(crate) fn do_initiate_transfer(
		who: T::AccountId,
		property: PropertyId,
		new_owners: OwnersOf<T>,
		contract_hash: DocHash,
	) -> DispatchResult {
		let mut record = Properties::<T>::get(property).ok_or(Error::<T>::UnknownProperty)?;
		let initiator = Self::party_among(&who, record.owners.iter().map(|share| &share.owner))
			.ok_or(Error::<T>::NotAnOwner)?;
		ensure!(record.open_transfer.is_none(), Error::<T>::TransferOpen);
		Self::ensure_owner_list(&new_owners)?;

		let mut pending: Vec<Owner> = record
			.owners
			.iter()
			.chain(new_owners.iter())
			.map(|share| share.owner)
			.filter(|party| *party != initiator)
			.collect();
		pending.sort();
		pending.dedup();
		let pending: PartiesOf<T> = pending.try_into().map_err(|_| Error::<T>::TooManyParties)?;

		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(T::TransferTimeout::get());
		let id = NextTransferId::<T>::take_next()?;
		ExpiringAt::<T>::schedule(expires_at, id).map_err(|_| Error::<T>::TooManyExpiring)?;
		record.open_transfer = Some(id);
		Properties::<T>::insert(property, record);
		Transfers::<T>::insert(
			id,
			Transfer {
				property,
				new_owners,
				contract_hash,
				initiator,
				pending,
				tax_confirmed_by: None,
				status: TransferStatus::Open,
				initiated_at: now,
				expires_at,
			},
		);
		Self::record(
			property,
			TitleEvent::TransferInitiated { transfer: id, initiator, contract_hash },
		)?;
		Self::deposit_event(Event::TransferInitiated {
			transfer: id,
			property,
			initiator,
			expires_at,
		});
		Ok(())
	}

	/// Approve `transfer` as the party `who` signs for.
	pub(crate) fn do_approve_transfer(who: T::AccountId, transfer: TransferId) -> DispatchResult {
		let mut record = Self::open_transfer(transfer)?;
		let party = match Self::party_among(&who, record.pending.iter()) {
			Some(party) => party,
			None => {
				let parties = record
					.new_owners
					.iter()
					.map(|share| &share.owner)
					.chain(core::iter::once(&record.initiator));
				let property =
					Properties::<T>::get(record.property).ok_or(Error::<T>::UnknownProperty)?;
				let sellers = property.owners.iter().map(|share| &share.owner);
				ensure!(
					Self::party_among(&who, parties.chain(sellers)).is_some(),
					Error::<T>::NotAParty
				);
				return Err(Error::<T>::AlreadyApproved.into());
			},
		};
		record.pending.retain(|pending| *pending != party);
		let remaining = record.pending.len() as u32;
		let property = record.property;
		Transfers::<T>::insert(transfer, record);
		Self::record(property, TitleEvent::TransferApproved { transfer, party })?;
		Self::deposit_event(Event::TransferApproved { transfer, party, remaining });
		Ok(())
	}

	/// Confirm, for tax bureau `agency`, that the tax of `transfer` was paid.
	pub(crate) fn do_confirm_tax(agency: AgencyId, transfer: TransferId) -> DispatchResult {
		let mut record = Self::open_transfer(transfer)?;
		ensure!(record.pending.is_empty(), Error::<T>::ApprovalsPending);
		ensure!(record.tax_confirmed_by.is_none(), Error::<T>::TaxAlreadyConfirmed);
		record.tax_confirmed_by = Some(agency);
		let property = record.property;
		Transfers::<T>::insert(transfer, record);
		Self::record(property, TitleEvent::TaxConfirmed { transfer, agency })?;
		Self::deposit_event(Event::TaxConfirmed { transfer, agency });
		Ok(())
	}

	/// Finalise `transfer` for land registry `agency`: the new owners take the property.
	pub(crate) fn do_finalize_transfer(
		agency: AgencyId,
		transfer: TransferId,
		title_hash: DocHash,
	) -> DispatchResult {
		let mut record = Self::open_transfer(transfer)?;
		ensure!(record.tax_confirmed_by.is_some(), Error::<T>::TaxNotConfirmed);
		let id = record.property;
		let mut property = Properties::<T>::get(id).ok_or(Error::<T>::UnknownProperty)?;
		ensure!(property.blocking == 0, Error::<T>::Encumbered);
		let registry = property.registered_by;
		Self::ensure_owner_room(&record.new_owners, &property.owners, registry)?;

		Self::index_owners(id, &property.owners, &record.new_owners, registry);
		property.owners = record.new_owners.clone();
		property.title_hash = title_hash;
		property.open_transfer = None;
		Properties::<T>::insert(id, property);
		record.status = TransferStatus::Finalized;
		let owners = record.new_owners.clone();
		Transfers::<T>::insert(transfer, record);
		Self::record(
			id,
			TitleEvent::TransferFinalized { transfer, owners: owners.clone(), agency },
		)?;
		Self::deposit_event(Event::TransferFinalized { transfer, property: id, owners });
		Ok(())
	}

	/// Reject `transfer` for land registry `agency`.
	pub(crate) fn do_reject_transfer(
		agency: AgencyId,
		transfer: TransferId,
		reason_hash: DocHash,
	) -> DispatchResult {
		let record = Self::open_transfer(transfer)?;
		let property = record.property;
		Self::close(transfer, record, TransferStatus::Rejected);
		Self::record(property, TitleEvent::TransferRejected { transfer, agency, reason_hash })?;
		Self::deposit_event(Event::TransferRejected { transfer, property, reason_hash });
		Ok(())
	}

	/// Withdraw `transfer` as the seller `who` signs for.
	pub(crate) fn do_cancel_transfer(
		who: T::AccountId,
		transfer: TransferId,
		reason_hash: DocHash,
	) -> DispatchResult {
		let record = Self::open_transfer(transfer)?;
		let property = record.property;
		let owners = Properties::<T>::get(property).ok_or(Error::<T>::UnknownProperty)?.owners;
		let by = Self::party_among(&who, owners.iter().map(|share| &share.owner))
			.ok_or(Error::<T>::NotASeller)?;
		Self::close(transfer, record, TransferStatus::Cancelled);
		Self::record(property, TitleEvent::TransferCancelled { transfer, by, reason_hash })?;
		Self::deposit_event(Event::TransferCancelled { transfer, property, by, reason_hash });
		Ok(())
	}

	/// The first of `parties` that `who` acts for: as that citizen's account, or as an
	/// operator of that (active) agency.
	fn party_among<'a>(
		who: &T::AccountId,
		parties: impl Iterator<Item = &'a Owner>,
	) -> Option<Owner> {
		let citizen = T::Citizens::citizen_of(who);
		let agency = T::Agencies::agency_of(who).filter(|agency| T::Agencies::is_active(*agency));
		parties
			.into_iter()
			.find(|party| match party {
				Owner::Citizen(id) => citizen.as_ref() == Some(id),
				Owner::Agency(id) => agency == Some(*id),
			})
			.copied()
	}

	/// The transfer, if it exists and is open.
	fn open_transfer(transfer: TransferId) -> Result<TransferOf<T>, DispatchError> {
		let record = Transfers::<T>::get(transfer).ok_or(Error::<T>::UnknownTransfer)?;
		ensure!(record.status == TransferStatus::Open, Error::<T>::TransferClosed);
		Ok(record)
	}

	/// Close an open transfer without a change of owners.
	fn close(transfer: TransferId, mut record: TransferOf<T>, status: TransferStatus) {
		Properties::<T>::mutate(record.property, |property| {
			if let Some(property) = property {
				property.open_transfer = None;
			}
		});
		record.status = status;
		Transfers::<T>::insert(transfer, record);
	}

	/// Expire `transfer` if it is still open (run at its expiry block's start).
	pub(crate) fn expire(transfer: TransferId) {
		let Ok(record) = Self::open_transfer(transfer) else { return };
		let property = record.property;
		Self::close(transfer, record, TransferStatus::Expired);
		// An open transfer's property exists: a log entry is never refused now.
		let _ = Self::record(property, TitleEvent::TransferExpired { transfer });
		Self::deposit_event(Event::TransferExpired { transfer, property });
	}
}
