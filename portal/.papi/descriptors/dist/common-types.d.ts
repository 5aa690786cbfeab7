import { Enum, GetEnum, SizedHex, SS58String, ResultPayload, FixedSizeArray, TxCallData } from "polkadot-api";
type AnonymousEnum<T extends {}> = T & {
    __anonymous: true;
};
type MyTuple<T> = [T, ...T[]];
type SeparateUndefined<T> = undefined extends T ? undefined | Exclude<T, undefined> : T;
type Anonymize<T> = SeparateUndefined<T extends string | number | bigint | boolean | void | undefined | null | symbol | Uint8Array | Enum<any> ? T : T extends AnonymousEnum<infer V> ? Enum<V> : T extends MyTuple<any> ? {
    [K in keyof T]: T[K];
} : T extends [] ? [] : T extends FixedSizeArray<infer L, infer T> ? number extends L ? Array<T> : FixedSizeArray<L, T> : {
    [K in keyof T & string]: T[K];
}>;
export type I5sesotjlssv2d = {
    "nonce": number;
    "consumers": number;
    "providers": number;
    "sufficients": number;
    "data": Anonymize<I1q8tnt1cluu5j>;
};
export type I1q8tnt1cluu5j = {
    "free": bigint;
    "reserved": bigint;
    "frozen": bigint;
    "flags": bigint;
};
export type Iffmde3ekjedi9 = {
    "normal": Anonymize<I4q39t5hn830vp>;
    "operational": Anonymize<I4q39t5hn830vp>;
    "mandatory": Anonymize<I4q39t5hn830vp>;
};
export type I4q39t5hn830vp = {
    "ref_time": bigint;
    "proof_size": bigint;
};
export type I4mddgoa69c0a2 = Array<DigestItem>;
export type DigestItem = Enum<{
    "PreRuntime": Anonymize<I82jm9g7pufuel>;
    "Consensus": Anonymize<I82jm9g7pufuel>;
    "Seal": Anonymize<I82jm9g7pufuel>;
    "Other": Uint8Array;
    "RuntimeEnvironmentUpdated": undefined;
}>;
export declare const DigestItem: GetEnum<DigestItem>;
export type I82jm9g7pufuel = [SizedHex<4>, Uint8Array];
export type I1dkdasonnlar2 = Array<{
    "phase": Phase;
    "event": Enum<{
        "System": Anonymize<Iubmu9etgje2s>;
        "Balances": Anonymize<Ib6ki179lp070a>;
        "TransactionPayment": TransactionPaymentEvent;
        "Agencies": Anonymize<Ieie484p1t9r1t>;
        "Council": Anonymize<Ib7s7t8ekbpe96>;
        "Session": Anonymize<I6ue0ck5fc3u44>;
        "Grandpa": GrandpaEvent;
        "Utility": Anonymize<Iaqpo8kc73tpeb>;
        "Sudo": Anonymize<I3fcjs0g80cegp>;
        "Citizens": Anonymize<I44skc7fmhbs23>;
        "Health": Anonymize<I9j0nvc8fqq9gh>;
        "Property": Anonymize<Itjvkhjkdf5o5>;
        "Parking": Anonymize<Ie9cieiun9k1j8>;
        "Catalog": Anonymize<I165na540mseii>;
        "Governance": Anonymize<I7mkfubvrrjp1q>;
        "Historical": Anonymize<I3fs99kjn361i1>;
        "Offences": Anonymize<I22s99jo5ffof6>;
    }>;
    "topics": Anonymize<Ic5m5lp1oioo8r>;
}>;
export type Phase = Enum<{
    "ApplyExtrinsic": number;
    "Finalization": undefined;
    "Initialization": undefined;
}>;
export declare const Phase: GetEnum<Phase>;
export type Iubmu9etgje2s = AnonymousEnum<{
    /**
     * An extrinsic completed successfully.
     */
    "ExtrinsicSuccess": Anonymize<Ia82mnkmeo2rhc>;
    /**
     * An extrinsic failed.
     */
    "ExtrinsicFailed": Anonymize<I7m7vjpskmhsc>;
    /**
     * `:code` was updated to the code with the given hash.
     */
    "CodeUpdated": Anonymize<I1jm8m1rh9e20v>;
    /**
     * A new account was created.
     */
    "NewAccount": Anonymize<Icbccs0ug47ilf>;
    /**
     * An account was reaped.
     */
    "KilledAccount": Anonymize<Icbccs0ug47ilf>;
    /**
     * On on-chain remark happened.
     */
    "Remarked": Anonymize<I855j4i3kr8ko1>;
    /**
     * An upgrade was authorized.
     */
    "UpgradeAuthorized": Anonymize<Ibgl04rn6nbfm6>;
    /**
     * An invalid authorized upgrade was rejected while trying to apply it.
     */
    "RejectedInvalidAuthorizedUpgrade": Anonymize<I5end43ncdpgao>;
}>;
export type Ia82mnkmeo2rhc = {
    "dispatch_info": Anonymize<Ic9s8f85vjtncc>;
};
export type Ic9s8f85vjtncc = {
    "weight": Anonymize<I4q39t5hn830vp>;
    "class": DispatchClass;
    "pays_fee": Enum<{
        "Yes": undefined;
        "No": undefined;
    }>;
};
export type DispatchClass = Enum<{
    "Normal": undefined;
    "Operational": undefined;
    "Mandatory": undefined;
}>;
export declare const DispatchClass: GetEnum<DispatchClass>;
export type I7m7vjpskmhsc = {
    "dispatch_error": Anonymize<If2104gj6kcdug>;
    "dispatch_info": Anonymize<Ic9s8f85vjtncc>;
};
export type If2104gj6kcdug = AnonymousEnum<{
    "Other": undefined;
    "CannotLookup": undefined;
    "BadOrigin": undefined;
    "Module": Enum<{
        "System": Anonymize<I5o0s7c8q1cc9b>;
        "Timestamp": undefined;
        "Balances": Anonymize<Idj13i7adlomht>;
        "TransactionPayment": undefined;
        "Agencies": Anonymize<I1q7bgp4037tfc>;
        "Council": Anonymize<I7n7mcmnnfjfl2>;
        "Session": Anonymize<I1e07dgbaqd1sq>;
        "Aura": undefined;
        "Grandpa": Anonymize<I7q8i0pp1gkas6>;
        "Utility": Anonymize<I8dt2g2hcrgh36>;
        "Sudo": Anonymize<Iaug04qjhbli00>;
        "Citizens": Anonymize<Ifi9uacdv9g3rm>;
        "Health": Anonymize<I3ooecjoiueqg9>;
        "Property": Anonymize<I5ghkqk332cr4o>;
        "Parking": Anonymize<I6ceava5288luf>;
        "Catalog": Anonymize<Ieev90n0q998me>;
        "Governance": Anonymize<I96npq8jrkqu23>;
        "Authorship": undefined;
        "Historical": undefined;
        "Offences": undefined;
        "AuraEquivocation": Anonymize<I1rovq6tl3ames>;
    }>;
    "ConsumerRemaining": undefined;
    "NoProviders": undefined;
    "TooManyConsumers": undefined;
    "Token": TokenError;
    "Arithmetic": ArithmeticError;
    "Transactional": TransactionalError;
    "Exhausted": undefined;
    "Corruption": undefined;
    "Unavailable": undefined;
    "RootNotAllowed": undefined;
    "Trie": Enum<{
        "InvalidStateRoot": undefined;
        "IncompleteDatabase": undefined;
        "ValueAtIncompleteKey": undefined;
        "DecoderError": undefined;
        "InvalidHash": undefined;
        "DuplicateKey": undefined;
        "ExtraneousNode": undefined;
        "ExtraneousValue": undefined;
        "ExtraneousHashReference": undefined;
        "InvalidChildReference": undefined;
        "ValueMismatch": undefined;
        "IncompleteProof": undefined;
        "RootMismatch": undefined;
        "DecodeError": undefined;
    }>;
}>;
export type I5o0s7c8q1cc9b = AnonymousEnum<{
    /**
     * The name of specification does not match between the current runtime
     * and the new runtime.
     */
    "InvalidSpecName": undefined;
    /**
     * The specification version is not allowed to decrease between the current runtime
     * and the new runtime.
     */
    "SpecVersionNeedsToIncrease": undefined;
    /**
     * Failed to extract the runtime version from the new runtime.
     *
     * Either calling `Core_version` or decoding `RuntimeVersion` failed.
     */
    "FailedToExtractRuntimeVersion": undefined;
    /**
     * Suicide called when the account has non-default composite data.
     */
    "NonDefaultComposite": undefined;
    /**
     * There is a non-zero reference count preventing the account from being purged.
     */
    "NonZeroRefCount": undefined;
    /**
     * The origin filter prevent the call to be dispatched.
     */
    "CallFiltered": undefined;
    /**
     * A multi-block migration is ongoing and prevents the current code from being replaced.
     */
    "MultiBlockMigrationsOngoing": undefined;
    /**
     * No upgrade authorized.
     */
    "NothingAuthorized": undefined;
    /**
     * The submitted code is not authorized.
     */
    "Unauthorized": undefined;
}>;
export type Idj13i7adlomht = AnonymousEnum<{
    /**
     * Vesting balance too high to send value.
     */
    "VestingBalance": undefined;
    /**
     * Account liquidity restrictions prevent withdrawal.
     */
    "LiquidityRestrictions": undefined;
    /**
     * Balance too low to send value.
     */
    "InsufficientBalance": undefined;
    /**
     * Value too low to create account due to existential deposit.
     */
    "ExistentialDeposit": undefined;
    /**
     * Transfer/payment would kill account.
     */
    "Expendability": undefined;
    /**
     * A vesting schedule already exists for this account.
     */
    "ExistingVestingSchedule": undefined;
    /**
     * Beneficiary account must pre-exist.
     */
    "DeadAccount": undefined;
    /**
     * Number of named reserves exceed `MaxReserves`.
     */
    "TooManyReserves": undefined;
    /**
     * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
     */
    "TooManyHolds": undefined;
    /**
     * Number of freezes exceed `MaxFreezes`.
     */
    "TooManyFreezes": undefined;
    /**
     * The issuance cannot be modified since it is already deactivated.
     */
    "IssuanceDeactivated": undefined;
    /**
     * The delta cannot be zero.
     */
    "DeltaZero": undefined;
}>;
export type I1q7bgp4037tfc = AnonymousEnum<{
    /**
     * No agency has this id.
     */
    "UnknownAgency": undefined;
    /**
     * The name is empty.
     */
    "EmptyName": undefined;
    /**
     * The roles are empty or name a bit that is no role.
     */
    "InvalidRoles": undefined;
    /**
     * `MaxAgencies` agencies are active already: suspend one first.
     */
    "TooManyAgencies": undefined;
    /**
     * The account is already the admin of an agency.
     */
    "AdminInUse": undefined;
    /**
     * The account is already some agency's authority node.
     */
    "AuthorityInUse": undefined;
    /**
     * The agency is suspended already.
     */
    "AlreadySuspended": undefined;
    /**
     * The agency is not suspended.
     */
    "NotSuspended": undefined;
    /**
     * The agency is suspended: it cannot act.
     */
    "AgencySuspended": undefined;
    /**
     * The signer is the admin of no agency.
     */
    "NotAdmin": undefined;
    /**
     * The account already operates for an agency.
     */
    "AlreadyOperator": undefined;
    /**
     * The account is not an operator of this agency.
     */
    "NotOperator": undefined;
    /**
     * The agency has `MaxOperators` operators already.
     */
    "TooManyOperators": undefined;
    /**
     * The agency does not hold the role this call needs.
     */
    "MissingRole": undefined;
    /**
     * The member has `MaxOpenMotions` council motions open: close one (or wait until
     * its voting ends and close it) before proposing another.
     */
    "TooManyOpenMotions": undefined;
    /**
     * The session length is below `MinSessionLength`.
     */
    "SessionTooShort": undefined;
    /**
     * The same node is listed twice.
     */
    "DuplicateNode": undefined;
    /**
     * The node is already another agency's.
     */
    "NodeInUse": undefined;
    /**
     * The change would take away a node of an agency whose authority votes in GRANDPA
     * this session, leaving fewer voters reachable than finality needs (more than two
     * thirds). Change it after the session that takes the authority out of the set.
     */
    "WouldHaltFinality": undefined;
    /**
     * A gateway endpoint must be `host:port`: a DNS name (letters, digits, `-` and `.`),
     * an IPv4 address or a bracketed IPv6 address, then a port from 1 to 65535 — no
     * scheme, no path, no user.
     */
    "BadEndpoint": undefined;
    /**
     * The node is not one of the signer's agency's nodes (the council names an agency's
     * nodes: `set_nodes`).
     */
    "NotAgencyNode": undefined;
    /**
     * A node address must be `/ip4/<a.b.c.d>`, `/ip6/<address>` or `/dns/<name>` (or
     * `/dns4/`, `/dns6/`), then `/tcp/<port>`, then `/ws` if it speaks WebSocket — no
     * `/p2p/` part, nothing else.
     */
    "BadNodeAddress": undefined;
    /**
     * The same address is listed twice.
     */
    "DuplicateAddress": undefined;
    /**
     * No offence of this agency's authority is on record: there is nothing to restore.
     */
    "NoAuthorityOffence": undefined;
}>;
export type I7n7mcmnnfjfl2 = AnonymousEnum<{
    /**
     * Account is not a member
     */
    "NotMember": undefined;
    /**
     * Duplicate proposals not allowed
     */
    "DuplicateProposal": undefined;
    /**
     * Proposal must exist
     */
    "ProposalMissing": undefined;
    /**
     * Mismatched index
     */
    "WrongIndex": undefined;
    /**
     * Duplicate vote ignored
     */
    "DuplicateVote": undefined;
    /**
     * Members are already initialized!
     */
    "AlreadyInitialized": undefined;
    /**
     * The close call was made too early, before the end of the voting.
     */
    "TooEarly": undefined;
    /**
     * There can only be a maximum of `MaxProposals` active proposals.
     */
    "TooManyProposals": undefined;
    /**
     * The given weight bound for the proposal was too low.
     */
    "WrongProposalWeight": undefined;
    /**
     * The given length bound for the proposal was too low.
     */
    "WrongProposalLength": undefined;
    /**
     * Prime account is not a member
     */
    "PrimeAccountNotMember": undefined;
    /**
     * Proposal is still active.
     */
    "ProposalActive": undefined;
}>;
export type I1e07dgbaqd1sq = AnonymousEnum<{
    /**
     * Invalid ownership proof.
     */
    "InvalidProof": undefined;
    /**
     * No associated validator ID for account.
     */
    "NoAssociatedValidatorId": undefined;
    /**
     * Registered duplicate key.
     */
    "DuplicatedKey": undefined;
    /**
     * No keys are associated with this account.
     */
    "NoKeys": undefined;
    /**
     * Key setting account is not live, so it's impossible to associate keys.
     */
    "NoAccount": undefined;
}>;
export type I7q8i0pp1gkas6 = AnonymousEnum<{
    /**
     * Attempt to signal GRANDPA pause when the authority set isn't live
     * (either paused or already pending pause).
     */
    "PauseFailed": undefined;
    /**
     * Attempt to signal GRANDPA resume when the authority set isn't paused
     * (either live or already pending resume).
     */
    "ResumeFailed": undefined;
    /**
     * Attempt to signal GRANDPA change with one already pending.
     */
    "ChangePending": undefined;
    /**
     * Cannot signal forced change so soon after last.
     */
    "TooSoon": undefined;
    /**
     * A key ownership proof provided as part of an equivocation report is invalid.
     */
    "InvalidKeyOwnershipProof": undefined;
    /**
     * An equivocation proof provided as part of an equivocation report is invalid.
     */
    "InvalidEquivocationProof": undefined;
    /**
     * A given equivocation report is valid but already previously reported.
     */
    "DuplicateOffenceReport": undefined;
}>;
export type I8dt2g2hcrgh36 = AnonymousEnum<{
    /**
     * Too many calls batched.
     */
    "TooManyCalls": undefined;
}>;
export type Iaug04qjhbli00 = AnonymousEnum<{
    /**
     * Sender must be the Sudo account.
     */
    "RequireSudo": undefined;
}>;
export type Ifi9uacdv9g3rm = AnonymousEnum<{
    /**
     * No citizen is registered under this id.
     */
    "UnknownCitizen": undefined;
    /**
     * A citizen is already registered under this id.
     */
    "AlreadyRegistered": undefined;
    /**
     * The account already signs for a citizen.
     */
    "AccountInUse": undefined;
    /**
     * The citizen is not active (deceased or revoked).
     */
    "CitizenNotActive": undefined;
    /**
     * The signer is no citizen's account.
     */
    "NotACitizen": undefined;
    /**
     * The status is the one the citizen has.
     */
    "StatusUnchanged": undefined;
    /**
     * The expiry block has already passed.
     */
    "ExpiryInPast": undefined;
    /**
     * This claim is attested already (and not revoked).
     */
    "AlreadyAttested": undefined;
    /**
     * No attestation of this claim exists for the citizen.
     */
    "UnknownAttestation": undefined;
    /**
     * Only the agency that attested a claim may revoke it.
     */
    "NotIssuer": undefined;
    /**
     * The attestation is revoked already.
     */
    "AlreadyRevoked": undefined;
    /**
     * The attesting agency holds `MaxAttestations` attestations about this citizen
     * already (each agency has its own).
     */
    "TooManyAttestations": undefined;
    /**
     * No active agency has this id.
     */
    "InactiveAgency": undefined;
    /**
     * The citizen holds `MaxConsents` consents in force already (revoked and expired ones
     * make room).
     */
    "TooManyConsents": undefined;
    /**
     * The citizen holds no such consent (or revoked it already).
     */
    "NoSuchConsent": undefined;
    /**
     * No account is offered to this citizen, or not the signer.
     */
    "NoLinkOffer": undefined;
    /**
     * The citizen has an account: the offer may be taken only after `RelinkDelay`, or
     * once a second civil-affairs agency has seconded it.
     */
    "RelinkNotReady": undefined;
    /**
     * The agency that made an offer cannot second it: another agency must.
     */
    "SameAgency": undefined;
}>;
export type I3ooecjoiueqg9 = AnonymousEnum<{
    /**
     * No citizen is registered under this id.
     */
    "UnknownCitizen": undefined;
    /**
     * No record has this id.
     */
    "UnknownRecord": undefined;
    /**
     * Only the agency that anchored a record may amend or erase it.
     */
    "NotIssuer": undefined;
    /**
     * The record is erased: it can no longer be read or amended.
     */
    "RecordErased": undefined;
    /**
     * This sample of this citizen was reported already (by this or another agency).
     */
    "SampleAlreadyReported": undefined;
    /**
     * The issuing agency holds `MaxRecordsPerIssuer` current records about this citizen
     * already (erasing one frees its slot).
     */
    "TooManyRecords": undefined;
    /**
     * The agency is not the issuer and holds no unexpired `Health` consent of the
     * citizen for this purpose.
     */
    "NoConsent": undefined;
    /**
     * No break-glass access has this id.
     */
    "UnknownEmergencyAccess": undefined;
    /**
     * The break-glass access is reviewed already.
     */
    "AlreadyReviewed": undefined;
    /**
     * An agency may not review its own break-glass access.
     */
    "SelfReview": undefined;
    /**
     * `MaxPendingReviews` of this agency's break-glass accesses await review already.
     */
    "TooManyPendingReviews": undefined;
    /**
     * A review window must be at least one block.
     */
    "ZeroWindow": undefined;
    /**
     * The sample cannot have been taken after the block that reports it.
     */
    "SampledInFuture": undefined;
    /**
     * Districts are numbered below `DistrictCount`.
     */
    "UnknownDistrict": undefined;
    /**
     * The citizen has no active case to recover from.
     */
    "NotInfected": undefined;
}>;
export type I5ghkqk332cr4o = AnonymousEnum<{
    /**
     * No property has this id.
     */
    "UnknownProperty": undefined;
    /**
     * A property is registered under this parcel reference already.
     */
    "ParcelRegistered": undefined;
    /**
     * The parcel reference is shorter than `MinParcelRefLen` bytes: a cadastral reference
     * names a district and a parcel in it (such as `110105-0042-0301`).
     */
    "ParcelRefTooShort": undefined;
    /**
     * An owner list must name at least one owner.
     */
    "NoOwners": undefined;
    /**
     * A transfer would have more than twice `MaxOwners` parties (its owner lists are
     * bounded in the call, so only a change of the bounds could make this happen).
     */
    "TooManyParties": undefined;
    /**
     * An owner is named twice.
     */
    "DuplicateOwner": undefined;
    /**
     * Every share must be more than zero.
     */
    "ZeroShare": undefined;
    /**
     * The shares do not sum to exactly 1,000,000 ppm.
     */
    "SharesNotWhole": undefined;
    /**
     * An owner is a citizen nobody registered.
     */
    "UnknownCitizen": undefined;
    /**
     * An owner is an agency that does not exist or is suspended.
     */
    "InactiveAgency": undefined;
    /**
     * An owner holds `MaxPropertiesPerOwner` properties of this land registry's
     * registrations already.
     */
    "TooManyProperties": undefined;
    /**
     * The signer is no owner of the property (neither a citizen owner's account nor an
     * operator of an agency owner).
     */
    "NotAnOwner": undefined;
    /**
     * The property has an open transfer already.
     */
    "TransferOpen": undefined;
    /**
     * As many transfers as `MaxExpiriesPerBlock` were initiated in this block; try in
     * the next one.
     */
    "TooManyExpiring": undefined;
    /**
     * No transfer has this id.
     */
    "UnknownTransfer": undefined;
    /**
     * The transfer is finalised, rejected or expired.
     */
    "TransferClosed": undefined;
    /**
     * The signer is neither a seller nor a buyer of the transfer.
     */
    "NotAParty": undefined;
    /**
     * Only a seller (a current owner of the property) may cancel its transfer.
     */
    "NotASeller": undefined;
    /**
     * The signer's party approved (or initiated) the transfer already.
     */
    "AlreadyApproved": undefined;
    /**
     * Some sellers or buyers have not approved yet.
     */
    "ApprovalsPending": undefined;
    /**
     * The tax of this transfer is confirmed already.
     */
    "TaxAlreadyConfirmed": undefined;
    /**
     * No tax bureau has confirmed the tax of this transfer.
     */
    "TaxNotConfirmed": undefined;
    /**
     * An active mortgage or court seizure blocks the transfer.
     */
    "Encumbered": undefined;
    /**
     * The property carries `MaxEncumbrances` active encumbrances already.
     */
    "TooManyEncumbrances": undefined;
    /**
     * No encumbrance has this id.
     */
    "UnknownEncumbrance": undefined;
    /**
     * Only the agency holding an encumbrance may release it.
     */
    "NotHolder": undefined;
    /**
     * The encumbrance is released already.
     */
    "AlreadyReleased": undefined;
}>;
export type I6ceava5288luf = AnonymousEnum<{
    /**
     * The lot's name is empty.
     */
    "EmptyName": undefined;
    /**
     * The latitude is beyond ±80° or the longitude beyond ±180°.
     */
    "BadPosition": undefined;
    /**
     * A lot needs at least one space.
     */
    "ZeroCapacity": undefined;
    /**
     * The lot's grid cell holds `MaxLotsPerCell` lots already.
     */
    "CellFull": undefined;
    /**
     * No lot has this id.
     */
    "UnknownLot": undefined;
    /**
     * The signer does not report this lot's occupancy.
     */
    "NotLotOperator": undefined;
    /**
     * A lot cannot have more occupied spaces than it has.
     */
    "OverCapacity": undefined;
    /**
     * The lot's agency is suspended: its lots take no reports until it is resumed.
     */
    "InactiveAgency": undefined;
    /**
     * A batch must name at least one lot.
     */
    "EmptyBatch": undefined;
    /**
     * The signer is no active citizen's account.
     */
    "NotACitizen": undefined;
    /**
     * The lot has no free space.
     */
    "LotFull": undefined;
    /**
     * A reservation lasts from 1 to `MaxReservationMinutes` minutes.
     */
    "BadDuration": undefined;
    /**
     * A reservation starts now or later, and at most `MaxAdvance` blocks ahead.
     */
    "BadStart": undefined;
    /**
     * The citizen holds `MaxReservationsPerCitizen` reservations already.
     */
    "TooManyReservations": undefined;
    /**
     * As many reservations as `MaxExpiriesPerBlock` end in that block already; choose
     * another time.
     */
    "TooManyExpiring": undefined;
    /**
     * No reservation in force has this id.
     */
    "UnknownReservation": undefined;
    /**
     * Only the citizen who reserved may cancel.
     */
    "NotYourReservation": undefined;
}>;
export type Ieev90n0q998me = AnonymousEnum<{
    /**
     * The title is empty.
     */
    "EmptyTitle": undefined;
    /**
     * The category label is empty.
     */
    "EmptyCategory": undefined;
    /**
     * The agency has published `MaxResourcesPerAgency` resources already.
     */
    "TooManyResources": undefined;
    /**
     * No resource has this id.
     */
    "UnknownResource": undefined;
    /**
     * The signer is no operator of the resource's owner.
     */
    "NotOwner": undefined;
    /**
     * The resource is retired.
     */
    "ResourceRetired": undefined;
    /**
     * An agency does not request its own resource.
     */
    "OwnResource": undefined;
    /**
     * The duration is zero or longer than allowed (`MaxGrantDuration`, or
     * `MaxSecretDuration` for a secret resource).
     */
    "BadDuration": undefined;
    /**
     * A request for a sensitive or secret resource must carry a justification hash.
     */
    "MissingJustification": undefined;
    /**
     * The agency has a pending request for this resource already.
     */
    "RequestPending": undefined;
    /**
     * No request has this id.
     */
    "UnknownRequest": undefined;
    /**
     * The request is decided already.
     */
    "RequestDecided": undefined;
    /**
     * The other agency does not exist or is suspended.
     */
    "InactiveAgency": undefined;
    /**
     * The resource or an agency has as many active grants as allowed.
     */
    "TooManyGrants": undefined;
    /**
     * As many grants as `MaxExpiriesPerBlock` expire at that block already; ask for a
     * block more or less.
     */
    "TooManyExpiring": undefined;
    /**
     * No grant has this id.
     */
    "UnknownGrant": undefined;
    /**
     * The signer is no operator of the grant's provider.
     */
    "NotProvider": undefined;
    /**
     * The grant's time has run out.
     */
    "GrantExpired": undefined;
    /**
     * The grant ended when its resource was retired.
     */
    "GrantEnded": undefined;
    /**
     * No delivery has this id.
     */
    "UnknownDelivery": undefined;
    /**
     * The signer is no operator of the grant's consumer.
     */
    "NotConsumer": undefined;
    /**
     * The delivery is confirmed already.
     */
    "AlreadyConfirmed": undefined;
    /**
     * The delivery is disputed already.
     */
    "AlreadyDisputed": undefined;
}>;
export type I96npq8jrkqu23 = AnonymousEnum<{
    /**
     * The call is not on the runtime's list of calls the council may make as Root.
     */
    "NotEnactable": undefined;
}>;
export type I1rovq6tl3ames = AnonymousEnum<{
    /**
     * The two headers do not prove an equivocation: they are the same block, one of
     * them claims another slot (or none), or a seal is missing or not the offender's.
     */
    "InvalidEquivocationProof": undefined;
    /**
     * The key-ownership proof does not show the offender's key in a session's
     * authority set this chain remembers.
     */
    "InvalidKeyOwnershipProof": undefined;
    /**
     * This offence was reported already (or its offender is kept out already).
     */
    "DuplicateOffenceReport": undefined;
}>;
export type TokenError = Enum<{
    "FundsUnavailable": undefined;
    "OnlyProvider": undefined;
    "BelowMinimum": undefined;
    "CannotCreate": undefined;
    "UnknownAsset": undefined;
    "Frozen": undefined;
    "Unsupported": undefined;
    "CannotCreateHold": undefined;
    "NotExpendable": undefined;
    "Blocked": undefined;
}>;
export declare const TokenError: GetEnum<TokenError>;
export type ArithmeticError = Enum<{
    "Underflow": undefined;
    "Overflow": undefined;
    "DivisionByZero": undefined;
}>;
export declare const ArithmeticError: GetEnum<ArithmeticError>;
export type TransactionalError = Enum<{
    "LimitReached": undefined;
    "NoLayer": undefined;
}>;
export declare const TransactionalError: GetEnum<TransactionalError>;
export type I1jm8m1rh9e20v = {
    "hash": SizedHex<32>;
};
export type Icbccs0ug47ilf = {
    "account": SS58String;
};
export type I855j4i3kr8ko1 = {
    "sender": SS58String;
    "hash": SizedHex<32>;
};
export type Ibgl04rn6nbfm6 = {
    "code_hash": SizedHex<32>;
    "check_version": boolean;
};
export type I5end43ncdpgao = {
    "code_hash": SizedHex<32>;
    "error": Anonymize<If2104gj6kcdug>;
};
export type Ib6ki179lp070a = AnonymousEnum<{
    /**
     * An account was created with some free balance.
     */
    "Endowed": Anonymize<Icv68aq8841478>;
    /**
     * An account was removed whose balance was non-zero but below ExistentialDeposit,
     * resulting in an outright loss.
     */
    "DustLost": Anonymize<Ic262ibdoec56a>;
    /**
     * Transfer succeeded.
     */
    "Transfer": Anonymize<Iflcfm9b6nlmdd>;
    /**
     * A balance was set by root.
     */
    "BalanceSet": Anonymize<Ijrsf4mnp3eka>;
    /**
     * Some balance was reserved (moved from free to reserved).
     */
    "Reserved": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was unreserved (moved from reserved to free).
     */
    "Unreserved": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was moved from the reserve of the first account to the second account.
     * Final argument indicates the destination balance type.
     */
    "ReserveRepatriated": Anonymize<I8tjvj9uq4b7hi>;
    /**
     * Some amount was deposited (e.g. for transaction fees).
     */
    "Deposit": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was withdrawn from the account (e.g. for transaction fees).
     */
    "Withdraw": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was removed from the account (e.g. for misbehavior).
     */
    "Slashed": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was minted into an account.
     */
    "Minted": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some credit was balanced and added to the TotalIssuance.
     */
    "MintedCredit": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Some amount was burned from an account.
     */
    "Burned": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some debt has been dropped from the Total Issuance.
     */
    "BurnedDebt": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Some amount was suspended from an account (it can be restored later).
     */
    "Suspended": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was restored into an account.
     */
    "Restored": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * An account was upgraded.
     */
    "Upgraded": Anonymize<I4cbvqmqadhrea>;
    /**
     * Total issuance was increased by `amount`, creating a credit to be balanced.
     */
    "Issued": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Total issuance was decreased by `amount`, creating a debt to be balanced.
     */
    "Rescinded": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Some balance was locked.
     */
    "Locked": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was unlocked.
     */
    "Unlocked": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was frozen.
     */
    "Frozen": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was thawed.
     */
    "Thawed": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * The `TotalIssuance` was forcefully changed.
     */
    "TotalIssuanceForced": Anonymize<I4fooe9dun9o0t>;
    /**
     * Some balance was placed on hold.
     */
    "Held": Anonymize<I41hi387u838iq>;
    /**
     * Held balance was burned from an account.
     */
    "BurnedHeld": Anonymize<I41hi387u838iq>;
    /**
     * A transfer of `amount` on hold from `source` to `dest` was initiated.
     */
    "TransferOnHold": Anonymize<I6gmc2rnor4quc>;
    /**
     * The `transferred` balance is placed on hold at the `dest` account.
     */
    "TransferAndHold": Anonymize<I9vhjj76efco99>;
    /**
     * Some balance was released from hold.
     */
    "Released": Anonymize<I41hi387u838iq>;
    /**
     * An unexpected/defensive event was triggered.
     */
    "Unexpected": Anonymize<Iph9c4rn81ub2>;
}>;
export type Icv68aq8841478 = {
    "account": SS58String;
    "free_balance": bigint;
};
export type Ic262ibdoec56a = {
    "account": SS58String;
    "amount": bigint;
};
export type Iflcfm9b6nlmdd = {
    "from": SS58String;
    "to": SS58String;
    "amount": bigint;
};
export type Ijrsf4mnp3eka = {
    "who": SS58String;
    "free": bigint;
};
export type Id5fm4p8lj5qgi = {
    "who": SS58String;
    "amount": bigint;
};
export type I8tjvj9uq4b7hi = {
    "from": SS58String;
    "to": SS58String;
    "amount": bigint;
    "destination_status": BalanceStatus;
};
export type BalanceStatus = Enum<{
    "Free": undefined;
    "Reserved": undefined;
}>;
export declare const BalanceStatus: GetEnum<BalanceStatus>;
export type I3qt1hgg4djhgb = {
    "amount": bigint;
};
export type I4cbvqmqadhrea = {
    "who": SS58String;
};
export type I4fooe9dun9o0t = {
    "old": bigint;
    "new": bigint;
};
export type I41hi387u838iq = {
    "reason": Anonymize<Ia8p0145d5amfu>;
    "who": SS58String;
    "amount": bigint;
};
export type Ia8p0145d5amfu = AnonymousEnum<{
    "Council": Enum<{
        "ProposalSubmission": undefined;
    }>;
    "Session": Enum<{
        "Keys": undefined;
    }>;
}>;
export type I6gmc2rnor4quc = {
    "reason": Anonymize<Ia8p0145d5amfu>;
    "source": SS58String;
    "dest": SS58String;
    "amount": bigint;
};
export type I9vhjj76efco99 = {
    "reason": Anonymize<Ia8p0145d5amfu>;
    "source": SS58String;
    "dest": SS58String;
    "transferred": bigint;
};
export type Iph9c4rn81ub2 = AnonymousEnum<{
    "BalanceUpdated": undefined;
    "FailedToMutateAccount": undefined;
}>;
export type TransactionPaymentEvent = Enum<{
    /**
     * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
     * has been paid by `who`.
     */
    "TransactionFeePaid": Anonymize<Ier2cke86dqbr2>;
}>;
export declare const TransactionPaymentEvent: GetEnum<TransactionPaymentEvent>;
export type Ier2cke86dqbr2 = {
    "who": SS58String;
    "actual_fee": bigint;
    "tip": bigint;
};
export type Ieie484p1t9r1t = AnonymousEnum<{
    /**
     * The council registered an agency.
     */
    "AgencyRegistered": Anonymize<I8mrtpd66330rd>;
    /**
     * The council changed what an agency may write.
     */
    "RolesSet": Anonymize<I12r93jsgvc4cr>;
    /**
     * The council suspended an agency: its operators can no longer act, its admin left
     * the council and its node leaves the authority set at the next session.
     */
    "AgencySuspended": Anonymize<I98r4msfe4ost5>;
    /**
     * The council resumed a suspended agency.
     */
    "AgencyResumed": Anonymize<I98r4msfe4ost5>;
    /**
     * The council named (or removed) an agency's authority node account.
     */
    "AuthoritySet": Anonymize<I5md8sjd9ms22d>;
    /**
     * An agency's admin added an operator.
     */
    "OperatorAdded": Anonymize<Iecqivpf5t08pt>;
    /**
     * An agency's admin removed an operator.
     */
    "OperatorRemoved": Anonymize<Iecqivpf5t08pt>;
    /**
     * An agency's admin handed the admin seat to another account.
     */
    "AdminChanged": Anonymize<Ib5n33hnm1d3aj>;
    /**
     * The council replaced an agency's admin (a lost or stolen admin key).
     */
    "AdminReplaced": Anonymize<Ib5n33hnm1d3aj>;
    /**
     * The council changed the session length.
     */
    "SessionLengthSet": Anonymize<I8acs4o90mks35>;
    /**
     * The council replaced the list of an agency's nodes (the peers it may run).
     */
    "NodesSet": Anonymize<Ia34n7vu0nlpa9>;
    /**
     * An agency's admin named its gateway (`None`: it has none now).
     */
    "GatewaySet": Anonymize<Ia9s2mpg2uht0s>;
    /**
     * An agency's admin published where one of its nodes listens (empty: nowhere now).
     */
    "NodeAddressesSet": Anonymize<I82g24i291bq0q>;
    /**
     * An offence of the agency's authority node was proven (`kind`: what, e.g.
     * `aura:equivocatio`; `session`: when): the authority is out of every authority set
     * planned from now on, and disabled for the rest of the sessions it is still in,
     * until the council restores it. The agency itself stays as it was.
     */
    "AuthorityOffence": Anonymize<Ib1ieef44om12n>;
    /**
     * The council let the agency's authority back into the authority set (from the
     * session after next).
     */
    "AuthorityRestored": Anonymize<I98r4msfe4ost5>;
}>;
export type I8mrtpd66330rd = {
    "agency": number;
    "admin": SS58String;
    "roles": number;
};
export type I12r93jsgvc4cr = {
    "agency": number;
    "roles": number;
};
export type I98r4msfe4ost5 = {
    "agency": number;
};
export type I5md8sjd9ms22d = {
    "agency": number;
    "authority"?: Anonymize<Ihfphjolmsqq1>;
};
export type Ihfphjolmsqq1 = (SS58String) | undefined;
export type Iecqivpf5t08pt = {
    "agency": number;
    "account": SS58String;
};
export type Ib5n33hnm1d3aj = {
    "agency": number;
    "old": SS58String;
    "new": SS58String;
};
export type I8acs4o90mks35 = {
    "blocks": number;
};
export type Ia34n7vu0nlpa9 = {
    "agency": number;
    "nodes": Anonymize<Ic5m5lp1oioo8r>;
};
export type Ic5m5lp1oioo8r = Array<SizedHex<32>>;
export type Ia9s2mpg2uht0s = {
    "agency": number;
    "gateway"?: Anonymize<Ibo8hgd1ujoktu>;
};
export type Ibo8hgd1ujoktu = (Anonymize<I1suadd9t913g0>) | undefined;
export type I1suadd9t913g0 = {
    "endpoint": Uint8Array;
    "tls_key": SizedHex<32>;
};
export type I82g24i291bq0q = {
    "agency": number;
    "node": SizedHex<32>;
    "addresses": Anonymize<Itom7fk49o0c9>;
};
export type Itom7fk49o0c9 = Array<Uint8Array>;
export type Ib1ieef44om12n = {
    "agency": number;
    "kind": SizedHex<16>;
    "session": number;
};
export type Ib7s7t8ekbpe96 = AnonymousEnum<{
    /**
     * A motion (given hash) has been proposed (by given account) with a threshold (given
     * `MemberCount`).
     */
    "Proposed": Anonymize<Ift6f10887nk72>;
    /**
     * A motion (given hash) has been voted on by given account, leaving
     * a tally (yes votes and no votes given respectively as `MemberCount`).
     */
    "Voted": Anonymize<I7qc53b1tvqjg2>;
    /**
     * A motion was approved by the required threshold.
     */
    "Approved": Anonymize<I2ev73t79f46tb>;
    /**
     * A motion was not approved by the required threshold.
     */
    "Disapproved": Anonymize<I2ev73t79f46tb>;
    /**
     * A motion was executed; result will be `Ok` if it returned without error.
     */
    "Executed": Anonymize<Ib68sgtoj3qdo5>;
    /**
     * A single member did some action; result will be `Ok` if it returned without error.
     */
    "MemberExecuted": Anonymize<Ib68sgtoj3qdo5>;
    /**
     * A proposal was closed because its threshold was reached or after its duration was up.
     */
    "Closed": Anonymize<Iak7fhrgb9jnnq>;
    /**
     * A proposal was killed.
     */
    "Killed": Anonymize<I2ev73t79f46tb>;
    /**
     * Some cost for storing a proposal was burned.
     */
    "ProposalCostBurned": Anonymize<I9ad1o9mv4cm3>;
    /**
     * Some cost for storing a proposal was released.
     */
    "ProposalCostReleased": Anonymize<I9ad1o9mv4cm3>;
}>;
export type Ift6f10887nk72 = {
    "account": SS58String;
    "proposal_index": number;
    "proposal_hash": SizedHex<32>;
    "threshold": number;
};
export type I7qc53b1tvqjg2 = {
    "account": SS58String;
    "proposal_hash": SizedHex<32>;
    "voted": boolean;
    "yes": number;
    "no": number;
};
export type I2ev73t79f46tb = {
    "proposal_hash": SizedHex<32>;
};
export type Ib68sgtoj3qdo5 = {
    "proposal_hash": SizedHex<32>;
    "result": Anonymize<Ifg7heeg3ane2n>;
};
export type Ifg7heeg3ane2n = ResultPayload<undefined, Anonymize<If2104gj6kcdug>>;
export type Iak7fhrgb9jnnq = {
    "proposal_hash": SizedHex<32>;
    "yes": number;
    "no": number;
};
export type I9ad1o9mv4cm3 = {
    "proposal_hash": SizedHex<32>;
    "who": SS58String;
};
export type I6ue0ck5fc3u44 = AnonymousEnum<{
    /**
     * New session has happened. Note that the argument is the session index, not the
     * block number as the type might suggest.
     */
    "NewSession": Anonymize<I2hq50pu2kdjpo>;
    /**
     * The `NewSession` event in the current block also implies a new validator set to be
     * queued.
     */
    "NewQueued": undefined;
    /**
     * Validator has been disabled.
     */
    "ValidatorDisabled": Anonymize<I9acqruh7322g2>;
    /**
     * Validator has been re-enabled.
     */
    "ValidatorReenabled": Anonymize<I9acqruh7322g2>;
}>;
export type I2hq50pu2kdjpo = {
    "session_index": number;
};
export type I9acqruh7322g2 = {
    "validator": SS58String;
};
export type GrandpaEvent = Enum<{
    /**
     * New authority set has been applied.
     */
    "NewAuthorities": Anonymize<I5768ac424h061>;
    /**
     * Current authority set has been paused.
     */
    "Paused": undefined;
    /**
     * Current authority set has been resumed.
     */
    "Resumed": undefined;
}>;
export declare const GrandpaEvent: GetEnum<GrandpaEvent>;
export type I5768ac424h061 = {
    "authority_set": Anonymize<I3geksg000c171>;
};
export type I3geksg000c171 = Array<Anonymize<I5spuldj7iqfb2>>;
export type I5spuldj7iqfb2 = [SizedHex<32>, bigint];
export type Iaqpo8kc73tpeb = AnonymousEnum<{
    /**
     * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
     * well as the error.
     */
    "BatchInterrupted": Anonymize<Ib68oa84v9f17i>;
    /**
     * Batch of dispatches completed fully with no error.
     */
    "BatchCompleted": undefined;
    /**
     * Batch of dispatches completed but has errors.
     */
    "BatchCompletedWithErrors": undefined;
    /**
     * A single item within a Batch of dispatches has completed with no error.
     */
    "ItemCompleted": undefined;
    /**
     * A single item within a Batch of dispatches has completed with error.
     */
    "ItemFailed": Anonymize<I5ccugl0qhdt50>;
    /**
     * A call was dispatched.
     */
    "DispatchedAs": Anonymize<Ibn8jk9v2a71mn>;
    /**
     * Main call was dispatched.
     */
    "IfElseMainSuccess": undefined;
    /**
     * The fallback call was dispatched.
     */
    "IfElseFallbackCalled": Anonymize<I31pchm6bidild>;
}>;
export type Ib68oa84v9f17i = {
    "index": number;
    "error": Anonymize<If2104gj6kcdug>;
};
export type I5ccugl0qhdt50 = {
    "error": Anonymize<If2104gj6kcdug>;
};
export type Ibn8jk9v2a71mn = {
    "result": Anonymize<Ifg7heeg3ane2n>;
};
export type I31pchm6bidild = {
    "main_error": Anonymize<If2104gj6kcdug>;
};
export type I3fcjs0g80cegp = AnonymousEnum<{
    /**
     * A sudo call just took place.
     */
    "Sudid": Anonymize<Ia4mbfkt453533>;
    /**
     * The sudo key has been updated.
     */
    "KeyChanged": Anonymize<I5rtkmhm2dng4u>;
    /**
     * The key was permanently removed.
     */
    "KeyRemoved": undefined;
    /**
     * A [sudo_as](Pallet::sudo_as) call just took place.
     */
    "SudoAsDone": Anonymize<Ia4mbfkt453533>;
}>;
export type Ia4mbfkt453533 = {
    /**
     * The result of the call made by the sudo user.
     */
    "sudo_result": Anonymize<Ifg7heeg3ane2n>;
};
export type I5rtkmhm2dng4u = {
    /**
     * The old sudo key (if one was previously set).
     */
    "old"?: Anonymize<Ihfphjolmsqq1>;
    /**
     * The new sudo key (if one was set).
     */
    "new": SS58String;
};
export type I44skc7fmhbs23 = AnonymousEnum<{
    /**
     * A civil-affairs agency registered a citizen (`account`: the account offered to sign
     * for them, which must accept; see `LinkOffered`).
     */
    "CitizenRegistered": Anonymize<I7h5fcr0u4jh5e>;
    /**
     * A civil-affairs agency changed a citizen's status.
     */
    "StatusSet": Anonymize<Ibi771i0pcf29a>;
    /**
     * A civil-affairs agency offered an account to sign for a citizen. If the citizen has
     * an account, it may veto the offer until `ready_at` (the offer may be taken from
     * then on, or earlier once a second agency seconds it).
     */
    "LinkOffered": Anonymize<I949c8aepns8i1>;
    /**
     * A second civil-affairs agency seconded a link offer: it may be taken at once.
     */
    "LinkSeconded": Anonymize<Ibvhdb1jt8knj6>;
    /**
     * The citizen's account vetoed an offer of another account.
     */
    "LinkVetoed": Anonymize<Ia4grdgurl235t>;
    /**
     * The offered account accepted and now signs for the citizen (any account linked
     * before can no longer act for them).
     */
    "AccountLinked": Anonymize<Ia4grdgurl235t>;
    /**
     * A citizen moved to a new account; the old one can no longer act for them.
     */
    "AccountRotated": Anonymize<I1a7uudgr1m8mu>;
    /**
     * An agency attested a claim about a citizen.
     */
    "Attested": Anonymize<Ifif9jr5lmevol>;
    /**
     * The issuer revoked an attestation.
     */
    "AttestationRevoked": Anonymize<If2dmdc22jko1b>;
    /**
     * A citizen consented to an agency using a category of their data for a purpose.
     */
    "ConsentGranted": Anonymize<If1ptvmbe02ie>;
    /**
     * A citizen withdrew a consent.
     */
    "ConsentRevoked": Anonymize<I9eo6aqckht3dj>;
    /**
     * An agency read a citizen's data (entry `seq` of their access log).
     */
    "DataAccessed": Anonymize<Icfccqisvj0grc>;
}>;
export type I7h5fcr0u4jh5e = {
    "citizen": SizedHex<32>;
    "agency": number;
    "account"?: Anonymize<Ihfphjolmsqq1>;
};
export type Ibi771i0pcf29a = {
    "citizen": SizedHex<32>;
    "status": Anonymize<Id6vk7dsekapq3>;
};
export type Id6vk7dsekapq3 = AnonymousEnum<{
    "Active": undefined;
    "Deceased": undefined;
    "Revoked": undefined;
}>;
export type I949c8aepns8i1 = {
    "citizen": SizedHex<32>;
    "account": SS58String;
    "by": number;
    "ready_at": number;
};
export type Ibvhdb1jt8knj6 = {
    "citizen": SizedHex<32>;
    "by": number;
};
export type Ia4grdgurl235t = {
    "citizen": SizedHex<32>;
    "account": SS58String;
};
export type I1a7uudgr1m8mu = {
    "citizen": SizedHex<32>;
    "old": SS58String;
    "new": SS58String;
};
export type Ifif9jr5lmevol = {
    "citizen": SizedHex<32>;
    "claim_hash": SizedHex<32>;
    "issuer": number;
    "schema": number;
    "expires_at"?: Anonymize<I4arjljr6dpflb>;
};
export type I4arjljr6dpflb = (number) | undefined;
export type If2dmdc22jko1b = {
    "citizen": SizedHex<32>;
    "claim_hash": SizedHex<32>;
    "issuer": number;
};
export type If1ptvmbe02ie = {
    "citizen": SizedHex<32>;
    "scope": Anonymize<I6evdvjpug0j80>;
    "expires_at"?: Anonymize<I4arjljr6dpflb>;
};
export type I6evdvjpug0j80 = {
    "agency": number;
    "category": Anonymize<I3uhliafm0dcgf>;
    "purpose": number;
};
export type I3uhliafm0dcgf = AnonymousEnum<{
    "Health": undefined;
    "Property": undefined;
    "Parking": undefined;
    "Identity": undefined;
}>;
export type I9eo6aqckht3dj = {
    "citizen": SizedHex<32>;
    "scope": Anonymize<I6evdvjpug0j80>;
};
export type Icfccqisvj0grc = {
    "citizen": SizedHex<32>;
    "seq": bigint;
    "agency": number;
    "operator": SS58String;
    "category": Anonymize<I3uhliafm0dcgf>;
    "purpose": number;
    "emergency": boolean;
};
export type I9j0nvc8fqq9gh = AnonymousEnum<{
    /**
     * A health agency anchored a record.
     */
    "RecordAnchored": Anonymize<Ib3nfpfubf1m8h>;
    /**
     * The issuer amended a record: `version` is the new current version.
     */
    "RecordAmended": Anonymize<I4n90ll9grdb31>;
    /**
     * An agency read a record, as issuer or under the citizen's consent.
     */
    "RecordAccessed": Anonymize<Ifiok8o3pss7e8>;
    /**
     * A health agency read a record without consent, under break-glass rules: the
     * citizen's notice. It must be reviewed by `review_by`.
     */
    "EmergencyAccessed": Anonymize<I1mrprdned3hci>;
    /**
     * A break-glass access was reviewed (`late`: after its deadline).
     */
    "EmergencyReviewed": Anonymize<I9nst2fvcmr8qo>;
    /**
     * The issuer erased a record: its hash and history stay; the issuer's gateway destroys
     * the document's key.
     */
    "RecordErased": Anonymize<Icn9j36q2j8p76>;
    /**
     * The council set the review window.
     */
    "ReviewWindowSet": Anonymize<I8acs4o90mks35>;
    /**
     * A test result was reported.
     */
    "TestReported": Anonymize<I2hjhj0r581bbp>;
    /**
     * An active case recovered.
     */
    "RecoveryReported": Anonymize<Ia6frcd6igo8t>;
    /**
     * Disease control flagged a citizen as a contact.
     */
    "ContactFlagged": Anonymize<I569cf9r1ec245>;
}>;
export type Ib3nfpfubf1m8h = {
    "id": bigint;
    "citizen": SizedHex<32>;
    "kind": Anonymize<I99acl6c094i4b>;
    "issuer": number;
    "hash": SizedHex<32>;
};
export type I99acl6c094i4b = AnonymousEnum<{
    "Diagnosis": undefined;
    "LabResult": undefined;
    "Prescription": undefined;
    "Imaging": undefined;
    "Vaccination": undefined;
    "DischargeSummary": undefined;
}>;
export type I4n90ll9grdb31 = {
    "id": bigint;
    "citizen": SizedHex<32>;
    "version": number;
    "hash": SizedHex<32>;
};
export type Ifiok8o3pss7e8 = {
    "id": bigint;
    "citizen": SizedHex<32>;
    "agency": number;
    "operator": SS58String;
    "purpose": number;
};
export type I1mrprdned3hci = {
    "access": bigint;
    "record": bigint;
    "citizen": SizedHex<32>;
    "agency": number;
    "operator": SS58String;
    "reason_hash": SizedHex<32>;
    "review_by": number;
};
export type I9nst2fvcmr8qo = {
    "access": bigint;
    "citizen": SizedHex<32>;
    "justified": boolean;
    "reviewer": Anonymize<I8fdl0g749fqag>;
    "late": boolean;
};
export type I8fdl0g749fqag = AnonymousEnum<{
    "Agency": number;
    "Council": undefined;
}>;
export type Icn9j36q2j8p76 = {
    "id": bigint;
    "citizen": SizedHex<32>;
};
export type I2hjhj0r581bbp = {
    "citizen": SizedHex<32>;
    "result": Anonymize<I5hfv1k6fanc2p>;
    "district": number;
    "sampled_at": number;
    "reporter": number;
};
export type I5hfv1k6fanc2p = AnonymousEnum<{
    "Positive": undefined;
    "Negative": undefined;
}>;
export type Ia6frcd6igo8t = {
    "citizen": SizedHex<32>;
    "district": number;
    "reporter": number;
};
export type I569cf9r1ec245 = {
    "citizen": SizedHex<32>;
    "agency": number;
};
export type Itjvkhjkdf5o5 = AnonymousEnum<{
    /**
     * A land registry registered a property.
     */
    "PropertyRegistered": Anonymize<I31jt6ur0cmi37>;
    /**
     * An owner initiated a transfer; it expires at `expires_at` unless finalised.
     */
    "TransferInitiated": Anonymize<I18hh6mf2rulek>;
    /**
     * A seller or buyer approved a transfer; `remaining` approvals are still awaited.
     */
    "TransferApproved": Anonymize<Ibgd8ac720hgvl>;
    /**
     * A tax bureau confirmed the tax of a transfer was paid.
     */
    "TaxConfirmed": Anonymize<I73pob1r84c02m>;
    /**
     * A land registry finalised a transfer: the property has its new owners.
     */
    "TransferFinalized": Anonymize<Ihd7ld4u61aep>;
    /**
     * A land registry rejected a transfer.
     */
    "TransferRejected": Anonymize<I363969iod8gt8>;
    /**
     * A transfer ran out of time.
     */
    "TransferExpired": Anonymize<Ib4d4l3396grtv>;
    /**
     * An agency registered a claim on a property.
     */
    "Encumbered": Anonymize<I2dfgi4kd38pv0>;
    /**
     * The holder released its claim.
     */
    "Released": Anonymize<Ibrc6eqck6ctg8>;
    /**
     * A seller withdrew an open transfer; the property is free for another.
     */
    "TransferCancelled": Anonymize<I9u3k1g1n7td5g>;
}>;
export type I31jt6ur0cmi37 = {
    "id": bigint;
    "agency": number;
    "owners": Anonymize<I5k28v4bsp1gpi>;
};
export type I5k28v4bsp1gpi = Array<{
    "owner": Anonymize<I9hp9r4bqh1jj1>;
    "ppm": number;
}>;
export type I9hp9r4bqh1jj1 = AnonymousEnum<{
    "Citizen": SizedHex<32>;
    "Agency": number;
}>;
export type I18hh6mf2rulek = {
    "transfer": bigint;
    "property": bigint;
    "initiator": Anonymize<I9hp9r4bqh1jj1>;
    "expires_at": number;
};
export type Ibgd8ac720hgvl = {
    "transfer": bigint;
    "party": Anonymize<I9hp9r4bqh1jj1>;
    "remaining": number;
};
export type I73pob1r84c02m = {
    "transfer": bigint;
    "agency": number;
};
export type Ihd7ld4u61aep = {
    "transfer": bigint;
    "property": bigint;
    "owners": Anonymize<I5k28v4bsp1gpi>;
};
export type I363969iod8gt8 = {
    "transfer": bigint;
    "property": bigint;
    "reason_hash": SizedHex<32>;
};
export type Ib4d4l3396grtv = {
    "transfer": bigint;
    "property": bigint;
};
export type I2dfgi4kd38pv0 = {
    "encumbrance": bigint;
    "property": bigint;
    "kind": Anonymize<Ias41g8tbb8bh1>;
    "holder": number;
};
export type Ias41g8tbb8bh1 = AnonymousEnum<{
    "Mortgage": undefined;
    "CourtSeizure": undefined;
    "Lease": undefined;
}>;
export type Ibrc6eqck6ctg8 = {
    "encumbrance": bigint;
    "property": bigint;
};
export type I9u3k1g1n7td5g = {
    "transfer": bigint;
    "property": bigint;
    "by": Anonymize<I9hp9r4bqh1jj1>;
    "reason_hash": SizedHex<32>;
};
export type Ie9cieiun9k1j8 = AnonymousEnum<{
    /**
     * A transport agency registered a lot.
     */
    "LotRegistered": Anonymize<I11st56uobabif>;
    /**
     * An operator reported the occupancy of `count` lots.
     */
    "OccupancyUpdated": Anonymize<I1e4fpurd54umr>;
    /**
     * A citizen reserved a space until `ends_at`.
     */
    "Reserved": Anonymize<Iefp75v4o3q90g>;
    /**
     * The citizen cancelled a reservation.
     */
    "ReservationCancelled": Anonymize<I2eidvfj95ce7a>;
    /**
     * A reservation ended and its space is free again.
     */
    "ReservationEnded": Anonymize<I2eidvfj95ce7a>;
}>;
export type I11st56uobabif = {
    "lot": number;
    "agency": number;
    "operator": SS58String;
};
export type I1e4fpurd54umr = {
    "operator": SS58String;
    "count": number;
};
export type Iefp75v4o3q90g = {
    "reservation": bigint;
    "lot": number;
    "citizen": SizedHex<32>;
    "ends_at": number;
};
export type I2eidvfj95ce7a = {
    "reservation": bigint;
    "lot": number;
};
export type I165na540mseii = AnonymousEnum<{
    /**
     * An agency published a resource.
     */
    "ResourcePublished": Anonymize<I3nqm4ikomqvu0>;
    /**
     * The owner updated a resource to a new version.
     */
    "ResourceUpdated": Anonymize<I1medtarpkvng6>;
    /**
     * The owner retired a resource; `grants_ended` active grants ended with it.
     */
    "ResourceRetired": Anonymize<Ifr3ciatknm4rm>;
    /**
     * An agency asked for a resource.
     */
    "AccessRequested": Anonymize<I57o67f14r665b>;
    /**
     * A request was granted: by the owner, or `automatic`ally for a public resource.
     */
    "AccessGranted": Anonymize<Ierbvg2m618be4>;
    /**
     * The owner refused a request.
     */
    "RequestRejected": Anonymize<Ifggf8olfbhl1s>;
    /**
     * A grant's time ran out.
     */
    "GrantExpired": Anonymize<I3dlo6lj8f4q1a>;
    /**
     * The consumer asked again: grant `by` took the place of `grant`.
     */
    "GrantRenewed": Anonymize<If73lgt5slg9d3>;
    /**
     * The provider recorded a delivery.
     */
    "DeliveryRecorded": Anonymize<Ia6vbg3313ejoh>;
    /**
     * The consumer confirmed a delivery arrived.
     */
    "DeliveryConfirmed": Anonymize<If07h41in10dtq>;
    /**
     * The consumer disputed a delivery.
     */
    "DeliveryDisputed": Anonymize<If58njotbcgsj8>;
}>;
export type I3nqm4ikomqvu0 = {
    "resource": bigint;
    "owner": number;
    "sensitivity": Anonymize<I9qj6sbvmi6gtl>;
};
export type I9qj6sbvmi6gtl = AnonymousEnum<{
    "Public": undefined;
    "Internal": undefined;
    "Sensitive": undefined;
    "Secret": undefined;
}>;
export type I1medtarpkvng6 = {
    "resource": bigint;
    "version": number;
};
export type Ifr3ciatknm4rm = {
    "resource": bigint;
    "grants_ended": number;
};
export type I57o67f14r665b = {
    "request": bigint;
    "resource": bigint;
    "agency": number;
    "purpose": number;
};
export type Ierbvg2m618be4 = {
    "request": bigint;
    "grant": bigint;
    "resource": bigint;
    "consumer": number;
    "expires_at": number;
    "automatic": boolean;
};
export type Ifggf8olfbhl1s = {
    "request": bigint;
    "resource": bigint;
    "reason_hash": SizedHex<32>;
};
export type I3dlo6lj8f4q1a = {
    "grant": bigint;
    "resource": bigint;
};
export type If73lgt5slg9d3 = {
    "grant": bigint;
    "by": bigint;
    "resource": bigint;
};
export type Ia6vbg3313ejoh = {
    "delivery": bigint;
    "grant": bigint;
    "payload_hash": SizedHex<32>;
};
export type If07h41in10dtq = {
    "delivery": bigint;
    "grant": bigint;
};
export type If58njotbcgsj8 = {
    "delivery": bigint;
    "grant": bigint;
    "reason": Anonymize<I9a7huqhostpag>;
};
export type I9a7huqhostpag = AnonymousEnum<{
    "NotReceived": undefined;
    "PayloadMismatch": undefined;
    "BatchMismatch": undefined;
}>;
export type I7mkfubvrrjp1q = AnonymousEnum<{
    /**
     * The council's call (by its hash) was dispatched as Root and succeeded.
     */
    "Enacted": Anonymize<I1adbcfi5uc62r>;
}>;
export type I1adbcfi5uc62r = {
    "call_hash": SizedHex<32>;
};
export type I3fs99kjn361i1 = AnonymousEnum<{
    /**
     * The merkle root of the validators of the said session were stored
     */
    "RootStored": Anonymize<I666bl2fqjkejo>;
    /**
     * The merkle roots of up to this session index were pruned
     */
    "RootsPruned": Anonymize<I85icj2qbjeqbe>;
}>;
export type I666bl2fqjkejo = {
    "index": number;
};
export type I85icj2qbjeqbe = {
    "up_to": number;
};
export type I22s99jo5ffof6 = AnonymousEnum<{
    /**
     * There is an offence reported of the given `kind` happened at the `session_index` and
     * (kind-specific) time slot. This event is not deposited for duplicate slashes.
     * \[kind, slot\].
     */
    "Offence": Anonymize<I2bhk17btucdqn>;
}>;
export type I2bhk17btucdqn = {
    "kind": SizedHex<16>;
    "slot": Uint8Array;
};
export type I95g6i7ilua7lq = Array<Anonymize<I9jd27rnpm8ttv>>;
export type I9jd27rnpm8ttv = FixedSizeArray<2, number>;
export type Ieniouoqkq4icf = {
    "spec_version": number;
    "spec_name": string;
};
export type I8ds64oj6581v0 = Array<{
    "id": SizedHex<8>;
    "amount": bigint;
    "reasons": BalancesTypesReasons;
}>;
export type BalancesTypesReasons = Enum<{
    "Fee": undefined;
    "Misc": undefined;
    "All": undefined;
}>;
export declare const BalancesTypesReasons: GetEnum<BalancesTypesReasons>;
export type Ia7pdug7cdsg8g = Array<{
    "id": SizedHex<8>;
    "amount": bigint;
}>;
export type I2ktjtv8rgl9rm = Array<{
    "id": Anonymize<Ia8p0145d5amfu>;
    "amount": bigint;
}>;
export type I9bin2jc70qt6q = Array<Anonymize<I3qt1hgg4djhgb>>;
export type TransactionPaymentReleases = Enum<{
    "V1Ancient": undefined;
    "V2": undefined;
}>;
export declare const TransactionPaymentReleases: GetEnum<TransactionPaymentReleases>;
export type Icg6dns64343g6 = {
    "name": Uint8Array;
    "roles": number;
    "admin": SS58String;
    "district"?: Anonymize<I4arjljr6dpflb>;
    "status": Enum<{
        "Active": undefined;
        "Suspended": undefined;
    }>;
    "authority"?: Anonymize<Ihfphjolmsqq1>;
    "operators": number;
};
export type I7svnfko10tq2e = [number, SS58String];
export type Ia2lhg7l2hilo3 = Array<SS58String>;
export type I1579qus22rocp = {
    "block": number;
    "weight": Anonymize<I4q39t5hn830vp>;
    "length": number;
};
export type I77s2orobo645s = {
    "kind": SizedHex<16>;
    "session": number;
    "reported_at": number;
};
export type Ieplskr9gkchkf = AnonymousEnum<{
    "System": Anonymize<Iekve0i6djpd9f>;
    "Timestamp": Anonymize<I7d75gqfg6jh9c>;
    "Balances": Anonymize<I9svldsp29mh87>;
    "Agencies": Anonymize<I93k01v0d2f45k>;
    "Council": Anonymize<I2hhvraj75vs7o>;
    "Session": Anonymize<I3vi1m70dcsram>;
    "Grandpa": Anonymize<I5u9ggmn8umfqm>;
    "Utility": Anonymize<I458u9atdjr2kr>;
    "Sudo": Anonymize<In6gacul5nduv>;
    "Citizens": Anonymize<I698fbggpat6q3>;
    "Health": Anonymize<I9mf5d3aq5neju>;
    "Property": Anonymize<Iaaodjgc9s72ni>;
    "Parking": Anonymize<I85omi5vo55g3o>;
    "Catalog": Anonymize<Ico0bobeik4n94>;
    "Governance": Anonymize<Ie5f5c3uhafc7>;
    "AuraEquivocation": Anonymize<I7ca7nq0qfn8e8>;
}>;
export type Iekve0i6djpd9f = AnonymousEnum<{
    /**
     * Make some on-chain remark.
     *
     * Can be executed by every `origin`.
     */
    "remark": Anonymize<I8ofcg5rbj0g2c>;
    /**
     * Set the number of pages in the WebAssembly environment's heap.
     */
    "set_heap_pages": Anonymize<I4adgbll7gku4i>;
    /**
     * Set the new runtime code.
     */
    "set_code": Anonymize<I6pjjpfvhvcfru>;
    /**
     * Set the new runtime code without doing any checks of the given `code`.
     *
     * Note that runtime upgrades will not run if this is called with a not-increasing spec
     * version!
     */
    "set_code_without_checks": Anonymize<I6pjjpfvhvcfru>;
    /**
     * Set some items of storage.
     */
    "set_storage": Anonymize<I9pj91mj79qekl>;
    /**
     * Kill some items from storage.
     */
    "kill_storage": Anonymize<I39uah9nss64h9>;
    /**
     * Kill all storage items with a key that starts with the given prefix.
     *
     * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
     * the prefix we are removing to accurately calculate the weight of this function.
     */
    "kill_prefix": Anonymize<Ik64dknsq7k08>;
    /**
     * Make some on-chain remark and emit event.
     */
    "remark_with_event": Anonymize<I8ofcg5rbj0g2c>;
    /**
     * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
     * later.
     *
     * This call requires Root origin.
     */
    "authorize_upgrade": Anonymize<Ib51vk42m1po4n>;
    /**
     * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
     * later.
     *
     * WARNING: This authorizes an upgrade that will take place without any safety checks, for
     * example that the spec name remains the same and that the version number increases. Not
     * recommended for normal use. Use `authorize_upgrade` instead.
     *
     * This call requires Root origin.
     */
    "authorize_upgrade_without_checks": Anonymize<Ib51vk42m1po4n>;
    /**
     * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
     *
     * If the authorization required a version check, this call will ensure the spec name
     * remains unchanged and that the spec version has increased.
     *
     * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
     * the new `code` in the same block or attempt to schedule the upgrade.
     *
     * All origins are allowed.
     */
    "apply_authorized_upgrade": Anonymize<I6pjjpfvhvcfru>;
}>;
export type I8ofcg5rbj0g2c = {
    "remark": Uint8Array;
};
export type I4adgbll7gku4i = {
    "pages": bigint;
};
export type I6pjjpfvhvcfru = {
    "code": Uint8Array;
};
export type I9pj91mj79qekl = {
    "items": Array<FixedSizeArray<2, Uint8Array>>;
};
export type I39uah9nss64h9 = {
    "keys": Anonymize<Itom7fk49o0c9>;
};
export type Ik64dknsq7k08 = {
    "prefix": Uint8Array;
    "subkeys": number;
};
export type Ib51vk42m1po4n = {
    "code_hash": SizedHex<32>;
};
export type I7d75gqfg6jh9c = AnonymousEnum<{
    /**
     * Set the current time.
     *
     * This call should be invoked exactly once per block. It will panic at the finalization
     * phase, if this call hasn't been invoked by that time.
     *
     * The timestamp should be greater than the previous one by the amount specified by
     * [`Config::MinimumPeriod`].
     *
     * The dispatch origin for this call must be _None_.
     *
     * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
     * that changing the complexity of this call could result exhausting the resources in a
     * block to execute any other calls.
     *
     * ## Complexity
     * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
     * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
     * `on_finalize`)
     * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
     */
    "set": Anonymize<Idcr6u6361oad9>;
}>;
export type Idcr6u6361oad9 = {
    "now": bigint;
};
export type I9svldsp29mh87 = AnonymousEnum<{
    /**
     * Transfer some liquid free balance to another account.
     *
     * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
     * If the sender's account is below the existential deposit as a result
     * of the transfer, the account will be reaped.
     *
     * The dispatch origin for this call must be `Signed` by the transactor.
     */
    "transfer_allow_death": Anonymize<I4ktuaksf5i1gk>;
    /**
     * Exactly as `transfer_allow_death`, except the origin must be root and the source account
     * may be specified.
     */
    "force_transfer": Anonymize<I9bqtpv2ii35mp>;
    /**
     * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
     * kill the origin account.
     *
     * 99% of the time you want [`transfer_allow_death`] instead.
     *
     * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
     */
    "transfer_keep_alive": Anonymize<I4ktuaksf5i1gk>;
    /**
     * Transfer the entire transferable balance from the caller account.
     *
     * NOTE: This function only attempts to transfer _transferable_ balances. This means that
     * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
     * transferred by this function. To ensure that this function results in a killed account,
     * you might need to prepare the account by removing any reference counters, storage
     * deposits, etc...
     *
     * The dispatch origin of this call must be Signed.
     *
     * - `dest`: The recipient of the transfer.
     * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
     * of the funds the account has, causing the sender account to be killed (false), or
     * transfer everything except at least the existential deposit, which will guarantee to
     * keep the sender account alive (true).
     */
    "transfer_all": Anonymize<I9j7pagd6d4bda>;
    /**
     * Unreserve some balance from a user by force.
     *
     * Can only be called by ROOT.
     */
    "force_unreserve": Anonymize<I2h9pmio37r7fb>;
    /**
     * Upgrade a specified account.
     *
     * - `origin`: Must be `Signed`.
     * - `who`: The account to be upgraded.
     *
     * This will waive the transaction fee if at least all but 10% of the accounts needed to
     * be upgraded. (We let some not have to be upgraded just in order to allow for the
     * possibility of churn).
     */
    "upgrade_accounts": Anonymize<Ibmr18suc9ikh9>;
    /**
     * Set the regular balance of a given account.
     *
     * The dispatch origin for this call is `root`.
     */
    "force_set_balance": Anonymize<I9iq22t0burs89>;
    /**
     * Adjust the total issuance in a saturating way.
     *
     * Can only be called by root and always needs a positive `delta`.
     *
     * # Example
     */
    "force_adjust_total_issuance": Anonymize<I5u8olqbbvfnvf>;
    /**
     * Burn the specified liquid free balance from the origin account.
     *
     * If the origin's account ends up below the existential deposit as a result
     * of the burn and `keep_alive` is false, the account will be reaped.
     *
     * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
     * this `burn` operation will reduce total issuance by the amount _burned_.
     */
    "burn": Anonymize<I5utcetro501ir>;
}>;
export type I4ktuaksf5i1gk = {
    "dest": MultiAddress;
    "value": bigint;
};
export type MultiAddress = Enum<{
    "Id": SS58String;
    "Index": undefined;
    "Raw": Uint8Array;
    "Address32": SizedHex<32>;
    "Address20": SizedHex<20>;
}>;
export declare const MultiAddress: GetEnum<MultiAddress>;
export type I9bqtpv2ii35mp = {
    "source": MultiAddress;
    "dest": MultiAddress;
    "value": bigint;
};
export type I9j7pagd6d4bda = {
    "dest": MultiAddress;
    "keep_alive": boolean;
};
export type I2h9pmio37r7fb = {
    "who": MultiAddress;
    "amount": bigint;
};
export type Ibmr18suc9ikh9 = {
    "who": Anonymize<Ia2lhg7l2hilo3>;
};
export type I9iq22t0burs89 = {
    "who": MultiAddress;
    "new_free": bigint;
};
export type I5u8olqbbvfnvf = {
    "direction": BalancesAdjustmentDirection;
    "delta": bigint;
};
export type BalancesAdjustmentDirection = Enum<{
    "Increase": undefined;
    "Decrease": undefined;
}>;
export declare const BalancesAdjustmentDirection: GetEnum<BalancesAdjustmentDirection>;
export type I5utcetro501ir = {
    "value": bigint;
    "keep_alive": boolean;
};
export type I93k01v0d2f45k = AnonymousEnum<{
    /**
     * Register an agency, active at once: its admin joins the council.
     *
     * Origin: the council (`CouncilOrigin`). Emits `AgencyRegistered`.
     */
    "register_agency": Anonymize<I59qrp89me2r38>;
    /**
     * Replace what an agency may write.
     *
     * Origin: the council. Emits `RolesSet`.
     */
    "set_roles": Anonymize<I12r93jsgvc4cr>;
    /**
     * Suspend an agency: its operators fail every role check, its admin leaves the
     * council, its node leaves the authority set at the next session.
     *
     * Origin: the council. Emits `AgencySuspended`.
     */
    "suspend": Anonymize<I98r4msfe4ost5>;
    /**
     * Resume a suspended agency: it may act again, its admin rejoins the council and its
     * node the authority set at the next session.
     *
     * Origin: the council. Emits `AgencyResumed`.
     */
    "resume": Anonymize<I98r4msfe4ost5>;
    /**
     * Name the validator account of an agency's node (`None`: it runs none). The node
     * must also set its session keys; it authors from the session after next.
     *
     * Origin: the council. Emits `AuthoritySet`.
     */
    "set_authority": Anonymize<I5md8sjd9ms22d>;
    /**
     * Add an operator (an official or a system) to the signer's agency.
     *
     * Origin: signed by the agency's admin; the agency must be active. Emits
     * `OperatorAdded`.
     */
    "add_operator": Anonymize<Icbccs0ug47ilf>;
    /**
     * Remove an operator from the signer's agency (allowed while suspended too).
     *
     * Origin: signed by the agency's admin. Emits `OperatorRemoved`.
     */
    "remove_operator": Anonymize<Icbccs0ug47ilf>;
    /**
     * Hand the signer's admin seat (and, if the agency is active, its council seat) to
     * `new_admin`.
     *
     * Origin: signed by the agency's admin. Emits `AdminChanged`.
     */
    "set_admin": Anonymize<Iddf3ptb5cr131>;
    /**
     * Replace an agency's admin: for an admin key that is lost, or stolen (suspend the
     * agency first, so the thief's seat leaves the council at once, then replace it).
     * The old key loses the admin seat and its council seat; the new one takes both (the
     * council seat only while the agency is active).
     *
     * Origin: the council. Emits `AdminReplaced`.
     */
    "replace_admin": Anonymize<I66vb4ahrehi56>;
    /**
     * Name the signer's agency's exchange gateway: where the other agencies' gateways
     * reach it, and the ed25519 key its TLS certificate must carry (they pin it, no
     * certificate authority involved). `None` takes it off. An agency's admin may remove
     * its gateway while suspended, not name one.
     *
     * Origin: signed by the agency's admin. Emits `GatewaySet`.
     */
    "set_gateway": Anonymize<Iapk1k3tkfvdj1>;
    /**
     * Publish where one of the signer's agency's nodes listens: the other agencies' nodes
     * dial it at these addresses (and at any they learnt otherwise), so a node that
     * changes its address, or joins after genesis, needs no chain-spec change and no
     * council motion. The list replaces the last one; an empty list removes it. Which
     * nodes an agency runs stays the council's decision (`set_nodes`); an address only
     * says where to find one, and a dialled node must prove its id in the handshake.
     *
     * Origin: signed by the agency's admin; the agency must be active to publish (a
     * suspended one may only remove). Emits `NodeAddressesSet`.
     */
    "set_node_addresses": Anonymize<I18dg6u7pakt7f>;
    /**
     * Let an agency's authority back into the authority set after a proven offence
     * (`AuthorityOffence`): it rejoins from the session after next, if the agency is
     * active and names an authority. The council decides whether the cause (a node run
     * twice with one key, a stolen key) is mended; a key that leaked should be replaced
     * first (`set_authority`, new session keys).
     *
     * Origin: the council. Emits `AuthorityRestored`.
     */
    "restore_authority": Anonymize<I98r4msfe4ost5>;
    /**
     * Set how many blocks a session lasts; the next session boundary is the next block
     * number divisible by it.
     *
     * Origin: the council. Emits `SessionLengthSet`.
     */
    "set_session_length": Anonymize<I8acs4o90mks35>;
    /**
     * Replace the list of an agency's nodes, given by their [`NodeId`]s. While the agency
     * is active these nodes may peer with the others; an empty list takes its nodes off
     * the network. Nodes apply the change when they import the block.
     *
     * Origin: the council. Emits `NodesSet`.
     */
    "set_nodes": Anonymize<Ia34n7vu0nlpa9>;
}>;
export type I59qrp89me2r38 = {
    "name": Uint8Array;
    "roles": number;
    "admin": SS58String;
    "district"?: Anonymize<I4arjljr6dpflb>;
};
export type Iddf3ptb5cr131 = {
    "new_admin": SS58String;
};
export type I66vb4ahrehi56 = {
    "agency": number;
    "new_admin": SS58String;
};
export type Iapk1k3tkfvdj1 = {
    "gateway"?: Anonymize<Ibo8hgd1ujoktu>;
};
export type I18dg6u7pakt7f = {
    "node": SizedHex<32>;
    "addresses": Anonymize<Itom7fk49o0c9>;
};
export type I2hhvraj75vs7o = AnonymousEnum<{
    /**
     * Set the collective's membership.
     *
     * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
     * - `prime`: The prime member whose vote sets the default.
     * - `old_count`: The upper bound for the previous number of members in storage. Used for
     * weight estimation.
     *
     * The dispatch of this call must be `SetMembersOrigin`.
     *
     * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
     * the weight estimations rely on it to estimate dispatchable weight.
     *
     * # WARNING:
     *
     * The `pallet-collective` can also be managed by logic outside of the pallet through the
     * implementation of the trait [`ChangeMembers`].
     * Any call to `set_members` must be careful that the member set doesn't get out of sync
     * with other logic managing the member set.
     *
     * ## Complexity:
     * - `O(MP + N)` where:
     * - `M` old-members-count (code- and governance-bounded)
     * - `N` new-members-count (code- and governance-bounded)
     * - `P` proposals-count (code-bounded)
     */
    "set_members": Anonymize<I38jfk5li8iang>;
    /**
     * Dispatch a proposal from a member using the `Member` origin.
     *
     * Origin must be a member of the collective.
     *
     * ## Complexity:
     * - `O(B + M + P)` where:
     * - `B` is `proposal` size in bytes (length-fee-bounded)
     * - `M` members-count (code-bounded)
     * - `P` complexity of dispatching `proposal`
     */
    "execute": Anonymize<I82hmjif78bd01>;
    /**
     * Add a new proposal to either be voted on or executed directly.
     *
     * Requires the sender to be member.
     *
     * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
     * or put up for voting.
     *
     * ## Complexity
     * - `O(B + M + P1)` or `O(B + M + P2)` where:
     * - `B` is `proposal` size in bytes (length-fee-bounded)
     * - `M` is members-count (code- and governance-bounded)
     * - branching is influenced by `threshold` where:
     * - `P1` is proposal execution complexity (`threshold < 2`)
     * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
     */
    "propose": Anonymize<I5be19t5dh87tc>;
    /**
     * Add an aye or nay vote for the sender to the given proposal.
     *
     * Requires the sender to be a member.
     *
     * Transaction fees will be waived if the member is voting on any particular proposal
     * for the first time and the call is successful. Subsequent vote changes will charge a
     * fee.
     * ## Complexity
     * - `O(M)` where `M` is members-count (code- and governance-bounded)
     */
    "vote": Anonymize<I2dtrijkm5601t>;
    /**
     * Disapprove a proposal, close, and remove it from the system, regardless of its current
     * state.
     *
     * Must be called by the Root origin.
     *
     * Parameters:
     * * `proposal_hash`: The hash of the proposal that should be disapproved.
     *
     * ## Complexity
     * O(P) where P is the number of max proposals
     */
    "disapprove_proposal": Anonymize<I2ev73t79f46tb>;
    /**
     * Close a vote that is either approved, disapproved or whose voting period has ended.
     *
     * May be called by any signed account in order to finish voting and close the proposal.
     *
     * If called before the end of the voting period it will only close the vote if it is
     * has enough votes to be approved or disapproved.
     *
     * If called after the end of the voting period abstentions are counted as rejections
     * unless there is a prime member set and the prime member cast an approval.
     *
     * If the close operation completes successfully with disapproval, the transaction fee will
     * be waived. Otherwise execution of the approved operation will be charged to the caller.
     *
     * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
     * proposal.
     * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
     * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
     *
     * ## Complexity
     * - `O(B + M + P1 + P2)` where:
     * - `B` is `proposal` size in bytes (length-fee-bounded)
     * - `M` is members-count (code- and governance-bounded)
     * - `P1` is the complexity of `proposal` preimage.
     * - `P2` is proposal-count (code-bounded)
     */
    "close": Anonymize<Ib2obgji960euh>;
    /**
     * Disapprove the proposal and burn the cost held for storing this proposal.
     *
     * Parameters:
     * - `origin`: must be the `KillOrigin`.
     * - `proposal_hash`: The hash of the proposal that should be killed.
     *
     * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
     */
    "kill": Anonymize<I2ev73t79f46tb>;
    /**
     * Release the cost held for storing a proposal once the given proposal is completed.
     *
     * If there is no associated cost for the given proposal, this call will have no effect.
     *
     * Parameters:
     * - `origin`: must be `Signed` or `Root`.
     * - `proposal_hash`: The hash of the proposal.
     *
     * Emits `ProposalCostReleased` if any cost held for a given proposal.
     */
    "release_proposal_cost": Anonymize<I2ev73t79f46tb>;
}>;
export type I38jfk5li8iang = {
    "new_members": Anonymize<Ia2lhg7l2hilo3>;
    "prime"?: Anonymize<Ihfphjolmsqq1>;
    "old_count": number;
};
export type I82hmjif78bd01 = {
    "proposal": TxCallData;
    "length_bound": number;
};
export type I5be19t5dh87tc = {
    "threshold": number;
    "proposal": TxCallData;
    "length_bound": number;
};
export type I2dtrijkm5601t = {
    "proposal": SizedHex<32>;
    "index": number;
    "approve": boolean;
};
export type Ib2obgji960euh = {
    "proposal_hash": SizedHex<32>;
    "index": number;
    "proposal_weight_bound": Anonymize<I4q39t5hn830vp>;
    "length_bound": number;
};
export type I3vi1m70dcsram = AnonymousEnum<{
    /**
     * Sets the session key(s) of the function caller to `keys`.
     *
     * Allows an account to set its session key prior to becoming a validator.
     * This doesn't take effect until the next session.
     *
     * - `origin`: The dispatch origin of this function must be signed.
     * - `keys`: The new session keys to set. These are the public keys of all sessions keys
     * setup in the runtime.
     * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
     * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
     * proof format.
     */
    "set_keys": Anonymize<Idk46ma354sc05>;
    /**
     * Removes any session key(s) of the function caller.
     *
     * This doesn't take effect until the next session.
     *
     * The dispatch origin of this function must be Signed and the account must be either be
     * convertible to a validator ID using the chain's typical addressing system (this usually
     * means being a controller account) or directly convertible into a validator ID (which
     * usually means being a stash account).
     */
    "purge_keys": undefined;
}>;
export type Idk46ma354sc05 = {
    "keys": Anonymize<I2p9qi8l69c2sq>;
    "proof": Uint8Array;
};
export type I2p9qi8l69c2sq = {
    "aura": SizedHex<32>;
    "grandpa": SizedHex<32>;
};
export type I5u9ggmn8umfqm = AnonymousEnum<{
    /**
     * Report voter equivocation/misbehavior. This method will verify the
     * equivocation proof and validate the given key ownership proof
     * against the extracted offender. If both are valid, the offence
     * will be reported.
     */
    "report_equivocation": Anonymize<I7ne83r38c2sqq>;
    /**
     * Report voter equivocation/misbehavior. This method will verify the
     * equivocation proof and validate the given key ownership proof
     * against the extracted offender. If both are valid, the offence
     * will be reported.
     *
     * This extrinsic must be called unsigned and it is expected that only
     * block authors will call it (validated in `ValidateUnsigned`), as such
     * if the block author is defined it will be defined as the equivocation
     * reporter.
     */
    "report_equivocation_unsigned": Anonymize<I7ne83r38c2sqq>;
    /**
     * Note that the current authority set of the GRANDPA finality gadget has stalled.
     *
     * This will trigger a forced authority set change at the beginning of the next session, to
     * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
     * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
     * The block production rate (which may be slowed down because of finality lagging) should
     * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
     * authority will start voting on top of `best_finalized_block_number` for new finalized
     * blocks. `best_finalized_block_number` should be the highest of the latest finalized
     * block of all validators of the new authority set.
     *
     * Only callable by root.
     */
    "note_stalled": Anonymize<I2hviml3snvhhn>;
}>;
export type I7ne83r38c2sqq = {
    "equivocation_proof": Anonymize<I9puqgoda8ofk4>;
    "key_owner_proof": Anonymize<I3ia7aufsoj0l1>;
};
export type I9puqgoda8ofk4 = {
    "set_id": bigint;
    "equivocation": GrandpaEquivocation;
};
export type GrandpaEquivocation = Enum<{
    "Prevote": {
        "round_number": bigint;
        "identity": SizedHex<32>;
        "first": [{
            "target_hash": SizedHex<32>;
            "target_number": number;
        }, SizedHex<64>];
        "second": [{
            "target_hash": SizedHex<32>;
            "target_number": number;
        }, SizedHex<64>];
    };
    "Precommit": {
        "round_number": bigint;
        "identity": SizedHex<32>;
        "first": [{
            "target_hash": SizedHex<32>;
            "target_number": number;
        }, SizedHex<64>];
        "second": [{
            "target_hash": SizedHex<32>;
            "target_number": number;
        }, SizedHex<64>];
    };
}>;
export declare const GrandpaEquivocation: GetEnum<GrandpaEquivocation>;
export type I3ia7aufsoj0l1 = {
    "session": number;
    "trie_nodes": Anonymize<Itom7fk49o0c9>;
    "validator_count": number;
};
export type I2hviml3snvhhn = {
    "delay": number;
    "best_finalized_block_number": number;
};
export type I458u9atdjr2kr = AnonymousEnum<{
    /**
     * Send a batch of dispatch calls.
     *
     * May be called from any origin except `None`.
     *
     * - `calls`: The calls to be dispatched from the same origin. The number of call must not
     * exceed the constant: `batched_calls_limit` (available in constant metadata).
     *
     * If origin is root then the calls are dispatched without checking origin filter. (This
     * includes bypassing `frame_system::Config::BaseCallFilter`).
     *
     * ## Complexity
     * - O(C) where C is the number of calls to be batched.
     *
     * This will return `Ok` in all circumstances. To determine the success of the batch, an
     * event is deposited. If a call failed and the batch was interrupted, then the
     * `BatchInterrupted` event is deposited, along with the number of successful calls made
     * and the error of the failed call. If all were successful, then the `BatchCompleted`
     * event is deposited.
     */
    "batch": Anonymize<Ia6il7pmquk416>;
    /**
     * Send a call through an indexed pseudonym of the sender.
     *
     * Filter from origin are passed along. The call will be dispatched with an origin which
     * use the same filter as the origin of this call.
     *
     * NOTE: If you need to ensure that any account-based filtering is not honored (i.e.
     * because you expect `proxy` to have been used prior in the call stack and you do not want
     * the call restrictions to apply to any sub-accounts), then use `as_multi_threshold_1`
     * in the Multisig pallet instead.
     *
     * NOTE: Prior to version *12, this was called `as_limited_sub`.
     *
     * The dispatch origin for this call must be _Signed_.
     */
    "as_derivative": Anonymize<I9jg69v6f3vkcn>;
    /**
     * Send a batch of dispatch calls and atomically execute them.
     * The whole transaction will rollback and fail if any of the calls failed.
     *
     * May be called from any origin except `None`.
     *
     * - `calls`: The calls to be dispatched from the same origin. The number of call must not
     * exceed the constant: `batched_calls_limit` (available in constant metadata).
     *
     * If origin is root then the calls are dispatched without checking origin filter. (This
     * includes bypassing `frame_system::Config::BaseCallFilter`).
     *
     * ## Complexity
     * - O(C) where C is the number of calls to be batched.
     */
    "batch_all": Anonymize<Ia6il7pmquk416>;
    /**
     * Dispatches a function call with a provided origin.
     *
     * The dispatch origin for this call must be _Root_.
     *
     * ## Complexity
     * - O(1).
     */
    "dispatch_as": Anonymize<I13blcljg2q5o8>;
    /**
     * Send a batch of dispatch calls.
     * Unlike `batch`, it allows errors and won't interrupt.
     *
     * May be called from any origin except `None`.
     *
     * - `calls`: The calls to be dispatched from the same origin. The number of call must not
     * exceed the constant: `batched_calls_limit` (available in constant metadata).
     *
     * If origin is root then the calls are dispatch without checking origin filter. (This
     * includes bypassing `frame_system::Config::BaseCallFilter`).
     *
     * ## Complexity
     * - O(C) where C is the number of calls to be batched.
     */
    "force_batch": Anonymize<Ia6il7pmquk416>;
    /**
     * Dispatch a function call with a specified weight.
     *
     * This function does not check the weight of the call, and instead allows the
     * Root origin to specify the weight of the call.
     *
     * The dispatch origin for this call must be _Root_.
     */
    "with_weight": Anonymize<I3o7fak6uo66tv>;
    /**
     * Dispatch a fallback call in the event the main call fails to execute.
     * May be called from any origin except `None`.
     *
     * This function first attempts to dispatch the `main` call.
     * If the `main` call fails, the `fallback` is attemted.
     * if the fallback is successfully dispatched, the weights of both calls
     * are accumulated and an event containing the main call error is deposited.
     *
     * In the event of a fallback failure the whole call fails
     * with the weights returned.
     *
     * - `main`: The main call to be dispatched. This is the primary action to execute.
     * - `fallback`: The fallback call to be dispatched in case the `main` call fails.
     *
     * ## Dispatch Logic
     * - If the origin is `root`, both the main and fallback calls are executed without
     * applying any origin filters.
     * - If the origin is not `root`, the origin filter is applied to both the `main` and
     * `fallback` calls.
     *
     * ## Use Case
     * - Some use cases might involve submitting a `batch` type call in either main, fallback
     * or both.
     */
    "if_else": Anonymize<Iav2br6c6biunb>;
    /**
     * Dispatches a function call with a provided origin.
     *
     * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
     *
     * The dispatch origin for this call must be _Root_.
     */
    "dispatch_as_fallible": Anonymize<I13blcljg2q5o8>;
}>;
export type Ia6il7pmquk416 = {
    "calls": Array<TxCallData>;
};
export type I9jg69v6f3vkcn = {
    "index": number;
    "call": TxCallData;
};
export type I13blcljg2q5o8 = {
    "as_origin": Enum<{
        "system": Enum<{
            "Root": undefined;
            "Signed": SS58String;
            "None": undefined;
            "Authorized": undefined;
        }>;
        "Council": Enum<{
            "Members": Anonymize<I9jd27rnpm8ttv>;
            "Member": SS58String;
            "_Phantom": undefined;
        }>;
    }>;
    "call": TxCallData;
};
export type I3o7fak6uo66tv = {
    "call": TxCallData;
    "weight": Anonymize<I4q39t5hn830vp>;
};
export type Iav2br6c6biunb = {
    "main": TxCallData;
    "fallback": TxCallData;
};
export type In6gacul5nduv = AnonymousEnum<{
    /**
     * Authenticates the sudo key and dispatches a function call with `Root` origin.
     */
    "sudo": Anonymize<I7bh03kdrged1v>;
    /**
     * Authenticates the sudo key and dispatches a function call with `Root` origin.
     * This function does not check the weight of the call, and instead allows the
     * Sudo user to specify the weight of the call.
     *
     * The dispatch origin for this call must be _Signed_.
     */
    "sudo_unchecked_weight": Anonymize<I3o7fak6uo66tv>;
    /**
     * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
     * key.
     */
    "set_key": Anonymize<I8k3rnvpeeh4hv>;
    /**
     * Authenticates the sudo key and dispatches a function call with `Signed` origin from
     * a given account.
     *
     * The dispatch origin for this call must be _Signed_.
     */
    "sudo_as": Anonymize<Iekdcdcjt5i7a>;
    /**
     * Permanently removes the sudo key.
     *
     * **This cannot be un-done.**
     */
    "remove_key": undefined;
}>;
export type I7bh03kdrged1v = {
    "call": TxCallData;
};
export type I8k3rnvpeeh4hv = {
    "new": MultiAddress;
};
export type Iekdcdcjt5i7a = {
    "who": MultiAddress;
    "call": TxCallData;
};
export type I698fbggpat6q3 = AnonymousEnum<{
    /**
     * Register a citizen by their commitment `blake2_256(id_number ++ salt)`, optionally
     * offering the account they will sign with (it signs for them once it has accepted,
     * `accept_link`).
     *
     * Origin: a `CIVIL_AFFAIRS` operator. Emits `CitizenRegistered` (and `LinkOffered`).
     */
    "register_citizen": Anonymize<Idfbhhj1vkt0im>;
    /**
     * Set a citizen's status (e.g. `Deceased`). A citizen who is not active holds no
     * consent and no valid attestation, but keeps their records and log.
     *
     * Origin: a `CIVIL_AFFAIRS` operator. Emits `StatusSet`.
     */
    "set_status": Anonymize<Ibi771i0pcf29a>;
    /**
     * Offer `account` to sign for a citizen (replacing any earlier offer): how a citizen
     * gets an account, or a new one when they lost their key, at a civil-affairs office.
     * The account must accept (`accept_link`). If the citizen has an account already,
     * the offer may be taken only after `RelinkDelay` (the current account may
     * `veto_link` meanwhile) or once another civil-affairs agency has seconded it
     * (`second_link`).
     *
     * Origin: a `CIVIL_AFFAIRS` operator. Emits `LinkOffered`.
     */
    "link_account": Anonymize<Ia4grdgurl235t>;
    /**
     * Move the signer's citizenship to `new`: from now on only `new` acts for them.
     *
     * Origin: signed by the citizen's current account. Emits `AccountRotated`.
     */
    "rotate_account": Anonymize<Idhlknhp7vndhp>;
    /**
     * Attest a claim about an active citizen: `claim_hash` is the hash of the claim the
     * agency keeps; `schema` says what kind of claim it is; `expires_at` is a block
     * number. A revoked attestation of the same claim may be attested again.
     *
     * Origin: an operator of any active agency. Emits `Attested`.
     */
    "attest": Anonymize<Ieii5a6reiicaj>;
    /**
     * Revoke an attestation the signer's agency made.
     *
     * Origin: an operator of the issuing agency. Emits `AttestationRevoked`.
     */
    "revoke_attestation": Anonymize<Ic9d3m6p8ak3cq>;
    /**
     * Consent to `agency` using `category` data for `purpose`, until block `expires_at`
     * (or until revoked). Granting again renews it.
     *
     * Origin: signed by an active citizen's account. Emits `ConsentGranted`.
     */
    "grant_consent": Anonymize<I9irj81ertv939>;
    /**
     * Withdraw a consent. It stays listed, revoked, until granted again.
     *
     * Origin: signed by the citizen's account (of any status). Emits `ConsentRevoked`.
     */
    "revoke_consent": Anonymize<I6evdvjpug0j80>;
    /**
     * Take the account offered to a citizen: the signer is that account and from now on
     * signs for them; any account linked before can no longer act for them.
     *
     * Origin: signed by the offered account. Emits `AccountLinked`.
     */
    "accept_link": Anonymize<I34tq00is97n0f>;
    /**
     * Refuse the account offered in place of the signer's: the offer is withdrawn.
     *
     * Origin: signed by the citizen's current account. Emits `LinkVetoed`.
     */
    "veto_link": undefined;
    /**
     * Second another civil-affairs agency's offer of a new account to a citizen (both
     * agencies have seen the citizen): the account may take it at once.
     *
     * Origin: a `CIVIL_AFFAIRS` operator of an agency other than the one that made the
     * offer. Emits `LinkSeconded`.
     */
    "second_link": Anonymize<I34tq00is97n0f>;
}>;
export type Idfbhhj1vkt0im = {
    "citizen": SizedHex<32>;
    "account"?: Anonymize<Ihfphjolmsqq1>;
};
export type Idhlknhp7vndhp = {
    "new": SS58String;
};
export type Ieii5a6reiicaj = {
    "citizen": SizedHex<32>;
    "schema": number;
    "claim_hash": SizedHex<32>;
    "expires_at"?: Anonymize<I4arjljr6dpflb>;
};
export type Ic9d3m6p8ak3cq = {
    "citizen": SizedHex<32>;
    "claim_hash": SizedHex<32>;
};
export type I9irj81ertv939 = {
    "agency": number;
    "category": Anonymize<I3uhliafm0dcgf>;
    "purpose": number;
    "expires_at"?: Anonymize<I4arjljr6dpflb>;
};
export type I34tq00is97n0f = {
    "citizen": SizedHex<32>;
};
export type I9mf5d3aq5neju = AnonymousEnum<{
    /**
     * Anchor a record of a registered citizen: the hash of the document. Nothing on chain
     * locates the document: the signer's agency serves it (encrypted) through its gateway.
     *
     * Origin: a `HEALTH` operator (its agency becomes the issuer). Emits `RecordAnchored`
     * (with the new record id).
     */
    "anchor_record": Anonymize<Ir2k9c1aqmv66>;
    /**
     * Replace a record's document with a new version; the earlier versions' hashes stay.
     *
     * Origin: an operator of the issuing agency (which must still hold `HEALTH`). Emits
     * `RecordAmended`.
     */
    "amend_record": Anonymize<I7babk569m6h4e>;
    /**
     * Read a record for `purpose`: allowed to its issuer, and to an agency the citizen
     * gave an unexpired `Health` consent for this purpose. Written to the citizen's
     * access log; the issuer's system serves the document against this access.
     *
     * Origin: an operator of any active agency; `NoConsent` without consent. Emits
     * `RecordAccessed` (and pallet-citizens' `DataAccessed`).
     */
    "access_record": Anonymize<I8tdat86hb5nhg>;
    /**
     * Read a record without consent in an emergency, stating the reason (the hash of the
     * written reason the agency keeps). Logged as an emergency in the citizen's access
     * log (purpose [`EMERGENCY_PURPOSE`]); it awaits review until `review_by`, and is
     * overdue after.
     *
     * Origin: a `HEALTH` operator. Emits `EmergencyAccessed` (the citizen's notice, with
     * the new access id and its review deadline) and pallet-citizens' `DataAccessed`.
     */
    "emergency_access": Anonymize<Icvnkj0as8sc5g>;
    /**
     * Judge a break-glass access. A review after its deadline is still taken (and marked
     * late): it is how an overdue access leaves the overdue list.
     *
     * Origin: the council, or a `DISEASE_CONTROL` operator of an agency other than the
     * one that accessed. Emits `EmergencyReviewed`.
     */
    "review_emergency": Anonymize<Iakgdge8bmv7vk>;
    /**
     * Erase a record (PIPL art. 47): it can no longer be read or amended, and any locator
     * left from before spec 101 is cleared; its hash and every version stay as evidence.
     *
     * Origin: an operator of the issuing agency (which must still hold `HEALTH`). Emits
     * `RecordErased`.
     */
    "erase_record": Anonymize<I4ov6e94l79mbg>;
    /**
     * Set how many blocks after a break-glass access its review is on time (for accesses
     * made from now on).
     *
     * Origin: the council. Emits `ReviewWindowSet`.
     */
    "set_review_window": Anonymize<I8acs4o90mks35>;
    /**
     * Report a test result of a registered citizen, for the sample whose id hash is
     * `sample`, taken at block `sampled_at` in `district`. A sample counts once: the same
     * sample reported again (by any agency) is refused. A positive result opens a case
     * (counted active in `district`) unless one is open or the sample was taken before
     * the citizen's last recovery, and clears a contact flag; a negative one is
     * remembered for the health code.
     *
     * Origin: a `HEALTH` or `DISEASE_CONTROL` operator. Emits `TestReported`.
     */
    "report_test": Anonymize<Ideo13km5g893k>;
    /**
     * Report that a citizen's active case recovered: the case leaves its district's
     * active count and joins its recovered count.
     *
     * Origin: a `HEALTH` or `DISEASE_CONTROL` operator. Emits `RecoveryReported`.
     */
    "report_recovery": Anonymize<I34tq00is97n0f>;
    /**
     * Flag a registered citizen as a contact of a case: Yellow for the contact window, and
     * after it until a negative test sampled since the flag is reported.
     *
     * Origin: a `DISEASE_CONTROL` operator. Emits `ContactFlagged`.
     */
    "flag_contact": Anonymize<I34tq00is97n0f>;
}>;
export type Ir2k9c1aqmv66 = {
    "citizen": SizedHex<32>;
    "kind": Anonymize<I99acl6c094i4b>;
    "record_hash": SizedHex<32>;
};
export type I7babk569m6h4e = {
    "id": bigint;
    "new_hash": SizedHex<32>;
};
export type I8tdat86hb5nhg = {
    "id": bigint;
    "purpose": number;
};
export type Icvnkj0as8sc5g = {
    "id": bigint;
    "reason_hash": SizedHex<32>;
};
export type Iakgdge8bmv7vk = {
    "access_id": bigint;
    "justified": boolean;
};
export type I4ov6e94l79mbg = {
    "id": bigint;
};
export type Ideo13km5g893k = {
    "citizen": SizedHex<32>;
    "sample": SizedHex<32>;
    "result": Anonymize<I5hfv1k6fanc2p>;
    "district": number;
    "sampled_at": number;
};
export type Iaaodjgc9s72ni = AnonymousEnum<{
    /**
     * Register a property: its parcel reference, district, area, usage, owners (shares in
     * ppm summing to 1,000,000) and the hash of its title deed.
     *
     * Origin: a `LAND_REGISTRY` operator. Emits `PropertyRegistered` (with the new id).
     */
    "register_property": Anonymize<Iih0vgrpoosjj>;
    /**
     * Start selling a property to `new_owners` under the contract whose hash is given.
     * Every other current owner and every new owner must then approve.
     *
     * Origin: an owner — a citizen owner's account or an operator of an agency owner.
     * Emits `TransferInitiated` (with the new transfer id and its expiry block).
     */
    "initiate_transfer": Anonymize<Ib8l9mr5hbfkar>;
    /**
     * Approve a transfer as one of its sellers or buyers.
     *
     * Origin: a party's account — a citizen's own, or an operator of an agency party.
     * Emits `TransferApproved` (with the approvals still awaited).
     */
    "approve_transfer": Anonymize<I5b9hukg7au6ic>;
    /**
     * Confirm that the tax of a transfer was paid, once every party has approved.
     *
     * Origin: a `TAX` operator. Emits `TaxConfirmed`.
     */
    "confirm_tax": Anonymize<I5b9hukg7au6ic>;
    /**
     * Finalise a transfer: the property passes to its new owners at once, under the new
     * title deed whose hash is given. Refused while a mortgage or seizure stands.
     *
     * Origin: a `LAND_REGISTRY` operator. Emits `TransferFinalized`.
     */
    "finalize_transfer": Anonymize<Ichrc677tdvri2>;
    /**
     * Reject a transfer, for the reason whose hash is given; the property is free for
     * another.
     *
     * Origin: a `LAND_REGISTRY` operator. Emits `TransferRejected`.
     */
    "reject_transfer": Anonymize<I85difnt90epit>;
    /**
     * Register a claim on a property, with the hash of its deed or order.
     *
     * Origin: an operator of an agency with the claim's role: `FINANCE` for a mortgage,
     * `COURT` for a seizure, `LAND_REGISTRY` for a lease. Emits `Encumbered` (with the
     * new encumbrance id).
     */
    "encumber": Anonymize<I7gajgi9k4pm26>;
    /**
     * Release a claim.
     *
     * Origin: an operator of the holding agency (still with the role of the claim).
     * Emits `Released`.
     */
    "release": Anonymize<I9ckp042ktmpkr>;
    /**
     * Withdraw an open transfer, for the reason whose hash is given; the property is free
     * for another. Its initiator can always take back what it started, and any other
     * seller can refuse to sell, so no co-owner holds the property's one transfer slot
     * until it expires.
     *
     * Origin: a seller — a current owner's account, or an operator of an agency owner.
     * Emits `TransferCancelled`.
     */
    "cancel_transfer": Anonymize<I85difnt90epit>;
}>;
export type Iih0vgrpoosjj = {
    "parcel_ref": Uint8Array;
    "district": number;
    "area_m2": number;
    "usage": Anonymize<I7oslcfhfl00mh>;
    "owners": Anonymize<I5k28v4bsp1gpi>;
    "title_hash": SizedHex<32>;
};
export type I7oslcfhfl00mh = AnonymousEnum<{
    "Residential": undefined;
    "Commercial": undefined;
    "Industrial": undefined;
    "Agricultural": undefined;
    "Public": undefined;
    "Mixed": undefined;
}>;
export type Ib8l9mr5hbfkar = {
    "property": bigint;
    "new_owners": Anonymize<I5k28v4bsp1gpi>;
    "contract_hash": SizedHex<32>;
};
export type I5b9hukg7au6ic = {
    "transfer": bigint;
};
export type Ichrc677tdvri2 = {
    "transfer": bigint;
    "title_hash": SizedHex<32>;
};
export type I85difnt90epit = {
    "transfer": bigint;
    "reason_hash": SizedHex<32>;
};
export type I7gajgi9k4pm26 = {
    "property": bigint;
    "kind": Anonymize<Ias41g8tbb8bh1>;
    "reference_hash": SizedHex<32>;
};
export type I9ckp042ktmpkr = {
    "encumbrance": bigint;
};
export type I85omi5vo55g3o = AnonymousEnum<{
    /**
     * Register a lot and index it by position (micro-degrees), with its capacity, its
     * price per hour and the account that reports its occupancy.
     *
     * Origin: a `TRANSPORT` operator. Emits `LotRegistered` (with the new lot id).
     */
    "register_lot": Anonymize<Ie4fc6h3avut7p>;
    /**
     * Report how many spaces are occupied in each of up to `MaxBatch` lots. All or
     * nothing: one lot that is not the signer's, one count above its capacity, or one lot
     * of a suspended agency refuses the whole batch. A lot named twice keeps the later count.
     *
     * The weight counts the occupancy pages the batch reads and writes — one per run of
     * consecutive lots on the same page ([`page_runs`]) — so a batch sorted by lot costs
     * least.
     *
     * Origin: the lots' operator account. Emits `OccupancyUpdated`.
     */
    "update_occupancy": Anonymize<I3q1pds5ioivpv>;
    /**
     * Hold a space in `lot` for the signer, who means to park from block `starts_at` for
     * `minutes`; it is held from now until then, and released at that block.
     *
     * Origin: an active citizen's own account. Emits `Reserved` (with the new
     * reservation id and its end block).
     */
    "reserve": Anonymize<I9j7lt6ndu64pv>;
    /**
     * Give a reserved space back before its end.
     *
     * Origin: the account of the citizen who reserved it. Emits `ReservationCancelled`.
     */
    "cancel_reservation": Anonymize<Icscp4se6fr1p5>;
}>;
export type Ie4fc6h3avut7p = {
    "name": Uint8Array;
    "lat_e6": number;
    "lon_e6": number;
    "capacity": number;
    "price_per_hour": number;
    "operator": SS58String;
};
export type I3q1pds5ioivpv = {
    "updates": Anonymize<I95g6i7ilua7lq>;
};
export type I9j7lt6ndu64pv = {
    "lot": number;
    "starts_at": number;
    "minutes": number;
};
export type Icscp4se6fr1p5 = {
    "reservation": bigint;
};
export type Ico0bobeik4n94 = AnonymousEnum<{
    /**
     * Publish a resource the signer's agency holds: its title, category label, the hash
     * of its schema, its sensitivity and the level it covers. It starts at version 1.
     *
     * Origin: an operator of an active agency (any role), which owns the resource.
     * Emits `ResourcePublished` (with the new id).
     */
    "publish_resource": Anonymize<I3uuntibmllg2k>;
    /**
     * Describe a resource anew; its version goes up by one. Existing grants stand.
     *
     * Origin: an operator of the owning agency. Emits `ResourceUpdated`.
     */
    "update_resource": Anonymize<Igao74j5qavj1>;
    /**
     * Retire a resource: it takes no more requests, and every active grant on it ends
     * now (pending requests can still be rejected, not approved).
     *
     * Origin: an operator of the owning agency. Emits `ResourceRetired`.
     */
    "retire_resource": Anonymize<I5vecmh4ib67em>;
    /**
     * Ask for a resource for `purpose`, with the hash of the written justification, for
     * `duration` blocks from the grant. A public resource is granted at once; any other
     * waits for its owner.
     *
     * Origin: an operator of an active agency other than the owner. Emits
     * `AccessRequested` (with the new request id), and `AccessGranted` (with the grant
     * id) when the resource is public.
     */
    "request_access": Anonymize<I58dmf85m7cafm>;
    /**
     * Grant a pending request: the requester may receive the resource for the duration
     * it asked, from now.
     *
     * Origin: an operator of the owning agency. Emits `AccessGranted` (with the new
     * grant id).
     */
    "approve_request": Anonymize<I6al1n81n93b1t>;
    /**
     * Refuse a pending request, for the reason whose hash is given.
     *
     * Origin: an operator of the owning agency. Emits `RequestRejected`.
     */
    "reject_request": Anonymize<I546ai90ib5pcg>;
    /**
     * Record that the payload whose hash is given was sent under a grant: the first half
     * of a receipt.
     *
     * Origin: an operator of the grant's provider, while the grant holds. Emits
     * `DeliveryRecorded` (with the new delivery id).
     */
    "record_delivery": Anonymize<Iem3eparfekao>;
    /**
     * Confirm that a delivery arrived: the second half of its receipt. A delivery made
     * while the grant held may be confirmed after it ends.
     *
     * Origin: an operator of the grant's consumer. Emits `DeliveryConfirmed`.
     */
    "confirm_delivery": Anonymize<I923plthsg04c7>;
    /**
     * Dispute a delivery: what the provider recorded does not hold, for `reason`;
     * `evidence_hash` is the hash of what the consumer can show for it (its message log's
     * entries, the batch it was shown), kept off chain. The receipt's second half, instead
     * of a confirmation; it may come after the grant ends.
     *
     * Origin: an operator of the grant's consumer. Emits `DeliveryDisputed`.
     */
    "dispute_delivery": Anonymize<Id8ud24350r9a9>;
}>;
export type I3uuntibmllg2k = {
    "title": Uint8Array;
    "category": Uint8Array;
    "schema_hash": SizedHex<32>;
    "sensitivity": Anonymize<I9qj6sbvmi6gtl>;
    "level": Anonymize<I4udp6266pqqto>;
};
export type I4udp6266pqqto = AnonymousEnum<{
    "City": undefined;
    "District": undefined;
    "Zone": undefined;
}>;
export type Igao74j5qavj1 = {
    "resource": bigint;
    "title": Uint8Array;
    "category": Uint8Array;
    "schema_hash": SizedHex<32>;
    "sensitivity": Anonymize<I9qj6sbvmi6gtl>;
    "level": Anonymize<I4udp6266pqqto>;
};
export type I5vecmh4ib67em = {
    "resource": bigint;
};
export type I58dmf85m7cafm = {
    "resource": bigint;
    "purpose": number;
    "justification_hash": SizedHex<32>;
    "duration": number;
};
export type I6al1n81n93b1t = {
    "request": bigint;
};
export type I546ai90ib5pcg = {
    "request": bigint;
    "reason_hash": SizedHex<32>;
};
export type Iem3eparfekao = {
    "grant": bigint;
    "payload_hash": SizedHex<32>;
};
export type I923plthsg04c7 = {
    "delivery": bigint;
};
export type Id8ud24350r9a9 = {
    "delivery": bigint;
    "reason": Anonymize<I9a7huqhostpag>;
    "evidence_hash": SizedHex<32>;
};
export type Ie5f5c3uhafc7 = AnonymousEnum<{
    /**
     * Dispatch `call` as Root. All or nothing: if the call fails, `enact` fails with its
     * error and nothing changes.
     *
     * Origin: `EnactOrigin` (the council's two thirds). The call must be on the runtime's
     * allow-list (`NotEnactable` otherwise). Emits `Enacted` (with the call's hash), and
     * whatever the call emits.
     */
    "enact": Anonymize<I7bh03kdrged1v>;
}>;
export type I7ca7nq0qfn8e8 = AnonymousEnum<{
    /**
     * Report that an authority sealed the two headers of `equivocation_proof` for one
     * slot; `key_owner_proof` shows the key was a session's authority key. On success
     * the offence goes to the runtime's offence sink. Free and unsigned: it is the
     * chain's own defence, sent by a node, never by an account; the pool takes it only
     * from the node itself and only with evidence that checks (see
     * [`Pallet::authorize_report`]).
     *
     * Origin: authorized (a general transaction without a signer, through the
     * runtime's `AuthorizeCall` extension).
     */
    "report_equivocation": Anonymize<I50ppnqasq4tjq>;
}>;
export type I50ppnqasq4tjq = {
    "equivocation_proof": Anonymize<I68ii5ik8avr9o>;
    "key_owner_proof": Anonymize<I3ia7aufsoj0l1>;
};
export type I68ii5ik8avr9o = {
    "offender": SizedHex<32>;
    "slot": bigint;
    "first_header": Anonymize<Ic952bubvq4k7d>;
    "second_header": Anonymize<Ic952bubvq4k7d>;
};
export type Ic952bubvq4k7d = {
    "parent_hash": SizedHex<32>;
    "number": number;
    "state_root": SizedHex<32>;
    "extrinsics_root": SizedHex<32>;
    "digest": Anonymize<I4mddgoa69c0a2>;
};
export type Ifvqn3ldat80ai = [SS58String, undefined];
export type I99bb69usss9gs = {
    "index": number;
    "threshold": number;
    "ayes": Anonymize<Ia2lhg7l2hilo3>;
    "nays": Anonymize<Ia2lhg7l2hilo3>;
    "end": number;
};
export type Ibslbpu3d5lodd = Array<[SS58String, Anonymize<I2p9qi8l69c2sq>]>;
export type GrandpaStoredState = Enum<{
    "Live": undefined;
    "PendingPause": {
        "scheduled_at": number;
        "delay": number;
    };
    "Paused": undefined;
    "PendingResume": {
        "scheduled_at": number;
        "delay": number;
    };
}>;
export declare const GrandpaStoredState: GetEnum<GrandpaStoredState>;
export type I7pe2me3i3vtn9 = {
    "scheduled_at": number;
    "delay": number;
    "next_authorities": Anonymize<I3geksg000c171>;
    "forced"?: Anonymize<I4arjljr6dpflb>;
};
export type Idquf4ha3hum9h = {
    "status": Anonymize<Id6vk7dsekapq3>;
    "account"?: Anonymize<Ihfphjolmsqq1>;
    "registered_by": number;
    "registered_at": number;
    "attestations": number;
    "consents": number;
    "accesses": bigint;
};
export type I8c599akc8a5f6 = {
    "account": SS58String;
    "offered_by": number;
    "offered_at": number;
    "seconded_by"?: Anonymize<I4arjljr6dpflb>;
};
export type Ie2gq2g7bc1kdr = {
    "issuer": number;
    "schema": number;
    "issued_at": number;
    "expires_at"?: Anonymize<I4arjljr6dpflb>;
    "revoked_at"?: Anonymize<I4arjljr6dpflb>;
};
export type I2ccsdtloqt0h4 = FixedSizeArray<2, SizedHex<32>>;
export type I4pact7n2e9a0i = [SizedHex<32>, number];
export type Ibsviis3vo5v4v = {
    "granted_at": number;
    "expires_at"?: Anonymize<I4arjljr6dpflb>;
    "revoked_at"?: Anonymize<I4arjljr6dpflb>;
};
export type I60m5011i6dcub = [SizedHex<32>, Anonymize<I6evdvjpug0j80>];
export type If6631jdgtlphi = {
    "seq": bigint;
    "agency": number;
    "operator": SS58String;
    "category": Anonymize<I3uhliafm0dcgf>;
    "purpose": number;
    "emergency": boolean;
    "at": number;
};
export type I5ssq09d6mhhks = [SizedHex<32>, Anonymize<I9jd27rnpm8ttv>];
export type I1rqbp6d9m5do6 = {
    "citizen": SizedHex<32>;
    "kind": Anonymize<I99acl6c094i4b>;
    "issuer": number;
    "hash": SizedHex<32>;
    "locator": Uint8Array;
    "version": number;
    "status": Anonymize<Ib6ujqkknbh453>;
    "anchored_at": number;
    "updated_at": number;
};
export type Ib6ujqkknbh453 = AnonymousEnum<{
    "Current": undefined;
    "Erased": undefined;
}>;
export type Iaud13qbqfrmql = {
    "hash": SizedHex<32>;
    "operator": SS58String;
    "at": number;
};
export type I6cs1itejju2vv = [bigint, number];
export type I5v9l4gtatl1m = {
    "record": bigint;
    "citizen": SizedHex<32>;
    "agency": number;
    "operator": SS58String;
    "reason_hash": SizedHex<32>;
    "at": number;
    "review_by": number;
    "review"?: ({
        "justified": boolean;
        "reviewer": Anonymize<I8fdl0g749fqag>;
        "at": number;
        "late": boolean;
    }) | undefined;
};
export type Icivd6g5j3vhc1 = {
    "case"?: ({
        "district": number;
        "since": number;
    }) | undefined;
    "flagged_at"?: Anonymize<I4arjljr6dpflb>;
    "last_negative"?: Anonymize<I4arjljr6dpflb>;
    "recovered_at"?: Anonymize<I4arjljr6dpflb>;
};
export type I1br75uhnjv6no = {
    "tests": bigint;
    "positives": bigint;
    "active": bigint;
    "recovered": bigint;
};
export type Ib53gh6tiu6h8j = {
    "parcel_ref": Uint8Array;
    "district": number;
    "area_m2": number;
    "usage": Anonymize<I7oslcfhfl00mh>;
    "owners": Anonymize<I5k28v4bsp1gpi>;
    "title_hash": SizedHex<32>;
    "registered_by": number;
    "registered_at": number;
    "open_transfer"?: Anonymize<I35p85j063s0il>;
    "encumbrances": number;
    "blocking": number;
    "history": number;
};
export type I35p85j063s0il = (bigint) | undefined;
export type I7b0sfor2stk8q = [Anonymize<I9hp9r4bqh1jj1>, bigint];
export type I1h0lb0kkkb61 = [Anonymize<I9hp9r4bqh1jj1>, number];
export type I5md6c5412i3bl = {
    "property": bigint;
    "new_owners": Anonymize<I5k28v4bsp1gpi>;
    "contract_hash": SizedHex<32>;
    "initiator": Anonymize<I9hp9r4bqh1jj1>;
    "pending": Array<Anonymize<I9hp9r4bqh1jj1>>;
    "tax_confirmed_by"?: Anonymize<I4arjljr6dpflb>;
    "status": Enum<{
        "Open": undefined;
        "Finalized": undefined;
        "Rejected": undefined;
        "Expired": undefined;
        "Cancelled": undefined;
    }>;
    "initiated_at": number;
    "expires_at": number;
};
export type Iafqnechp3omqg = Array<bigint>;
export type I4pprkkt636gi3 = {
    "property": bigint;
    "kind": Anonymize<Ias41g8tbb8bh1>;
    "holder": number;
    "reference_hash": SizedHex<32>;
    "created_at": number;
    "released_at"?: Anonymize<I4arjljr6dpflb>;
};
export type I200n1ov5tbcvr = FixedSizeArray<2, bigint>;
export type Ib263p7mq9e7tk = {
    "seq": number;
    "event": Enum<{
        "Registered": {
            "owners": Anonymize<I5k28v4bsp1gpi>;
            "title_hash": SizedHex<32>;
        };
        "TransferInitiated": {
            "transfer": bigint;
            "initiator": Anonymize<I9hp9r4bqh1jj1>;
            "contract_hash": SizedHex<32>;
        };
        "TransferApproved": {
            "transfer": bigint;
            "party": Anonymize<I9hp9r4bqh1jj1>;
        };
        "TaxConfirmed": Anonymize<I73pob1r84c02m>;
        "TransferFinalized": {
            "transfer": bigint;
            "owners": Anonymize<I5k28v4bsp1gpi>;
            "agency": number;
        };
        "TransferRejected": {
            "transfer": bigint;
            "agency": number;
            "reason_hash": SizedHex<32>;
        };
        "TransferExpired": Anonymize<I5b9hukg7au6ic>;
        "Encumbered": {
            "encumbrance": bigint;
            "kind": Anonymize<Ias41g8tbb8bh1>;
            "holder": number;
        };
        "Released": {
            "encumbrance": bigint;
            "holder": number;
        };
        "TransferCancelled": {
            "transfer": bigint;
            "by": Anonymize<I9hp9r4bqh1jj1>;
            "reason_hash": SizedHex<32>;
        };
    }>;
    "at": number;
};
export type Icl6an3s55j8f = {
    "name": Uint8Array;
    "lat_e6": number;
    "lon_e6": number;
    "reserved": number;
    "price_per_hour": number;
    "agency": number;
};
export type I72nhqb8eupg7m = Array<{
    "operator": SS58String;
    "capacity": number;
    "occupied": number;
    "updated_at": number;
    "agency": number;
}>;
export type Icgljjb6j82uhn = Array<number>;
export type I9vtq45m34hv2m = {
    "lot": number;
    "citizen": SizedHex<32>;
    "starts_at": number;
    "ends_at": number;
};
export type If1edn8fbrk0b9 = {
    "owner": number;
    "title": Uint8Array;
    "category": Uint8Array;
    "schema_hash": SizedHex<32>;
    "sensitivity": Anonymize<I9qj6sbvmi6gtl>;
    "level": Anonymize<I4udp6266pqqto>;
    "version": number;
    "published_at": number;
    "updated_at": number;
    "retired_at"?: Anonymize<I4arjljr6dpflb>;
    "active_grants": number;
    "trail": number;
};
export type I4ojmnsk1dchql = [number, bigint];
export type I6slihtdnea0nv = {
    "resource": bigint;
    "requester": number;
    "requested_by": SS58String;
    "purpose": number;
    "justification_hash": SizedHex<32>;
    "duration": number;
    "requested_at": number;
    "status": Enum<{
        "Pending": undefined;
        "Granted": Anonymize<Ick76aqgdiop5j>;
        "Rejected": {
            "reason_hash": SizedHex<32>;
        };
    }>;
};
export type Ick76aqgdiop5j = {
    "grant": bigint;
};
export type Ie05t626e0obkv = {
    "resource": bigint;
    "request": bigint;
    "provider": number;
    "consumer": number;
    "purpose": number;
    "granted_at": number;
    "expires_at": number;
    "status": Enum<{
        "Active": undefined;
        "Expired": undefined;
        "Ended": undefined;
        "Renewed": undefined;
    }>;
    "deliveries": number;
};
export type Idfhvmrdeoufeu = {
    "grant": bigint;
    "resource": bigint;
    "version": number;
    "payload_hash": SizedHex<32>;
    "delivered_by": SS58String;
    "delivered_at": number;
    "confirmed"?: ({
        "by": SS58String;
        "at": number;
    }) | undefined;
};
export type Iaijoanpubi4f8 = {
    "by": SS58String;
    "at": number;
    "reason": Anonymize<I9a7huqhostpag>;
    "evidence_hash": SizedHex<32>;
};
export type Ibd0fhp5ciraa2 = {
    "seq": number;
    "step": Enum<{
        "Published": undefined;
        "Updated": {
            "version": number;
        };
        "Requested": {
            "request": bigint;
            "agency": number;
            "purpose": number;
            "justification_hash": SizedHex<32>;
        };
        "Granted": {
            "request": bigint;
            "grant": bigint;
            "expires_at": number;
            "automatic": boolean;
        };
        "Rejected": Anonymize<I546ai90ib5pcg>;
        "Delivered": Anonymize<Ia6vbg3313ejoh>;
        "Confirmed": Anonymize<If07h41in10dtq>;
        "Expired": Anonymize<Ick76aqgdiop5j>;
        "Retired": {
            "grants_ended": number;
        };
        "Renewed": {
            "grant": bigint;
            "by": bigint;
        };
        "Disputed": Anonymize<If58njotbcgsj8>;
    }>;
    "by"?: Anonymize<Ihfphjolmsqq1>;
    "agency"?: Anonymize<I4arjljr6dpflb>;
    "at": number;
};
export type I7g78guh4fra20 = {
    "offender": [SS58String, number];
    "reporters": Anonymize<Ia2lhg7l2hilo3>;
};
export type I23nq3fsgtejt = [SizedHex<16>, Uint8Array];
export type In7a38730s6qs = {
    "base_block": Anonymize<I4q39t5hn830vp>;
    "max_block": Anonymize<I4q39t5hn830vp>;
    "per_class": {
        "normal": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "max_total"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "reserved"?: (Anonymize<I4q39t5hn830vp>) | undefined;
        };
        "operational": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "max_total"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "reserved"?: (Anonymize<I4q39t5hn830vp>) | undefined;
        };
        "mandatory": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "max_total"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "reserved"?: (Anonymize<I4q39t5hn830vp>) | undefined;
        };
    };
};
export type Ibtil0ss5munbk = {
    "max": {
        "normal": number;
        "operational": number;
        "mandatory": number;
    };
    "max_header_size"?: Anonymize<I4arjljr6dpflb>;
};
export type I9s0ave7t0vnrk = {
    "read": bigint;
    "write": bigint;
};
export type I4fo08joqmcqnm = {
    "spec_name": string;
    "impl_name": string;
    "authoring_version": number;
    "spec_version": number;
    "impl_version": number;
    "apis": Array<[SizedHex<8>, number]>;
    "transaction_version": number;
    "system_version": number;
};
export type Iaqet9jc3ihboe = {
    "header": Anonymize<Ic952bubvq4k7d>;
    "extrinsics": Anonymize<Itom7fk49o0c9>;
};
export type I2v50gu3s1aqk6 = AnonymousEnum<{
    "AllExtrinsics": undefined;
    "OnlyInherents": undefined;
}>;
export type Iabpgqcjikia83 = (Uint8Array) | undefined;
export type I4gil44d08grh = {
    "prefix": SizedHex<16>;
    "suffix": SizedHex<16>;
};
export type I7u915mvkdsb08 = ResultPayload<Uint8Array, Enum<{
    "NotImplemented": undefined;
    "NotFound": Anonymize<I4gil44d08grh>;
    "Codec": undefined;
}>>;
export type Iccr0816812l03 = ResultPayload<Anonymize<Ifg7heeg3ane2n>, Anonymize<I5nrjkj9qumobs>>;
export type I5nrjkj9qumobs = AnonymousEnum<{
    "Invalid": Enum<{
        "Call": undefined;
        "Payment": undefined;
        "Future": undefined;
        "Stale": undefined;
        "BadProof": undefined;
        "AncientBirthBlock": undefined;
        "ExhaustsResources": undefined;
        "Custom": number;
        "BadMandatory": undefined;
        "MandatoryValidation": undefined;
        "BadSigner": undefined;
        "IndeterminateImplicit": undefined;
        "UnknownOrigin": undefined;
    }>;
    "Unknown": TransactionValidityUnknownTransaction;
}>;
export type TransactionValidityUnknownTransaction = Enum<{
    "CannotLookup": undefined;
    "NoUnsignedValidator": undefined;
    "Custom": number;
}>;
export declare const TransactionValidityUnknownTransaction: GetEnum<TransactionValidityUnknownTransaction>;
export type If7uv525tdvv7a = Array<[SizedHex<8>, Uint8Array]>;
export type I2an1fs2eiebjp = {
    "okay": boolean;
    "fatal_error": boolean;
    "errors": Anonymize<If7uv525tdvv7a>;
};
export type TransactionValidityTransactionSource = Enum<{
    "InBlock": undefined;
    "Local": undefined;
    "External": undefined;
}>;
export declare const TransactionValidityTransactionSource: GetEnum<TransactionValidityTransactionSource>;
export type I9ask1o4tfvcvs = ResultPayload<{
    "priority": bigint;
    "requires": Anonymize<Itom7fk49o0c9>;
    "provides": Anonymize<Itom7fk49o0c9>;
    "longevity": bigint;
    "propagate": boolean;
}, Anonymize<I5nrjkj9qumobs>>;
export type I4ph3d1eepnmr1 = {
    "keys": Uint8Array;
    "proof": Uint8Array;
};
export type Icerf8h8pdu8ss = (Array<[Uint8Array, SizedHex<4>]>) | undefined;
export type I6spmpef2c7svf = {
    "weight": Anonymize<I4q39t5hn830vp>;
    "class": DispatchClass;
    "partial_fee": bigint;
};
export type Iei2mvq0mjvt81 = {
    "inclusion_fee"?: ({
        "base_fee": bigint;
        "len_fee": bigint;
        "adjusted_weight_fee": bigint;
    }) | undefined;
    "tip": bigint;
};
export type Ibegmn6op0p0fp = Array<{
    "id": number;
    "name": Uint8Array;
    "roles": number;
    "district"?: Anonymize<I4arjljr6dpflb>;
    "active": boolean;
    "admin": SS58String;
    "authority"?: Anonymize<Ihfphjolmsqq1>;
    "operators": number;
    "nodes": Anonymize<Ic5m5lp1oioo8r>;
    "authority_offence"?: (Anonymize<I77s2orobo645s>) | undefined;
}>;
export type Ifli7ro21g41fm = Array<[SizedHex<32>, Anonymize<Itom7fk49o0c9>]>;
export type Ieebn7v4pfjkll = (Anonymize<Idquf4ha3hum9h>) | undefined;
export type I6icqjgkilurli = ({
    "status": Enum<{
        "Valid": undefined;
        "Revoked": undefined;
        "Expired": undefined;
        "CitizenInactive": undefined;
    }>;
    "attestation": Anonymize<Ie2gq2g7bc1kdr>;
}) | undefined;
export type I222okptnfau9o = Array<{
    "scope": Anonymize<I6evdvjpug0j80>;
    "record": Anonymize<Ibsviis3vo5v4v>;
    "in_force": boolean;
}>;
export type I73ui1ose7u7ur = Array<Anonymize<If6631jdgtlphi>>;
export type I4i2doibp6p9bh = ({
    "code": Enum<{
        "Green": undefined;
        "Yellow": undefined;
        "Red": undefined;
    }>;
    "state": Anonymize<Icivd6g5j3vhc1>;
}) | undefined;
export type I1cpbkv7ijipsd = (Anonymize<I1br75uhnjv6no>) | undefined;
export type Ibais4ca48i1un = Array<{
    "id": bigint;
    "kind": Anonymize<I99acl6c094i4b>;
    "issuer": number;
    "status": Anonymize<Ib6ujqkknbh453>;
    "hash": SizedHex<32>;
    "version": number;
    "locator": Uint8Array;
    "anchored_at": number;
    "updated_at": number;
}>;
export type I5efd195hiivi8 = Array<Anonymize<Iaud13qbqfrmql>>;
export type I6qn1tnq4d4pqq = Array<[bigint, Anonymize<I5v9l4gtatl1m>]>;
export type I6o8eps8uc3naf = ({
    "id": bigint;
    "parcel_ref": Uint8Array;
    "district": number;
    "area_m2": number;
    "usage": Anonymize<I7oslcfhfl00mh>;
    "owners": Anonymize<I5k28v4bsp1gpi>;
    "title_hash": SizedHex<32>;
    "registered_by": number;
    "registered_at": number;
    "open_transfer"?: Anonymize<I35p85j063s0il>;
    "encumbrances": Array<[bigint, Anonymize<I4pprkkt636gi3>]>;
}) | undefined;
export type I1a0lv9pteflkj = Array<Anonymize<Ib263p7mq9e7tk>>;
export type Ider2gn61q92p0 = (Anonymize<I5md6c5412i3bl>) | undefined;
export type Iavfauhkp965au = (Anonymize<I4jm9aonce8vi5>) | undefined;
export type I4jm9aonce8vi5 = {
    "id": number;
    "name": Uint8Array;
    "lat_e6": number;
    "lon_e6": number;
    "capacity": number;
    "occupied": number;
    "reserved": number;
    "free": number;
    "price_per_hour": number;
    "operator": SS58String;
    "agency": number;
    "updated_at": number;
    "stale": boolean;
};
export type I595un9g0qeus8 = ResultPayload<Array<{
    "distance_m": number;
    "lot": Anonymize<I4jm9aonce8vi5>;
}>, Enum<{
    "BadPosition": undefined;
    "RadiusTooLarge": undefined;
    "BadLimit": undefined;
}>>;
export type I4pqbots9gdj24 = Array<{
    "id": bigint;
    "owner": number;
    "title": Uint8Array;
    "category": Uint8Array;
    "schema_hash": SizedHex<32>;
    "sensitivity": Anonymize<I9qj6sbvmi6gtl>;
    "level": Anonymize<I4udp6266pqqto>;
    "version": number;
    "published_at": number;
    "updated_at": number;
    "retired_at"?: Anonymize<I4arjljr6dpflb>;
    "active_grants": number;
}>;
export type Ibnim7gphdc1ha = Array<{
    "id": bigint;
    "grant": Anonymize<Ie05t626e0obkv>;
}>;
export type Iano4t0t8jj23s = Array<Anonymize<Ibd0fhp5ciraa2>>;
export type Iedf1q20nj1a85 = Array<[bigint, Anonymize<I6slihtdnea0nv>]>;
export type Ie9sr1iqcg3cgm = ResultPayload<undefined, string>;
export type I1mqgk2tmnn9i2 = (string) | undefined;
export type I6lr8sctk0bi4e = Array<string>;
export {};
