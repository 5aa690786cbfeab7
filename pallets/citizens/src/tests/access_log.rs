use super::{last_event, register_alice};
use crate::{mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Citizens`).
use crate::mock::Citizens;
use frame_support::{assert_noop, assert_ok};

fn read(citizen: &CitizenId, emergency: bool) {
	assert_ok!(<Citizens as AccessLog<u64>>::record_access(
		citizen,
		HEALTH,
		&DOCTOR,
		DataCategory::Health,
		1,
		emergency
	));
}

#[test]
fn every_read_is_logged_and_evented() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		System::set_block_number(3);
		read(&alice, false);
		assert_eq!(
			last_event(),
			Event::DataAccessed {
				citizen: alice,
				seq: 0,
				agency: HEALTH,
				operator: DOCTOR,
				category: DataCategory::Health,
				purpose: 1,
				emergency: false
			}
		);
		read(&alice, true);
		let log = Citizens::access_log(alice, 0, 10);
		assert_eq!(log.len(), 2);
		assert_eq!(
			log[0],
			AccessEntry {
				seq: 0,
				agency: HEALTH,
				operator: DOCTOR,
				category: DataCategory::Health,
				purpose: 1,
				emergency: false,
				at: 3
			}
		);
		assert!(log[1].emergency);
		assert_eq!(Citizens::access_log(alice, 1, 10).len(), 1, "from skips earlier entries");
		assert_eq!(Citizens::access_log(alice, 0, 1).len(), 1, "limit caps the answer");
	});
}

#[test]
fn the_ring_keeps_the_latest_entries_and_events_keep_all() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		for _ in 0..6 {
			read(&alice, false);
		}
		// MaxLogEntries = 4 in the mock: entries 2..=5 remain, in order.
		let seqs: Vec<u64> = Citizens::access_log(alice, 0, 100).iter().map(|e| e.seq).collect();
		assert_eq!(seqs, vec![2, 3, 4, 5]);
		assert_eq!(Citizens::citizen(alice).unwrap().accesses, 6);
		assert_eq!(
			AccessLogEntries::<Test>::iter_prefix(alice).count(),
			4,
			"storage stays bounded"
		);
		let evented = System::events()
			.iter()
			.filter(|r| matches!(r.event, RuntimeEvent::Citizens(Event::DataAccessed { .. })))
			.count();
		assert_eq!(evented, 6);
	});
}

#[test]
fn reading_an_unknown_citizen_fails_and_logs_nothing() {
	new_test_ext().execute_with(|| {
		let nobody = citizen("nobody");
		assert_noop!(
			<Citizens as AccessLog<u64>>::record_access(
				&nobody,
				HEALTH,
				&DOCTOR,
				DataCategory::Health,
				1,
				false
			),
			Error::<Test>::UnknownCitizen
		);
		assert!(Citizens::access_log(nobody, 0, 10).is_empty());
	});
}

#[test]
fn one_reader_never_evicts_another_readers_entries() {
	new_test_ext().execute_with(|| {
		let alice = register_alice();
		// The land bureau reads Alice's data once...
		assert_ok!(<Citizens as AccessLog<u64>>::record_access(
			&alice,
			LAND,
			&CLERK,
			DataCategory::Property,
			2,
			false
		));
		// ...then the health bureau reads her own record ten times (the mock keeps 4 a reader).
		for _ in 0..10 {
			read(&alice, false);
		}
		// A page holds at most `MaxLogEntries`; the next starts after the last entry number.
		let page = |from: u64| -> Vec<(u64, u32)> {
			Citizens::access_log(alice, from, 100).iter().map(|e| (e.seq, e.agency)).collect()
		};
		assert_eq!(page(0), vec![(0, LAND), (7, HEALTH), (8, HEALTH), (9, HEALTH)]);
		assert_eq!(page(10), vec![(10, HEALTH)]);
		assert_eq!(crate::ReadsBy::<Test>::get(alice, HEALTH), 10);
		assert_eq!(AccessLogEntries::<Test>::iter_prefix(alice).count(), 5, "bounded per reader");
		// Paging goes on from the last entry number received.
		let next: Vec<u64> = Citizens::access_log(alice, 8, 2).iter().map(|e| e.seq).collect();
		assert_eq!(next, vec![8, 9]);
	});
}
