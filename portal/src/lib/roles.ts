// An agency's roles: the bits of `civitas_primitives::Roles` (primitives/src/agencies.rs).
// The chain's metadata carries the roles only as a `u32`, so their meaning is written here
// once; `Roles` documents each bit.

export const ROLES = {
  CIVIL_AFFAIRS: 1 << 0,
  PUBLIC_SECURITY: 1 << 1,
  HEALTH: 1 << 2,
  DISEASE_CONTROL: 1 << 3,
  LAND_REGISTRY: 1 << 4,
  HOUSING: 1 << 5,
  TAX: 1 << 6,
  COURT: 1 << 7,
  FINANCE: 1 << 8,
  TRANSPORT: 1 << 9,
  DATA_BUREAU: 1 << 10,
} as const;

export type Role = keyof typeof ROLES;

/** The agency acting in the console: its id and role bits. */
export type Acting = { id: number; roles: number };

export const holds = (agency: Acting | null | undefined, role: Role) =>
  agency !== null && agency !== undefined && (agency.roles & ROLES[role]) !== 0;
