//! Configuration of each pallet in the runtime.

use alloc::vec::Vec;
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, EitherOf, VariantCountOf},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, IdentityFee, Weight},
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{
	traits::{ConvertInto, One, OpaqueKeys},
	Perbill,
};
use sp_version::RuntimeVersion;

use super::{weights, Council, Historical, Offences, Session, SessionKeys};
use super::{
	AccountId, Aura, Balance, Balances, Block, BlockNumber, Hash, Nonce, OriginCaller, PalletInfo,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin,
	RuntimeTask, System, DAYS, EXISTENTIAL_DEPOSIT, MINUTES, SLOT_DURATION, VERSION,
};

/// Normal (user) extrinsics may fill 80% of a block's weight — 2 s, the time the author has
/// to build it (two thirds of the slot); the rest is kept for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(80);

/// 5 MiB per block, of which normal extrinsics may fill `NORMAL_DISPATCH_RATIO`.
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

/// The most agencies the chain can hold. Beijing has 50 to 80 bureaus and 16 districts;
/// 256 leaves room for district bureaus. It also bounds the council and the authority set
/// (each agency runs at most one node), so Aura, GRANDPA and the council share it.
pub const MAX_AGENCIES: u32 = 256;

/// How long a session lasts unless genesis or the council sets another length: agency and
/// authority-set changes decided by the council take effect at a session boundary (an
/// authority named now authors from the session after next). Ten minutes keeps that wait
/// short for a city's operations while changing the GRANDPA set rarely.
pub const SESSION_LENGTH: BlockNumber = 10 * MINUTES;

/// The shortest session the council may set (one minute).
pub const MIN_SESSION_LENGTH: BlockNumber = MINUTES;

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;

	/// 2.5 s of compute per block (see `MAX_BLOCK_WEIGHT`). A block's and an extrinsic's
	/// fixed costs are measured on this project's machine (`civitas-node benchmark
	/// overhead`, runtime/src/weights/*_weights.rs), not FRAME's generic defaults (5 ms a
	/// block, ~100 µs an extrinsic).
	pub RuntimeBlockWeights: BlockWeights = block_weights();
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAX_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
		.build();
	/// Generic Substrate address prefix until Civitas registers its own.
	pub const SS58Prefix: u8 = 42;
}

/// A block may weigh 2.5 s of the 3 s slot: normal extrinsics 2 s (what the author can build
/// in its two thirds of the slot), operational ones the rest. The weights are measured on this
/// machine and overstate the real time by about half (a full block of health anchors builds
/// in ~1 s for 1.5 s of weight; BENCHMARKS.md), so a full block is built and imported with
/// time to spare.
const MAX_BLOCK_WEIGHT: Weight = Weight::from_parts(5 * WEIGHT_REF_TIME_PER_SECOND / 2, u64::MAX);

/// What `with_sensible_defaults` builds — normal extrinsics up to `NORMAL_DISPATCH_RATIO` of
/// the block, the rest kept for operational ones, 10% for `on_initialize` — with the measured
/// base weights.
fn block_weights() -> BlockWeights {
	let max = MAX_BLOCK_WEIGHT;
	let normal = NORMAL_DISPATCH_RATIO * max;
	BlockWeights::builder()
		.base_block(weights::block_weights::BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |class| {
			class.base_extrinsic = weights::extrinsic_weights::ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |class| class.max_total = Some(normal))
		.for_class(DispatchClass::Operational, |class| {
			class.max_total = Some(max);
			class.reserved = Some(max - normal);
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build()
		.expect("the ratios above are valid; checked by frame-system's integrity test")
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	// The node stores state in ParityDB only (no RocksDB). Its read and write costs are
	// measured on this machine (`civitas-node benchmark storage`, twice the average as a
	// margin for a larger state): ~8 µs a read, ~20 µs a write, where FRAME's generic
	// ParityDB constants assume 8 µs and 50 µs.
	type DbWeight = weights::paritydb_weights::constants::ParityDbWeight;
	type SystemWeightInfo = weights::frame_system::WeightInfo<Runtime>;
	// Measured here; FRAME's `()` prices the checks with RocksDB's costs (100 µs a write),
	// which made them the largest part of every extrinsic's weight.
	type ExtensionsWeightInfo = weights::frame_system_extensions::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	/// An authority disabled for a proven offence authors no block (one that tries is
	/// invalid) for the rest of the session.
	type DisabledValidators = Session;
	type MaxAuthorities = ConstU32<MAX_AGENCIES>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

/// How many past sessions' authority sets the chain remembers (pallet-session's historical
/// roots, and GRANDPA's set-to-session map): an equivocation older than this (about 4.7 hours
/// at 10-minute sessions) can no longer be proven.
pub const HISTORY_DEPTH: u32 = 28;

parameter_types! {
	/// How long an equivocation report may wait in the reporting node's pool: one session.
	pub const ReportLongevity: u64 = SESSION_LENGTH as u64;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = GrandpaWeights;
	type MaxAuthorities = ConstU32<MAX_AGENCIES>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<{ HISTORY_DEPTH as u64 }>;
	/// Two votes in one round are proven with a proof that the key was a session's
	/// authority key, and handed to the offence sink.
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, OffenceSink, Historical, ReportLongevity>;
}

/// GRANDPA's weights: FRAME's own estimate of a report (checking the key-ownership proof and
/// the two votes, at least 100 authorities' worth, and recording the offence), plus what
/// pallet-agencies measured for acting on it: taking the offender's authority out of the
/// next sets and disabling it now, at the largest authority set. Aura's reports are measured
/// whole (`weights::pallet_aura_equivocation`); GRANDPA's proof check is not measured here.
pub struct GrandpaWeights;

type AgencyWeights = weights::pallet_agencies::WeightInfo<Runtime>;

impl pallet_grandpa::WeightInfo for GrandpaWeights {
	fn report_equivocation(validator_count: u32, max_nominators_per_validator: u32) -> Weight {
		<() as pallet_grandpa::WeightInfo>::report_equivocation(
			validator_count,
			max_nominators_per_validator,
		)
		.saturating_add(<AgencyWeights as pallet_agencies::WeightInfo>::note_offence(MAX_AGENCIES))
	}
	fn note_stalled() -> Weight {
		<() as pallet_grandpa::WeightInfo>::note_stalled()
	}
}

/// Where proven offences go: pallet-offences records them, then pallet-agencies takes the
/// offending agency's authority out of the set (and refuses a second report against an
/// authority already out).
pub type OffenceSink = pallet_agencies::SuspendOffenders<Runtime, Offences>;

impl pallet_aura_equivocation::Config for Runtime {
	type AuthorityId = AuraId;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem = pallet_aura_equivocation::EquivocationReportSystem<
		Self,
		OffenceSink,
		Historical,
		ReportLongevity,
	>;
	type MaxAuthorities = ConstU32<MAX_AGENCIES>;
	type WeightInfo = weights::pallet_aura_equivocation::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::EquivocationSession;
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	/// Nothing here: the sink acts once pallet-offences has recorded (see [`OffenceSink`]).
	type OnOffenceHandler = ();
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = ();
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// An authority is identified with the agency it is the authority of.
	type FullIdentification = civitas_primitives::AgencyId;
	type FullIdentificationOf = pallet_agencies::AgencyOfAuthority<Runtime>;
}

/// The transactions the runtime makes itself, for its nodes' pools: equivocation reports —
/// GRANDPA's as bare (unsigned) extrinsics, Aura's as authorized general transactions (no
/// signer; `AuthorizeCall` asks the call whether the pool may take it).
impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = super::UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> super::UncheckedExtrinsic {
		super::UncheckedExtrinsic::new_bare(call)
	}
}

impl<C> frame_system::offchain::CreateTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extension = super::TxExtension;
	fn create_transaction(
		call: RuntimeCall,
		extension: super::TxExtension,
	) -> super::UncheckedExtrinsic {
		super::UncheckedExtrinsic::new_transaction(call, extension)
	}
}

impl<C> frame_system::offchain::CreateAuthorizedTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	/// The usual extensions; with no signer, the nonce and the fee do not apply.
	fn create_extension() -> super::TxExtension {
		super::tx_extension(0)
	}
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	/// Aura's slot is twice the minimum period, so this makes the slot `SLOT_DURATION`.
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = IdentityFee<Balance>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = weights::pallet_utility::WeightInfo<Runtime>;
}

/// Sudo is in the runtime so that a `dev` chain can be driven by hand; the `local` and
/// production chain specs set no key, which leaves it inert (every call fails `RequireSudo`).
impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = weights::pallet_sudo::WeightInfo<Runtime>;
}

/// The Agency Council: the admins of the active agencies, kept in step by pallet-agencies.
pub type CouncilCollective = pallet_collective::Instance1;

/// A decision of at least two thirds of the Agency Council.
pub type CouncilTwoThirds =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 2, 3>;

/// What may govern the agencies: the council's two thirds, or root — which only the `dev`
/// chain can reach, through its sudo key.
pub type GovernanceOrigin = EitherOf<frame_system::EnsureRoot<AccountId>, CouncilTwoThirds>;

parameter_types! {
	/// Agencies have three days to vote on a motion.
	pub const CouncilMotionDuration: BlockNumber = 3 * DAYS;
	/// A motion may take at most half a block to execute.
	pub MaxCouncilProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

/// A member who does not vote before a motion's time runs out has voted nay. Two thirds of the
/// council means two thirds of its members voting aye: a bare majority can never turn the
/// silent into ayes (FRAME's `MoreThanMajorityThenPrimeDefaultVote` would, so 26 of 50 could
/// pass a two-thirds motion), and no prime member speaks for the others.
pub struct AbstentionIsNay;

impl pallet_collective::DefaultVote for AbstentionIsNay {
	fn default_vote(_prime: Option<bool>, _yes: u32, _no: u32, _seats: u32) -> bool {
		false
	}
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = ConstU32<MAX_MOTIONS>;
	type MaxMembers = ConstU32<MAX_AGENCIES>;
	type DefaultVote = AbstentionIsNay;
	type WeightInfo = CouncilWeights;
	/// Membership follows the active agencies' admins; nobody sets it by hand.
	type SetMembersOrigin = frame_system::EnsureNever<()>;
	type MaxProposalWeight = MaxCouncilProposalWeight;
	type DisapproveOrigin = GovernanceOrigin;
	type KillOrigin = GovernanceOrigin;
	type Consideration = MotionTicket;
}

/// The most council motions open at once.
pub const MAX_MOTIONS: u32 = 100;

/// The most council motions one admin may have open at once: one admin holds at most 4 of the
/// 100 slots, so the others can always propose (to suspend its agency, say).
pub const MAX_OPEN_MOTIONS_PER_ADMIN: u32 = 4;

/// What a council motion costs its proposer: no deposit (admins hold no funds for it), but a
/// place among at most [`MAX_OPEN_MOTIONS_PER_ADMIN`] open motions of theirs
/// (`pallet_agencies::Pallet::note_motion`, refused with `TooManyOpenMotions`). The place is
/// freed when the motion closes, however it closes; nothing is held, so the council keeps no
/// ticket (`CostOf` stays empty).
#[derive(
	Clone,
	PartialEq,
	Eq,
	Debug,
	codec::Encode,
	codec::Decode,
	codec::MaxEncodedLen,
	scale_info::TypeInfo,
)]
pub struct MotionTicket;

impl frame_support::traits::Consideration<AccountId, u32> for MotionTicket {
	fn new(who: &AccountId, _open: u32) -> Result<Self, sp_runtime::DispatchError> {
		// The council has just added the new motion at the end of its open ones.
		let open = pallet_collective::Proposals::<Runtime, CouncilCollective>::get();
		let motion = *open.last().ok_or(sp_runtime::DispatchError::Corruption)?;
		super::Agencies::note_motion(who, &open, motion)?;
		Ok(MotionTicket)
	}
	fn update(self, _who: &AccountId, _open: u32) -> Result<Self, sp_runtime::DispatchError> {
		Ok(self)
	}
	fn drop(self, _who: &AccountId) -> Result<(), sp_runtime::DispatchError> {
		Ok(())
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_successful(who: &AccountId, _open: u32) {
		pallet_agencies::OpenMotions::<Runtime>::remove(who);
	}
}

impl frame_support::traits::MaybeConsideration<AccountId, u32> for MotionTicket {
	/// Nothing is held: the council need not keep the ticket.
	fn is_none(&self) -> bool {
		true
	}
}

/// The council's weights: FRAME's measured ones, with what [`MotionTicket`] adds to a
/// proposal (the proposer's open motions, read and written).
pub struct CouncilWeights;

type CollectiveWeights = pallet_collective::weights::SubstrateWeight<Runtime>;

impl pallet_collective::WeightInfo for CouncilWeights {
	fn set_members(m: u32, n: u32, p: u32) -> Weight {
		CollectiveWeights::set_members(m, n, p)
	}
	fn execute(b: u32, m: u32) -> Weight {
		CollectiveWeights::execute(b, m)
	}
	fn propose_execute(b: u32, m: u32) -> Weight {
		CollectiveWeights::propose_execute(b, m)
	}
	fn propose_proposed(b: u32, m: u32, p: u32) -> Weight {
		CollectiveWeights::propose_proposed(b, m, p)
			.saturating_add(<Runtime as frame_system::Config>::DbWeight::get().reads_writes(1, 1))
	}
	fn vote(m: u32) -> Weight {
		CollectiveWeights::vote(m)
	}
	fn close_early_disapproved(m: u32, p: u32) -> Weight {
		CollectiveWeights::close_early_disapproved(m, p)
	}
	fn close_early_approved(b: u32, m: u32, p: u32) -> Weight {
		CollectiveWeights::close_early_approved(b, m, p)
	}
	fn close_disapproved(m: u32, p: u32) -> Weight {
		CollectiveWeights::close_disapproved(m, p)
	}
	fn close_approved(b: u32, m: u32, p: u32) -> Weight {
		CollectiveWeights::close_approved(b, m, p)
	}
	fn disapprove_proposal(p: u32) -> Weight {
		CollectiveWeights::disapprove_proposal(p)
	}
	fn kill(d: u32, p: u32) -> Weight {
		CollectiveWeights::kill(d, p)
	}
	fn release_proposal_cost() -> Weight {
		CollectiveWeights::release_proposal_cost()
	}
}

parameter_types! {
	/// A change of one council member with every motion open and every member voting: the
	/// council rewrites the votes of each open motion (its own benchmark, `set_members`).
	pub CouncilChangeWeight: Weight = <CouncilWeights as pallet_collective::WeightInfo>::set_members(
		MAX_AGENCIES,
		MAX_AGENCIES,
		MAX_MOTIONS,
	);
}

/// pallet-session's view of the authorities, as pallet-agencies asks for it: who has set
/// session keys, who votes now, who is queued.
pub struct SessionAuthorities;

impl pallet_agencies::SessionAuthorities<AccountId> for SessionAuthorities {
	fn has_keys(who: &AccountId) -> bool {
		pallet_session::NextKeys::<Runtime>::contains_key(who)
	}
	fn current() -> Vec<AccountId> {
		pallet_session::Validators::<Runtime>::get()
	}
	fn queued() -> Vec<AccountId> {
		pallet_session::QueuedKeys::<Runtime>::get().into_iter().map(|(who, _)| who).collect()
	}
	fn disable(who: &AccountId) {
		let Some(index) = Session::validator_id_to_index(who) else { return };
		let authorities = pallet_session::Validators::<Runtime>::get().len();
		let disabled = Session::disabled_validators();
		if !disabled.contains(&index) && authorities > disabled.len() + 1 {
			Session::disable_index(index);
		}
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn set_current(voters: Vec<AccountId>) {
		pallet_session::Validators::<Runtime>::put(voters)
	}
}

impl pallet_agencies::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Sessions = SessionAuthorities;
	type CouncilOrigin = GovernanceOrigin;
	type CouncilMembers = Council;
	type MaxAgencies = ConstU32<MAX_AGENCIES>;
	type MaxOperators = ConstU32<1_000>;
	type MaxNodesPerAgency = ConstU32<4>;
	// A node on IPv4, IPv6 and a DNS name, and one spare while it moves.
	type MaxAddressesPerNode = ConstU32<4>;
	// The longest valid one: `/dns4/`, a DNS name of 253 bytes, `/tcp/65535/ws`.
	type MaxNodeAddressLength = ConstU32<272>;
	type MaxNameLength = ConstU32<128>;
	// A DNS name (at most 253 bytes), `:` and a port of 5 digits.
	type MaxEndpointLength = ConstU32<259>;
	type DefaultSessionLength = ConstU32<SESSION_LENGTH>;
	type MinSessionLength = ConstU32<MIN_SESSION_LENGTH>;
	type MaxOpenMotions = ConstU32<MAX_OPEN_MOTIONS_PER_ADMIN>;
	type CouncilChangeWeight = CouncilChangeWeight;
	type WeightInfo = weights::pallet_agencies::WeightInfo<Runtime>;
}

impl pallet_citizens::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Agencies = super::Agencies;
	type MaxAttestations = ConstU32<64>;
	type MaxConsents = ConstU32<64>;
	/// A citizen sees their last 256 reads on chain; the events keep every one.
	type MaxLogEntries = ConstU32<256>;
	/// A week for the citizen's current account to veto a new one offered in its place.
	type RelinkDelay = ConstU32<{ 7 * DAYS }>;
	type WeightInfo = weights::pallet_citizens::WeightInfo<Runtime>;
}

impl pallet_health::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Agencies = super::Agencies;
	type Citizens = super::Citizens;
	/// Break-glass reviews and the review window: the council's two thirds (or root on dev).
	type CouncilOrigin = GovernanceOrigin;
	/// Room for a URL with a document key.
	type MaxLocatorLen = ConstU32<256>;
	type MaxVersions = ConstU32<64>;
	type MaxRecordsPerIssuer = ConstU32<1_024>;
	/// Past this many unreviewed break-glass accesses of one agency, its break-glass stops
	/// until reviewers act (other agencies are not held up).
	type MaxPendingReviews = ConstU32<1_024>;
	/// Three days to review a break-glass access, until the council sets otherwise.
	type DefaultReviewWindow = ConstU32<{ 3 * DAYS }>;
	/// The 14-day contact window of the health code.
	type ContactWindow = ConstU32<{ 14 * DAYS }>;
	/// Beijing has 16 districts; numbers up to 63 leave room for re-zoning.
	type DistrictCount = frame_support::traits::ConstU16<64>;
	type WeightInfo = weights::pallet_health::WeightInfo<Runtime>;
}

impl pallet_property::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Agencies = super::Agencies;
	type Citizens = super::Citizens;
	type MaxOwners = ConstU32<8>;
	/// Cadastral references are short codes; 64 bytes leave room for any district's format.
	type MinParcelRefLen = ConstU32<6>;
	type MaxParcelRefLen = ConstU32<64>;
	/// A sale has 30 days from initiation to finalisation.
	type TransferTimeout = ConstU32<{ 30 * DAYS }>;
	/// 100 transfers may start (and so expire) per block: 2.88 million a day.
	type MaxExpiriesPerBlock = ConstU32<100>;
	type MaxEncumbrances = ConstU32<16>;
	/// About a hundred sales with their approvals, tax and encumbrances.
	type MaxHistory = ConstU32<1_024>;
	/// Per owner and land registry: a housing bureau may hold many flats; a citizen far
	/// fewer, but one bound serves both.
	type MaxPropertiesPerOwner = ConstU32<4_096>;
	type WeightInfo = weights::pallet_property::WeightInfo<Runtime>;
}

impl pallet_parking::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Agencies = super::Agencies;
	type Citizens = super::Citizens;
	/// A city's sensors report in batches of up to 1,000 lots.
	type MaxBatch = ConstU32<1_000>;
	type MaxNameLen = ConstU32<64>;
	/// A cell is about 500 m × 380 m: 64 lots is far more than any street block has.
	type MaxLotsPerCell = ConstU32<64>;
	/// A lot unreported for five minutes is stale.
	type StaleAfter = ConstU32<{ 5 * MINUTES }>;
	type BlocksPerMinute = ConstU32<MINUTES>;
	/// At most four hours.
	type MaxReservationMinutes = ConstU32<240>;
	/// Up to a day ahead.
	type MaxAdvance = ConstU32<DAYS>;
	type MaxReservationsPerCitizen = ConstU32<2>;
	type MaxExpiriesPerBlock = ConstU32<256>;
	/// A search reads at most about 200 cells.
	type MaxRadius = ConstU32<3_000>;
	type MaxNearby = ConstU32<100>;
	type WeightInfo = weights::pallet_parking::WeightInfo<Runtime>;
}

impl pallet_catalog::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Agencies = super::Agencies;
	type MaxTitleLen = ConstU32<128>;
	/// A dotted label such as `health.epidemic.daily`.
	type MaxCategoryLen = ConstU32<32>;
	/// Beijing's catalog lists about 10,000 resources across 50+ agencies; the largest
	/// agencies publish a few hundred. Retired resources count, as they stay listed.
	type MaxResourcesPerAgency = ConstU32<4_096>;
	/// A grant lasts at most a year; a secret resource's at most a week.
	type MaxGrantDuration = ConstU32<{ 365 * DAYS }>;
	type MaxSecretDuration = ConstU32<{ 7 * DAYS }>;
	/// Retiring a resource ends at most this many grants in one call.
	type MaxGrantsPerResource = ConstU32<256>;
	type MaxGrantsPerAgency = ConstU32<4_096>;
	/// 100 grants may start (and so end) per block.
	type MaxExpiriesPerBlock = ConstU32<100>;
	/// A daily delivery with its receipt for ten years is about 7,300 entries.
	type MaxTrail = ConstU32<10_000>;
	type WeightInfo = weights::pallet_catalog::WeightInfo<Runtime>;
}

/// What the Agency Council may do as Root, by a two-thirds motion (`governance.enact`): authorize
/// a runtime upgrade (its code is then applied by anyone with `system.applyAuthorizedUpgrade`,
/// checked against the hash and the spec version), and restart a stalled finality
/// (`grandpa.noteStalled`). Nothing else: no `setCode` with the blob inside a motion, no
/// `setStorage`, no transfer out of anyone's account.
pub struct CouncilRootCalls;

impl frame_support::traits::Contains<RuntimeCall> for CouncilRootCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::System(frame_system::Call::authorize_upgrade { .. })
				| RuntimeCall::Grandpa(pallet_grandpa::Call::note_stalled { .. })
		)
	}
}

impl pallet_governance::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	/// Two thirds of the council, voting aye: never sudo (which may call Root directly on
	/// `dev`), never one agency.
	type EnactOrigin = CouncilTwoThirds;
	type Enactable = CouncilRootCalls;
	type WeightInfo = weights::pallet_governance::WeightInfo<Runtime>;
}

/// Sessions end at every block number divisible by the session length that pallet-agencies
/// keeps (genesis or council sets it).
type SessionPeriod =
	pallet_session::PeriodicSessions<pallet_agencies::SessionLengthOf<Runtime>, ConstU32<0>>;

/// pallet-agencies' authority sets, each authority with its agency (what the historical
/// proofs identify it by), and the history older than [`HISTORY_DEPTH`] sessions pruned.
pub struct AgencySessions;

impl pallet_session::SessionManager<AccountId> for AgencySessions {
	fn new_session(index: u32) -> Option<Vec<AccountId>> {
		<super::Agencies as pallet_session::SessionManager<AccountId>>::new_session(index)
	}
	fn end_session(index: u32) {
		<super::Agencies as pallet_session::SessionManager<AccountId>>::end_session(index)
	}
	fn start_session(index: u32) {
		<super::Agencies as pallet_session::SessionManager<AccountId>>::start_session(index)
	}
}

impl pallet_session::historical::SessionManager<AccountId, civitas_primitives::AgencyId>
	for AgencySessions
{
	fn new_session(index: u32) -> Option<Vec<(AccountId, civitas_primitives::AgencyId)>> {
		<super::Agencies as pallet_session::SessionManager<AccountId>>::new_session(index).map(
			|authorities| {
				authorities
					.into_iter()
					.filter_map(|who| {
						pallet_agencies::AuthorityOf::<Runtime>::get(&who)
							.map(|agency| (who, agency))
					})
					.collect()
			},
		)
	}
	fn start_session(index: u32) {
		<super::Agencies as pallet_session::SessionManager<AccountId>>::start_session(index);
		Historical::prune_up_to(index.saturating_sub(HISTORY_DEPTH));
	}
	fn end_session(index: u32) {
		<super::Agencies as pallet_session::SessionManager<AccountId>>::end_session(index)
	}
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = SessionPeriod;
	type NextSessionRotation = SessionPeriod;
	/// Each session's authorities are the nodes of the active agencies, each set's root kept
	/// for equivocation reports.
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, AgencySessions>;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	/// Only council-approved agencies' nodes become authorities, so keys need no deposit.
	type KeyDeposit = ConstU128<0>;
}
