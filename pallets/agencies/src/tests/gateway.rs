//! An agency's admin names its exchange gateway: its `host:port` and its pinned TLS key.

use super::last_event;
use crate::{is_host_port, mock::*, *};
// The pallet, not the storage item of the same name (that one is `crate::Agencies`).
use crate::mock::Agencies;
use frame_support::{assert_noop, assert_ok, traits::Get};
use sp_runtime::DispatchError;

fn gateway(endpoint: &str) -> GatewayOf<Test> {
	Gateway { endpoint: endpoint.as_bytes().to_vec().try_into().unwrap(), tls_key: [9; 32] }
}

#[test]
fn an_admin_names_moves_and_removes_its_gateway() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::set_gateway(
			RuntimeOrigin::signed(HEALTH_ADMIN),
			Some(gateway("gw.health.example.gov:8443"))
		));
		assert_eq!(Gateways::<Test>::get(HEALTH), Some(gateway("gw.health.example.gov:8443")));
		assert_eq!(
			last_event(),
			Event::GatewaySet {
				agency: HEALTH,
				gateway: Some(gateway("gw.health.example.gov:8443"))
			}
		);
		// Moved: the new one replaces the old.
		assert_ok!(Agencies::set_gateway(
			RuntimeOrigin::signed(HEALTH_ADMIN),
			Some(gateway("10.0.4.7:443"))
		));
		assert_eq!(Gateways::<Test>::get(HEALTH), Some(gateway("10.0.4.7:443")));
		assert_eq!(Gateways::<Test>::get(LAND), None);
		assert_ok!(Agencies::set_gateway(RuntimeOrigin::signed(HEALTH_ADMIN), None));
		assert_eq!(Gateways::<Test>::get(HEALTH), None);
		assert_eq!(last_event(), Event::GatewaySet { agency: HEALTH, gateway: None });
	});
}

#[test]
fn only_an_admin_names_its_own_agencys_gateway() {
	new_test_ext().execute_with(|| {
		let named = Some(gateway("gw.example:443"));
		// An operator, a stranger and root are refused; another agency's admin names only
		// its own.
		assert_noop!(
			Agencies::set_gateway(RuntimeOrigin::signed(NURSE), named.clone()),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Agencies::set_gateway(RuntimeOrigin::signed(STRANGER), named.clone()),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Agencies::set_gateway(RuntimeOrigin::root(), named.clone()),
			DispatchError::BadOrigin
		);
		assert_ok!(Agencies::set_gateway(RuntimeOrigin::signed(LAND_ADMIN), named.clone()));
		assert_eq!(Gateways::<Test>::get(HEALTH), None);
		assert_eq!(Gateways::<Test>::get(LAND), named);
	});
}

#[test]
fn a_suspended_agency_may_remove_its_gateway_not_name_one() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::set_gateway(
			RuntimeOrigin::signed(HEALTH_ADMIN),
			Some(gateway("gw.example:443"))
		));
		assert_ok!(Agencies::suspend(RuntimeOrigin::root(), HEALTH));
		assert_noop!(
			Agencies::set_gateway(
				RuntimeOrigin::signed(HEALTH_ADMIN),
				Some(gateway("gw2.example:443"))
			),
			Error::<Test>::AgencySuspended
		);
		assert_ok!(Agencies::set_gateway(RuntimeOrigin::signed(HEALTH_ADMIN), None));
		assert_eq!(Gateways::<Test>::get(HEALTH), None);
	});
}

#[test]
fn a_gateway_endpoint_is_host_and_port_only() {
	for good in [
		"gw.health.example.gov:8443",
		"localhost:1",
		"127.0.0.1:65535",
		"[::1]:443",
		"[2001:db8::7]:8443",
		"a-b.c1:80",
	] {
		assert!(is_host_port(good.as_bytes()), "{good} is host:port");
	}
	for bad in [
		"",
		"gw.example",
		"gw.example:",
		":443",
		"gw.example:0",
		"gw.example:065",
		"gw.example:65536",
		"gw.example:99999999999",
		"https://gw.example:443",
		"gw.example:443/path",
		"user@gw.example:443",
		"gw example:443",
		"-gw.example:443",
		"gw-.example:443",
		"gw..example:443",
		"gw.example.:443",
		"[]:443",
		"[::1:443",
		"gw.exämple:443",
	] {
		assert!(!is_host_port(bad.as_bytes()), "{bad:?} is refused");
	}
	// A label of 64 bytes is too long; 63 is not.
	assert!(is_host_port(format!("{}.example:443", "a".repeat(63)).as_bytes()));
	assert!(!is_host_port(format!("{}.example:443", "a".repeat(64)).as_bytes()));
}

#[test]
fn a_bad_endpoint_is_refused_and_changes_nothing() {
	new_test_ext().execute_with(|| {
		assert_ok!(Agencies::set_gateway(
			RuntimeOrigin::signed(HEALTH_ADMIN),
			Some(gateway("gw.example:443"))
		));
		for bad in ["https://gw.example:443/", "gw.example", "gw.example:70000"] {
			assert_noop!(
				Agencies::set_gateway(RuntimeOrigin::signed(HEALTH_ADMIN), Some(gateway(bad))),
				Error::<Test>::BadEndpoint
			);
		}
		assert_eq!(Gateways::<Test>::get(HEALTH), Some(gateway("gw.example:443")));
	});
}

#[test]
fn an_over_long_endpoint_is_refused_when_the_call_is_decoded() {
	use codec::Encode;
	// set_gateway is call 11; the mock's MaxEndpointLength is the prelude's 64.
	let max = <<Test as Config>::MaxEndpointLength as Get<u32>>::get() as usize;
	let encode = |len: usize| (11u8, Some((vec![b'g'; len], [0u8; 32]))).encode();
	civitas_test_utils::assert_bounded_at_decoding::<Call<Test>>(max, encode);
}
