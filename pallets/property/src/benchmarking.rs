//! Benchmarks of pallet-property (FRAME benchmarking v2), on the heaviest paths: properties
//! with `MaxOwners` owners sold to `MaxOwners` other owners (every seller and buyer a party,
//! every index entry moved), histories one step short of full, and a block that expires
//! `MaxExpiriesPerBlock` transfers.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	assert_ok,
	traits::{Get, Hooks},
	BoundedVec,
};
use frame_system::RawOrigin;

fn assert_last_event<T: Config>(event: Event<T>) {
	let event: <T as Config>::RuntimeEvent = event.into();
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

/// `n` registered citizens from `first` on (at most `MaxOwners`), with equal shares summing
/// to the whole.
fn citizens<T: Config>(first: u32, n: u32) -> OwnersOf<T> {
	let owners = (0..n)
		.map(|i| {
			let mut id = [0u8; 32];
			id[..4].copy_from_slice(&(first + i).to_le_bytes());
			T::Citizens::benchmark_register(&id);
			let ppm = if i == 0 { WHOLE - (n - 1) * (WHOLE / n) } else { WHOLE / n };
			Share { owner: Owner::Citizen(id), ppm }
		})
		.collect::<Vec<_>>();
	owners.try_into().expect("at most MaxOwners owners")
}

/// The account a citizen owner signs with.
fn account_of<T: Config>(share: &Share) -> T::AccountId {
	let Owner::Citizen(id) = share.owner else { panic!("a citizen owner") };
	let who: T::AccountId = account("citizen", u32::from_le_bytes([id[0], id[1], id[2], id[3]]), 0);
	T::Citizens::benchmark_link(&id, &who);
	who
}

/// A property with `MaxOwners` citizen owners, its history full: every step from here on
/// replaces the oldest on chain.
fn property<T: Config>() -> (PropertyId, OwnersOf<T>) {
	let (_, clerk) = T::Agencies::benchmark_agency(0, Roles::LAND_REGISTRY);
	let owners = citizens::<T>(0, T::MaxOwners::get());
	let id = NextPropertyId::<T>::get();
	assert_ok!(Pallet::<T>::register_property(
		RawOrigin::Signed(clerk).into(),
		BoundedVec::truncate_from(b"benchmark parcel".to_vec()),
		1,
		100,
		Usage::Residential,
		owners.clone(),
		[1u8; 32]
	));
	Properties::<T>::mutate(id, |record| {
		if let Some(record) = record {
			record.history = T::MaxHistory::get();
		}
	});
	(id, owners)
}

/// An open transfer of a `MaxOwners`-owner property to `MaxOwners` other citizens, with
/// every approval but `leave_pending` given (and the tax confirmed if none is left).
fn transfer<T: Config>(leave_pending: u32) -> (PropertyId, TransferId, OwnersOf<T>) {
	let (property, sellers) = property::<T>();
	let buyers = citizens::<T>(1_000, T::MaxOwners::get());
	let id = NextTransferId::<T>::get();
	assert_ok!(Pallet::<T>::initiate_transfer(
		RawOrigin::Signed(account_of::<T>(&sellers[0])).into(),
		property,
		buyers.clone(),
		[2u8; 32]
	));
	let parties: Vec<&Share> = sellers[1..].iter().chain(buyers.iter()).collect();
	let approving = parties.len() as u32 - leave_pending;
	for share in parties.into_iter().take(approving as usize) {
		assert_ok!(Pallet::<T>::approve_transfer(
			RawOrigin::Signed(account_of::<T>(share)).into(),
			id
		));
	}
	if leave_pending == 0 {
		let (_, taxman) = T::Agencies::benchmark_agency(1, Roles::TAX);
		assert_ok!(Pallet::<T>::confirm_tax(RawOrigin::Signed(taxman).into(), id));
	}
	(property, id, buyers)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_property(n: Linear<1, { T::MaxOwners::get() }>) {
		let (agency, clerk) = T::Agencies::benchmark_agency(0, Roles::LAND_REGISTRY);
		let owners = citizens::<T>(0, n);
		let parcel = BoundedVec::truncate_from(vec![b'p'; T::MaxParcelRefLen::get() as usize]);
		let id = NextPropertyId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), parcel, 1, 100, Usage::Residential, owners.clone(), [1u8; 32]);

		assert_last_event::<T>(Event::PropertyRegistered { id, agency, owners });
	}

	#[benchmark]
	fn initiate_transfer() {
		let (property, sellers) = property::<T>();
		let buyers = citizens::<T>(1_000, T::MaxOwners::get());
		let who = account_of::<T>(&sellers[T::MaxOwners::get() as usize - 1]);
		let transfer = NextTransferId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), property, buyers, [2u8; 32]);

		assert!(Transfers::<T>::contains_key(transfer));
		assert_eq!(
			Transfers::<T>::get(transfer).unwrap().pending.len() as u32,
			T::MaxOwners::get() * 2 - 1
		);
	}

	#[benchmark]
	fn approve_transfer() {
		let (_, transfer, buyers) = transfer::<T>(1);
		let last = buyers.last().unwrap();
		let who = account_of::<T>(last);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), transfer);

		assert_last_event::<T>(Event::TransferApproved {
			transfer,
			party: last.owner,
			remaining: 0,
		});
	}

	#[benchmark]
	fn confirm_tax() {
		let (_, transfer, _) = transfer::<T>(0);
		Transfers::<T>::mutate(transfer, |record| {
			if let Some(record) = record {
				record.tax_confirmed_by = None;
			}
		});
		let (agency, taxman) = T::Agencies::benchmark_agency(1, Roles::TAX);

		#[extrinsic_call]
		_(RawOrigin::Signed(taxman), transfer);

		assert_last_event::<T>(Event::TaxConfirmed { transfer, agency });
	}

	#[benchmark]
	fn finalize_transfer() {
		let (property, transfer, buyers) = transfer::<T>(0);
		let (_, clerk) = T::Agencies::benchmark_agency(0, Roles::LAND_REGISTRY);

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), transfer, [3u8; 32]);

		assert_last_event::<T>(Event::TransferFinalized { transfer, property, owners: buyers });
	}

	#[benchmark]
	fn reject_transfer() {
		let (property, transfer, _) = transfer::<T>(1);
		let (_, clerk) = T::Agencies::benchmark_agency(0, Roles::LAND_REGISTRY);

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), transfer, [4u8; 32]);

		assert_last_event::<T>(Event::TransferRejected {
			transfer,
			property,
			reason_hash: [4u8; 32],
		});
	}

	/// A co-owner (not the initiator) of a property of `MaxOwners` citizens withdraws it: the
	/// signer is found after every other owner is checked.
	#[benchmark]
	fn cancel_transfer() {
		let (property, transfer, _) = transfer::<T>(T::MaxOwners::get());
		let owners = Properties::<T>::get(property).expect("the property exists").owners;
		let last = account_of::<T>(owners.last().expect("a property has owners"));

		#[extrinsic_call]
		_(RawOrigin::Signed(last), transfer, [6u8; 32]);

		assert_eq!(Transfers::<T>::get(transfer).unwrap().status, TransferStatus::Cancelled);
	}

	#[benchmark]
	fn encumber() {
		let (property, _) = property::<T>();
		Properties::<T>::mutate(property, |record| {
			if let Some(record) = record {
				record.encumbrances = T::MaxEncumbrances::get() - 1;
			}
		});
		let (holder, banker) = T::Agencies::benchmark_agency(2, Roles::FINANCE);

		#[extrinsic_call]
		_(RawOrigin::Signed(banker), property, EncumbranceKind::Mortgage, [5u8; 32]);

		assert_last_event::<T>(Event::Encumbered {
			encumbrance: 0,
			property,
			kind: EncumbranceKind::Mortgage,
			holder,
		});
	}

	#[benchmark]
	fn release() {
		let (property, _) = property::<T>();
		let (_, banker) = T::Agencies::benchmark_agency(2, Roles::FINANCE);
		assert_ok!(Pallet::<T>::encumber(
			RawOrigin::Signed(banker.clone()).into(),
			property,
			EncumbranceKind::Mortgage,
			[5u8; 32]
		));

		#[extrinsic_call]
		_(RawOrigin::Signed(banker), 0);

		assert_last_event::<T>(Event::Released { encumbrance: 0, property });
	}

	#[benchmark]
	fn on_initialize(n: Linear<0, { T::MaxExpiriesPerBlock::get() }>) {
		// `n` open transfers due at the same block, each of its own property.
		let (_, clerk) = T::Agencies::benchmark_agency(0, Roles::LAND_REGISTRY);
		let buyer = citizens::<T>(5_000, 1);
		let now = frame_system::Pallet::<T>::block_number();
		let due = now + T::TransferTimeout::get();
		for i in 0..n {
			let seller = citizens::<T>(10_000 + i, 1);
			let property = NextPropertyId::<T>::get();
			let mut parcel = b"parcel-".to_vec();
			parcel.extend_from_slice(&i.to_le_bytes());
			assert_ok!(Pallet::<T>::register_property(
				RawOrigin::Signed(clerk.clone()).into(),
				BoundedVec::truncate_from(parcel),
				1,
				100,
				Usage::Residential,
				seller.clone(),
				[1u8; 32]
			));
			assert_ok!(Pallet::<T>::initiate_transfer(
				RawOrigin::Signed(account_of::<T>(&seller[0])).into(),
				property,
				buyer.clone(),
				[2u8; 32]
			));
		}
		assert_eq!(ExpiringAt::<T>::get(due).len() as u32, n);

		#[block]
		{
			Pallet::<T>::on_initialize(due);
		}

		assert!(ExpiringAt::<T>::get(due).is_empty());
		if n > 0 {
			assert_eq!(Transfers::<T>::get(0).unwrap().status, TransferStatus::Expired);
		}
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext().unchecked(), crate::mock::Test);
}
