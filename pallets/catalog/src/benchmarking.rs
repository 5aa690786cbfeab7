//! Benchmarks of pallet-catalog (FRAME benchmarking v2), on the heaviest paths: titles and
//! categories at their longest, a public request granted at once into an expiry block one
//! short of full, a resource retired with `MaxGrantsPerResource` active grants, and a block
//! that expires `MaxExpiriesPerBlock` grants.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	assert_ok,
	traits::{Get, Hooks},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};

fn assert_last_event<T: Config>(event: Event<T>) {
	let event: <T as Config>::RuntimeEvent = event.into();
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

/// Labels at their longest.
fn labels<T: Config>() -> (TitleOf<T>, CategoryOf<T>) {
	(
		BoundedVec::truncate_from(vec![b't'; T::MaxTitleLen::get() as usize]),
		BoundedVec::truncate_from(vec![b'c'; T::MaxCategoryLen::get() as usize]),
	)
}

/// The provider's operator publishes a resource of `sensitivity`; its id and the operator.
fn resource<T: Config>(sensitivity: Sensitivity) -> (ResourceId, T::AccountId) {
	let (_, provider) = T::Agencies::benchmark_agency(0, Roles::empty());
	let (title, category) = labels::<T>();
	let id = NextResourceId::<T>::get();
	assert_ok!(Pallet::<T>::publish_resource(
		RawOrigin::Signed(provider.clone()).into(),
		title,
		category,
		[1u8; 32],
		sensitivity,
		Level::City
	));
	(id, provider)
}

/// The consumer's operator asks for `resource` for `duration` blocks.
fn ask<T: Config>(resource: ResourceId, duration: u32) -> (AgencyId, T::AccountId) {
	let (consumer, operator) = T::Agencies::benchmark_agency(1, Roles::empty());
	assert_ok!(Pallet::<T>::request_access(
		RawOrigin::Signed(operator.clone()).into(),
		resource,
		1,
		[2u8; 32],
		duration.into()
	));
	(consumer, operator)
}

/// Fill the expiry block of a grant of `duration` from now to one short of full.
fn crowd_expiry<T: Config>(duration: u32) -> BlockNumberFor<T> {
	let expires_at = frame_system::Pallet::<T>::block_number() + duration.into();
	let others = (0..T::MaxExpiriesPerBlock::get() - 1).map(|i| 1_000_000 + i as u64);
	ExpiringAt::<T>::insert(expires_at, BoundedVec::truncate_from(others.collect::<Vec<_>>()));
	expires_at
}

/// A sensitive resource granted for 10 blocks, with one delivery recorded.
fn delivered<T: Config>() -> (ResourceId, GrantId, DeliveryId, AgencyId, T::AccountId) {
	let (resource, provider) = resource::<T>(Sensitivity::Sensitive);
	let (consumer, operator) = ask::<T>(resource, 10);
	assert_ok!(Pallet::<T>::approve_request(RawOrigin::Signed(provider.clone()).into(), 0));
	assert_ok!(Pallet::<T>::record_delivery(RawOrigin::Signed(provider).into(), 0, [3u8; 32]));
	(resource, 0, 0, consumer, operator)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn publish_resource() {
		let (owner, operator) = T::Agencies::benchmark_agency(0, Roles::empty());
		ResourceCount::<T>::insert(owner, T::MaxResourcesPerAgency::get() - 1);
		let (title, category) = labels::<T>();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(operator),
			title,
			category,
			[1u8; 32],
			Sensitivity::Secret,
			Level::Zone,
		);

		assert_last_event::<T>(Event::ResourcePublished {
			resource: 0,
			owner,
			sensitivity: Sensitivity::Secret,
		});
	}

	#[benchmark]
	fn update_resource() {
		let (id, provider) = resource::<T>(Sensitivity::Internal);
		let (title, category) = labels::<T>();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(provider),
			id,
			title,
			category,
			[9u8; 32],
			Sensitivity::Public,
			Level::City,
		);

		assert_last_event::<T>(Event::ResourceUpdated { resource: id, version: 2 });
	}

	#[benchmark]
	fn retire_resource(g: Linear<0, { T::MaxGrantsPerResource::get() }>) {
		let (id, provider) = resource::<T>(Sensitivity::Public);
		// `g` active grants, each held by another agency (an agency holds one per resource),
		// stored directly: registering `g` agencies would outgrow the agencies' own bound.
		let owner = Resources::<T>::get(id).expect("published").owner;
		for i in 0..g {
			let (grant, consumer) = (NextGrantId::<T>::get(), 10_000 + i);
			NextGrantId::<T>::put(grant + 1);
			Grants::<T>::insert(
				grant,
				Grant {
					resource: id,
					request: grant,
					provider: owner,
					consumer,
					purpose: 1,
					granted_at: 1u32.into(),
					expires_at: (2 + i).into(),
					status: GrantStatus::Active,
					deliveries: 0,
				},
			);
			ActiveGrants::<T>::insert(id, grant, ());
			ConsumerGrant::<T>::insert(id, consumer, grant);
			GrantsOf::<T>::insert(owner, grant, ());
			GrantsOf::<T>::insert(consumer, grant, ());
			GrantCount::<T>::insert(consumer, 1);
		}
		Resources::<T>::mutate(id, |record| {
			if let Some(record) = record {
				record.active_grants = g;
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id);

		assert_last_event::<T>(Event::ResourceRetired { resource: id, grants_ended: g });
	}

	/// The heaviest request: a public resource granted at once, renewing the grant the
	/// consumer already holds on it (the old grant closed, a trail step more).
	#[benchmark]
	fn request_access() {
		let (id, _) = resource::<T>(Sensitivity::Public);
		let (consumer, operator) = T::Agencies::benchmark_agency(1, Roles::empty());
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		assert_ok!(Pallet::<T>::request_access(
			RawOrigin::Signed(operator.clone()).into(),
			id,
			1,
			[2u8; 32],
			5u32.into()
		));
		let expires_at = crowd_expiry::<T>(10);

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), id, 1, [2u8; 32], 10u32.into());

		assert_eq!(Grants::<T>::get(0).map(|grant| grant.status), Some(GrantStatus::Renewed));
		assert_last_event::<T>(Event::AccessGranted {
			request: 1,
			grant: 1,
			resource: id,
			consumer,
			expires_at,
			automatic: true,
		});
	}

	#[benchmark]
	fn request_access_pending() {
		let (id, _) = resource::<T>(Sensitivity::Sensitive);
		let (consumer, operator) = T::Agencies::benchmark_agency(1, Roles::empty());
		frame_system::Pallet::<T>::set_block_number(1u32.into());

		#[extrinsic_call]
		request_access(RawOrigin::Signed(operator), id, 1, [2u8; 32], 10u32.into());

		assert_last_event::<T>(Event::AccessRequested {
			request: 0,
			resource: id,
			agency: consumer,
			purpose: 1,
		});
		assert_eq!(OpenRequests::<T>::get(id, consumer), Some(0));
	}

	#[benchmark]
	fn approve_request() {
		let (id, provider) = resource::<T>(Sensitivity::Sensitive);
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		let (consumer, _) = ask::<T>(id, 10);
		let expires_at = crowd_expiry::<T>(10);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), 0);

		assert_last_event::<T>(Event::AccessGranted {
			request: 0,
			grant: 0,
			resource: id,
			consumer,
			expires_at,
			automatic: false,
		});
	}

	#[benchmark]
	fn reject_request() {
		let (id, provider) = resource::<T>(Sensitivity::Sensitive);
		ask::<T>(id, 10);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), 0, [4u8; 32]);

		assert_last_event::<T>(Event::RequestRejected {
			request: 0,
			resource: id,
			reason_hash: [4u8; 32],
		});
	}

	#[benchmark]
	fn record_delivery() {
		let (id, provider) = resource::<T>(Sensitivity::Sensitive);
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		ask::<T>(id, 10);
		assert_ok!(Pallet::<T>::approve_request(RawOrigin::Signed(provider.clone()).into(), 0));

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), 0, [3u8; 32]);

		assert_last_event::<T>(Event::DeliveryRecorded {
			delivery: 0,
			grant: 0,
			payload_hash: [3u8; 32],
		});
	}

	#[benchmark]
	fn confirm_delivery() {
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		let (_, grant, delivery, _, operator) = delivered::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), delivery);

		assert_last_event::<T>(Event::DeliveryConfirmed { delivery, grant });
	}

	#[benchmark]
	fn dispute_delivery() {
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		let (_, grant, delivery, _, operator) = delivered::<T>();
		let reason = DisputeReason::PayloadMismatch;

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), delivery, reason, [5u8; 32]);

		assert_last_event::<T>(Event::DeliveryDisputed { delivery, grant, reason });
	}

	#[benchmark]
	fn on_initialize(n: Linear<0, { T::MaxExpiriesPerBlock::get() }>) {
		let (id, _) = resource::<T>(Sensitivity::Public);
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		for _ in 0..n {
			ask::<T>(id, 10);
		}
		let due = frame_system::Pallet::<T>::block_number() + 10u32.into();
		assert_eq!(ExpiringAt::<T>::get(due).len() as u32, n);

		#[block]
		{
			Pallet::<T>::on_initialize(due);
		}

		assert_eq!(Resources::<T>::get(id).unwrap().active_grants, 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext().unchecked(), crate::mock::Test);
}
