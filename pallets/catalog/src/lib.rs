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
//!   the grant holds; `confirm_delivery` by the consumer's operator, once — or, if what was
//!   recorded does not hold, `dispute_delivery` (a reason and the hash of the consumer's
//!   evidence), once, instead.
//! - **Trail**: every publication, update, request, decision, delivery, confirmation, dispute,
//!   expiry
//!   and retirement of a resource, in order, with the block, the agency and the signer.
//!   Room is kept so that the steps the chain must record (expiries, retirement) always fit.
//!
//! The data itself never comes on chain: only hashes of schemas, justifications and payloads.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
mod queries;
#[cfg(test)]
mod tests;
/// The records this pallet stores, shared with the runtime API: [`civitas_primitives::catalog`].
pub use civitas_primitives::catalog as types;
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
pub mod migrations;
pub mod weights;

pub use civitas_primitives::{AgencyId, AgencyRoles, PurposeCode, Roles};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use civitas_primitives::support::ExpiryQueue;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	/// A title: 1 to `MaxTitleLen` bytes.
	pub type TitleOf<T> = BoundedVec<u8, <T as Config>::MaxTitleLen>;
	/// A category label: 1 to `MaxCategoryLen` bytes.
	pub type CategoryOf<T> = BoundedVec<u8, <T as Config>::MaxCategoryLen>;
	/// A resource's description as the calls take it.
	pub type DescriptionOf<T> = Description<TitleOf<T>, CategoryOf<T>>;
	/// A resource as stored.
	pub type ResourceOf<T> = Resource<BlockNumberFor<T>, TitleOf<T>, CategoryOf<T>>;
	/// A request as stored.
	pub type RequestOf<T> = Request<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A delivery as stored.
	pub type DeliveryOf<T> = Delivery<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A dispute as stored.
	pub type DisputeOf<T> = Dispute<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A trail entry as stored.
	pub type TrailEntryOf<T> =
		TrailEntry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

	/// The storage layout's version (see [`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
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

		/// The most active grants one resource may have (retiring it ends each). An agency
		/// holds at most one per resource, so this is how many agencies may hold it at once;
		/// make it at least the number of agencies.
		#[pallet::constant]
		type MaxGrantsPerResource: Get<u32>;

		/// The most active grants one agency may hold as consumer (grants it provides do not
		/// count, so no one else's requests can use up its slots).
		#[pallet::constant]
		type MaxGrantsPerAgency: Get<u32>;

		/// The most grants that may expire in one block (and so be granted in one).
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// How many of a resource's newest trail steps stay on chain (older ones are in the
		/// events of the blocks that made them).
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

	/// How many active grants each agency holds as consumer, at most `MaxGrantsPerAgency`.
	/// Grants it provides do not count: others' requests must not use up its own slots.
	#[pallet::storage]
	pub type GrantCount<T: Config> = StorageMap<_, Twox64Concat, AgencyId, u32, ValueQuery>;

	/// The one active grant an agency holds on a resource, if any: a new grant to the same
	/// agency renews it, so one agency can never hold more than one of a resource's slots.
	#[pallet::storage]
	pub type ConsumerGrant<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ResourceId, Twox64Concat, AgencyId, GrantId>;

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

	/// The consumer's dispute of a delivery, if it disputed it (at most one per delivery; a
	/// disputed delivery is never confirmed, a confirmed one never disputed).
	#[pallet::storage]
	pub type Disputes<T: Config> = StorageMap<_, Twox64Concat, DeliveryId, DisputeOf<T>>;

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
		/// The consumer asked again: grant `by` took the place of `grant`.
		GrantRenewed { grant: GrantId, by: GrantId, resource: ResourceId },
		/// The provider recorded a delivery.
		DeliveryRecorded { delivery: DeliveryId, grant: GrantId, payload_hash: DocHash },
		/// The consumer confirmed a delivery arrived.
		DeliveryConfirmed { delivery: DeliveryId, grant: GrantId },
		/// The consumer disputed a delivery.
		DeliveryDisputed { delivery: DeliveryId, grant: GrantId, reason: DisputeReason },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The title is empty.
		EmptyTitle,
		/// The category label is empty.
		EmptyCategory,
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
		/// The delivery is disputed already.
		AlreadyDisputed,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Check the pallet's invariants: its counters and indexes against the storage they
		/// count (see `invariants.rs`).
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		/// Expire the grants due at this block that are still active.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let due = ExpiringAt::<T>::due(now);
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
		/// Emits `ResourcePublished` (with the new id).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::publish_resource())]
		pub fn publish_resource(
			origin: OriginFor<T>,
			title: TitleOf<T>,
			category: CategoryOf<T>,
			schema_hash: DocHash,
			sensitivity: Sensitivity,
			level: Level,
		) -> DispatchResult {
			let (owner, who) = T::Agencies::ensure_operator(origin)?;
			let description = Description { title, category, schema_hash, sensitivity, level };
			Self::do_publish_resource(owner, who, description)
		}

		/// Describe a resource anew; its version goes up by one. Existing grants stand.
		///
		/// Origin: an operator of the owning agency. Emits `ResourceUpdated`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_resource())]
		pub fn update_resource(
			origin: OriginFor<T>,
			resource: ResourceId,
			title: TitleOf<T>,
			category: CategoryOf<T>,
			schema_hash: DocHash,
			sensitivity: Sensitivity,
			level: Level,
		) -> DispatchResult {
			let (agency, who) = T::Agencies::ensure_operator(origin)?;
			let description = Description { title, category, schema_hash, sensitivity, level };
			Self::do_update_resource(agency, who, resource, description)
		}

		/// Retire a resource: it takes no more requests, and every active grant on it ends
		/// now (pending requests can still be rejected, not approved).
		///
		/// Origin: an operator of the owning agency. Emits `ResourceRetired`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::retire_resource(T::MaxGrantsPerResource::get()))]
		pub fn retire_resource(
			origin: OriginFor<T>,
			resource: ResourceId,
		) -> DispatchResultWithPostInfo {
			let (agency, who) = T::Agencies::ensure_operator(origin)?;
			let ended = Self::do_retire_resource(agency, who, resource)?;
			Ok(Some(T::WeightInfo::retire_resource(ended)).into())
		}

		/// Ask for a resource for `purpose`, with the hash of the written justification, for
		/// `duration` blocks from the grant. A public resource is granted at once; any other
		/// waits for its owner.
		///
		/// Origin: an operator of an active agency other than the owner. Emits
		/// `AccessRequested` (with the new request id), and `AccessGranted` (with the grant
		/// id) when the resource is public.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::request_access())]
		pub fn request_access(
			origin: OriginFor<T>,
			resource: ResourceId,
			purpose: PurposeCode,
			justification_hash: DocHash,
			duration: BlockNumberFor<T>,
		) -> DispatchResultWithPostInfo {
			let (agency, who) = T::Agencies::ensure_operator(origin)?;
			let automatic = Self::do_request_access(
				agency,
				who,
				resource,
				purpose,
				justification_hash,
				duration,
			)?;
			// The weight charged up front is the automatic grant's; a request left pending
			// wrote no grant and pays only for what it wrote.
			Ok(if automatic { None } else { Some(T::WeightInfo::request_access_pending()) }.into())
		}

		/// Grant a pending request: the requester may receive the resource for the duration
		/// it asked, from now.
		///
		/// Origin: an operator of the owning agency. Emits `AccessGranted` (with the new
		/// grant id).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::approve_request())]
		pub fn approve_request(origin: OriginFor<T>, request: RequestId) -> DispatchResult {
			let (agency, who) = T::Agencies::ensure_operator(origin)?;
			Self::do_approve_request(agency, who, request)
		}

		/// Refuse a pending request, for the reason whose hash is given.
		///
		/// Origin: an operator of the owning agency. Emits `RequestRejected`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reject_request())]
		pub fn reject_request(
			origin: OriginFor<T>,
			request: RequestId,
			reason_hash: DocHash,
		) -> DispatchResult {
			let (agency, who) = T::Agencies::ensure_operator(origin)?;
			Self::do_reject_request(agency, who, request, reason_hash)
		}

		/// Record that the payload whose hash is given was sent under a grant: the first half
		/// of a receipt.
		///
		/// Origin: an operator of the grant's provider, while the grant holds. Emits
		/// `DeliveryRecorded` (with the new delivery id).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::record_delivery())]
		pub fn record_delivery(
			origin: OriginFor<T>,
			grant: GrantId,
			payload_hash: DocHash,
		) -> DispatchResult {
			let (agency, who) = T::Agencies::ensure_operator(origin)?;
			Self::do_record_delivery(agency, who, grant, payload_hash)
		}

		/// Confirm that a delivery arrived: the second half of its receipt. A delivery made
		/// while the grant held may be confirmed after it ends.
		///
		/// Origin: an operator of the grant's consumer. Emits `DeliveryConfirmed`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::confirm_delivery())]
		pub fn confirm_delivery(origin: OriginFor<T>, delivery: DeliveryId) -> DispatchResult {
			let (agency, who) = T::Agencies::ensure_operator(origin)?;
			Self::do_confirm_delivery(agency, who, delivery)
		}

		/// Dispute a delivery: what the provider recorded does not hold, for `reason`;
		/// `evidence_hash` is the hash of what the consumer can show for it (its message log's
		/// entries, the batch it was shown), kept off chain. The receipt's second half, instead
		/// of a confirmation; it may come after the grant ends.
		///
		/// Origin: an operator of the grant's consumer. Emits `DeliveryDisputed`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::dispute_delivery())]
		pub fn dispute_delivery(
			origin: OriginFor<T>,
			delivery: DeliveryId,
			reason: DisputeReason,
			evidence_hash: DocHash,
		) -> DispatchResult {
			let (agency, who) = T::Agencies::ensure_operator(origin)?;
			Self::do_dispute_delivery(agency, who, delivery, reason, evidence_hash)
		}
	}
}

/// Who may send each call for free (see [`civitas_primitives::FreeWork`]): every catalog
/// call is an operator's, whatever its agency's roles.
impl<T: Config> civitas_primitives::AgencyWork for Call<T> {
	fn agency_work(&self) -> civitas_primitives::FreeWork {
		use civitas_primitives::{FreeWork, Roles};
		match self {
			Call::publish_resource { .. }
			| Call::update_resource { .. }
			| Call::retire_resource { .. }
			| Call::request_access { .. }
			| Call::approve_request { .. }
			| Call::reject_request { .. }
			| Call::record_delivery { .. }
			| Call::confirm_delivery { .. }
			| Call::dispute_delivery { .. } => FreeWork::AllOf(Roles::empty()),
			Call::__Ignore(..) => FreeWork::Nobody,
		}
	}
}
