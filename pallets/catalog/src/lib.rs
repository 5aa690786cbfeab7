//! # pallet-catalog
//!
//! The city's data-sharing catalog: each agency publishes the datasets it holds, others ask
//! for them for a stated purpose, the owner decides, and every delivery leaves a receipt both
//! sides signed.
//!
//! - **Resources**: `publish_resource` (title, category, schema hash, sensitivity, level) by
//!   any operator of an active agency, which owns it; `update_resource` (version + 1) and
//!   `retire_resource` by the owner's operators. A retired resource takes no more requests
//!   and its active grants end at once.
//! - **Requests**: `request_access` (purpose, justification hash, duration) by an operator of
//!   another active agency, one open request per agency and resource. `Public` resources are
//!   granted at once; the others wait for `approve_request` or `reject_request` by the owner.
//!   `Sensitive` and `Secret` requests must carry a justification; `Secret` grants last at
//!   most `MaxSecretDuration`.
//! - **Grants** hold until `granted_at + duration`: at that block's start they expire, in
//!   work bounded by `MaxExpiriesPerBlock`.
//! - **Deliveries**: `record_delivery` (the payload's hash) by the provider's operator while
//!   the grant holds; `confirm_delivery` by the consumer's operator, once.
//! - **Trail**: every publication, update, request, decision, delivery, confirmation, expiry
//!   and retirement of a resource, in order, with the block, the agency and the signer.
//!   Room is kept so that the steps the chain must record (expiries, retirement) always fit.
//!
//! The data itself never comes on chain: only hashes of schemas, justifications and payloads.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use civitas_primitives::{AgencyId, AgencyRoles, PurposeCode, Roles};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::{Saturating, Zero};

	/// A title: 1 to `MaxTitleLen` bytes.
	pub type TitleOf<T> = BoundedVec<u8, <T as Config>::MaxTitleLen>;
	/// A category label: 1 to `MaxCategoryLen` bytes.
	pub type CategoryOf<T> = BoundedVec<u8, <T as Config>::MaxCategoryLen>;
	/// A resource as stored.
	pub type ResourceOf<T> = Resource<BlockNumberFor<T>, TitleOf<T>, CategoryOf<T>>;
	/// A request as stored.
	pub type RequestOf<T> = Request<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A delivery as stored.
	pub type DeliveryOf<T> = Delivery<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A trail entry as stored.
	pub type TrailEntryOf<T> =
		TrailEntry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// Who acts for which agency.
		type Agencies: AgencyRoles<Self::AccountId, Self::RuntimeOrigin>;

		/// The longest title, in bytes.
		#[pallet::constant]
		type MaxTitleLen: Get<u32>;

		/// The longest category label, in bytes.
		#[pallet::constant]
		type MaxCategoryLen: Get<u32>;

		/// The most resources one agency may publish (retired ones count).
		#[pallet::constant]
		type MaxResourcesPerAgency: Get<u32>;

		/// The longest grant, in blocks.
		#[pallet::constant]
		type MaxGrantDuration: Get<BlockNumberFor<Self>>;

		/// The longest grant of a `Secret` resource, in blocks.
		#[pallet::constant]
		type MaxSecretDuration: Get<BlockNumberFor<Self>>;

		/// The most active grants one resource may have (retiring it ends each).
		#[pallet::constant]
		type MaxGrantsPerResource: Get<u32>;

		/// The most active grants one agency may be party to, as provider or consumer.
		#[pallet::constant]
		type MaxGrantsPerAgency: Get<u32>;

		/// The most grants that may expire in one block (and so be granted in one).
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// The most entries one resource's trail may hold.
		#[pallet::constant]
		type MaxTrail: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The next resource's number.
	#[pallet::storage]
	pub type NextResourceId<T> = StorageValue<_, ResourceId, ValueQuery>;

	/// Every published resource, retired ones included.
	#[pallet::storage]
	pub type Resources<T: Config> = StorageMap<_, Twox64Concat, ResourceId, ResourceOf<T>>;

	/// The resources of each agency (the value is unused).
	#[pallet::storage]
	pub type ResourcesOf<T: Config> =
		StorageDoubleMap<_, Twox64Concat, AgencyId, Twox64Concat, ResourceId, ()>;

	/// How many resources each agency has published, at most `MaxResourcesPerAgency`.
	#[pallet::storage]
	pub type ResourceCount<T: Config> = StorageMap<_, Twox64Concat, AgencyId, u32, ValueQuery>;

	/// The next request's number.
	#[pallet::storage]
	pub type NextRequestId<T> = StorageValue<_, RequestId, ValueQuery>;

	/// Every request, decided or not.
	#[pallet::storage]
	pub type Requests<T: Config> = StorageMap<_, Twox64Concat, RequestId, RequestOf<T>>;

	/// The pending request of each agency for each resource (at most one).
	#[pallet::storage]
	pub type OpenRequests<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ResourceId, Twox64Concat, AgencyId, RequestId>;

	/// The next grant's number.
	#[pallet::storage]
	pub type NextGrantId<T> = StorageValue<_, GrantId, ValueQuery>;

	/// Every grant, active or not.
	#[pallet::storage]
	pub type Grants<T: Config> = StorageMap<_, Twox64Concat, GrantId, Grant<BlockNumberFor<T>>>;

	/// The active grants of each resource (the value is unused).
	#[pallet::storage]
	pub type ActiveGrants<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ResourceId, Twox64Concat, GrantId, ()>;

	/// The active grants each agency is party to, as provider or consumer (the value is
	/// unused).
	#[pallet::storage]
	pub type GrantsOf<T: Config> =
		StorageDoubleMap<_, Twox64Concat, AgencyId, Twox64Concat, GrantId, ()>;

	/// How many active grants each agency is party to, at most `MaxGrantsPerAgency`.
	#[pallet::storage]
	pub type GrantCount<T: Config> = StorageMap<_, Twox64Concat, AgencyId, u32, ValueQuery>;

	/// The grants that expire at each block (if still active then).
	#[pallet::storage]
	pub type ExpiringAt<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<GrantId, T::MaxExpiriesPerBlock>,
		ValueQuery,
	>;

	/// The next delivery's number.
	#[pallet::storage]
	pub type NextDeliveryId<T> = StorageValue<_, DeliveryId, ValueQuery>;

	/// Every delivery, with its confirmation once given.
	#[pallet::storage]
	pub type Deliveries<T: Config> = StorageMap<_, Twox64Concat, DeliveryId, DeliveryOf<T>>;

	/// Each resource's trail, by entry number.
	#[pallet::storage]
	pub type Trail<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ResourceId, Twox64Concat, u32, TrailEntryOf<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An agency published a resource.
		ResourcePublished { resource: ResourceId, owner: AgencyId, sensitivity: Sensitivity },
		/// The owner updated a resource to a new version.
		ResourceUpdated { resource: ResourceId, version: u32 },
		/// The owner retired a resource; `grants_ended` active grants ended with it.
		ResourceRetired { resource: ResourceId, grants_ended: u32 },
		/// An agency asked for a resource.
		AccessRequested {
			request: RequestId,
			resource: ResourceId,
			agency: AgencyId,
			purpose: PurposeCode,
		},
		/// A request was granted: by the owner, or `automatic`ally for a public resource.
		AccessGranted {
			request: RequestId,
			grant: GrantId,
			resource: ResourceId,
			consumer: AgencyId,
			expires_at: BlockNumberFor<T>,
			automatic: bool,
		},
		/// The owner refused a request.
		RequestRejected { request: RequestId, resource: ResourceId, reason_hash: DocHash },
		/// A grant's time ran out.
		GrantExpired { grant: GrantId, resource: ResourceId },
		/// The provider recorded a delivery.
		DeliveryRecorded { delivery: DeliveryId, grant: GrantId, payload_hash: DocHash },
		/// The consumer confirmed a delivery arrived.
		DeliveryConfirmed { delivery: DeliveryId, grant: GrantId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The title is empty or longer than `MaxTitleLen`.
		BadTitle,
		/// The category is empty or longer than `MaxCategoryLen`.
		BadCategory,
		/// The agency has published `MaxResourcesPerAgency` resources already.
		TooManyResources,
		/// No resource has this id.
		UnknownResource,
		/// The signer is no operator of the resource's owner.
		NotOwner,
		/// The resource is retired.
		ResourceRetired,
		/// An agency does not request its own resource.
		OwnResource,
		/// The duration is zero or longer than allowed (`MaxGrantDuration`, or
		/// `MaxSecretDuration` for a secret resource).
		BadDuration,
		/// A request for a sensitive or secret resource must carry a justification hash.
		MissingJustification,
		/// The agency has a pending request for this resource already.
		RequestPending,
		/// No request has this id.
		UnknownRequest,
		/// The request is decided already.
		RequestDecided,
		/// The other agency does not exist or is suspended.
		InactiveAgency,
		/// The resource or an agency has as many active grants as allowed.
		TooManyGrants,
		/// As many grants as `MaxExpiriesPerBlock` expire at that block already; ask for a
		/// block more or less.
		TooManyExpiring,
		/// No grant has this id.
		UnknownGrant,
		/// The signer is no operator of the grant's provider.
		NotProvider,
		/// The grant's time has run out.
		GrantExpired,
		/// The grant ended when its resource was retired.
		GrantEnded,
		/// No delivery has this id.
		UnknownDelivery,
		/// The signer is no operator of the grant's consumer.
		NotConsumer,
		/// The delivery is confirmed already.
		AlreadyConfirmed,
		/// The resource's trail has no room left for this step.
		TrailFull,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Expire the grants due at this block that are still active.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let due = ExpiringAt::<T>::take(now);
			let count = due.len() as u32;
			for grant in due {
				Self::expire(grant);
			}
			T::WeightInfo::on_initialize(count)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Publish a resource the signer's agency holds: its title, category label, the hash
		/// of its schema, its sensitivity and the level it covers. It starts at version 1.
		///
		/// Origin: an operator of an active agency (any role), which owns the resource.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::publish_resource())]
		pub fn publish_resource(
			origin: OriginFor<T>,
			title: Vec<u8>,
			category: Vec<u8>,
			schema_hash: DocHash,
			sensitivity: Sensitivity,
			level: Level,
		) -> DispatchResult {
			let (owner, who) = T::Agencies::ensure_role(origin, Roles::empty())?;
			let (title, category) = Self::labels(title, category)?;
			let count = ResourceCount::<T>::get(owner);
			ensure!(count < T::MaxResourcesPerAgency::get(), Error::<T>::TooManyResources);

			let id = NextResourceId::<T>::get();
			NextResourceId::<T>::put(id + 1);
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

		/// Describe a resource anew; its version goes up by one. Existing grants stand.
		///
		/// Origin: an operator of the owning agency.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_resource())]
		pub fn update_resource(
			origin: OriginFor<T>,
			resource: ResourceId,
			title: Vec<u8>,
			category: Vec<u8>,
			schema_hash: DocHash,
			sensitivity: Sensitivity,
			level: Level,
		) -> DispatchResult {
			let (mut record, owner, who) = Self::owned(origin, resource)?;
			ensure!(record.retired_at.is_none(), Error::<T>::ResourceRetired);
			let (title, category) = Self::labels(title, category)?;
			Self::ensure_room(&record, 1, 0)?;
			record.title = title;
			record.category = category;
			record.schema_hash = schema_hash;
			record.sensitivity = sensitivity;
			record.level = level;
			record.version = record.version.saturating_add(1);
			record.updated_at = Self::now();
			let version = record.version;
			Self::append(resource, &mut record, Step::Updated { version }, Some(who), Some(owner));
			Resources::<T>::insert(resource, record);
			Self::deposit_event(Event::ResourceUpdated { resource, version });
			Ok(())
		}

		/// Retire a resource: it takes no more requests, and every active grant on it ends
		/// now (pending requests can still be rejected, not approved).
		///
		/// Origin: an operator of the owning agency.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::retire_resource(T::MaxGrantsPerResource::get()))]
		pub fn retire_resource(
			origin: OriginFor<T>,
			resource: ResourceId,
		) -> DispatchResultWithPostInfo {
			let (mut record, owner, who) = Self::owned(origin, resource)?;
			ensure!(record.retired_at.is_none(), Error::<T>::ResourceRetired);
			let mut ended = 0u32;
			for grant in ActiveGrants::<T>::drain_prefix(resource).map(|(grant, ())| grant) {
				let Some(entry) = Grants::<T>::get(grant) else { continue };
				Self::close_grant(grant, entry, GrantStatus::Ended);
				ended += 1;
			}
			record.active_grants = 0;
			record.retired_at = Some(Self::now());
			// Room for this step is always kept (see `ensure_room`).
			Self::append(
				resource,
				&mut record,
				Step::Retired { grants_ended: ended },
				Some(who),
				Some(owner),
			);
			Resources::<T>::insert(resource, record);
			Self::deposit_event(Event::ResourceRetired { resource, grants_ended: ended });
			Ok(Some(T::WeightInfo::retire_resource(ended)).into())
		}

		/// Ask for a resource for `purpose`, with the hash of the written justification, for
		/// `duration` blocks from the grant. A public resource is granted at once; any other
		/// waits for its owner.
		///
		/// Origin: an operator of an active agency other than the owner.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::request_access())]
		pub fn request_access(
			origin: OriginFor<T>,
			resource: ResourceId,
			purpose: PurposeCode,
			justification_hash: DocHash,
			duration: BlockNumberFor<T>,
		) -> DispatchResultWithPostInfo {
			let (agency, who) = T::Agencies::ensure_role(origin, Roles::empty())?;
			let mut record = Resources::<T>::get(resource).ok_or(Error::<T>::UnknownResource)?;
			ensure!(record.retired_at.is_none(), Error::<T>::ResourceRetired);
			ensure!(record.owner != agency, Error::<T>::OwnResource);
			let limit = if record.sensitivity == Sensitivity::Secret {
				T::MaxSecretDuration::get()
			} else {
				T::MaxGrantDuration::get()
			};
			ensure!(!duration.is_zero() && duration <= limit, Error::<T>::BadDuration);
			ensure!(
				!record.sensitivity.needs_justification() || justification_hash != [0u8; 32],
				Error::<T>::MissingJustification
			);
			ensure!(!OpenRequests::<T>::contains_key(resource, agency), Error::<T>::RequestPending);
			let automatic = record.sensitivity.is_open();
			if automatic {
				Self::ensure_room(&record, 2, 1)?;
			} else {
				Self::ensure_room(&record, 1, 0)?;
			}

			let id = NextRequestId::<T>::get();
			NextRequestId::<T>::put(id + 1);
			let mut request = Request {
				resource,
				requester: agency,
				requested_by: who.clone(),
				purpose,
				justification_hash,
				duration,
				requested_at: Self::now(),
				status: RequestStatus::Pending,
			};
			Self::append(
				resource,
				&mut record,
				Step::Requested { request: id, agency, purpose, justification_hash },
				Some(who),
				Some(agency),
			);
			Self::deposit_event(Event::AccessRequested { request: id, resource, agency, purpose });
			if automatic {
				Self::grant(id, &mut request, resource, &mut record, None)?;
			} else {
				OpenRequests::<T>::insert(resource, agency, id);
			}
			Requests::<T>::insert(id, request);
			Resources::<T>::insert(resource, record);
			// The weight charged up front is the automatic grant's; a request left pending
			// wrote no grant and pays only for what it wrote.
			Ok(if automatic { None } else { Some(T::WeightInfo::request_access_pending()) }.into())
		}

		/// Grant a pending request: the requester may receive the resource for the duration
		/// it asked, from now.
		///
		/// Origin: an operator of the owning agency.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::approve_request())]
		pub fn approve_request(origin: OriginFor<T>, request: RequestId) -> DispatchResult {
			let (mut entry, mut record, owner, who) = Self::pending(origin, request)?;
			ensure!(record.retired_at.is_none(), Error::<T>::ResourceRetired);
			ensure!(T::Agencies::is_active(entry.requester), Error::<T>::InactiveAgency);
			Self::ensure_room(&record, 1, 1)?;
			let resource = entry.resource;
			OpenRequests::<T>::remove(resource, entry.requester);
			Self::grant(request, &mut entry, resource, &mut record, Some((who, owner)))?;
			Requests::<T>::insert(request, entry);
			Resources::<T>::insert(resource, record);
			Ok(())
		}

		/// Refuse a pending request, for the reason whose hash is given.
		///
		/// Origin: an operator of the owning agency.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reject_request())]
		pub fn reject_request(
			origin: OriginFor<T>,
			request: RequestId,
			reason_hash: DocHash,
		) -> DispatchResult {
			let (mut entry, mut record, owner, who) = Self::pending(origin, request)?;
			Self::ensure_room(&record, 1, 0)?;
			let resource = entry.resource;
			OpenRequests::<T>::remove(resource, entry.requester);
			entry.status = RequestStatus::Rejected { reason_hash };
			Requests::<T>::insert(request, entry);
			Self::append(
				resource,
				&mut record,
				Step::Rejected { request, reason_hash },
				Some(who),
				Some(owner),
			);
			Resources::<T>::insert(resource, record);
			Self::deposit_event(Event::RequestRejected { request, resource, reason_hash });
			Ok(())
		}

		/// Record that the payload whose hash is given was sent under a grant: the first half
		/// of a receipt.
		///
		/// Origin: an operator of the grant's provider, while the grant holds.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::record_delivery())]
		pub fn record_delivery(
			origin: OriginFor<T>,
			grant: GrantId,
			payload_hash: DocHash,
		) -> DispatchResult {
			let (agency, who) = T::Agencies::ensure_role(origin, Roles::empty())?;
			let mut entry = Grants::<T>::get(grant).ok_or(Error::<T>::UnknownGrant)?;
			ensure!(entry.provider == agency, Error::<T>::NotProvider);
			ensure!(entry.status != GrantStatus::Ended, Error::<T>::GrantEnded);
			let now = Self::now();
			ensure!(
				entry.status == GrantStatus::Active && now < entry.expires_at,
				Error::<T>::GrantExpired
			);
			ensure!(T::Agencies::is_active(entry.consumer), Error::<T>::InactiveAgency);
			let resource = entry.resource;
			let mut record = Resources::<T>::get(resource).ok_or(Error::<T>::UnknownResource)?;
			Self::ensure_room(&record, 1, 0)?;

			let id = NextDeliveryId::<T>::get();
			NextDeliveryId::<T>::put(id + 1);
			entry.deliveries = entry.deliveries.saturating_add(1);
			Grants::<T>::insert(grant, entry);
			Deliveries::<T>::insert(
				id,
				Delivery {
					grant,
					resource,
					version: record.version,
					payload_hash,
					delivered_by: who.clone(),
					delivered_at: now,
					confirmed: None,
				},
			);
			Self::append(
				resource,
				&mut record,
				Step::Delivered { delivery: id, grant, payload_hash },
				Some(who),
				Some(agency),
			);
			Resources::<T>::insert(resource, record);
			Self::deposit_event(Event::DeliveryRecorded { delivery: id, grant, payload_hash });
			Ok(())
		}

		/// Confirm that a delivery arrived: the second half of its receipt. A delivery made
		/// while the grant held may be confirmed after it ends.
		///
		/// Origin: an operator of the grant's consumer.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::confirm_delivery())]
		pub fn confirm_delivery(origin: OriginFor<T>, delivery: DeliveryId) -> DispatchResult {
			let (agency, who) = T::Agencies::ensure_role(origin, Roles::empty())?;
			let mut entry = Deliveries::<T>::get(delivery).ok_or(Error::<T>::UnknownDelivery)?;
			let grant = Grants::<T>::get(entry.grant).ok_or(Error::<T>::UnknownGrant)?;
			ensure!(grant.consumer == agency, Error::<T>::NotConsumer);
			ensure!(entry.confirmed.is_none(), Error::<T>::AlreadyConfirmed);
			let resource = entry.resource;
			let mut record = Resources::<T>::get(resource).ok_or(Error::<T>::UnknownResource)?;
			Self::ensure_room(&record, 1, 0)?;
			entry.confirmed = Some(Confirmation { by: who.clone(), at: Self::now() });
			let grant = entry.grant;
			Deliveries::<T>::insert(delivery, entry);
			Self::append(
				resource,
				&mut record,
				Step::Confirmed { delivery, grant },
				Some(who),
				Some(agency),
			);
			Resources::<T>::insert(resource, record);
			Self::deposit_event(Event::DeliveryConfirmed { delivery, grant });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		fn now() -> BlockNumberFor<T> {
			frame_system::Pallet::<T>::block_number()
		}

		/// A title and category label within their bounds and not empty.
		fn labels(
			title: Vec<u8>,
			category: Vec<u8>,
		) -> Result<(TitleOf<T>, CategoryOf<T>), DispatchError> {
			ensure!(!title.is_empty(), Error::<T>::BadTitle);
			ensure!(!category.is_empty(), Error::<T>::BadCategory);
			let title = title.try_into().map_err(|_| Error::<T>::BadTitle)?;
			let category = category.try_into().map_err(|_| Error::<T>::BadCategory)?;
			Ok((title, category))
		}

		/// The resource, if `origin` is an operator of its owner (active).
		fn owned(
			origin: OriginFor<T>,
			resource: ResourceId,
		) -> Result<(ResourceOf<T>, AgencyId, T::AccountId), DispatchError> {
			let (agency, who) = T::Agencies::ensure_role(origin, Roles::empty())?;
			let record = Resources::<T>::get(resource).ok_or(Error::<T>::UnknownResource)?;
			ensure!(record.owner == agency, Error::<T>::NotOwner);
			Ok((record, agency, who))
		}

		/// A pending request and its resource, if `origin` is an operator of the owner.
		fn pending(
			origin: OriginFor<T>,
			request: RequestId,
		) -> Result<(RequestOf<T>, ResourceOf<T>, AgencyId, T::AccountId), DispatchError> {
			let (agency, who) = T::Agencies::ensure_role(origin, Roles::empty())?;
			let entry = Requests::<T>::get(request).ok_or(Error::<T>::UnknownRequest)?;
			let record = Resources::<T>::get(entry.resource).ok_or(Error::<T>::UnknownResource)?;
			ensure!(record.owner == agency, Error::<T>::NotOwner);
			ensure!(entry.status == RequestStatus::Pending, Error::<T>::RequestDecided);
			Ok((entry, record, agency, who))
		}

		/// Whether a resource's trail has room for `steps` more entries and `new_grants` more
		/// active grants while keeping one entry free for each active grant's expiry and one
		/// for the resource's retirement — the steps the chain records without asking.
		fn ensure_room(record: &ResourceOf<T>, steps: u32, new_grants: u32) -> DispatchResult {
			let needed = record
				.trail
				.saturating_add(steps)
				.saturating_add(record.active_grants)
				.saturating_add(new_grants)
				.saturating_add(1);
			ensure!(needed <= T::MaxTrail::get(), Error::<T>::TrailFull);
			Ok(())
		}

		/// Grant `request` (pending, its resource active and room checked): store the grant,
		/// index it, queue its expiry, and mark the request and the trail. `decider` is the
		/// owner's operator and agency, or none when a public resource is granted at once.
		fn grant(
			request: RequestId,
			entry: &mut RequestOf<T>,
			resource: ResourceId,
			record: &mut ResourceOf<T>,
			decider: Option<(T::AccountId, AgencyId)>,
		) -> DispatchResult {
			let automatic = decider.is_none();
			let (by, agency) =
				decider.map_or((None, None), |(who, agency)| (Some(who), Some(agency)));
			let (provider, consumer) = (record.owner, entry.requester);
			ensure!(
				record.active_grants < T::MaxGrantsPerResource::get()
					&& GrantCount::<T>::get(provider) < T::MaxGrantsPerAgency::get()
					&& GrantCount::<T>::get(consumer) < T::MaxGrantsPerAgency::get(),
				Error::<T>::TooManyGrants
			);
			let id = NextGrantId::<T>::get();
			let now = Self::now();
			let expires_at = now.saturating_add(entry.duration);
			ExpiringAt::<T>::try_mutate(expires_at, |due| due.try_push(id))
				.map_err(|_| Error::<T>::TooManyExpiring)?;
			NextGrantId::<T>::put(id + 1);
			for party in [provider, consumer] {
				GrantsOf::<T>::insert(party, id, ());
				GrantCount::<T>::mutate(party, |count| *count += 1);
			}
			ActiveGrants::<T>::insert(resource, id, ());
			record.active_grants += 1;
			Grants::<T>::insert(
				id,
				Grant {
					resource,
					request,
					provider,
					consumer,
					purpose: entry.purpose,
					granted_at: now,
					expires_at,
					status: GrantStatus::Active,
					deliveries: 0,
				},
			);
			entry.status = RequestStatus::Granted { grant: id };
			Self::append(
				resource,
				record,
				Step::Granted { request, grant: id, expires_at, automatic },
				by,
				agency,
			);
			Self::deposit_event(Event::AccessGranted {
				request,
				grant: id,
				resource,
				consumer,
				expires_at,
				automatic,
			});
			Ok(())
		}

		/// End an active grant with `status`: out of its parties' indexes, stored as ended.
		/// (The resource's own index and count are the caller's.)
		fn close_grant(grant: GrantId, mut entry: Grant<BlockNumberFor<T>>, status: GrantStatus) {
			for party in [entry.provider, entry.consumer] {
				GrantsOf::<T>::remove(party, grant);
				GrantCount::<T>::mutate(party, |count| *count = count.saturating_sub(1));
			}
			entry.status = status;
			Grants::<T>::insert(grant, entry);
		}

		/// Expire `grant` if it is still active (run at its expiry block's start).
		fn expire(grant: GrantId) {
			let Some(entry) = Grants::<T>::get(grant) else { return };
			if entry.status != GrantStatus::Active {
				return;
			}
			let resource = entry.resource;
			ActiveGrants::<T>::remove(resource, grant);
			Self::close_grant(grant, entry, GrantStatus::Expired);
			Resources::<T>::mutate(resource, |record| {
				if let Some(record) = record {
					record.active_grants = record.active_grants.saturating_sub(1);
					// Room for this step is always kept (see `ensure_room`).
					Self::append(resource, record, Step::Expired { grant }, None, None);
				}
			});
			Self::deposit_event(Event::GrantExpired { grant, resource });
		}

		/// Append a step to a resource's trail (the caller stores `record` afterwards).
		fn append(
			resource: ResourceId,
			record: &mut ResourceOf<T>,
			step: Step<BlockNumberFor<T>>,
			by: Option<T::AccountId>,
			agency: Option<AgencyId>,
		) {
			let seq = record.trail;
			record.trail = seq.saturating_add(1);
			Trail::<T>::insert(
				resource,
				seq,
				TrailEntry { seq, step, by, agency, at: Self::now() },
			);
		}

		/// A stored resource as clients see it.
		fn view(id: ResourceId, record: ResourceOf<T>) -> ResourceView<BlockNumberFor<T>> {
			ResourceView {
				id,
				owner: record.owner,
				title: record.title.into_inner(),
				category: record.category.into_inner(),
				schema_hash: record.schema_hash,
				sensitivity: record.sensitivity,
				level: record.level,
				version: record.version,
				published_at: record.published_at,
				updated_at: record.updated_at,
				retired_at: record.retired_at,
				active_grants: record.active_grants,
			}
		}

		/// An agency's resources, retired ones included, by id (for `CatalogApi::resources`).
		pub fn resources(owner: AgencyId) -> Vec<ResourceView<BlockNumberFor<T>>> {
			let mut ids: Vec<ResourceId> = ResourcesOf::<T>::iter_key_prefix(owner)
				.take(T::MaxResourcesPerAgency::get() as usize)
				.collect();
			ids.sort_unstable();
			ids.into_iter()
				.filter_map(|id| Resources::<T>::get(id).map(|record| Self::view(id, record)))
				.collect()
		}

		/// The active grants an agency is party to, as provider or consumer, by id (for
		/// `CatalogApi::grants_of`).
		pub fn grants_of(agency: AgencyId) -> Vec<GrantView<BlockNumberFor<T>>> {
			let mut ids: Vec<GrantId> = GrantsOf::<T>::iter_key_prefix(agency)
				.take(T::MaxGrantsPerAgency::get() as usize)
				.collect();
			ids.sort_unstable();
			ids.into_iter()
				.filter_map(|id| Grants::<T>::get(id).map(|grant| GrantView { id, grant }))
				.collect()
		}

		/// A resource's trail, oldest first; empty for an unknown resource (a published one
		/// always has its publication) (for `CatalogApi::trail`).
		pub fn trail(resource: ResourceId) -> Vec<TrailEntryOf<T>> {
			let Some(record) = Resources::<T>::get(resource) else { return Vec::new() };
			(0..record.trail).filter_map(|seq| Trail::<T>::get(resource, seq)).collect()
		}

		/// The pending requests for an agency's resources, by id (for
		/// `CatalogApi::pending_requests`).
		pub fn pending_requests(owner: AgencyId) -> Vec<(RequestId, RequestOf<T>)> {
			let mut ids: Vec<RequestId> = ResourcesOf::<T>::iter_key_prefix(owner)
				.take(T::MaxResourcesPerAgency::get() as usize)
				.flat_map(OpenRequests::<T>::iter_prefix_values)
				.collect();
			ids.sort_unstable();
			ids.into_iter()
				.filter_map(|id| Requests::<T>::get(id).map(|request| (id, request)))
				.collect()
		}
	}
}
