//! Publishing, updating and retiring resources.

use crate::{pallet::*, types::*};
use civitas_primitives::{support::NextId, AgencyId};
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// Publish a resource owned by `owner`, at version 1.
	pub(crate) fn do_publish_resource(
		owner: AgencyId,
		who: T::AccountId,
		description: DescriptionOf<T>,
	) -> DispatchResult {
		Self::ensure_labels(&description)?;
		let Description { title, category, schema_hash, sensitivity, level } = description;
		let count = ResourceCount::<T>::get(owner);
		ensure!(count < T::MaxResourcesPerAgency::get(), Error::<T>::TooManyResources);

		let id = NextResourceId::<T>::take_next()?;
		ResourceCount::<T>::insert(owner, count + 1);
		ResourcesOf::<T>::insert(owner, id, ());
		let now = Self::now();
		let mut record = Resource {
			owner,
			title,
			category,
			schema_hash,
			sensitivity,
			level,
			version: 1,
			published_at: now,
			updated_at: now,
			retired_at: None,
			active_grants: 0,
			trail: 0,
		};
		Self::append(id, &mut record, Step::Published, Some(who), Some(owner));
		Resources::<T>::insert(id, record);
		Self::deposit_event(Event::ResourcePublished { resource: id, owner, sensitivity });
		Ok(())
	}

	/// Describe `resource` anew, one version up.
	pub(crate) fn do_update_resource(
		agency: AgencyId,
		who: T::AccountId,
		resource: ResourceId,
		description: DescriptionOf<T>,
	) -> DispatchResult {
		let mut record = Self::owned(agency, resource)?;
		ensure!(record.retired_at.is_none(), Error::<T>::ResourceRetired);
		Self::ensure_labels(&description)?;
		let Description { title, category, schema_hash, sensitivity, level } = description;
		record.title = title;
		record.category = category;
		record.schema_hash = schema_hash;
		record.sensitivity = sensitivity;
		record.level = level;
		record.version = record.version.saturating_add(1);
		record.updated_at = Self::now();
		let version = record.version;
		Self::append(resource, &mut record, Step::Updated { version }, Some(who), Some(agency));
		Resources::<T>::insert(resource, record);
		Self::deposit_event(Event::ResourceUpdated { resource, version });
		Ok(())
	}

	/// Retire `resource`, ending every active grant on it; the number ended.
	pub(crate) fn do_retire_resource(
		agency: AgencyId,
		who: T::AccountId,
		resource: ResourceId,
	) -> Result<u32, DispatchError> {
		let mut record = Self::owned(agency, resource)?;
		ensure!(record.retired_at.is_none(), Error::<T>::ResourceRetired);
		let mut ended = 0u32;
		for grant in ActiveGrants::<T>::drain_prefix(resource).map(|(grant, ())| grant) {
			let Some(entry) = Grants::<T>::get(grant) else { continue };
			Self::close_grant(grant, entry, GrantStatus::Ended);
			ended += 1;
		}
		record.active_grants = 0;
		record.retired_at = Some(Self::now());
		let step = Step::Retired { grants_ended: ended };
		Self::append(resource, &mut record, step, Some(who), Some(agency));
		Resources::<T>::insert(resource, record);
		Self::deposit_event(Event::ResourceRetired { resource, grants_ended: ended });
		Ok(ended)
	}

	/// A title and category label that are not empty (their types bound their length).
	fn ensure_labels(description: &DescriptionOf<T>) -> DispatchResult {
		ensure!(!description.title.is_empty(), Error::<T>::EmptyTitle);
		ensure!(!description.category.is_empty(), Error::<T>::EmptyCategory);
		Ok(())
	}

	/// The resource, if `agency` owns it.
	pub(crate) fn owned(
		agency: AgencyId,
		resource: ResourceId,
	) -> Result<ResourceOf<T>, DispatchError> {
		let record = Resources::<T>::get(resource).ok_or(Error::<T>::UnknownResource)?;
		ensure!(record.owner == agency, Error::<T>::NotOwner);
		Ok(record)
	}
}
