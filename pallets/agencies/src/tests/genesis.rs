use crate::{mock::*, *};

#[test]
fn genesis_registers_agencies_operators_authorities_and_council() {
	new_test_ext().execute_with(|| {
		assert_eq!(NextAgencyId::<Test>::get(), 2);
		let health = crate::Agencies::<Test>::get(HEALTH).unwrap();
		assert_eq!(&health.name[..], b"Health Bureau");
		assert_eq!(health.roles, Roles::HEALTH | Roles::DISEASE_CONTROL);
		assert_eq!(health.admin, HEALTH_ADMIN);
		assert_eq!(health.status, AgencyStatus::Active);
		assert_eq!(health.authority, Some(HEALTH_NODE));
		assert_eq!(health.operators, 1);
		assert_eq!(crate::Agencies::<Test>::get(LAND).unwrap().district, Some(5));

		assert_eq!(OperatorOf::<Test>::get(NURSE), Some(HEALTH));
		assert_eq!(OperatorOf::<Test>::get(CLERK), Some(LAND));
		assert_eq!(AdminOf::<Test>::get(LAND_ADMIN), Some(LAND));
		assert_eq!(AuthorityOf::<Test>::get(HEALTH_NODE), Some(HEALTH));

		assert_eq!(CouncilSeats::<Test>::get().into_inner(), vec![HEALTH_ADMIN, LAND_ADMIN]);
		assert_eq!(council(), vec![HEALTH_ADMIN, LAND_ADMIN]);
		assert_eq!(Validators::<Test>::get().into_inner(), vec![HEALTH_NODE, LAND_NODE]);
	});
}
