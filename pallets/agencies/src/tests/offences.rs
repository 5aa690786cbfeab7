use super::last_event;
use crate::mock::Agencies;
use crate::{mock::*, *};
use civitas_primitives::agencies::{AuthorityOffence, OffenceKind};
use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_runtime::{DispatchError, Perbill};
use sp_staking::offence::{Kind, Offence, OffenceError, ReportOffence};

const KIND: OffenceKind = *b"aura:equivocatio";
const NEW_NODE: u64 = 35;

/// The offences the recording sink took: (offenders, slot).
#[frame_support::storage_alias]
type Recorded =
	StorageValue<MockOffences, Vec<(Vec<u64>, u64)>, frame_support::pallet_prelude::ValueQuery>;
/// When set, the recording sink refuses every report.
#[frame_support::storage_alias]
type Refusing = StorageValue<MockOffences, bool, frame_support::pallet_prelude::ValueQuery>;

/// A stand-in for pallet-offences: records what it takes, knows what it recorded.
struct MockOffences;

impl ReportOffence<u64, Offender<u64>, TestOffence> for MockOffences {
	fn report_offence(_reporters: Vec<u64>, offence: TestOffence) -> Result<(), OffenceError> {
		if Refusing::get() {
			return Err(OffenceError::Other(7));
		}
		Recorded::mutate(|all| {
			all.push((offence.offenders.iter().map(|(who, _)| *who).collect(), offence.slot))
		});
		Ok(())
	}
	fn is_known_offence(offenders: &[Offender<u64>], slot: &u64) -> bool {
		let offenders: Vec<u64> = offenders.iter().map(|(who, _)| *who).collect();
		Recorded::get().contains(&(offenders, *slot))
	}
}

struct TestOffence {
	offenders: Vec<Offender<u64>>,
	slot: u64,
	session: u32,
}

impl Offence<Offender<u64>> for TestOffence {
	const ID: Kind = KIND;
	type Slot = u64;
	fn offenders(&self) -> Vec<Offender<u64>> {
		self.offenders.clone()
	}
	fn session_index(&self) -> u32 {
		self.session
	}
	fn validator_set_count(&self) -> u32 {
		2
	}
	fn slot(&self) -> u64 {
		self.slot
	}
	fn slash_fraction(&self, _: u32) -> Perbill {
		Perbill::zero()
	}
}

type Sink = SuspendOffenders<Test, MockOffences>;

fn report(signer: u64, agency: AgencyId, slot: u64) -> Result<(), OffenceError> {
	Sink::report_offence(
		vec![],
		TestOffence { offenders: vec![(signer, agency)], slot, session: 3 },
	)
}

fn next_session() -> Option<Vec<u64>> {
	<Pallet<Test> as SessionManager<u64>>::new_session(1)
}

/// Both genesis nodes vote in the current session.
fn both_voting() {
	CurrentVoters::put(vec![HEALTH_NODE, LAND_NODE]);
}

#[test]
fn a_proven_offence_takes_the_authority_out_and_disables_it() {
	new_test_ext().execute_with(|| {
		both_voting();
		System::set_block_number(7);
		assert_ok!(report(HEALTH_NODE, HEALTH, 100));

		assert_eq!(
			AuthorityOffences::<Test>::get(HEALTH),
			Some(AuthorityOffence { kind: KIND, session: 3, reported_at: 7 })
		);
		assert_eq!(
			last_event(),
			Event::AuthorityOffence { agency: HEALTH, kind: KIND, session: 3 }
		);
		assert_eq!(Recorded::get(), vec![(vec![HEALTH_NODE], 100)]);
		// Out of the sets planned from now on, and disabled in the current one.
		assert_eq!(Validators::<Test>::get().into_inner(), vec![LAND_NODE]);
		assert_eq!(next_session(), Some(vec![LAND_NODE]));
		assert_eq!(Disabled::get(), vec![HEALTH_NODE]);
		// The agency itself is untouched: active, its admin on the council, its node a peer.
		assert!(Pallet::<Test>::is_active(HEALTH));
		assert!(council().contains(&HEALTH_ADMIN));
		assert!(Pallet::<Test>::authorized_nodes().contains(&HEALTH_PEER));
		// The agency's record says why its authority is out.
		let view = &Pallet::<Test>::agencies(HEALTH, 1)[0];
		assert_eq!(
			view.authority_offence,
			Some(AuthorityOffence { kind: KIND, session: 3, reported_at: 7 })
		);
		assert_eq!(Pallet::<Test>::agencies(LAND, 1)[0].authority_offence, None);
	});
}

#[test]
fn an_offender_already_out_is_reported_once() {
	new_test_ext().execute_with(|| {
		both_voting();
		assert_ok!(report(HEALTH_NODE, HEALTH, 100));
		let events = System::events().len();
		// Another slot, same offender: known, and refused as a duplicate.
		assert!(Sink::is_known_offence(&[(HEALTH_NODE, HEALTH)], &101));
		assert_eq!(report(HEALTH_NODE, HEALTH, 101), Err(OffenceError::DuplicateReport));
		assert_eq!(Recorded::get().len(), 1);
		assert_eq!(System::events().len(), events);
		// Another agency's authority is not known.
		assert!(!Sink::is_known_offence(&[(LAND_NODE, LAND)], &101));
	});
}

#[test]
fn a_refused_report_changes_nothing() {
	new_test_ext().execute_with(|| {
		both_voting();
		Refusing::put(true);
		assert_eq!(report(HEALTH_NODE, HEALTH, 100), Err(OffenceError::Other(7)));
		assert_eq!(AuthorityOffences::<Test>::get(HEALTH), None);
		assert_eq!(Validators::<Test>::get().into_inner(), vec![HEALTH_NODE, LAND_NODE]);
		assert!(Disabled::get().is_empty());
	});
}

#[test]
fn the_last_enabled_authority_is_never_disabled() {
	new_test_ext().execute_with(|| {
		CurrentVoters::put(vec![HEALTH_NODE]);
		assert_ok!(report(HEALTH_NODE, HEALTH, 100));
		// Out of the next sets, but it keeps authoring this session: no one else could.
		assert!(Disabled::get().is_empty());
		assert_eq!(next_session(), Some(vec![LAND_NODE]));
	});
}

#[test]
fn each_new_session_disables_the_offender_again_while_it_is_in_the_set() {
	new_test_ext().execute_with(|| {
		both_voting();
		assert_ok!(report(HEALTH_NODE, HEALTH, 100));
		// The session changes: disabling ends with it, but the set that starts was planned
		// before the offence and still has the offender.
		Disabled::kill();
		<Pallet<Test> as SessionManager<u64>>::start_session(2);
		assert_eq!(Disabled::get(), vec![HEALTH_NODE]);
		// Once a set without it starts, there is nothing to disable.
		Disabled::kill();
		CurrentVoters::put(vec![LAND_NODE]);
		<Pallet<Test> as SessionManager<u64>>::start_session(3);
		assert!(Disabled::get().is_empty());
	});
}

#[test]
fn the_council_restores_an_authority() {
	new_test_ext().execute_with(|| {
		both_voting();
		assert_ok!(report(HEALTH_NODE, HEALTH, 100));

		assert_noop!(
			Agencies::restore_authority(RuntimeOrigin::signed(HEALTH_ADMIN), HEALTH),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Agencies::restore_authority(RuntimeOrigin::root(), LAND),
			Error::<Test>::NoAuthorityOffence
		);
		assert_noop!(
			Agencies::restore_authority(RuntimeOrigin::root(), 9),
			Error::<Test>::UnknownAgency
		);

		assert_ok!(Agencies::restore_authority(RuntimeOrigin::root(), HEALTH));
		assert_eq!(last_event(), Event::AuthorityRestored { agency: HEALTH });
		assert_eq!(AuthorityOffences::<Test>::get(HEALTH), None);
		assert_eq!(next_session(), Some(vec![HEALTH_NODE, LAND_NODE]));
		// A new offence after the restoration is acted on again.
		assert_ok!(report(HEALTH_NODE, HEALTH, 200));
		assert_eq!(next_session(), Some(vec![LAND_NODE]));
	});
}

#[test]
fn neither_resuming_nor_a_new_key_undoes_an_offence() {
	new_test_ext().execute_with(|| {
		both_voting();
		assert_ok!(report(HEALTH_NODE, HEALTH, 100));

		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_ok!(Agencies::resume(RuntimeOrigin::root(), HEALTH));
		assert_eq!(next_session(), Some(vec![LAND_NODE]));

		assert_ok!(Agencies::set_authority(RuntimeOrigin::root(), HEALTH, Some(NEW_NODE)));
		assert_eq!(next_session(), Some(vec![LAND_NODE]));

		// Restored, the agency's current authority (the new key) comes back.
		assert_ok!(Agencies::restore_authority(RuntimeOrigin::root(), HEALTH));
		assert_eq!(next_session(), Some(vec![LAND_NODE, NEW_NODE]));
	});
}

#[test]
fn restoring_a_suspended_agency_waits_for_it_to_resume() {
	new_test_ext().execute_with(|| {
		both_voting();
		assert_ok!(report(HEALTH_NODE, HEALTH, 100));
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));

		assert_ok!(Agencies::restore_authority(RuntimeOrigin::root(), HEALTH));
		assert_eq!(next_session(), Some(vec![LAND_NODE]));
		assert_ok!(Agencies::resume(RuntimeOrigin::root(), HEALTH));
		assert_eq!(next_session(), Some(vec![HEALTH_NODE, LAND_NODE]));
	});
}

#[test]
fn an_offence_by_a_former_key_disables_that_key_too() {
	new_test_ext().execute_with(|| {
		// The council named a new authority this session; the old key, still voting, is
		// proven to equivocate.
		assert_ok!(Agencies::set_authority(RuntimeOrigin::root(), HEALTH, Some(NEW_NODE)));
		CurrentVoters::put(vec![HEALTH_NODE, LAND_NODE, NEW_NODE]);
		assert_ok!(report(HEALTH_NODE, HEALTH, 100));
		assert_eq!(next_session(), Some(vec![LAND_NODE]));
		let mut disabled = Disabled::get();
		disabled.sort();
		assert_eq!(disabled, vec![HEALTH_NODE, NEW_NODE]);
	});
}
