import { StorageDescriptor, PlainDescriptor, TxDescriptor, RuntimeDescriptor, Enum, ApisFromDef, QueryFromPalletsDef, TxFromPalletsDef, EventsFromPalletsDef, ErrorsFromPalletsDef, ConstFromPalletsDef, ViewFnsFromPalletsDef, SS58String, SizedHex, FixedSizeArray } from "polkadot-api";
import type { I5sesotjlssv2d, Iffmde3ekjedi9, I4mddgoa69c0a2, I1dkdasonnlar2, I95g6i7ilua7lq, Ieniouoqkq4icf, Phase, Ibgl04rn6nbfm6, I4q39t5hn830vp, I1q8tnt1cluu5j, I8ds64oj6581v0, Ia7pdug7cdsg8g, I2ktjtv8rgl9rm, I9bin2jc70qt6q, TransactionPaymentReleases, Icg6dns64343g6, I7svnfko10tq2e, I1suadd9t913g0, Ic5m5lp1oioo8r, Itom7fk49o0c9, Ia2lhg7l2hilo3, I1579qus22rocp, I77s2orobo645s, Ieplskr9gkchkf, Ifvqn3ldat80ai, I99bb69usss9gs, Ibslbpu3d5lodd, I2p9qi8l69c2sq, I82jm9g7pufuel, GrandpaStoredState, I7pe2me3i3vtn9, I9jd27rnpm8ttv, I3geksg000c171, Idquf4ha3hum9h, I8c599akc8a5f6, Ie2gq2g7bc1kdr, I2ccsdtloqt0h4, I4pact7n2e9a0i, Ibsviis3vo5v4v, I60m5011i6dcub, If6631jdgtlphi, I5ssq09d6mhhks, I1rqbp6d9m5do6, Iaud13qbqfrmql, I6cs1itejju2vv, I5spuldj7iqfb2, I5v9l4gtatl1m, Icivd6g5j3vhc1, I1br75uhnjv6no, Ib53gh6tiu6h8j, I7b0sfor2stk8q, I1h0lb0kkkb61, I5md6c5412i3bl, Iafqnechp3omqg, I4pprkkt636gi3, I200n1ov5tbcvr, Ib263p7mq9e7tk, Icl6an3s55j8f, I72nhqb8eupg7m, Icgljjb6j82uhn, I9vtq45m34hv2m, If1edn8fbrk0b9, I4ojmnsk1dchql, I6slihtdnea0nv, Ie05t626e0obkv, Idfhvmrdeoufeu, Iaijoanpubi4f8, Ibd0fhp5ciraa2, I7g78guh4fra20, I23nq3fsgtejt, In7a38730s6qs, Ibtil0ss5munbk, I9s0ave7t0vnrk, I4fo08joqmcqnm, I8ofcg5rbj0g2c, I4adgbll7gku4i, I6pjjpfvhvcfru, I9pj91mj79qekl, I39uah9nss64h9, Ik64dknsq7k08, Ib51vk42m1po4n, Idcr6u6361oad9, I4ktuaksf5i1gk, I9bqtpv2ii35mp, I9j7pagd6d4bda, I2h9pmio37r7fb, Ibmr18suc9ikh9, I9iq22t0burs89, I5u8olqbbvfnvf, I5utcetro501ir, I59qrp89me2r38, I12r93jsgvc4cr, I98r4msfe4ost5, I5md8sjd9ms22d, Icbccs0ug47ilf, Iddf3ptb5cr131, I66vb4ahrehi56, Iapk1k3tkfvdj1, I18dg6u7pakt7f, I8acs4o90mks35, Ia34n7vu0nlpa9, I38jfk5li8iang, I82hmjif78bd01, I5be19t5dh87tc, I2dtrijkm5601t, I2ev73t79f46tb, Ib2obgji960euh, Idk46ma354sc05, I7ne83r38c2sqq, I2hviml3snvhhn, Ia6il7pmquk416, I9jg69v6f3vkcn, I13blcljg2q5o8, I3o7fak6uo66tv, Iav2br6c6biunb, I7bh03kdrged1v, I8k3rnvpeeh4hv, Iekdcdcjt5i7a, Idfbhhj1vkt0im, Ibi771i0pcf29a, Ia4grdgurl235t, Idhlknhp7vndhp, Ieii5a6reiicaj, Ic9d3m6p8ak3cq, I9irj81ertv939, I6evdvjpug0j80, I34tq00is97n0f, Ir2k9c1aqmv66, I7babk569m6h4e, I8tdat86hb5nhg, Icvnkj0as8sc5g, Iakgdge8bmv7vk, I4ov6e94l79mbg, Ideo13km5g893k, Iih0vgrpoosjj, Ib8l9mr5hbfkar, I5b9hukg7au6ic, Ichrc677tdvri2, I85difnt90epit, I7gajgi9k4pm26, I9ckp042ktmpkr, Ie4fc6h3avut7p, I3q1pds5ioivpv, I9j7lt6ndu64pv, Icscp4se6fr1p5, I3uuntibmllg2k, Igao74j5qavj1, I5vecmh4ib67em, I58dmf85m7cafm, I6al1n81n93b1t, I546ai90ib5pcg, Iem3eparfekao, I923plthsg04c7, Id8ud24350r9a9, I50ppnqasq4tjq, Ia82mnkmeo2rhc, I7m7vjpskmhsc, I1jm8m1rh9e20v, I855j4i3kr8ko1, I5end43ncdpgao, Icv68aq8841478, Ic262ibdoec56a, Iflcfm9b6nlmdd, Ijrsf4mnp3eka, Id5fm4p8lj5qgi, I8tjvj9uq4b7hi, I3qt1hgg4djhgb, I4cbvqmqadhrea, I4fooe9dun9o0t, I41hi387u838iq, I6gmc2rnor4quc, I9vhjj76efco99, Iph9c4rn81ub2, Ier2cke86dqbr2, I8mrtpd66330rd, Iecqivpf5t08pt, Ib5n33hnm1d3aj, Ia9s2mpg2uht0s, I82g24i291bq0q, Ib1ieef44om12n, Ift6f10887nk72, I7qc53b1tvqjg2, Ib68sgtoj3qdo5, Iak7fhrgb9jnnq, I9ad1o9mv4cm3, I2hq50pu2kdjpo, I9acqruh7322g2, I5768ac424h061, Ib68oa84v9f17i, I5ccugl0qhdt50, Ibn8jk9v2a71mn, I31pchm6bidild, Ia4mbfkt453533, I5rtkmhm2dng4u, I7h5fcr0u4jh5e, I949c8aepns8i1, Ibvhdb1jt8knj6, I1a7uudgr1m8mu, Ifif9jr5lmevol, If2dmdc22jko1b, If1ptvmbe02ie, I9eo6aqckht3dj, Icfccqisvj0grc, Ib3nfpfubf1m8h, I4n90ll9grdb31, Ifiok8o3pss7e8, I1mrprdned3hci, I9nst2fvcmr8qo, Icn9j36q2j8p76, I2hjhj0r581bbp, Ia6frcd6igo8t, I569cf9r1ec245, I31jt6ur0cmi37, I18hh6mf2rulek, Ibgd8ac720hgvl, I73pob1r84c02m, Ihd7ld4u61aep, I363969iod8gt8, Ib4d4l3396grtv, I2dfgi4kd38pv0, Ibrc6eqck6ctg8, I9u3k1g1n7td5g, I11st56uobabif, I1e4fpurd54umr, Iefp75v4o3q90g, I2eidvfj95ce7a, I3nqm4ikomqvu0, I1medtarpkvng6, Ifr3ciatknm4rm, I57o67f14r665b, Ierbvg2m618be4, Ifggf8olfbhl1s, I3dlo6lj8f4q1a, If73lgt5slg9d3, Ia6vbg3313ejoh, If07h41in10dtq, If58njotbcgsj8, I1adbcfi5uc62r, I666bl2fqjkejo, I85icj2qbjeqbe, I2bhk17btucdqn, Iaqet9jc3ihboe, Ic952bubvq4k7d, I2v50gu3s1aqk6, Iabpgqcjikia83, I4gil44d08grh, I7u915mvkdsb08, Iccr0816812l03, If7uv525tdvv7a, I2an1fs2eiebjp, TransactionValidityTransactionSource, I9ask1o4tfvcvs, I4ph3d1eepnmr1, Icerf8h8pdu8ss, I9puqgoda8ofk4, I68ii5ik8avr9o, I6spmpef2c7svf, Iei2mvq0mjvt81, Ibegmn6op0p0fp, Ifli7ro21g41fm, Ieebn7v4pfjkll, I6icqjgkilurli, I222okptnfau9o, I73ui1ose7u7ur, I4i2doibp6p9bh, I1cpbkv7ijipsd, Ibais4ca48i1un, I5efd195hiivi8, I6qn1tnq4d4pqq, I6o8eps8uc3naf, I9hp9r4bqh1jj1, I1a0lv9pteflkj, Ider2gn61q92p0, Iavfauhkp965au, I595un9g0qeus8, I4pqbots9gdj24, Ibnim7gphdc1ha, Iano4t0t8jj23s, Iedf1q20nj1a85, Ie9sr1iqcg3cgm, I1mqgk2tmnn9i2, I6lr8sctk0bi4e, If2104gj6kcdug } from "./common-types";
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
type IStorage = {
    System: {
        /**
         * The full account information for a particular account ID.
         */
        Account: StorageDescriptor<[Key: SS58String], Anonymize<I5sesotjlssv2d>, false, never>;
        /**
         * Total extrinsics count for the current block.
         */
        ExtrinsicCount: StorageDescriptor<[], number, true, never>;
        /**
         * Whether all inherents have been applied.
         */
        InherentsApplied: StorageDescriptor<[], boolean, false, never>;
        /**
         * The current weight for the block.
         */
        BlockWeight: StorageDescriptor<[], Anonymize<Iffmde3ekjedi9>, false, never>;
        /**
         * Total size (in bytes) of the current block.
         *
         * Tracks the size of the header and all extrinsics.
         */
        BlockSize: StorageDescriptor<[], number, true, never>;
        /**
         * Map of block numbers to block hashes.
         */
        BlockHash: StorageDescriptor<[Key: number], SizedHex<32>, false, never>;
        /**
         * Extrinsics data for the current block (maps an extrinsic's index to its data).
         */
        ExtrinsicData: StorageDescriptor<[Key: number], Uint8Array, false, never>;
        /**
         * The current block number being processed. Set by `execute_block`.
         */
        Number: StorageDescriptor<[], number, false, never>;
        /**
         * Hash of the previous block.
         */
        ParentHash: StorageDescriptor<[], SizedHex<32>, false, never>;
        /**
         * Digest of the current block, also part of the block header.
         */
        Digest: StorageDescriptor<[], Anonymize<I4mddgoa69c0a2>, false, never>;
        /**
         * Events deposited for the current block.
         *
         * NOTE: The item is unbound and should therefore never be read on chain.
         * It could otherwise inflate the PoV size of a block.
         *
         * Events have a large in-memory size. Box the events to not go out-of-memory
         * just in case someone still reads them from within the runtime.
         */
        Events: StorageDescriptor<[], Anonymize<I1dkdasonnlar2>, false, never>;
        /**
         * The number of events in the `Events<T>` list.
         */
        EventCount: StorageDescriptor<[], number, false, never>;
        /**
         * Mapping between a topic (represented by T::Hash) and a vector of indexes
         * of events in the `<Events<T>>` list.
         *
         * All topic vectors have deterministic storage locations depending on the topic. This
         * allows light-clients to leverage the changes trie storage tracking mechanism and
         * in case of changes fetch the list of events of interest.
         *
         * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
         * the `EventIndex` then in case if the topic has the same contents on the next block
         * no notification will be triggered thus the event might be lost.
         */
        EventTopics: StorageDescriptor<[Key: SizedHex<32>], Anonymize<I95g6i7ilua7lq>, false, never>;
        /**
         * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
         */
        LastRuntimeUpgrade: StorageDescriptor<[], Anonymize<Ieniouoqkq4icf>, true, never>;
        /**
         * Number of blocks till the pending code upgrade is applied.
         */
        BlocksTillUpgrade: StorageDescriptor<[], number, true, never>;
        /**
         * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
         */
        UpgradedToU32RefCount: StorageDescriptor<[], boolean, false, never>;
        /**
         * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
         * (default) if not.
         */
        UpgradedToTripleRefCount: StorageDescriptor<[], boolean, false, never>;
        /**
         * The execution phase of the block.
         */
        ExecutionPhase: StorageDescriptor<[], Phase, true, never>;
        /**
         * `Some` if a code upgrade has been authorized.
         */
        AuthorizedUpgrade: StorageDescriptor<[], Anonymize<Ibgl04rn6nbfm6>, true, never>;
        /**
         * The weight reclaimed for the extrinsic.
         *
         * This information is available until the end of the extrinsic execution.
         * More precisely this information is removed in `note_applied_extrinsic`.
         *
         * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
         * reduction.
         */
        ExtrinsicWeightReclaimed: StorageDescriptor<[], Anonymize<I4q39t5hn830vp>, false, never>;
    };
    Timestamp: {
        /**
         * The current time for the current block.
         */
        Now: StorageDescriptor<[], bigint, false, never>;
        /**
         * Whether the timestamp has been updated in this block.
         *
         * This value is updated to `true` upon successful submission of a timestamp by a node.
         * It is then checked at the end of each block execution in the `on_finalize` hook.
         */
        DidUpdate: StorageDescriptor<[], boolean, false, never>;
    };
    Balances: {
        /**
         * The total units issued in the system.
         */
        TotalIssuance: StorageDescriptor<[], bigint, false, never>;
        /**
         * The total units of outstanding deactivated balance in the system.
         *
         * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
         * reduced independently of this value, including while a reversible imbalance is outstanding.
         * Active issuance is therefore derived using saturating subtraction.
         */
        InactiveIssuance: StorageDescriptor<[], bigint, false, never>;
        /**
         * The Balances pallet example of storing the balance of an account.
         *
         * # Example
         *
         * ```nocompile
         * impl pallet_balances::Config for Runtime {
         * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
         * }
         * ```
         *
         * You can also store the balance of an account in the `System` pallet.
         *
         * # Example
         *
         * ```nocompile
         * impl pallet_balances::Config for Runtime {
         * type AccountStore = System
         * }
         * ```
         *
         * But this comes with tradeoffs, storing account balances in the system pallet stores
         * `frame_system` data alongside the account data contrary to storing account balances in the
         * `Balances` pallet, which uses a `StorageMap` to store balances data only.
         * NOTE: This is only used in the case that this pallet is used to store balances.
         */
        Account: StorageDescriptor<[Key: SS58String], Anonymize<I1q8tnt1cluu5j>, false, never>;
        /**
         * Any liquidity locks on some account balances.
         * NOTE: Should only be accessed when setting, changing and freeing a lock.
         *
         * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        Locks: StorageDescriptor<[Key: SS58String], Anonymize<I8ds64oj6581v0>, false, never>;
        /**
         * Named reserves on some account balances.
         *
         * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        Reserves: StorageDescriptor<[Key: SS58String], Anonymize<Ia7pdug7cdsg8g>, false, never>;
        /**
         * Holds on account balances.
         */
        Holds: StorageDescriptor<[Key: SS58String], Anonymize<I2ktjtv8rgl9rm>, false, never>;
        /**
         * Freeze locks on account balances.
         */
        Freezes: StorageDescriptor<[Key: SS58String], Anonymize<I9bin2jc70qt6q>, false, never>;
    };
    TransactionPayment: {
        /**
        
         */
        NextFeeMultiplier: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        StorageVersion: StorageDescriptor<[], TransactionPaymentReleases, false, never>;
        /**
         * The `OnChargeTransaction` stores the withdrawn tx fee here.
         *
         * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
         */
        TxPaymentCredit: StorageDescriptor<[], bigint, true, never>;
    };
    Agencies: {
        /**
         * The id the next registered agency gets; also how many have ever been registered.
         */
        NextAgencyId: StorageDescriptor<[], number, false, never>;
        /**
         * Every agency, active or suspended.
         */
        Agencies: StorageDescriptor<[Key: number], Anonymize<Icg6dns64343g6>, true, never>;
        /**
         * The operators of each agency (iterate by agency to list them).
         */
        Operators: StorageDescriptor<Anonymize<I7svnfko10tq2e>, null, true, never>;
        /**
         * The agency an account operates for. An account operates for at most one agency.
         */
        OperatorOf: StorageDescriptor<[Key: SS58String], number, true, never>;
        /**
         * The agency an account is the admin of. An account admins at most one agency.
         */
        AdminOf: StorageDescriptor<[Key: SS58String], number, true, never>;
        /**
         * The agency whose node uses an account as its authority. One node per account.
         */
        AuthorityOf: StorageDescriptor<[Key: SS58String], number, true, never>;
        /**
         * Each agency's exchange gateway, as other agencies' gateways reach and authenticate it.
         */
        Gateways: StorageDescriptor<[Key: number], Anonymize<I1suadd9t913g0>, true, never>;
        /**
         * The nodes each agency runs: while the agency is active, the only peers (with the other
         * active agencies' nodes) that Civitas nodes accept.
         */
        Nodes: StorageDescriptor<[Key: number], Anonymize<Ic5m5lp1oioo8r>, false, never>;
        /**
         * Where a node listens, as its agency's admin published it: the addresses the other
         * nodes dial it at (see `AgenciesApi::node_addresses`). Only nodes an agency names have
         * an entry; it goes when the node leaves its agency's list.
         */
        NodeAddresses: StorageDescriptor<[Key: SizedHex<32>], Anonymize<Itom7fk49o0c9>, true, never>;
        /**
         * The agency that runs a node. A node belongs to at most one agency.
         */
        NodeOwner: StorageDescriptor<[Key: SizedHex<32>], number, true, never>;
        /**
         * The admins of the active agencies, sorted: the council's members.
         */
        CouncilSeats: StorageDescriptor<[], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
         * The authority accounts of the active agencies, sorted, but for those out for a
         * proven offence ([`AuthorityOffences`]): the validators that the next session will
         * have (those with session keys set).
         */
        Validators: StorageDescriptor<[], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
         * How many blocks a session lasts: changes to the authority set take effect at the
         * session boundaries (see [`SessionLengthOf`]).
         */
        SessionLength: StorageDescriptor<[], number, false, never>;
        /**
         * What each agency's free calls have taken of the block they were last sent in (see
         * [`Pallet::has_free_room`]). One entry per agency ever registered, overwritten.
         */
        FreeUse: StorageDescriptor<[Key: number], Anonymize<I1579qus22rocp>, true, never>;
        /**
         * The agencies whose authority node was proven to have misbehaved (see
         * [`crate::offences`]), with the first offence proven: their authority is in no
         * authority set planned since, until the council restores it. At most one entry per
         * agency.
         */
        AuthorityOffences: StorageDescriptor<[Key: number], Anonymize<I77s2orobo645s>, true, never>;
        /**
         * The council motions each member proposed that may still be open (pruned of closed
         * ones whenever the member proposes again): at most `MaxOpenMotions`.
         */
        OpenMotions: StorageDescriptor<[Key: SS58String], Anonymize<Ic5m5lp1oioo8r>, false, never>;
    };
    Council: {
        /**
         * The hashes of the active proposals.
         */
        Proposals: StorageDescriptor<[], Anonymize<Ic5m5lp1oioo8r>, false, never>;
        /**
         * Actual proposal for a given hash, if it's current.
         */
        ProposalOf: StorageDescriptor<[Key: SizedHex<32>], Anonymize<Ieplskr9gkchkf>, true, never>;
        /**
         * Consideration cost created for publishing and storing a proposal.
         *
         * Determined by [Config::Consideration] and may be not present for certain proposals (e.g. if
         * the proposal count at the time of creation was below threshold N).
         */
        CostOf: StorageDescriptor<[Key: SizedHex<32>], Anonymize<Ifvqn3ldat80ai>, true, never>;
        /**
         * Votes on a given proposal, if it is ongoing.
         */
        Voting: StorageDescriptor<[Key: SizedHex<32>], Anonymize<I99bb69usss9gs>, true, never>;
        /**
         * Proposals so far.
         */
        ProposalCount: StorageDescriptor<[], number, false, never>;
        /**
         * The current members of the collective. This is stored sorted (just by value).
         */
        Members: StorageDescriptor<[], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
         * The prime member that helps determine the default vote behavior in case of abstentions.
         */
        Prime: StorageDescriptor<[], SS58String, true, never>;
    };
    Session: {
        /**
         * The current set of validators.
         */
        Validators: StorageDescriptor<[], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
         * Current index of the session.
         */
        CurrentIndex: StorageDescriptor<[], number, false, never>;
        /**
         * True if the underlying economic identities or weighting behind the validators
         * has changed in the queued validator set.
         */
        QueuedChanged: StorageDescriptor<[], boolean, false, never>;
        /**
         * The queued keys for the next session. When the next session begins, these keys
         * will be used to determine the validator's session keys.
         */
        QueuedKeys: StorageDescriptor<[], Anonymize<Ibslbpu3d5lodd>, false, never>;
        /**
         * Indices of disabled validators.
         *
         * The vec is always kept sorted so that we can find whether a given validator is
         * disabled using binary search. It gets cleared when `on_session_ending` returns
         * a new set of identities.
         */
        DisabledValidators: StorageDescriptor<[], Anonymize<I95g6i7ilua7lq>, false, never>;
        /**
         * The next session keys for a validator.
         */
        NextKeys: StorageDescriptor<[Key: SS58String], Anonymize<I2p9qi8l69c2sq>, true, never>;
        /**
         * The owner of a key. The key is the `KeyTypeId` + the encoded key.
         */
        KeyOwner: StorageDescriptor<[Key: Anonymize<I82jm9g7pufuel>], SS58String, true, never>;
        /**
         * Accounts whose keys were set via `SessionInterface` (external path) without
         * incrementing the consumer reference or placing a key deposit. `do_purge_keys`
         * only decrements consumers for accounts that were registered through the local
         * session pallet.
         */
        ExternallySetKeys: StorageDescriptor<[Key: SS58String], null, true, never>;
    };
    Aura: {
        /**
         * The current authority set.
         */
        Authorities: StorageDescriptor<[], Anonymize<Ic5m5lp1oioo8r>, false, never>;
        /**
         * The current slot of this block.
         *
         * This will be set in `on_initialize`.
         */
        CurrentSlot: StorageDescriptor<[], bigint, false, never>;
    };
    Grandpa: {
        /**
         * State of the current authority set.
         */
        State: StorageDescriptor<[], GrandpaStoredState, false, never>;
        /**
         * Pending change: (signaled at, scheduled change).
         */
        PendingChange: StorageDescriptor<[], Anonymize<I7pe2me3i3vtn9>, true, never>;
        /**
         * next block number where we can force a change.
         */
        NextForced: StorageDescriptor<[], number, true, never>;
        /**
         * `true` if we are currently stalled.
         */
        Stalled: StorageDescriptor<[], Anonymize<I9jd27rnpm8ttv>, true, never>;
        /**
         * The number of changes (both in terms of keys and underlying economic responsibilities)
         * in the "set" of Grandpa validators from genesis.
         */
        CurrentSetId: StorageDescriptor<[], bigint, false, never>;
        /**
         * A mapping from grandpa set ID to the index of the *most recent* session for which its
         * members were responsible.
         *
         * This is only used for validating equivocation proofs. An equivocation proof must
         * contains a key-ownership proof for a given session, therefore we need a way to tie
         * together sessions and GRANDPA set ids, i.e. we need to validate that a validator
         * was the owner of a given key on a given session, and what the active set ID was
         * during that session.
         *
         * TWOX-NOTE: `SetId` is not under user control.
         */
        SetIdSession: StorageDescriptor<[Key: bigint], number, true, never>;
        /**
         * The current list of authorities.
         */
        Authorities: StorageDescriptor<[], Anonymize<I3geksg000c171>, false, never>;
    };
    Sudo: {
        /**
         * The `AccountId` of the sudo key.
         */
        Key: StorageDescriptor<[], SS58String, true, never>;
    };
    Citizens: {
        /**
         * Every registered citizen.
         */
        Citizens: StorageDescriptor<[Key: SizedHex<32>], Anonymize<Idquf4ha3hum9h>, true, never>;
        /**
         * The citizen an account signs for. An account belongs to at most one citizen.
         */
        CitizenByAccount: StorageDescriptor<[Key: SS58String], SizedHex<32>, true, never>;
        /**
         * The account offered to each citizen, until it accepts, is vetoed or is replaced by
         * another offer: at most one per citizen.
         */
        LinkOffers: StorageDescriptor<[Key: SizedHex<32>], Anonymize<I8c599akc8a5f6>, true, never>;
        /**
         * Attestations by citizen and claim hash.
         */
        Attestations: StorageDescriptor<Anonymize<I2ccsdtloqt0h4>, Anonymize<Ie2gq2g7bc1kdr>, true, never>;
        /**
         * How many attestations each agency holds about each citizen, at most `MaxAttestations`.
         */
        AttestationCount: StorageDescriptor<Anonymize<I4pact7n2e9a0i>, number, false, never>;
        /**
         * Consents by citizen and scope (agency, category, purpose).
         */
        Consents: StorageDescriptor<Anonymize<I60m5011i6dcub>, Anonymize<Ibsviis3vo5v4v>, true, never>;
        /**
         * Each citizen's access log, a ring per reading agency: that agency's `n`th read of the
         * citizen lives in slot `(agency, n % MaxLogEntries)`. No agency's reads can push
         * another agency's out of the log.
         */
        AccessLogEntries: StorageDescriptor<Anonymize<I5ssq09d6mhhks>, Anonymize<If6631jdgtlphi>, true, never>;
        /**
         * How many times each agency has read each citizen's data (its ring's position).
         */
        ReadsBy: StorageDescriptor<Anonymize<I4pact7n2e9a0i>, bigint, false, never>;
    };
    Health: {
        /**
         * The next record's number.
         */
        NextRecordId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every record at its current version.
         */
        Records: StorageDescriptor<[Key: bigint], Anonymize<I1rqbp6d9m5do6>, true, never>;
        /**
         * Every version of every record, by record and version number.
         */
        Versions: StorageDescriptor<Anonymize<I6cs1itejju2vv>, Anonymize<Iaud13qbqfrmql>, true, never>;
        /**
         * The records of each citizen (the value is unused).
         */
        CitizenRecords: StorageDescriptor<Anonymize<I5spuldj7iqfb2>, null, true, never>;
        /**
         * How many current records each issuer holds about each citizen, at most
         * `MaxRecordsPerIssuer` (an erasure frees its slot).
         */
        RecordCount: StorageDescriptor<Anonymize<I4pact7n2e9a0i>, number, false, never>;
        /**
         * How many of each agency's break-glass accesses await review, at most
         * `MaxPendingReviews`.
         */
        PendingReviewCount: StorageDescriptor<[Key: number], number, false, never>;
        /**
         * The next break-glass access's number.
         */
        NextAccessId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every break-glass access, reviewed or not.
         */
        EmergencyAccesses: StorageDescriptor<[Key: bigint], Anonymize<I5v9l4gtatl1m>, true, never>;
        /**
         * Break-glass accesses awaiting review, with their deadlines (at most
         * `MaxPendingReviews`).
         */
        PendingReviews: StorageDescriptor<[Key: bigint], number, true, never>;
        /**
         * Counter for the related counted storage map
         */
        CounterForPendingReviews: StorageDescriptor<[], number, false, never>;
        /**
         * How many blocks after a break-glass access its review is on time.
         */
        ReviewWindow: StorageDescriptor<[], number, false, never>;
        /**
         * Each reported citizen's epidemic state.
         */
        Epidemic: StorageDescriptor<[Key: SizedHex<32>], Anonymize<Icivd6g5j3vhc1>, false, never>;
        /**
         * The samples reported for each citizen (by their id hash), with the agency that
         * reported each: a sample counts once.
         */
        Samples: StorageDescriptor<Anonymize<I2ccsdtloqt0h4>, number, true, never>;
        /**
         * Each district's counters.
         */
        Districts: StorageDescriptor<[Key: number], Anonymize<I1br75uhnjv6no>, false, never>;
    };
    Property: {
        /**
         * The next property's number.
         */
        NextPropertyId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every registered property.
         */
        Properties: StorageDescriptor<[Key: bigint], Anonymize<Ib53gh6tiu6h8j>, true, never>;
        /**
         * The property registered under each parcel reference.
         */
        PropertyByParcel: StorageDescriptor<[Key: Uint8Array], bigint, true, never>;
        /**
         * The properties of each owner (the value is unused).
         */
        PropertiesOf: StorageDescriptor<Anonymize<I7b0sfor2stk8q>, null, true, never>;
        /**
         * How many properties each owner holds of each registry's registrations, at most
         * `MaxPropertiesPerOwner`.
         */
        OwnedCount: StorageDescriptor<Anonymize<I1h0lb0kkkb61>, number, false, never>;
        /**
         * The next transfer's number.
         */
        NextTransferId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every transfer, open or closed.
         */
        Transfers: StorageDescriptor<[Key: bigint], Anonymize<I5md6c5412i3bl>, true, never>;
        /**
         * The transfers that expire at each block (if still open then).
         */
        ExpiringAt: StorageDescriptor<[Key: number], Anonymize<Iafqnechp3omqg>, false, never>;
        /**
         * The next encumbrance's number.
         */
        NextEncumbranceId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every encumbrance, active or released.
         */
        Encumbrances: StorageDescriptor<[Key: bigint], Anonymize<I4pprkkt636gi3>, true, never>;
        /**
         * The active encumbrances of each property (the value is unused).
         */
        ActiveEncumbrances: StorageDescriptor<Anonymize<I200n1ov5tbcvr>, null, true, never>;
        /**
         * Each property's title history, by entry number.
         */
        History: StorageDescriptor<Anonymize<I6cs1itejju2vv>, Anonymize<Ib263p7mq9e7tk>, true, never>;
    };
    Parking: {
        /**
         * The next lot's number.
         */
        NextLotId: StorageDescriptor<[], number, false, never>;
        /**
         * Every lot's description and reservations.
         */
        Lots: StorageDescriptor<[Key: number], Anonymize<Icl6an3s55j8f>, true, never>;
        /**
         * Every lot's occupancy, [`LOTS_PER_PAGE`] lots to a page: lot `id` is entry
         * `id % LOTS_PER_PAGE` of page `id / LOTS_PER_PAGE`.
         */
        OccupancyPages: StorageDescriptor<[Key: number], Anonymize<I72nhqb8eupg7m>, false, never>;
        /**
         * The spatial index: the lots in each grid cell (row, column).
         */
        Cells: StorageDescriptor<[Key: Anonymize<I9jd27rnpm8ttv>], Anonymize<Icgljjb6j82uhn>, false, never>;
        /**
         * The next reservation's number.
         */
        NextReservationId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Reservations in force.
         */
        Reservations: StorageDescriptor<[Key: bigint], Anonymize<I9vtq45m34hv2m>, true, never>;
        /**
         * How many reservations each citizen holds.
         */
        ReservationCount: StorageDescriptor<[Key: SizedHex<32>], number, false, never>;
        /**
         * The reservations that end at each block (if still in force then).
         */
        ExpiringAt: StorageDescriptor<[Key: number], Anonymize<Iafqnechp3omqg>, false, never>;
    };
    Catalog: {
        /**
         * The next resource's number.
         */
        NextResourceId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every published resource, retired ones included.
         */
        Resources: StorageDescriptor<[Key: bigint], Anonymize<If1edn8fbrk0b9>, true, never>;
        /**
         * The resources of each agency (the value is unused).
         */
        ResourcesOf: StorageDescriptor<Anonymize<I4ojmnsk1dchql>, null, true, never>;
        /**
         * How many resources each agency has published, at most `MaxResourcesPerAgency`.
         */
        ResourceCount: StorageDescriptor<[Key: number], number, false, never>;
        /**
         * The next request's number.
         */
        NextRequestId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every request, decided or not.
         */
        Requests: StorageDescriptor<[Key: bigint], Anonymize<I6slihtdnea0nv>, true, never>;
        /**
         * The pending request of each agency for each resource (at most one).
         */
        OpenRequests: StorageDescriptor<Anonymize<I6cs1itejju2vv>, bigint, true, never>;
        /**
         * The next grant's number.
         */
        NextGrantId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every grant, active or not.
         */
        Grants: StorageDescriptor<[Key: bigint], Anonymize<Ie05t626e0obkv>, true, never>;
        /**
         * The active grants of each resource (the value is unused).
         */
        ActiveGrants: StorageDescriptor<Anonymize<I200n1ov5tbcvr>, null, true, never>;
        /**
         * The active grants each agency is party to, as provider or consumer (the value is
         * unused).
         */
        GrantsOf: StorageDescriptor<Anonymize<I4ojmnsk1dchql>, null, true, never>;
        /**
         * How many active grants each agency holds as consumer, at most `MaxGrantsPerAgency`.
         * Grants it provides do not count: others' requests must not use up its own slots.
         */
        GrantCount: StorageDescriptor<[Key: number], number, false, never>;
        /**
         * The one active grant an agency holds on a resource, if any: a new grant to the same
         * agency renews it, so one agency can never hold more than one of a resource's slots.
         */
        ConsumerGrant: StorageDescriptor<Anonymize<I6cs1itejju2vv>, bigint, true, never>;
        /**
         * The grants that expire at each block (if still active then).
         */
        ExpiringAt: StorageDescriptor<[Key: number], Anonymize<Iafqnechp3omqg>, false, never>;
        /**
         * The next delivery's number.
         */
        NextDeliveryId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every delivery, with its confirmation once given.
         */
        Deliveries: StorageDescriptor<[Key: bigint], Anonymize<Idfhvmrdeoufeu>, true, never>;
        /**
         * The consumer's dispute of a delivery, if it disputed it (at most one per delivery; a
         * disputed delivery is never confirmed, a confirmed one never disputed).
         */
        Disputes: StorageDescriptor<[Key: bigint], Anonymize<Iaijoanpubi4f8>, true, never>;
        /**
         * Each resource's trail, by entry number.
         */
        Trail: StorageDescriptor<Anonymize<I6cs1itejju2vv>, Anonymize<Ibd0fhp5ciraa2>, true, never>;
    };
    Authorship: {
        /**
         * Author of current block.
         */
        Author: StorageDescriptor<[], SS58String, true, never>;
    };
    Historical: {
        /**
         * Mapping from historical session indices to session-data root hash and validator count.
         */
        HistoricalSessions: StorageDescriptor<[Key: number], Anonymize<I4pact7n2e9a0i>, true, never>;
        /**
         * The range of historical sessions we store. [first, last)
         */
        StoredRange: StorageDescriptor<[], Anonymize<I9jd27rnpm8ttv>, true, never>;
    };
    Offences: {
        /**
         * The primary structure that holds all offence records keyed by report identifiers.
         */
        Reports: StorageDescriptor<[Key: SizedHex<32>], Anonymize<I7g78guh4fra20>, true, never>;
        /**
         * A vector of reports of the same kind that happened at the same time slot.
         */
        ConcurrentReportsIndex: StorageDescriptor<Anonymize<I23nq3fsgtejt>, Anonymize<Ic5m5lp1oioo8r>, false, never>;
    };
};
type ICalls = {
    System: {
        /**
         * Make some on-chain remark.
         *
         * Can be executed by every `origin`.
         */
        remark: TxDescriptor<Anonymize<I8ofcg5rbj0g2c>>;
        /**
         * Set the number of pages in the WebAssembly environment's heap.
         */
        set_heap_pages: TxDescriptor<Anonymize<I4adgbll7gku4i>>;
        /**
         * Set the new runtime code.
         */
        set_code: TxDescriptor<Anonymize<I6pjjpfvhvcfru>>;
        /**
         * Set the new runtime code without doing any checks of the given `code`.
         *
         * Note that runtime upgrades will not run if this is called with a not-increasing spec
         * version!
         */
        set_code_without_checks: TxDescriptor<Anonymize<I6pjjpfvhvcfru>>;
        /**
         * Set some items of storage.
         */
        set_storage: TxDescriptor<Anonymize<I9pj91mj79qekl>>;
        /**
         * Kill some items from storage.
         */
        kill_storage: TxDescriptor<Anonymize<I39uah9nss64h9>>;
        /**
         * Kill all storage items with a key that starts with the given prefix.
         *
         * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
         * the prefix we are removing to accurately calculate the weight of this function.
         */
        kill_prefix: TxDescriptor<Anonymize<Ik64dknsq7k08>>;
        /**
         * Make some on-chain remark and emit event.
         */
        remark_with_event: TxDescriptor<Anonymize<I8ofcg5rbj0g2c>>;
        /**
         * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
         * later.
         *
         * This call requires Root origin.
         */
        authorize_upgrade: TxDescriptor<Anonymize<Ib51vk42m1po4n>>;
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
        authorize_upgrade_without_checks: TxDescriptor<Anonymize<Ib51vk42m1po4n>>;
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
        apply_authorized_upgrade: TxDescriptor<Anonymize<I6pjjpfvhvcfru>>;
    };
    Timestamp: {
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
        set: TxDescriptor<Anonymize<Idcr6u6361oad9>>;
    };
    Balances: {
        /**
         * Transfer some liquid free balance to another account.
         *
         * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
         * If the sender's account is below the existential deposit as a result
         * of the transfer, the account will be reaped.
         *
         * The dispatch origin for this call must be `Signed` by the transactor.
         */
        transfer_allow_death: TxDescriptor<Anonymize<I4ktuaksf5i1gk>>;
        /**
         * Exactly as `transfer_allow_death`, except the origin must be root and the source account
         * may be specified.
         */
        force_transfer: TxDescriptor<Anonymize<I9bqtpv2ii35mp>>;
        /**
         * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
         * kill the origin account.
         *
         * 99% of the time you want [`transfer_allow_death`] instead.
         *
         * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
         */
        transfer_keep_alive: TxDescriptor<Anonymize<I4ktuaksf5i1gk>>;
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
        transfer_all: TxDescriptor<Anonymize<I9j7pagd6d4bda>>;
        /**
         * Unreserve some balance from a user by force.
         *
         * Can only be called by ROOT.
         */
        force_unreserve: TxDescriptor<Anonymize<I2h9pmio37r7fb>>;
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
        upgrade_accounts: TxDescriptor<Anonymize<Ibmr18suc9ikh9>>;
        /**
         * Set the regular balance of a given account.
         *
         * The dispatch origin for this call is `root`.
         */
        force_set_balance: TxDescriptor<Anonymize<I9iq22t0burs89>>;
        /**
         * Adjust the total issuance in a saturating way.
         *
         * Can only be called by root and always needs a positive `delta`.
         *
         * # Example
         */
        force_adjust_total_issuance: TxDescriptor<Anonymize<I5u8olqbbvfnvf>>;
        /**
         * Burn the specified liquid free balance from the origin account.
         *
         * If the origin's account ends up below the existential deposit as a result
         * of the burn and `keep_alive` is false, the account will be reaped.
         *
         * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
         * this `burn` operation will reduce total issuance by the amount _burned_.
         */
        burn: TxDescriptor<Anonymize<I5utcetro501ir>>;
    };
    Agencies: {
        /**
         * Register an agency, active at once: its admin joins the council.
         *
         * Origin: the council (`CouncilOrigin`). Emits `AgencyRegistered`.
         */
        register_agency: TxDescriptor<Anonymize<I59qrp89me2r38>>;
        /**
         * Replace what an agency may write.
         *
         * Origin: the council. Emits `RolesSet`.
         */
        set_roles: TxDescriptor<Anonymize<I12r93jsgvc4cr>>;
        /**
         * Suspend an agency: its operators fail every role check, its admin leaves the
         * council, its node leaves the authority set at the next session.
         *
         * Origin: the council. Emits `AgencySuspended`.
         */
        suspend: TxDescriptor<Anonymize<I98r4msfe4ost5>>;
        /**
         * Resume a suspended agency: it may act again, its admin rejoins the council and its
         * node the authority set at the next session.
         *
         * Origin: the council. Emits `AgencyResumed`.
         */
        resume: TxDescriptor<Anonymize<I98r4msfe4ost5>>;
        /**
         * Name the validator account of an agency's node (`None`: it runs none). The node
         * must also set its session keys; it authors from the session after next.
         *
         * Origin: the council. Emits `AuthoritySet`.
         */
        set_authority: TxDescriptor<Anonymize<I5md8sjd9ms22d>>;
        /**
         * Add an operator (an official or a system) to the signer's agency.
         *
         * Origin: signed by the agency's admin; the agency must be active. Emits
         * `OperatorAdded`.
         */
        add_operator: TxDescriptor<Anonymize<Icbccs0ug47ilf>>;
        /**
         * Remove an operator from the signer's agency (allowed while suspended too).
         *
         * Origin: signed by the agency's admin. Emits `OperatorRemoved`.
         */
        remove_operator: TxDescriptor<Anonymize<Icbccs0ug47ilf>>;
        /**
         * Hand the signer's admin seat (and, if the agency is active, its council seat) to
         * `new_admin`.
         *
         * Origin: signed by the agency's admin. Emits `AdminChanged`.
         */
        set_admin: TxDescriptor<Anonymize<Iddf3ptb5cr131>>;
        /**
         * Replace an agency's admin: for an admin key that is lost, or stolen (suspend the
         * agency first, so the thief's seat leaves the council at once, then replace it).
         * The old key loses the admin seat and its council seat; the new one takes both (the
         * council seat only while the agency is active).
         *
         * Origin: the council. Emits `AdminReplaced`.
         */
        replace_admin: TxDescriptor<Anonymize<I66vb4ahrehi56>>;
        /**
         * Name the signer's agency's exchange gateway: where the other agencies' gateways
         * reach it, and the ed25519 key its TLS certificate must carry (they pin it, no
         * certificate authority involved). `None` takes it off. An agency's admin may remove
         * its gateway while suspended, not name one.
         *
         * Origin: signed by the agency's admin. Emits `GatewaySet`.
         */
        set_gateway: TxDescriptor<Anonymize<Iapk1k3tkfvdj1>>;
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
        set_node_addresses: TxDescriptor<Anonymize<I18dg6u7pakt7f>>;
        /**
         * Let an agency's authority back into the authority set after a proven offence
         * (`AuthorityOffence`): it rejoins from the session after next, if the agency is
         * active and names an authority. The council decides whether the cause (a node run
         * twice with one key, a stolen key) is mended; a key that leaked should be replaced
         * first (`set_authority`, new session keys).
         *
         * Origin: the council. Emits `AuthorityRestored`.
         */
        restore_authority: TxDescriptor<Anonymize<I98r4msfe4ost5>>;
        /**
         * Set how many blocks a session lasts; the next session boundary is the next block
         * number divisible by it.
         *
         * Origin: the council. Emits `SessionLengthSet`.
         */
        set_session_length: TxDescriptor<Anonymize<I8acs4o90mks35>>;
        /**
         * Replace the list of an agency's nodes, given by their [`NodeId`]s. While the agency
         * is active these nodes may peer with the others; an empty list takes its nodes off
         * the network. Nodes apply the change when they import the block.
         *
         * Origin: the council. Emits `NodesSet`.
         */
        set_nodes: TxDescriptor<Anonymize<Ia34n7vu0nlpa9>>;
    };
    Council: {
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
        set_members: TxDescriptor<Anonymize<I38jfk5li8iang>>;
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
        execute: TxDescriptor<Anonymize<I82hmjif78bd01>>;
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
        propose: TxDescriptor<Anonymize<I5be19t5dh87tc>>;
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
        vote: TxDescriptor<Anonymize<I2dtrijkm5601t>>;
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
        disapprove_proposal: TxDescriptor<Anonymize<I2ev73t79f46tb>>;
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
        close: TxDescriptor<Anonymize<Ib2obgji960euh>>;
        /**
         * Disapprove the proposal and burn the cost held for storing this proposal.
         *
         * Parameters:
         * - `origin`: must be the `KillOrigin`.
         * - `proposal_hash`: The hash of the proposal that should be killed.
         *
         * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
         */
        kill: TxDescriptor<Anonymize<I2ev73t79f46tb>>;
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
        release_proposal_cost: TxDescriptor<Anonymize<I2ev73t79f46tb>>;
    };
    Session: {
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
        set_keys: TxDescriptor<Anonymize<Idk46ma354sc05>>;
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
        purge_keys: TxDescriptor<undefined>;
    };
    Grandpa: {
        /**
         * Report voter equivocation/misbehavior. This method will verify the
         * equivocation proof and validate the given key ownership proof
         * against the extracted offender. If both are valid, the offence
         * will be reported.
         */
        report_equivocation: TxDescriptor<Anonymize<I7ne83r38c2sqq>>;
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
        report_equivocation_unsigned: TxDescriptor<Anonymize<I7ne83r38c2sqq>>;
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
        note_stalled: TxDescriptor<Anonymize<I2hviml3snvhhn>>;
    };
    Utility: {
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
        batch: TxDescriptor<Anonymize<Ia6il7pmquk416>>;
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
        as_derivative: TxDescriptor<Anonymize<I9jg69v6f3vkcn>>;
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
        batch_all: TxDescriptor<Anonymize<Ia6il7pmquk416>>;
        /**
         * Dispatches a function call with a provided origin.
         *
         * The dispatch origin for this call must be _Root_.
         *
         * ## Complexity
         * - O(1).
         */
        dispatch_as: TxDescriptor<Anonymize<I13blcljg2q5o8>>;
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
        force_batch: TxDescriptor<Anonymize<Ia6il7pmquk416>>;
        /**
         * Dispatch a function call with a specified weight.
         *
         * This function does not check the weight of the call, and instead allows the
         * Root origin to specify the weight of the call.
         *
         * The dispatch origin for this call must be _Root_.
         */
        with_weight: TxDescriptor<Anonymize<I3o7fak6uo66tv>>;
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
        if_else: TxDescriptor<Anonymize<Iav2br6c6biunb>>;
        /**
         * Dispatches a function call with a provided origin.
         *
         * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
         *
         * The dispatch origin for this call must be _Root_.
         */
        dispatch_as_fallible: TxDescriptor<Anonymize<I13blcljg2q5o8>>;
    };
    Sudo: {
        /**
         * Authenticates the sudo key and dispatches a function call with `Root` origin.
         */
        sudo: TxDescriptor<Anonymize<I7bh03kdrged1v>>;
        /**
         * Authenticates the sudo key and dispatches a function call with `Root` origin.
         * This function does not check the weight of the call, and instead allows the
         * Sudo user to specify the weight of the call.
         *
         * The dispatch origin for this call must be _Signed_.
         */
        sudo_unchecked_weight: TxDescriptor<Anonymize<I3o7fak6uo66tv>>;
        /**
         * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
         * key.
         */
        set_key: TxDescriptor<Anonymize<I8k3rnvpeeh4hv>>;
        /**
         * Authenticates the sudo key and dispatches a function call with `Signed` origin from
         * a given account.
         *
         * The dispatch origin for this call must be _Signed_.
         */
        sudo_as: TxDescriptor<Anonymize<Iekdcdcjt5i7a>>;
        /**
         * Permanently removes the sudo key.
         *
         * **This cannot be un-done.**
         */
        remove_key: TxDescriptor<undefined>;
    };
    Citizens: {
        /**
         * Register a citizen by their commitment `blake2_256(id_number ++ salt)`, optionally
         * offering the account they will sign with (it signs for them once it has accepted,
         * `accept_link`).
         *
         * Origin: a `CIVIL_AFFAIRS` operator. Emits `CitizenRegistered` (and `LinkOffered`).
         */
        register_citizen: TxDescriptor<Anonymize<Idfbhhj1vkt0im>>;
        /**
         * Set a citizen's status (e.g. `Deceased`). A citizen who is not active holds no
         * consent and no valid attestation, but keeps their records and log.
         *
         * Origin: a `CIVIL_AFFAIRS` operator. Emits `StatusSet`.
         */
        set_status: TxDescriptor<Anonymize<Ibi771i0pcf29a>>;
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
        link_account: TxDescriptor<Anonymize<Ia4grdgurl235t>>;
        /**
         * Move the signer's citizenship to `new`: from now on only `new` acts for them.
         *
         * Origin: signed by the citizen's current account. Emits `AccountRotated`.
         */
        rotate_account: TxDescriptor<Anonymize<Idhlknhp7vndhp>>;
        /**
         * Attest a claim about an active citizen: `claim_hash` is the hash of the claim the
         * agency keeps; `schema` says what kind of claim it is; `expires_at` is a block
         * number. A revoked attestation of the same claim may be attested again.
         *
         * Origin: an operator of any active agency. Emits `Attested`.
         */
        attest: TxDescriptor<Anonymize<Ieii5a6reiicaj>>;
        /**
         * Revoke an attestation the signer's agency made.
         *
         * Origin: an operator of the issuing agency. Emits `AttestationRevoked`.
         */
        revoke_attestation: TxDescriptor<Anonymize<Ic9d3m6p8ak3cq>>;
        /**
         * Consent to `agency` using `category` data for `purpose`, until block `expires_at`
         * (or until revoked). Granting again renews it.
         *
         * Origin: signed by an active citizen's account. Emits `ConsentGranted`.
         */
        grant_consent: TxDescriptor<Anonymize<I9irj81ertv939>>;
        /**
         * Withdraw a consent. It stays listed, revoked, until granted again.
         *
         * Origin: signed by the citizen's account (of any status). Emits `ConsentRevoked`.
         */
        revoke_consent: TxDescriptor<Anonymize<I6evdvjpug0j80>>;
        /**
         * Take the account offered to a citizen: the signer is that account and from now on
         * signs for them; any account linked before can no longer act for them.
         *
         * Origin: signed by the offered account. Emits `AccountLinked`.
         */
        accept_link: TxDescriptor<Anonymize<I34tq00is97n0f>>;
        /**
         * Refuse the account offered in place of the signer's: the offer is withdrawn.
         *
         * Origin: signed by the citizen's current account. Emits `LinkVetoed`.
         */
        veto_link: TxDescriptor<undefined>;
        /**
         * Second another civil-affairs agency's offer of a new account to a citizen (both
         * agencies have seen the citizen): the account may take it at once.
         *
         * Origin: a `CIVIL_AFFAIRS` operator of an agency other than the one that made the
         * offer. Emits `LinkSeconded`.
         */
        second_link: TxDescriptor<Anonymize<I34tq00is97n0f>>;
    };
    Health: {
        /**
         * Anchor a record of a registered citizen: the hash of the document. Nothing on chain
         * locates the document: the signer's agency serves it (encrypted) through its gateway.
         *
         * Origin: a `HEALTH` operator (its agency becomes the issuer). Emits `RecordAnchored`
         * (with the new record id).
         */
        anchor_record: TxDescriptor<Anonymize<Ir2k9c1aqmv66>>;
        /**
         * Replace a record's document with a new version; the earlier versions' hashes stay.
         *
         * Origin: an operator of the issuing agency (which must still hold `HEALTH`). Emits
         * `RecordAmended`.
         */
        amend_record: TxDescriptor<Anonymize<I7babk569m6h4e>>;
        /**
         * Read a record for `purpose`: allowed to its issuer, and to an agency the citizen
         * gave an unexpired `Health` consent for this purpose. Written to the citizen's
         * access log; the issuer's system serves the document against this access.
         *
         * Origin: an operator of any active agency; `NoConsent` without consent. Emits
         * `RecordAccessed` (and pallet-citizens' `DataAccessed`).
         */
        access_record: TxDescriptor<Anonymize<I8tdat86hb5nhg>>;
        /**
         * Read a record without consent in an emergency, stating the reason (the hash of the
         * written reason the agency keeps). Logged as an emergency in the citizen's access
         * log (purpose [`EMERGENCY_PURPOSE`]); it awaits review until `review_by`, and is
         * overdue after.
         *
         * Origin: a `HEALTH` operator. Emits `EmergencyAccessed` (the citizen's notice, with
         * the new access id and its review deadline) and pallet-citizens' `DataAccessed`.
         */
        emergency_access: TxDescriptor<Anonymize<Icvnkj0as8sc5g>>;
        /**
         * Judge a break-glass access. A review after its deadline is still taken (and marked
         * late): it is how an overdue access leaves the overdue list.
         *
         * Origin: the council, or a `DISEASE_CONTROL` operator of an agency other than the
         * one that accessed. Emits `EmergencyReviewed`.
         */
        review_emergency: TxDescriptor<Anonymize<Iakgdge8bmv7vk>>;
        /**
         * Erase a record (PIPL art. 47): it can no longer be read or amended, and any locator
         * left from before spec 101 is cleared; its hash and every version stay as evidence.
         *
         * Origin: an operator of the issuing agency (which must still hold `HEALTH`). Emits
         * `RecordErased`.
         */
        erase_record: TxDescriptor<Anonymize<I4ov6e94l79mbg>>;
        /**
         * Set how many blocks after a break-glass access its review is on time (for accesses
         * made from now on).
         *
         * Origin: the council. Emits `ReviewWindowSet`.
         */
        set_review_window: TxDescriptor<Anonymize<I8acs4o90mks35>>;
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
        report_test: TxDescriptor<Anonymize<Ideo13km5g893k>>;
        /**
         * Report that a citizen's active case recovered: the case leaves its district's
         * active count and joins its recovered count.
         *
         * Origin: a `HEALTH` or `DISEASE_CONTROL` operator. Emits `RecoveryReported`.
         */
        report_recovery: TxDescriptor<Anonymize<I34tq00is97n0f>>;
        /**
         * Flag a registered citizen as a contact of a case: Yellow for the contact window, and
         * after it until a negative test sampled since the flag is reported.
         *
         * Origin: a `DISEASE_CONTROL` operator. Emits `ContactFlagged`.
         */
        flag_contact: TxDescriptor<Anonymize<I34tq00is97n0f>>;
    };
    Property: {
        /**
         * Register a property: its parcel reference, district, area, usage, owners (shares in
         * ppm summing to 1,000,000) and the hash of its title deed.
         *
         * Origin: a `LAND_REGISTRY` operator. Emits `PropertyRegistered` (with the new id).
         */
        register_property: TxDescriptor<Anonymize<Iih0vgrpoosjj>>;
        /**
         * Start selling a property to `new_owners` under the contract whose hash is given.
         * Every other current owner and every new owner must then approve.
         *
         * Origin: an owner — a citizen owner's account or an operator of an agency owner.
         * Emits `TransferInitiated` (with the new transfer id and its expiry block).
         */
        initiate_transfer: TxDescriptor<Anonymize<Ib8l9mr5hbfkar>>;
        /**
         * Approve a transfer as one of its sellers or buyers.
         *
         * Origin: a party's account — a citizen's own, or an operator of an agency party.
         * Emits `TransferApproved` (with the approvals still awaited).
         */
        approve_transfer: TxDescriptor<Anonymize<I5b9hukg7au6ic>>;
        /**
         * Confirm that the tax of a transfer was paid, once every party has approved.
         *
         * Origin: a `TAX` operator. Emits `TaxConfirmed`.
         */
        confirm_tax: TxDescriptor<Anonymize<I5b9hukg7au6ic>>;
        /**
         * Finalise a transfer: the property passes to its new owners at once, under the new
         * title deed whose hash is given. Refused while a mortgage or seizure stands.
         *
         * Origin: a `LAND_REGISTRY` operator. Emits `TransferFinalized`.
         */
        finalize_transfer: TxDescriptor<Anonymize<Ichrc677tdvri2>>;
        /**
         * Reject a transfer, for the reason whose hash is given; the property is free for
         * another.
         *
         * Origin: a `LAND_REGISTRY` operator. Emits `TransferRejected`.
         */
        reject_transfer: TxDescriptor<Anonymize<I85difnt90epit>>;
        /**
         * Register a claim on a property, with the hash of its deed or order.
         *
         * Origin: an operator of an agency with the claim's role: `FINANCE` for a mortgage,
         * `COURT` for a seizure, `LAND_REGISTRY` for a lease. Emits `Encumbered` (with the
         * new encumbrance id).
         */
        encumber: TxDescriptor<Anonymize<I7gajgi9k4pm26>>;
        /**
         * Release a claim.
         *
         * Origin: an operator of the holding agency (still with the role of the claim).
         * Emits `Released`.
         */
        release: TxDescriptor<Anonymize<I9ckp042ktmpkr>>;
        /**
         * Withdraw an open transfer, for the reason whose hash is given; the property is free
         * for another. Its initiator can always take back what it started, and any other
         * seller can refuse to sell, so no co-owner holds the property's one transfer slot
         * until it expires.
         *
         * Origin: a seller — a current owner's account, or an operator of an agency owner.
         * Emits `TransferCancelled`.
         */
        cancel_transfer: TxDescriptor<Anonymize<I85difnt90epit>>;
    };
    Parking: {
        /**
         * Register a lot and index it by position (micro-degrees), with its capacity, its
         * price per hour and the account that reports its occupancy.
         *
         * Origin: a `TRANSPORT` operator. Emits `LotRegistered` (with the new lot id).
         */
        register_lot: TxDescriptor<Anonymize<Ie4fc6h3avut7p>>;
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
        update_occupancy: TxDescriptor<Anonymize<I3q1pds5ioivpv>>;
        /**
         * Hold a space in `lot` for the signer, who means to park from block `starts_at` for
         * `minutes`; it is held from now until then, and released at that block.
         *
         * Origin: an active citizen's own account. Emits `Reserved` (with the new
         * reservation id and its end block).
         */
        reserve: TxDescriptor<Anonymize<I9j7lt6ndu64pv>>;
        /**
         * Give a reserved space back before its end.
         *
         * Origin: the account of the citizen who reserved it. Emits `ReservationCancelled`.
         */
        cancel_reservation: TxDescriptor<Anonymize<Icscp4se6fr1p5>>;
    };
    Catalog: {
        /**
         * Publish a resource the signer's agency holds: its title, category label, the hash
         * of its schema, its sensitivity and the level it covers. It starts at version 1.
         *
         * Origin: an operator of an active agency (any role), which owns the resource.
         * Emits `ResourcePublished` (with the new id).
         */
        publish_resource: TxDescriptor<Anonymize<I3uuntibmllg2k>>;
        /**
         * Describe a resource anew; its version goes up by one. Existing grants stand.
         *
         * Origin: an operator of the owning agency. Emits `ResourceUpdated`.
         */
        update_resource: TxDescriptor<Anonymize<Igao74j5qavj1>>;
        /**
         * Retire a resource: it takes no more requests, and every active grant on it ends
         * now (pending requests can still be rejected, not approved).
         *
         * Origin: an operator of the owning agency. Emits `ResourceRetired`.
         */
        retire_resource: TxDescriptor<Anonymize<I5vecmh4ib67em>>;
        /**
         * Ask for a resource for `purpose`, with the hash of the written justification, for
         * `duration` blocks from the grant. A public resource is granted at once; any other
         * waits for its owner.
         *
         * Origin: an operator of an active agency other than the owner. Emits
         * `AccessRequested` (with the new request id), and `AccessGranted` (with the grant
         * id) when the resource is public.
         */
        request_access: TxDescriptor<Anonymize<I58dmf85m7cafm>>;
        /**
         * Grant a pending request: the requester may receive the resource for the duration
         * it asked, from now.
         *
         * Origin: an operator of the owning agency. Emits `AccessGranted` (with the new
         * grant id).
         */
        approve_request: TxDescriptor<Anonymize<I6al1n81n93b1t>>;
        /**
         * Refuse a pending request, for the reason whose hash is given.
         *
         * Origin: an operator of the owning agency. Emits `RequestRejected`.
         */
        reject_request: TxDescriptor<Anonymize<I546ai90ib5pcg>>;
        /**
         * Record that the payload whose hash is given was sent under a grant: the first half
         * of a receipt.
         *
         * Origin: an operator of the grant's provider, while the grant holds. Emits
         * `DeliveryRecorded` (with the new delivery id).
         */
        record_delivery: TxDescriptor<Anonymize<Iem3eparfekao>>;
        /**
         * Confirm that a delivery arrived: the second half of its receipt. A delivery made
         * while the grant held may be confirmed after it ends.
         *
         * Origin: an operator of the grant's consumer. Emits `DeliveryConfirmed`.
         */
        confirm_delivery: TxDescriptor<Anonymize<I923plthsg04c7>>;
        /**
         * Dispute a delivery: what the provider recorded does not hold, for `reason`;
         * `evidence_hash` is the hash of what the consumer can show for it (its message log's
         * entries, the batch it was shown), kept off chain. The receipt's second half, instead
         * of a confirmation; it may come after the grant ends.
         *
         * Origin: an operator of the grant's consumer. Emits `DeliveryDisputed`.
         */
        dispute_delivery: TxDescriptor<Anonymize<Id8ud24350r9a9>>;
    };
    Governance: {
        /**
         * Dispatch `call` as Root. All or nothing: if the call fails, `enact` fails with its
         * error and nothing changes.
         *
         * Origin: `EnactOrigin` (the council's two thirds). The call must be on the runtime's
         * allow-list (`NotEnactable` otherwise). Emits `Enacted` (with the call's hash), and
         * whatever the call emits.
         */
        enact: TxDescriptor<Anonymize<I7bh03kdrged1v>>;
    };
    AuraEquivocation: {
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
        report_equivocation: TxDescriptor<Anonymize<I50ppnqasq4tjq>>;
    };
};
type IEvent = {
    System: {
        /**
         * An extrinsic completed successfully.
         */
        ExtrinsicSuccess: PlainDescriptor<Anonymize<Ia82mnkmeo2rhc>>;
        /**
         * An extrinsic failed.
         */
        ExtrinsicFailed: PlainDescriptor<Anonymize<I7m7vjpskmhsc>>;
        /**
         * `:code` was updated to the code with the given hash.
         */
        CodeUpdated: PlainDescriptor<Anonymize<I1jm8m1rh9e20v>>;
        /**
         * A new account was created.
         */
        NewAccount: PlainDescriptor<Anonymize<Icbccs0ug47ilf>>;
        /**
         * An account was reaped.
         */
        KilledAccount: PlainDescriptor<Anonymize<Icbccs0ug47ilf>>;
        /**
         * On on-chain remark happened.
         */
        Remarked: PlainDescriptor<Anonymize<I855j4i3kr8ko1>>;
        /**
         * An upgrade was authorized.
         */
        UpgradeAuthorized: PlainDescriptor<Anonymize<Ibgl04rn6nbfm6>>;
        /**
         * An invalid authorized upgrade was rejected while trying to apply it.
         */
        RejectedInvalidAuthorizedUpgrade: PlainDescriptor<Anonymize<I5end43ncdpgao>>;
    };
    Balances: {
        /**
         * An account was created with some free balance.
         */
        Endowed: PlainDescriptor<Anonymize<Icv68aq8841478>>;
        /**
         * An account was removed whose balance was non-zero but below ExistentialDeposit,
         * resulting in an outright loss.
         */
        DustLost: PlainDescriptor<Anonymize<Ic262ibdoec56a>>;
        /**
         * Transfer succeeded.
         */
        Transfer: PlainDescriptor<Anonymize<Iflcfm9b6nlmdd>>;
        /**
         * A balance was set by root.
         */
        BalanceSet: PlainDescriptor<Anonymize<Ijrsf4mnp3eka>>;
        /**
         * Some balance was reserved (moved from free to reserved).
         */
        Reserved: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was unreserved (moved from reserved to free).
         */
        Unreserved: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was moved from the reserve of the first account to the second account.
         * Final argument indicates the destination balance type.
         */
        ReserveRepatriated: PlainDescriptor<Anonymize<I8tjvj9uq4b7hi>>;
        /**
         * Some amount was deposited (e.g. for transaction fees).
         */
        Deposit: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was withdrawn from the account (e.g. for transaction fees).
         */
        Withdraw: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was removed from the account (e.g. for misbehavior).
         */
        Slashed: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was minted into an account.
         */
        Minted: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some credit was balanced and added to the TotalIssuance.
         */
        MintedCredit: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Some amount was burned from an account.
         */
        Burned: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some debt has been dropped from the Total Issuance.
         */
        BurnedDebt: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Some amount was suspended from an account (it can be restored later).
         */
        Suspended: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was restored into an account.
         */
        Restored: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * An account was upgraded.
         */
        Upgraded: PlainDescriptor<Anonymize<I4cbvqmqadhrea>>;
        /**
         * Total issuance was increased by `amount`, creating a credit to be balanced.
         */
        Issued: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Total issuance was decreased by `amount`, creating a debt to be balanced.
         */
        Rescinded: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Some balance was locked.
         */
        Locked: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was unlocked.
         */
        Unlocked: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was frozen.
         */
        Frozen: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was thawed.
         */
        Thawed: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * The `TotalIssuance` was forcefully changed.
         */
        TotalIssuanceForced: PlainDescriptor<Anonymize<I4fooe9dun9o0t>>;
        /**
         * Some balance was placed on hold.
         */
        Held: PlainDescriptor<Anonymize<I41hi387u838iq>>;
        /**
         * Held balance was burned from an account.
         */
        BurnedHeld: PlainDescriptor<Anonymize<I41hi387u838iq>>;
        /**
         * A transfer of `amount` on hold from `source` to `dest` was initiated.
         */
        TransferOnHold: PlainDescriptor<Anonymize<I6gmc2rnor4quc>>;
        /**
         * The `transferred` balance is placed on hold at the `dest` account.
         */
        TransferAndHold: PlainDescriptor<Anonymize<I9vhjj76efco99>>;
        /**
         * Some balance was released from hold.
         */
        Released: PlainDescriptor<Anonymize<I41hi387u838iq>>;
        /**
         * An unexpected/defensive event was triggered.
         */
        Unexpected: PlainDescriptor<Anonymize<Iph9c4rn81ub2>>;
    };
    TransactionPayment: {
        /**
         * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
         * has been paid by `who`.
         */
        TransactionFeePaid: PlainDescriptor<Anonymize<Ier2cke86dqbr2>>;
    };
    Agencies: {
        /**
         * The council registered an agency.
         */
        AgencyRegistered: PlainDescriptor<Anonymize<I8mrtpd66330rd>>;
        /**
         * The council changed what an agency may write.
         */
        RolesSet: PlainDescriptor<Anonymize<I12r93jsgvc4cr>>;
        /**
         * The council suspended an agency: its operators can no longer act, its admin left
         * the council and its node leaves the authority set at the next session.
         */
        AgencySuspended: PlainDescriptor<Anonymize<I98r4msfe4ost5>>;
        /**
         * The council resumed a suspended agency.
         */
        AgencyResumed: PlainDescriptor<Anonymize<I98r4msfe4ost5>>;
        /**
         * The council named (or removed) an agency's authority node account.
         */
        AuthoritySet: PlainDescriptor<Anonymize<I5md8sjd9ms22d>>;
        /**
         * An agency's admin added an operator.
         */
        OperatorAdded: PlainDescriptor<Anonymize<Iecqivpf5t08pt>>;
        /**
         * An agency's admin removed an operator.
         */
        OperatorRemoved: PlainDescriptor<Anonymize<Iecqivpf5t08pt>>;
        /**
         * An agency's admin handed the admin seat to another account.
         */
        AdminChanged: PlainDescriptor<Anonymize<Ib5n33hnm1d3aj>>;
        /**
         * The council replaced an agency's admin (a lost or stolen admin key).
         */
        AdminReplaced: PlainDescriptor<Anonymize<Ib5n33hnm1d3aj>>;
        /**
         * The council changed the session length.
         */
        SessionLengthSet: PlainDescriptor<Anonymize<I8acs4o90mks35>>;
        /**
         * The council replaced the list of an agency's nodes (the peers it may run).
         */
        NodesSet: PlainDescriptor<Anonymize<Ia34n7vu0nlpa9>>;
        /**
         * An agency's admin named its gateway (`None`: it has none now).
         */
        GatewaySet: PlainDescriptor<Anonymize<Ia9s2mpg2uht0s>>;
        /**
         * An agency's admin published where one of its nodes listens (empty: nowhere now).
         */
        NodeAddressesSet: PlainDescriptor<Anonymize<I82g24i291bq0q>>;
        /**
         * An offence of the agency's authority node was proven (`kind`: what, e.g.
         * `aura:equivocatio`; `session`: when): the authority is out of every authority set
         * planned from now on, and disabled for the rest of the sessions it is still in,
         * until the council restores it. The agency itself stays as it was.
         */
        AuthorityOffence: PlainDescriptor<Anonymize<Ib1ieef44om12n>>;
        /**
         * The council let the agency's authority back into the authority set (from the
         * session after next).
         */
        AuthorityRestored: PlainDescriptor<Anonymize<I98r4msfe4ost5>>;
    };
    Council: {
        /**
         * A motion (given hash) has been proposed (by given account) with a threshold (given
         * `MemberCount`).
         */
        Proposed: PlainDescriptor<Anonymize<Ift6f10887nk72>>;
        /**
         * A motion (given hash) has been voted on by given account, leaving
         * a tally (yes votes and no votes given respectively as `MemberCount`).
         */
        Voted: PlainDescriptor<Anonymize<I7qc53b1tvqjg2>>;
        /**
         * A motion was approved by the required threshold.
         */
        Approved: PlainDescriptor<Anonymize<I2ev73t79f46tb>>;
        /**
         * A motion was not approved by the required threshold.
         */
        Disapproved: PlainDescriptor<Anonymize<I2ev73t79f46tb>>;
        /**
         * A motion was executed; result will be `Ok` if it returned without error.
         */
        Executed: PlainDescriptor<Anonymize<Ib68sgtoj3qdo5>>;
        /**
         * A single member did some action; result will be `Ok` if it returned without error.
         */
        MemberExecuted: PlainDescriptor<Anonymize<Ib68sgtoj3qdo5>>;
        /**
         * A proposal was closed because its threshold was reached or after its duration was up.
         */
        Closed: PlainDescriptor<Anonymize<Iak7fhrgb9jnnq>>;
        /**
         * A proposal was killed.
         */
        Killed: PlainDescriptor<Anonymize<I2ev73t79f46tb>>;
        /**
         * Some cost for storing a proposal was burned.
         */
        ProposalCostBurned: PlainDescriptor<Anonymize<I9ad1o9mv4cm3>>;
        /**
         * Some cost for storing a proposal was released.
         */
        ProposalCostReleased: PlainDescriptor<Anonymize<I9ad1o9mv4cm3>>;
    };
    Session: {
        /**
         * New session has happened. Note that the argument is the session index, not the
         * block number as the type might suggest.
         */
        NewSession: PlainDescriptor<Anonymize<I2hq50pu2kdjpo>>;
        /**
         * The `NewSession` event in the current block also implies a new validator set to be
         * queued.
         */
        NewQueued: PlainDescriptor<undefined>;
        /**
         * Validator has been disabled.
         */
        ValidatorDisabled: PlainDescriptor<Anonymize<I9acqruh7322g2>>;
        /**
         * Validator has been re-enabled.
         */
        ValidatorReenabled: PlainDescriptor<Anonymize<I9acqruh7322g2>>;
    };
    Grandpa: {
        /**
         * New authority set has been applied.
         */
        NewAuthorities: PlainDescriptor<Anonymize<I5768ac424h061>>;
        /**
         * Current authority set has been paused.
         */
        Paused: PlainDescriptor<undefined>;
        /**
         * Current authority set has been resumed.
         */
        Resumed: PlainDescriptor<undefined>;
    };
    Utility: {
        /**
         * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
         * well as the error.
         */
        BatchInterrupted: PlainDescriptor<Anonymize<Ib68oa84v9f17i>>;
        /**
         * Batch of dispatches completed fully with no error.
         */
        BatchCompleted: PlainDescriptor<undefined>;
        /**
         * Batch of dispatches completed but has errors.
         */
        BatchCompletedWithErrors: PlainDescriptor<undefined>;
        /**
         * A single item within a Batch of dispatches has completed with no error.
         */
        ItemCompleted: PlainDescriptor<undefined>;
        /**
         * A single item within a Batch of dispatches has completed with error.
         */
        ItemFailed: PlainDescriptor<Anonymize<I5ccugl0qhdt50>>;
        /**
         * A call was dispatched.
         */
        DispatchedAs: PlainDescriptor<Anonymize<Ibn8jk9v2a71mn>>;
        /**
         * Main call was dispatched.
         */
        IfElseMainSuccess: PlainDescriptor<undefined>;
        /**
         * The fallback call was dispatched.
         */
        IfElseFallbackCalled: PlainDescriptor<Anonymize<I31pchm6bidild>>;
    };
    Sudo: {
        /**
         * A sudo call just took place.
         */
        Sudid: PlainDescriptor<Anonymize<Ia4mbfkt453533>>;
        /**
         * The sudo key has been updated.
         */
        KeyChanged: PlainDescriptor<Anonymize<I5rtkmhm2dng4u>>;
        /**
         * The key was permanently removed.
         */
        KeyRemoved: PlainDescriptor<undefined>;
        /**
         * A [sudo_as](Pallet::sudo_as) call just took place.
         */
        SudoAsDone: PlainDescriptor<Anonymize<Ia4mbfkt453533>>;
    };
    Citizens: {
        /**
         * A civil-affairs agency registered a citizen (`account`: the account offered to sign
         * for them, which must accept; see `LinkOffered`).
         */
        CitizenRegistered: PlainDescriptor<Anonymize<I7h5fcr0u4jh5e>>;
        /**
         * A civil-affairs agency changed a citizen's status.
         */
        StatusSet: PlainDescriptor<Anonymize<Ibi771i0pcf29a>>;
        /**
         * A civil-affairs agency offered an account to sign for a citizen. If the citizen has
         * an account, it may veto the offer until `ready_at` (the offer may be taken from
         * then on, or earlier once a second agency seconds it).
         */
        LinkOffered: PlainDescriptor<Anonymize<I949c8aepns8i1>>;
        /**
         * A second civil-affairs agency seconded a link offer: it may be taken at once.
         */
        LinkSeconded: PlainDescriptor<Anonymize<Ibvhdb1jt8knj6>>;
        /**
         * The citizen's account vetoed an offer of another account.
         */
        LinkVetoed: PlainDescriptor<Anonymize<Ia4grdgurl235t>>;
        /**
         * The offered account accepted and now signs for the citizen (any account linked
         * before can no longer act for them).
         */
        AccountLinked: PlainDescriptor<Anonymize<Ia4grdgurl235t>>;
        /**
         * A citizen moved to a new account; the old one can no longer act for them.
         */
        AccountRotated: PlainDescriptor<Anonymize<I1a7uudgr1m8mu>>;
        /**
         * An agency attested a claim about a citizen.
         */
        Attested: PlainDescriptor<Anonymize<Ifif9jr5lmevol>>;
        /**
         * The issuer revoked an attestation.
         */
        AttestationRevoked: PlainDescriptor<Anonymize<If2dmdc22jko1b>>;
        /**
         * A citizen consented to an agency using a category of their data for a purpose.
         */
        ConsentGranted: PlainDescriptor<Anonymize<If1ptvmbe02ie>>;
        /**
         * A citizen withdrew a consent.
         */
        ConsentRevoked: PlainDescriptor<Anonymize<I9eo6aqckht3dj>>;
        /**
         * An agency read a citizen's data (entry `seq` of their access log).
         */
        DataAccessed: PlainDescriptor<Anonymize<Icfccqisvj0grc>>;
    };
    Health: {
        /**
         * A health agency anchored a record.
         */
        RecordAnchored: PlainDescriptor<Anonymize<Ib3nfpfubf1m8h>>;
        /**
         * The issuer amended a record: `version` is the new current version.
         */
        RecordAmended: PlainDescriptor<Anonymize<I4n90ll9grdb31>>;
        /**
         * An agency read a record, as issuer or under the citizen's consent.
         */
        RecordAccessed: PlainDescriptor<Anonymize<Ifiok8o3pss7e8>>;
        /**
         * A health agency read a record without consent, under break-glass rules: the
         * citizen's notice. It must be reviewed by `review_by`.
         */
        EmergencyAccessed: PlainDescriptor<Anonymize<I1mrprdned3hci>>;
        /**
         * A break-glass access was reviewed (`late`: after its deadline).
         */
        EmergencyReviewed: PlainDescriptor<Anonymize<I9nst2fvcmr8qo>>;
        /**
         * The issuer erased a record: its hash and history stay; the issuer's gateway destroys
         * the document's key.
         */
        RecordErased: PlainDescriptor<Anonymize<Icn9j36q2j8p76>>;
        /**
         * The council set the review window.
         */
        ReviewWindowSet: PlainDescriptor<Anonymize<I8acs4o90mks35>>;
        /**
         * A test result was reported.
         */
        TestReported: PlainDescriptor<Anonymize<I2hjhj0r581bbp>>;
        /**
         * An active case recovered.
         */
        RecoveryReported: PlainDescriptor<Anonymize<Ia6frcd6igo8t>>;
        /**
         * Disease control flagged a citizen as a contact.
         */
        ContactFlagged: PlainDescriptor<Anonymize<I569cf9r1ec245>>;
    };
    Property: {
        /**
         * A land registry registered a property.
         */
        PropertyRegistered: PlainDescriptor<Anonymize<I31jt6ur0cmi37>>;
        /**
         * An owner initiated a transfer; it expires at `expires_at` unless finalised.
         */
        TransferInitiated: PlainDescriptor<Anonymize<I18hh6mf2rulek>>;
        /**
         * A seller or buyer approved a transfer; `remaining` approvals are still awaited.
         */
        TransferApproved: PlainDescriptor<Anonymize<Ibgd8ac720hgvl>>;
        /**
         * A tax bureau confirmed the tax of a transfer was paid.
         */
        TaxConfirmed: PlainDescriptor<Anonymize<I73pob1r84c02m>>;
        /**
         * A land registry finalised a transfer: the property has its new owners.
         */
        TransferFinalized: PlainDescriptor<Anonymize<Ihd7ld4u61aep>>;
        /**
         * A land registry rejected a transfer.
         */
        TransferRejected: PlainDescriptor<Anonymize<I363969iod8gt8>>;
        /**
         * A transfer ran out of time.
         */
        TransferExpired: PlainDescriptor<Anonymize<Ib4d4l3396grtv>>;
        /**
         * An agency registered a claim on a property.
         */
        Encumbered: PlainDescriptor<Anonymize<I2dfgi4kd38pv0>>;
        /**
         * The holder released its claim.
         */
        Released: PlainDescriptor<Anonymize<Ibrc6eqck6ctg8>>;
        /**
         * A seller withdrew an open transfer; the property is free for another.
         */
        TransferCancelled: PlainDescriptor<Anonymize<I9u3k1g1n7td5g>>;
    };
    Parking: {
        /**
         * A transport agency registered a lot.
         */
        LotRegistered: PlainDescriptor<Anonymize<I11st56uobabif>>;
        /**
         * An operator reported the occupancy of `count` lots.
         */
        OccupancyUpdated: PlainDescriptor<Anonymize<I1e4fpurd54umr>>;
        /**
         * A citizen reserved a space until `ends_at`.
         */
        Reserved: PlainDescriptor<Anonymize<Iefp75v4o3q90g>>;
        /**
         * The citizen cancelled a reservation.
         */
        ReservationCancelled: PlainDescriptor<Anonymize<I2eidvfj95ce7a>>;
        /**
         * A reservation ended and its space is free again.
         */
        ReservationEnded: PlainDescriptor<Anonymize<I2eidvfj95ce7a>>;
    };
    Catalog: {
        /**
         * An agency published a resource.
         */
        ResourcePublished: PlainDescriptor<Anonymize<I3nqm4ikomqvu0>>;
        /**
         * The owner updated a resource to a new version.
         */
        ResourceUpdated: PlainDescriptor<Anonymize<I1medtarpkvng6>>;
        /**
         * The owner retired a resource; `grants_ended` active grants ended with it.
         */
        ResourceRetired: PlainDescriptor<Anonymize<Ifr3ciatknm4rm>>;
        /**
         * An agency asked for a resource.
         */
        AccessRequested: PlainDescriptor<Anonymize<I57o67f14r665b>>;
        /**
         * A request was granted: by the owner, or `automatic`ally for a public resource.
         */
        AccessGranted: PlainDescriptor<Anonymize<Ierbvg2m618be4>>;
        /**
         * The owner refused a request.
         */
        RequestRejected: PlainDescriptor<Anonymize<Ifggf8olfbhl1s>>;
        /**
         * A grant's time ran out.
         */
        GrantExpired: PlainDescriptor<Anonymize<I3dlo6lj8f4q1a>>;
        /**
         * The consumer asked again: grant `by` took the place of `grant`.
         */
        GrantRenewed: PlainDescriptor<Anonymize<If73lgt5slg9d3>>;
        /**
         * The provider recorded a delivery.
         */
        DeliveryRecorded: PlainDescriptor<Anonymize<Ia6vbg3313ejoh>>;
        /**
         * The consumer confirmed a delivery arrived.
         */
        DeliveryConfirmed: PlainDescriptor<Anonymize<If07h41in10dtq>>;
        /**
         * The consumer disputed a delivery.
         */
        DeliveryDisputed: PlainDescriptor<Anonymize<If58njotbcgsj8>>;
    };
    Governance: {
        /**
         * The council's call (by its hash) was dispatched as Root and succeeded.
         */
        Enacted: PlainDescriptor<Anonymize<I1adbcfi5uc62r>>;
    };
    Historical: {
        /**
         * The merkle root of the validators of the said session were stored
         */
        RootStored: PlainDescriptor<Anonymize<I666bl2fqjkejo>>;
        /**
         * The merkle roots of up to this session index were pruned
         */
        RootsPruned: PlainDescriptor<Anonymize<I85icj2qbjeqbe>>;
    };
    Offences: {
        /**
         * There is an offence reported of the given `kind` happened at the `session_index` and
         * (kind-specific) time slot. This event is not deposited for duplicate slashes.
         * \[kind, slot\].
         */
        Offence: PlainDescriptor<Anonymize<I2bhk17btucdqn>>;
    };
};
type IError = {
    System: {
        /**
         * The name of specification does not match between the current runtime
         * and the new runtime.
         */
        InvalidSpecName: PlainDescriptor<undefined>;
        /**
         * The specification version is not allowed to decrease between the current runtime
         * and the new runtime.
         */
        SpecVersionNeedsToIncrease: PlainDescriptor<undefined>;
        /**
         * Failed to extract the runtime version from the new runtime.
         *
         * Either calling `Core_version` or decoding `RuntimeVersion` failed.
         */
        FailedToExtractRuntimeVersion: PlainDescriptor<undefined>;
        /**
         * Suicide called when the account has non-default composite data.
         */
        NonDefaultComposite: PlainDescriptor<undefined>;
        /**
         * There is a non-zero reference count preventing the account from being purged.
         */
        NonZeroRefCount: PlainDescriptor<undefined>;
        /**
         * The origin filter prevent the call to be dispatched.
         */
        CallFiltered: PlainDescriptor<undefined>;
        /**
         * A multi-block migration is ongoing and prevents the current code from being replaced.
         */
        MultiBlockMigrationsOngoing: PlainDescriptor<undefined>;
        /**
         * No upgrade authorized.
         */
        NothingAuthorized: PlainDescriptor<undefined>;
        /**
         * The submitted code is not authorized.
         */
        Unauthorized: PlainDescriptor<undefined>;
    };
    Balances: {
        /**
         * Vesting balance too high to send value.
         */
        VestingBalance: PlainDescriptor<undefined>;
        /**
         * Account liquidity restrictions prevent withdrawal.
         */
        LiquidityRestrictions: PlainDescriptor<undefined>;
        /**
         * Balance too low to send value.
         */
        InsufficientBalance: PlainDescriptor<undefined>;
        /**
         * Value too low to create account due to existential deposit.
         */
        ExistentialDeposit: PlainDescriptor<undefined>;
        /**
         * Transfer/payment would kill account.
         */
        Expendability: PlainDescriptor<undefined>;
        /**
         * A vesting schedule already exists for this account.
         */
        ExistingVestingSchedule: PlainDescriptor<undefined>;
        /**
         * Beneficiary account must pre-exist.
         */
        DeadAccount: PlainDescriptor<undefined>;
        /**
         * Number of named reserves exceed `MaxReserves`.
         */
        TooManyReserves: PlainDescriptor<undefined>;
        /**
         * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
         */
        TooManyHolds: PlainDescriptor<undefined>;
        /**
         * Number of freezes exceed `MaxFreezes`.
         */
        TooManyFreezes: PlainDescriptor<undefined>;
        /**
         * The issuance cannot be modified since it is already deactivated.
         */
        IssuanceDeactivated: PlainDescriptor<undefined>;
        /**
         * The delta cannot be zero.
         */
        DeltaZero: PlainDescriptor<undefined>;
    };
    Agencies: {
        /**
         * No agency has this id.
         */
        UnknownAgency: PlainDescriptor<undefined>;
        /**
         * The name is empty.
         */
        EmptyName: PlainDescriptor<undefined>;
        /**
         * The roles are empty or name a bit that is no role.
         */
        InvalidRoles: PlainDescriptor<undefined>;
        /**
         * `MaxAgencies` agencies are active already: suspend one first.
         */
        TooManyAgencies: PlainDescriptor<undefined>;
        /**
         * The account is already the admin of an agency.
         */
        AdminInUse: PlainDescriptor<undefined>;
        /**
         * The account is already some agency's authority node.
         */
        AuthorityInUse: PlainDescriptor<undefined>;
        /**
         * The agency is suspended already.
         */
        AlreadySuspended: PlainDescriptor<undefined>;
        /**
         * The agency is not suspended.
         */
        NotSuspended: PlainDescriptor<undefined>;
        /**
         * The agency is suspended: it cannot act.
         */
        AgencySuspended: PlainDescriptor<undefined>;
        /**
         * The signer is the admin of no agency.
         */
        NotAdmin: PlainDescriptor<undefined>;
        /**
         * The account already operates for an agency.
         */
        AlreadyOperator: PlainDescriptor<undefined>;
        /**
         * The account is not an operator of this agency.
         */
        NotOperator: PlainDescriptor<undefined>;
        /**
         * The agency has `MaxOperators` operators already.
         */
        TooManyOperators: PlainDescriptor<undefined>;
        /**
         * The agency does not hold the role this call needs.
         */
        MissingRole: PlainDescriptor<undefined>;
        /**
         * The member has `MaxOpenMotions` council motions open: close one (or wait until
         * its voting ends and close it) before proposing another.
         */
        TooManyOpenMotions: PlainDescriptor<undefined>;
        /**
         * The session length is below `MinSessionLength`.
         */
        SessionTooShort: PlainDescriptor<undefined>;
        /**
         * The same node is listed twice.
         */
        DuplicateNode: PlainDescriptor<undefined>;
        /**
         * The node is already another agency's.
         */
        NodeInUse: PlainDescriptor<undefined>;
        /**
         * The change would take away a node of an agency whose authority votes in GRANDPA
         * this session, leaving fewer voters reachable than finality needs (more than two
         * thirds). Change it after the session that takes the authority out of the set.
         */
        WouldHaltFinality: PlainDescriptor<undefined>;
        /**
         * A gateway endpoint must be `host:port`: a DNS name (letters, digits, `-` and `.`),
         * an IPv4 address or a bracketed IPv6 address, then a port from 1 to 65535 — no
         * scheme, no path, no user.
         */
        BadEndpoint: PlainDescriptor<undefined>;
        /**
         * The node is not one of the signer's agency's nodes (the council names an agency's
         * nodes: `set_nodes`).
         */
        NotAgencyNode: PlainDescriptor<undefined>;
        /**
         * A node address must be `/ip4/<a.b.c.d>`, `/ip6/<address>` or `/dns/<name>` (or
         * `/dns4/`, `/dns6/`), then `/tcp/<port>`, then `/ws` if it speaks WebSocket — no
         * `/p2p/` part, nothing else.
         */
        BadNodeAddress: PlainDescriptor<undefined>;
        /**
         * The same address is listed twice.
         */
        DuplicateAddress: PlainDescriptor<undefined>;
        /**
         * No offence of this agency's authority is on record: there is nothing to restore.
         */
        NoAuthorityOffence: PlainDescriptor<undefined>;
    };
    Council: {
        /**
         * Account is not a member
         */
        NotMember: PlainDescriptor<undefined>;
        /**
         * Duplicate proposals not allowed
         */
        DuplicateProposal: PlainDescriptor<undefined>;
        /**
         * Proposal must exist
         */
        ProposalMissing: PlainDescriptor<undefined>;
        /**
         * Mismatched index
         */
        WrongIndex: PlainDescriptor<undefined>;
        /**
         * Duplicate vote ignored
         */
        DuplicateVote: PlainDescriptor<undefined>;
        /**
         * Members are already initialized!
         */
        AlreadyInitialized: PlainDescriptor<undefined>;
        /**
         * The close call was made too early, before the end of the voting.
         */
        TooEarly: PlainDescriptor<undefined>;
        /**
         * There can only be a maximum of `MaxProposals` active proposals.
         */
        TooManyProposals: PlainDescriptor<undefined>;
        /**
         * The given weight bound for the proposal was too low.
         */
        WrongProposalWeight: PlainDescriptor<undefined>;
        /**
         * The given length bound for the proposal was too low.
         */
        WrongProposalLength: PlainDescriptor<undefined>;
        /**
         * Prime account is not a member
         */
        PrimeAccountNotMember: PlainDescriptor<undefined>;
        /**
         * Proposal is still active.
         */
        ProposalActive: PlainDescriptor<undefined>;
    };
    Session: {
        /**
         * Invalid ownership proof.
         */
        InvalidProof: PlainDescriptor<undefined>;
        /**
         * No associated validator ID for account.
         */
        NoAssociatedValidatorId: PlainDescriptor<undefined>;
        /**
         * Registered duplicate key.
         */
        DuplicatedKey: PlainDescriptor<undefined>;
        /**
         * No keys are associated with this account.
         */
        NoKeys: PlainDescriptor<undefined>;
        /**
         * Key setting account is not live, so it's impossible to associate keys.
         */
        NoAccount: PlainDescriptor<undefined>;
    };
    Grandpa: {
        /**
         * Attempt to signal GRANDPA pause when the authority set isn't live
         * (either paused or already pending pause).
         */
        PauseFailed: PlainDescriptor<undefined>;
        /**
         * Attempt to signal GRANDPA resume when the authority set isn't paused
         * (either live or already pending resume).
         */
        ResumeFailed: PlainDescriptor<undefined>;
        /**
         * Attempt to signal GRANDPA change with one already pending.
         */
        ChangePending: PlainDescriptor<undefined>;
        /**
         * Cannot signal forced change so soon after last.
         */
        TooSoon: PlainDescriptor<undefined>;
        /**
         * A key ownership proof provided as part of an equivocation report is invalid.
         */
        InvalidKeyOwnershipProof: PlainDescriptor<undefined>;
        /**
         * An equivocation proof provided as part of an equivocation report is invalid.
         */
        InvalidEquivocationProof: PlainDescriptor<undefined>;
        /**
         * A given equivocation report is valid but already previously reported.
         */
        DuplicateOffenceReport: PlainDescriptor<undefined>;
    };
    Utility: {
        /**
         * Too many calls batched.
         */
        TooManyCalls: PlainDescriptor<undefined>;
    };
    Sudo: {
        /**
         * Sender must be the Sudo account.
         */
        RequireSudo: PlainDescriptor<undefined>;
    };
    Citizens: {
        /**
         * No citizen is registered under this id.
         */
        UnknownCitizen: PlainDescriptor<undefined>;
        /**
         * A citizen is already registered under this id.
         */
        AlreadyRegistered: PlainDescriptor<undefined>;
        /**
         * The account already signs for a citizen.
         */
        AccountInUse: PlainDescriptor<undefined>;
        /**
         * The citizen is not active (deceased or revoked).
         */
        CitizenNotActive: PlainDescriptor<undefined>;
        /**
         * The signer is no citizen's account.
         */
        NotACitizen: PlainDescriptor<undefined>;
        /**
         * The status is the one the citizen has.
         */
        StatusUnchanged: PlainDescriptor<undefined>;
        /**
         * The expiry block has already passed.
         */
        ExpiryInPast: PlainDescriptor<undefined>;
        /**
         * This claim is attested already (and not revoked).
         */
        AlreadyAttested: PlainDescriptor<undefined>;
        /**
         * No attestation of this claim exists for the citizen.
         */
        UnknownAttestation: PlainDescriptor<undefined>;
        /**
         * Only the agency that attested a claim may revoke it.
         */
        NotIssuer: PlainDescriptor<undefined>;
        /**
         * The attestation is revoked already.
         */
        AlreadyRevoked: PlainDescriptor<undefined>;
        /**
         * The attesting agency holds `MaxAttestations` attestations about this citizen
         * already (each agency has its own).
         */
        TooManyAttestations: PlainDescriptor<undefined>;
        /**
         * No active agency has this id.
         */
        InactiveAgency: PlainDescriptor<undefined>;
        /**
         * The citizen holds `MaxConsents` consents in force already (revoked and expired ones
         * make room).
         */
        TooManyConsents: PlainDescriptor<undefined>;
        /**
         * The citizen holds no such consent (or revoked it already).
         */
        NoSuchConsent: PlainDescriptor<undefined>;
        /**
         * No account is offered to this citizen, or not the signer.
         */
        NoLinkOffer: PlainDescriptor<undefined>;
        /**
         * The citizen has an account: the offer may be taken only after `RelinkDelay`, or
         * once a second civil-affairs agency has seconded it.
         */
        RelinkNotReady: PlainDescriptor<undefined>;
        /**
         * The agency that made an offer cannot second it: another agency must.
         */
        SameAgency: PlainDescriptor<undefined>;
    };
    Health: {
        /**
         * No citizen is registered under this id.
         */
        UnknownCitizen: PlainDescriptor<undefined>;
        /**
         * No record has this id.
         */
        UnknownRecord: PlainDescriptor<undefined>;
        /**
         * Only the agency that anchored a record may amend or erase it.
         */
        NotIssuer: PlainDescriptor<undefined>;
        /**
         * The record is erased: it can no longer be read or amended.
         */
        RecordErased: PlainDescriptor<undefined>;
        /**
         * This sample of this citizen was reported already (by this or another agency).
         */
        SampleAlreadyReported: PlainDescriptor<undefined>;
        /**
         * The issuing agency holds `MaxRecordsPerIssuer` current records about this citizen
         * already (erasing one frees its slot).
         */
        TooManyRecords: PlainDescriptor<undefined>;
        /**
         * The agency is not the issuer and holds no unexpired `Health` consent of the
         * citizen for this purpose.
         */
        NoConsent: PlainDescriptor<undefined>;
        /**
         * No break-glass access has this id.
         */
        UnknownEmergencyAccess: PlainDescriptor<undefined>;
        /**
         * The break-glass access is reviewed already.
         */
        AlreadyReviewed: PlainDescriptor<undefined>;
        /**
         * An agency may not review its own break-glass access.
         */
        SelfReview: PlainDescriptor<undefined>;
        /**
         * `MaxPendingReviews` of this agency's break-glass accesses await review already.
         */
        TooManyPendingReviews: PlainDescriptor<undefined>;
        /**
         * A review window must be at least one block.
         */
        ZeroWindow: PlainDescriptor<undefined>;
        /**
         * The sample cannot have been taken after the block that reports it.
         */
        SampledInFuture: PlainDescriptor<undefined>;
        /**
         * Districts are numbered below `DistrictCount`.
         */
        UnknownDistrict: PlainDescriptor<undefined>;
        /**
         * The citizen has no active case to recover from.
         */
        NotInfected: PlainDescriptor<undefined>;
    };
    Property: {
        /**
         * No property has this id.
         */
        UnknownProperty: PlainDescriptor<undefined>;
        /**
         * A property is registered under this parcel reference already.
         */
        ParcelRegistered: PlainDescriptor<undefined>;
        /**
         * The parcel reference is shorter than `MinParcelRefLen` bytes: a cadastral reference
         * names a district and a parcel in it (such as `110105-0042-0301`).
         */
        ParcelRefTooShort: PlainDescriptor<undefined>;
        /**
         * An owner list must name at least one owner.
         */
        NoOwners: PlainDescriptor<undefined>;
        /**
         * A transfer would have more than twice `MaxOwners` parties (its owner lists are
         * bounded in the call, so only a change of the bounds could make this happen).
         */
        TooManyParties: PlainDescriptor<undefined>;
        /**
         * An owner is named twice.
         */
        DuplicateOwner: PlainDescriptor<undefined>;
        /**
         * Every share must be more than zero.
         */
        ZeroShare: PlainDescriptor<undefined>;
        /**
         * The shares do not sum to exactly 1,000,000 ppm.
         */
        SharesNotWhole: PlainDescriptor<undefined>;
        /**
         * An owner is a citizen nobody registered.
         */
        UnknownCitizen: PlainDescriptor<undefined>;
        /**
         * An owner is an agency that does not exist or is suspended.
         */
        InactiveAgency: PlainDescriptor<undefined>;
        /**
         * An owner holds `MaxPropertiesPerOwner` properties of this land registry's
         * registrations already.
         */
        TooManyProperties: PlainDescriptor<undefined>;
        /**
         * The signer is no owner of the property (neither a citizen owner's account nor an
         * operator of an agency owner).
         */
        NotAnOwner: PlainDescriptor<undefined>;
        /**
         * The property has an open transfer already.
         */
        TransferOpen: PlainDescriptor<undefined>;
        /**
         * As many transfers as `MaxExpiriesPerBlock` were initiated in this block; try in
         * the next one.
         */
        TooManyExpiring: PlainDescriptor<undefined>;
        /**
         * No transfer has this id.
         */
        UnknownTransfer: PlainDescriptor<undefined>;
        /**
         * The transfer is finalised, rejected or expired.
         */
        TransferClosed: PlainDescriptor<undefined>;
        /**
         * The signer is neither a seller nor a buyer of the transfer.
         */
        NotAParty: PlainDescriptor<undefined>;
        /**
         * Only a seller (a current owner of the property) may cancel its transfer.
         */
        NotASeller: PlainDescriptor<undefined>;
        /**
         * The signer's party approved (or initiated) the transfer already.
         */
        AlreadyApproved: PlainDescriptor<undefined>;
        /**
         * Some sellers or buyers have not approved yet.
         */
        ApprovalsPending: PlainDescriptor<undefined>;
        /**
         * The tax of this transfer is confirmed already.
         */
        TaxAlreadyConfirmed: PlainDescriptor<undefined>;
        /**
         * No tax bureau has confirmed the tax of this transfer.
         */
        TaxNotConfirmed: PlainDescriptor<undefined>;
        /**
         * An active mortgage or court seizure blocks the transfer.
         */
        Encumbered: PlainDescriptor<undefined>;
        /**
         * The property carries `MaxEncumbrances` active encumbrances already.
         */
        TooManyEncumbrances: PlainDescriptor<undefined>;
        /**
         * No encumbrance has this id.
         */
        UnknownEncumbrance: PlainDescriptor<undefined>;
        /**
         * Only the agency holding an encumbrance may release it.
         */
        NotHolder: PlainDescriptor<undefined>;
        /**
         * The encumbrance is released already.
         */
        AlreadyReleased: PlainDescriptor<undefined>;
    };
    Parking: {
        /**
         * The lot's name is empty.
         */
        EmptyName: PlainDescriptor<undefined>;
        /**
         * The latitude is beyond ±80° or the longitude beyond ±180°.
         */
        BadPosition: PlainDescriptor<undefined>;
        /**
         * A lot needs at least one space.
         */
        ZeroCapacity: PlainDescriptor<undefined>;
        /**
         * The lot's grid cell holds `MaxLotsPerCell` lots already.
         */
        CellFull: PlainDescriptor<undefined>;
        /**
         * No lot has this id.
         */
        UnknownLot: PlainDescriptor<undefined>;
        /**
         * The signer does not report this lot's occupancy.
         */
        NotLotOperator: PlainDescriptor<undefined>;
        /**
         * A lot cannot have more occupied spaces than it has.
         */
        OverCapacity: PlainDescriptor<undefined>;
        /**
         * The lot's agency is suspended: its lots take no reports until it is resumed.
         */
        InactiveAgency: PlainDescriptor<undefined>;
        /**
         * A batch must name at least one lot.
         */
        EmptyBatch: PlainDescriptor<undefined>;
        /**
         * The signer is no active citizen's account.
         */
        NotACitizen: PlainDescriptor<undefined>;
        /**
         * The lot has no free space.
         */
        LotFull: PlainDescriptor<undefined>;
        /**
         * A reservation lasts from 1 to `MaxReservationMinutes` minutes.
         */
        BadDuration: PlainDescriptor<undefined>;
        /**
         * A reservation starts now or later, and at most `MaxAdvance` blocks ahead.
         */
        BadStart: PlainDescriptor<undefined>;
        /**
         * The citizen holds `MaxReservationsPerCitizen` reservations already.
         */
        TooManyReservations: PlainDescriptor<undefined>;
        /**
         * As many reservations as `MaxExpiriesPerBlock` end in that block already; choose
         * another time.
         */
        TooManyExpiring: PlainDescriptor<undefined>;
        /**
         * No reservation in force has this id.
         */
        UnknownReservation: PlainDescriptor<undefined>;
        /**
         * Only the citizen who reserved may cancel.
         */
        NotYourReservation: PlainDescriptor<undefined>;
    };
    Catalog: {
        /**
         * The title is empty.
         */
        EmptyTitle: PlainDescriptor<undefined>;
        /**
         * The category label is empty.
         */
        EmptyCategory: PlainDescriptor<undefined>;
        /**
         * The agency has published `MaxResourcesPerAgency` resources already.
         */
        TooManyResources: PlainDescriptor<undefined>;
        /**
         * No resource has this id.
         */
        UnknownResource: PlainDescriptor<undefined>;
        /**
         * The signer is no operator of the resource's owner.
         */
        NotOwner: PlainDescriptor<undefined>;
        /**
         * The resource is retired.
         */
        ResourceRetired: PlainDescriptor<undefined>;
        /**
         * An agency does not request its own resource.
         */
        OwnResource: PlainDescriptor<undefined>;
        /**
         * The duration is zero or longer than allowed (`MaxGrantDuration`, or
         * `MaxSecretDuration` for a secret resource).
         */
        BadDuration: PlainDescriptor<undefined>;
        /**
         * A request for a sensitive or secret resource must carry a justification hash.
         */
        MissingJustification: PlainDescriptor<undefined>;
        /**
         * The agency has a pending request for this resource already.
         */
        RequestPending: PlainDescriptor<undefined>;
        /**
         * No request has this id.
         */
        UnknownRequest: PlainDescriptor<undefined>;
        /**
         * The request is decided already.
         */
        RequestDecided: PlainDescriptor<undefined>;
        /**
         * The other agency does not exist or is suspended.
         */
        InactiveAgency: PlainDescriptor<undefined>;
        /**
         * The resource or an agency has as many active grants as allowed.
         */
        TooManyGrants: PlainDescriptor<undefined>;
        /**
         * As many grants as `MaxExpiriesPerBlock` expire at that block already; ask for a
         * block more or less.
         */
        TooManyExpiring: PlainDescriptor<undefined>;
        /**
         * No grant has this id.
         */
        UnknownGrant: PlainDescriptor<undefined>;
        /**
         * The signer is no operator of the grant's provider.
         */
        NotProvider: PlainDescriptor<undefined>;
        /**
         * The grant's time has run out.
         */
        GrantExpired: PlainDescriptor<undefined>;
        /**
         * The grant ended when its resource was retired.
         */
        GrantEnded: PlainDescriptor<undefined>;
        /**
         * No delivery has this id.
         */
        UnknownDelivery: PlainDescriptor<undefined>;
        /**
         * The signer is no operator of the grant's consumer.
         */
        NotConsumer: PlainDescriptor<undefined>;
        /**
         * The delivery is confirmed already.
         */
        AlreadyConfirmed: PlainDescriptor<undefined>;
        /**
         * The delivery is disputed already.
         */
        AlreadyDisputed: PlainDescriptor<undefined>;
    };
    Governance: {
        /**
         * The call is not on the runtime's list of calls the council may make as Root.
         */
        NotEnactable: PlainDescriptor<undefined>;
    };
    AuraEquivocation: {
        /**
         * The two headers do not prove an equivocation: they are the same block, one of
         * them claims another slot (or none), or a seal is missing or not the offender's.
         */
        InvalidEquivocationProof: PlainDescriptor<undefined>;
        /**
         * The key-ownership proof does not show the offender's key in a session's
         * authority set this chain remembers.
         */
        InvalidKeyOwnershipProof: PlainDescriptor<undefined>;
        /**
         * This offence was reported already (or its offender is kept out already).
         */
        DuplicateOffenceReport: PlainDescriptor<undefined>;
    };
};
type IConstants = {
    System: {
        /**
         * Block & extrinsics weights: base values and limits.
         */
        BlockWeights: PlainDescriptor<Anonymize<In7a38730s6qs>>;
        /**
         * The maximum length of a block (in bytes).
         */
        BlockLength: PlainDescriptor<Anonymize<Ibtil0ss5munbk>>;
        /**
         * Maximum number of block number to block hash mappings to keep (oldest pruned first).
         */
        BlockHashCount: PlainDescriptor<number>;
        /**
         * The weight of runtime database operations the runtime can invoke.
         */
        DbWeight: PlainDescriptor<Anonymize<I9s0ave7t0vnrk>>;
        /**
         * Get the chain's in-code version.
         */
        Version: PlainDescriptor<Anonymize<I4fo08joqmcqnm>>;
        /**
         * The designated SS58 prefix of this chain.
         *
         * This replaces the "ss58Format" property declared in the chain spec. Reason is
         * that the runtime should know about the prefix in order to make use of it as
         * an identifier of the chain.
         */
        SS58Prefix: PlainDescriptor<number>;
    };
    Timestamp: {
        /**
         * The minimum period between blocks.
         *
         * Be aware that this is different to the *expected* period that the block production
         * apparatus provides. Your chosen consensus system will generally work with this to
         * determine a sensible block time. For example, in the Aura pallet it will be double this
         * period on default settings.
         */
        MinimumPeriod: PlainDescriptor<bigint>;
    };
    Balances: {
        /**
         * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
         *
         * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
         * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
         * In case you have multiple sources of provider references, you may also get unexpected
         * behaviour if you set this to zero.
         *
         * Bottom line: Do yourself a favour and make it at least one!
         */
        ExistentialDeposit: PlainDescriptor<bigint>;
        /**
         * The maximum number of locks that should exist on an account.
         * Not strictly enforced, but used for weight estimation.
         *
         * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        MaxLocks: PlainDescriptor<number>;
        /**
         * The maximum number of named reserves that can exist on an account.
         *
         * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        MaxReserves: PlainDescriptor<number>;
        /**
         * The maximum number of individual freeze locks that can exist on an account at any time.
         */
        MaxFreezes: PlainDescriptor<number>;
    };
    TransactionPayment: {
        /**
         * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
         * `priority`
         *
         * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
         * added to a tip component in regular `priority` calculations.
         * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
         * extrinsic (with no tip), by including a tip value greater than the virtual tip.
         *
         * ```rust,ignore
         * // For `Normal`
         * let priority = priority_calc(tip);
         *
         * // For `Operational`
         * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
         * let priority = priority_calc(tip + virtual_tip);
         * ```
         *
         * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
         * sent with the transaction. So, not only does the transaction get a priority bump based
         * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
         * transactions.
         */
        OperationalFeeMultiplier: PlainDescriptor<number>;
    };
    Agencies: {
        /**
         * The most agencies active at one time (suspended ones do not count). It bounds the
         * council and the authority set, so it must not exceed the council's and the
         * consensus engines' own limits.
         */
        MaxAgencies: PlainDescriptor<number>;
        /**
         * The most operator accounts one agency may have.
         */
        MaxOperators: PlainDescriptor<number>;
        /**
         * The most nodes one agency may run (its authority node, RPC nodes, a standby).
         */
        MaxNodesPerAgency: PlainDescriptor<number>;
        /**
         * The most addresses an agency may publish for one of its nodes.
         */
        MaxAddressesPerNode: PlainDescriptor<number>;
        /**
         * The longest node address (a multiaddress such as `/dns/node1.health.gov/tcp/30333`),
         * in bytes.
         */
        MaxNodeAddressLength: PlainDescriptor<number>;
        /**
         * The longest agency name, in bytes.
         */
        MaxNameLength: PlainDescriptor<number>;
        /**
         * The longest gateway endpoint (`host:port`), in bytes.
         */
        MaxEndpointLength: PlainDescriptor<number>;
        /**
         * How many blocks a session lasts unless genesis or the council says otherwise.
         */
        DefaultSessionLength: PlainDescriptor<number>;
        /**
         * The shortest session the council may set: each session change costs the
         * consensus engines a set change, so they must not come every block.
         */
        MinSessionLength: PlainDescriptor<number>;
        /**
         * The most council motions one member may have open at a time (see
         * [`Pallet::note_motion`]): one admin cannot fill the council's proposal slots, and
         * the others can always move to suspend its agency.
         */
        MaxOpenMotions: PlainDescriptor<number>;
    };
    Council: {
        /**
         * The maximum weight of a dispatch call that can be proposed and executed.
         */
        MaxProposalWeight: PlainDescriptor<Anonymize<I4q39t5hn830vp>>;
    };
    Session: {
        /**
         * The amount to be held when setting keys.
         */
        KeyDeposit: PlainDescriptor<bigint>;
    };
    Aura: {
        /**
         * The slot duration Aura should run with, expressed in milliseconds.
         *
         * The effective value of this type can be changed with a runtime upgrade.
         *
         * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
         */
        SlotDuration: PlainDescriptor<bigint>;
    };
    Grandpa: {
        /**
         * Max Authorities in use
         */
        MaxAuthorities: PlainDescriptor<number>;
        /**
         * The maximum number of nominators for each validator.
         */
        MaxNominators: PlainDescriptor<number>;
        /**
         * The maximum number of entries to keep in the set id to session index mapping.
         *
         * Since the `SetIdSession` map is only used for validating equivocations this
         * value should relate to the bonding duration of whatever staking system is
         * being used (if any). If equivocation handling is not enabled then this value
         * can be zero.
         */
        MaxSetIdSessionEntries: PlainDescriptor<bigint>;
    };
    Utility: {
        /**
         * The limit on the number of batched calls.
         */
        batched_calls_limit: PlainDescriptor<number>;
    };
    Citizens: {
        /**
         * The most attestations one agency may hold about one citizen (its revoked ones count
         * until attested again). Each agency has its own, so no agency's claims can stop
         * another's.
         */
        MaxAttestations: PlainDescriptor<number>;
        /**
         * The most consents one citizen may hold in force; revoked and expired ones are
         * cleared to make room for a new one.
         */
        MaxConsents: PlainDescriptor<number>;
        /**
         * How many of a citizen's latest reads *by each agency* the access log keeps; older
         * ones are dropped (their `DataAccessed` events remain).
         */
        MaxLogEntries: PlainDescriptor<number>;
        /**
         * How long an offer of a new account to a citizen who has one waits before the new
         * account may accept it (unless a second civil-affairs agency seconds it): the time
         * the citizen's current account has to see the `LinkOffered` event and veto.
         */
        RelinkDelay: PlainDescriptor<number>;
    };
    Health: {
        /**
         * The longest locator a record anchored before spec 101 may still hold, in bytes.
         */
        MaxLocatorLen: PlainDescriptor<number>;
        /**
         * How many of a record's newest versions stay on chain (the anchored one included;
         * older ones are in their events).
         */
        MaxVersions: PlainDescriptor<number>;
        /**
         * The most current (not erased) records one issuing agency may hold about one
         * citizen. Each issuer has its own: one hospital's records never stop another's.
         */
        MaxRecordsPerIssuer: PlainDescriptor<number>;
        /**
         * The most break-glass accesses of one agency awaiting review at once; past it, that
         * agency's break-glass is refused until reviewers catch up. Each agency has its own:
         * one agency's flood never blocks another hospital's break-glass.
         */
        MaxPendingReviews: PlainDescriptor<number>;
        /**
         * The review window until the council sets one, in blocks.
         */
        DefaultReviewWindow: PlainDescriptor<number>;
        /**
         * How long a contact flag keeps a citizen Yellow even with a negative test, in
         * blocks (14 days).
         */
        ContactWindow: PlainDescriptor<number>;
        /**
         * How many districts the city has: they are numbered `0..DistrictCount`.
         */
        DistrictCount: PlainDescriptor<number>;
    };
    Property: {
        /**
         * The most owners a property may have.
         */
        MaxOwners: PlainDescriptor<number>;
        /**
         * The shortest parcel reference, in bytes: a cadastral reference names a district and
         * a parcel in it, so a reference shorter than this is a typing error, refused before
         * it takes a parcel's place in the register.
         */
        MinParcelRefLen: PlainDescriptor<number>;
        /**
         * The longest parcel reference, in bytes.
         */
        MaxParcelRefLen: PlainDescriptor<number>;
        /**
         * How many blocks an open transfer lives.
         */
        TransferTimeout: PlainDescriptor<number>;
        /**
         * The most transfers that may expire in one block (and so be initiated in one).
         */
        MaxExpiriesPerBlock: PlainDescriptor<number>;
        /**
         * The most active encumbrances one property may carry.
         */
        MaxEncumbrances: PlainDescriptor<number>;
        /**
         * How many of a property's newest title-history steps stay on chain (older ones are in
         * the events of the blocks that made them).
         */
        MaxHistory: PlainDescriptor<number>;
        /**
         * The most properties one owner may hold of those one land registry registered.
         * Each registry has its own: one registry's junk registrations for an owner never
         * stop another registry's.
         */
        MaxPropertiesPerOwner: PlainDescriptor<number>;
    };
    Parking: {
        /**
         * The most `(lot, occupied)` pairs in one `update_occupancy`.
         */
        MaxBatch: PlainDescriptor<number>;
        /**
         * The longest lot name, in bytes.
         */
        MaxNameLen: PlainDescriptor<number>;
        /**
         * The most lots in one grid cell.
         */
        MaxLotsPerCell: PlainDescriptor<number>;
        /**
         * A lot with no occupancy report for this many blocks is stale.
         */
        StaleAfter: PlainDescriptor<number>;
        /**
         * Blocks in a minute (reservations are asked for in minutes).
         */
        BlocksPerMinute: PlainDescriptor<number>;
        /**
         * The longest reservation, in minutes.
         */
        MaxReservationMinutes: PlainDescriptor<number>;
        /**
         * How far ahead a reservation may start, in blocks.
         */
        MaxAdvance: PlainDescriptor<number>;
        /**
         * The most reservations one citizen may hold at once.
         */
        MaxReservationsPerCitizen: PlainDescriptor<number>;
        /**
         * The most reservations that may end in one block.
         */
        MaxExpiriesPerBlock: PlainDescriptor<number>;
        /**
         * The largest radius `nearby` searches, in metres.
         */
        MaxRadius: PlainDescriptor<number>;
        /**
         * The most lots `nearby` answers.
         */
        MaxNearby: PlainDescriptor<number>;
        /**
         * How many lots share one occupancy page (see [`page_runs`] for what a batch costs).
         */
        LotsPerPage: PlainDescriptor<number>;
    };
    Catalog: {
        /**
         * The longest title, in bytes.
         */
        MaxTitleLen: PlainDescriptor<number>;
        /**
         * The longest category label, in bytes.
         */
        MaxCategoryLen: PlainDescriptor<number>;
        /**
         * The most resources one agency may publish (retired ones count).
         */
        MaxResourcesPerAgency: PlainDescriptor<number>;
        /**
         * The longest grant, in blocks.
         */
        MaxGrantDuration: PlainDescriptor<number>;
        /**
         * The longest grant of a `Secret` resource, in blocks.
         */
        MaxSecretDuration: PlainDescriptor<number>;
        /**
         * The most active grants one resource may have (retiring it ends each). An agency
         * holds at most one per resource, so this is how many agencies may hold it at once;
         * make it at least the number of agencies.
         */
        MaxGrantsPerResource: PlainDescriptor<number>;
        /**
         * The most active grants one agency may hold as consumer (grants it provides do not
         * count, so no one else's requests can use up its slots).
         */
        MaxGrantsPerAgency: PlainDescriptor<number>;
        /**
         * The most grants that may expire in one block (and so be granted in one).
         */
        MaxExpiriesPerBlock: PlainDescriptor<number>;
        /**
         * How many of a resource's newest trail steps stay on chain (older ones are in the
         * events of the blocks that made them).
         */
        MaxTrail: PlainDescriptor<number>;
    };
    AuraEquivocation: {
        /**
         * The most authorities a session has (it bounds the benchmark).
         */
        MaxAuthorities: PlainDescriptor<number>;
    };
};
type IViewFns = {};
type IRuntimeCalls = {
    /**
     * The `Core` runtime api that every Substrate runtime needs to implement.
     */
    Core: {
        /**
         * Returns the version of the runtime.
         */
        version: RuntimeDescriptor<[], Anonymize<I4fo08joqmcqnm>>;
        /**
         * Execute the given block.
         */
        execute_block: RuntimeDescriptor<[block: Anonymize<Iaqet9jc3ihboe>], undefined>;
        /**
         * Initialize a block with the given header and return the runtime executive mode.
         */
        initialize_block: RuntimeDescriptor<[header: Anonymize<Ic952bubvq4k7d>], Anonymize<I2v50gu3s1aqk6>>;
    };
    /**
     * The `Metadata` api trait that returns metadata for the runtime.
     */
    Metadata: {
        /**
         * Returns the metadata of a runtime.
         */
        metadata: RuntimeDescriptor<[], Uint8Array>;
        /**
         * Returns the metadata at a given version.
         *
         * If the given `version` isn't supported, this will return `None`.
         * Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
         */
        metadata_at_version: RuntimeDescriptor<[version: number], Anonymize<Iabpgqcjikia83>>;
        /**
         * Returns the supported metadata versions.
         *
         * This can be used to call `metadata_at_version`.
         */
        metadata_versions: RuntimeDescriptor<[], Anonymize<Icgljjb6j82uhn>>;
    };
    /**
     * Runtime API for executing view functions
     */
    RuntimeViewFunction: {
        /**
         * Execute a view function query.
         */
        execute_view_function: RuntimeDescriptor<[query_id: Anonymize<I4gil44d08grh>, input: Uint8Array], Anonymize<I7u915mvkdsb08>>;
    };
    /**
     * The `BlockBuilder` api trait that provides the required functionality for building a block.
     */
    BlockBuilder: {
        /**
         * Apply the given extrinsic.
         *
         * Returns an inclusion outcome which specifies if this extrinsic is included in
         * this block or not.
         */
        apply_extrinsic: RuntimeDescriptor<[extrinsic: Uint8Array], Anonymize<Iccr0816812l03>>;
        /**
         * Finish the current block.
         */
        finalize_block: RuntimeDescriptor<[], Anonymize<Ic952bubvq4k7d>>;
        /**
         * Generate inherent extrinsics. The inherent data will vary from chain to chain.
         */
        inherent_extrinsics: RuntimeDescriptor<[inherent: Anonymize<If7uv525tdvv7a>], Anonymize<Itom7fk49o0c9>>;
        /**
         * Check that the inherents are valid. The inherent data will vary from chain to chain.
         */
        check_inherents: RuntimeDescriptor<[block: Anonymize<Iaqet9jc3ihboe>, data: Anonymize<If7uv525tdvv7a>], Anonymize<I2an1fs2eiebjp>>;
    };
    /**
     * The `TaggedTransactionQueue` api trait for interfering with the transaction queue.
     */
    TaggedTransactionQueue: {
        /**
         * Validate the transaction.
         *
         * This method is invoked by the transaction pool to learn details about given transaction.
         * The implementation should make sure to verify the correctness of the transaction
         * against current state. The given `block_hash` corresponds to the hash of the block
         * that is used as current state.
         *
         * Note that this call may be performed by the pool multiple times and transactions
         * might be verified in any possible order.
         */
        validate_transaction: RuntimeDescriptor<[source: TransactionValidityTransactionSource, tx: Uint8Array, block_hash: SizedHex<32>], Anonymize<I9ask1o4tfvcvs>>;
    };
    /**
     * The offchain worker api.
     */
    OffchainWorkerApi: {
        /**
         * Starts the off-chain task for given block header.
         */
        offchain_worker: RuntimeDescriptor<[header: Anonymize<Ic952bubvq4k7d>], undefined>;
    };
    /**
     * API necessary for block authorship with aura.
     */
    AuraApi: {
        /**
         * Returns the slot duration for Aura.
         *
         * Currently, only the value provided by this type at genesis will be used.
         */
        slot_duration: RuntimeDescriptor<[], bigint>;
        /**
         * Return the current set of authorities.
         */
        authorities: RuntimeDescriptor<[], Anonymize<Ic5m5lp1oioo8r>>;
    };
    /**
     * Session keys runtime api.
     */
    SessionKeys: {
        /**
         * Generate a set of session keys with optionally using the given seed.
         * The keys should be stored within the keystore exposed via runtime
         * externalities.
         *
         * The seed needs to be a valid `utf8` string.
         *
         * Returns the concatenated SCALE encoded public keys.
         */
        generate_session_keys: RuntimeDescriptor<[owner: Uint8Array, seed: Anonymize<Iabpgqcjikia83>], Anonymize<I4ph3d1eepnmr1>>;
        /**
         * Decode the given public session keys.
         *
         * Returns the list of public raw public keys + key type.
         */
        decode_session_keys: RuntimeDescriptor<[encoded: Uint8Array], Anonymize<Icerf8h8pdu8ss>>;
    };
    /**
     * APIs for integrating the GRANDPA finality gadget into runtimes.
     * This should be implemented on the runtime side.
     *
     * This is primarily used for negotiating authority-set changes for the
     * gadget. GRANDPA uses a signaling model of changing authority sets:
     * changes should be signaled with a delay of N blocks, and then automatically
     * applied in the runtime after those N blocks have passed.
     *
     * The consensus protocol will coordinate the handoff externally.
     */
    GrandpaApi: {
        /**
         * Get the current GRANDPA authorities and weights. This should not change except
         * for when changes are scheduled and the corresponding delay has passed.
         *
         * When called at block B, it will return the set of authorities that should be
         * used to finalize descendants of this block (B+1, B+2, ...). The block B itself
         * is finalized by the authorities from block B-1.
         */
        grandpa_authorities: RuntimeDescriptor<[], Anonymize<I3geksg000c171>>;
        /**
         * Submits an unsigned extrinsic to report an equivocation. The caller
         * must provide the equivocation proof and a key ownership proof
         * (should be obtained using `generate_key_ownership_proof`). The
         * extrinsic will be unsigned and should only be accepted for local
         * authorship (not to be broadcast to the network). This method returns
         * `None` when creation of the extrinsic fails, e.g. if equivocation
         * reporting is disabled for the given runtime (i.e. this method is
         * hardcoded to return `None`). Only useful in an offchain context.
         */
        submit_report_equivocation_unsigned_extrinsic: RuntimeDescriptor<[equivocation_proof: Anonymize<I9puqgoda8ofk4>, key_owner_proof: Uint8Array], boolean>;
        /**
         * Generates a proof of key ownership for the given authority in the
         * given set. An example usage of this module is coupled with the
         * session historical module to prove that a given authority key is
         * tied to a given staking identity during a specific session. Proofs
         * of key ownership are necessary for submitting equivocation reports.
         * NOTE: even though the API takes a `set_id` as parameter the current
         * implementations ignore this parameter and instead rely on this
         * method being called at the correct block height, i.e. any point at
         * which the given set id is live on-chain. Future implementations will
         * instead use indexed data through an offchain worker, not requiring
         * older states to be available.
         */
        generate_key_ownership_proof: RuntimeDescriptor<[set_id: bigint, authority_id: SizedHex<32>], Anonymize<Iabpgqcjikia83>>;
        /**
         * Get current GRANDPA authority set id.
         */
        current_set_id: RuntimeDescriptor<[], bigint>;
    };
    /**
     * Aura equivocation reports (pallet-aura-equivocation).
     */
    AuraEquivocationApi: {
        /**
         * A proof that `authority` is an Aura key of the current session's authority set,
         * encoded (`None`: it is not).
         */
        generate_key_ownership_proof: RuntimeDescriptor<[authority: SizedHex<32>], Anonymize<Iabpgqcjikia83>>;
        /**
         * Put a report into the node's own pool as an unsigned extrinsic (the caller
         * registers the offchain transaction pool). `None` if the key-ownership proof does
         * not decode or the pool refuses the report.
         */
        submit_report_equivocation_unsigned_extrinsic: RuntimeDescriptor<[equivocation_proof: Anonymize<I68ii5ik8avr9o>, key_owner_proof: Uint8Array], boolean>;
    };
    /**
     * The API to query account nonce.
     */
    AccountNonceApi: {
        /**
         * Get current account nonce of given `AccountId`.
         */
        account_nonce: RuntimeDescriptor<[account: SS58String], number>;
    };
    /**
    
     */
    TransactionPaymentApi: {
        /**
        
         */
        query_info: RuntimeDescriptor<[uxt: Uint8Array, len: number], Anonymize<I6spmpef2c7svf>>;
        /**
        
         */
        query_fee_details: RuntimeDescriptor<[uxt: Uint8Array, len: number], Anonymize<Iei2mvq0mjvt81>>;
        /**
        
         */
        query_weight_to_fee: RuntimeDescriptor<[weight: Anonymize<I4q39t5hn830vp>], bigint>;
        /**
        
         */
        query_length_to_fee: RuntimeDescriptor<[length: number], bigint>;
    };
    /**
    
     */
    TransactionPaymentCallApi: {
        /**
         * Query information of a dispatch class, weight, and fee of a given encoded `Call`.
         */
        query_call_info: RuntimeDescriptor<[call: Anonymize<Ieplskr9gkchkf>, len: number], Anonymize<I6spmpef2c7svf>>;
        /**
         * Query fee details of a given encoded `Call`.
         */
        query_call_fee_details: RuntimeDescriptor<[call: Anonymize<Ieplskr9gkchkf>, len: number], Anonymize<Iei2mvq0mjvt81>>;
        /**
         * Query the output of the current `WeightToFee` given some input.
         */
        query_weight_to_fee: RuntimeDescriptor<[weight: Anonymize<I4q39t5hn830vp>], bigint>;
        /**
         * Query the output of the current `LengthToFee` given some input.
         */
        query_length_to_fee: RuntimeDescriptor<[length: number], bigint>;
    };
    /**
     * What nodes and clients ask of the agency registry.
     *
     * Version 2 added `node_addresses`; version 3 the agencies' `authority_offence`.
     */
    AgenciesApi: {
        /**
         * The nodes of the active agencies: the only peers a Civitas node accepts. Empty
         * means the chain names no node (the `dev` chain) and peering is not restricted.
         */
        authorized_nodes: RuntimeDescriptor<[], Anonymize<Ic5m5lp1oioo8r>>;
        /**
         * The agencies, active and suspended, by id from `from` on, at most `limit` (and at
         * most `MAX_PAGE`).
         */
        agencies: RuntimeDescriptor<[from: number, limit: number], Anonymize<Ibegmn6op0p0fp>>;
        /**
         * Where the nodes of `authorized_nodes` listen, as their agencies' admins published
         * them: each node that has addresses, with its transport multiaddresses (UTF-8, no
         * `/p2p/` part, e.g. `/dns/node1.health.example.gov/tcp/30333`). Every node dials
         * these, so the chain, not only the chain spec, is the network's address book.
         * Since version 2.
         */
        node_addresses: RuntimeDescriptor<[], Anonymize<Ifli7ro21g41fm>>;
    };
    /**
     * Citizens' records, attestations, consents and access logs.
     */
    CitizensApi: {
        /**
         * A citizen's record, if registered.
         */
        citizen: RuntimeDescriptor<[citizen: SizedHex<32>], Anonymize<Ieebn7v4pfjkll>>;
        /**
         * Whether `claim_hash` is attested about `citizen` and holds now (and if not, why);
         * `None` if it was never attested.
         */
        verify_attestation: RuntimeDescriptor<[citizen: SizedHex<32>, claim_hash: SizedHex<32>], Anonymize<I6icqjgkilurli>>;
        /**
         * Every consent the citizen holds or held (revoked and expired ones say so).
         */
        consents: RuntimeDescriptor<[citizen: SizedHex<32>], Anonymize<I222okptnfau9o>>;
        /**
         * Up to `limit` entries (at most the log's size) of the citizen's access log from
         * entry `from` on, oldest first.
         */
        access_log: RuntimeDescriptor<[citizen: SizedHex<32>, from: bigint, limit: number], Anonymize<I73ui1ose7u7ur>>;
        /**
         * How many entries a citizen's access log keeps (the largest useful `limit`).
         */
        access_log_capacity: RuntimeDescriptor<[], number>;
    };
    /**
     * Health records, break-glass reviews, health codes and district counters.
     */
    HealthApi: {
        /**
         * A registered citizen's health code and the reports behind it; `None` if unknown.
         */
        health_code: RuntimeDescriptor<[citizen: SizedHex<32>], Anonymize<I4i2doibp6p9bh>>;
        /**
         * A district's counters; `None` for a number outside the city's districts.
         */
        district_stats: RuntimeDescriptor<[district: number], Anonymize<I1cpbkv7ijipsd>>;
        /**
         * A citizen's records in anchoring order (erased ones included), from record id
         * `from` on, at most `limit` (and at most `MAX_PAGE`).
         */
        records: RuntimeDescriptor<[citizen: SizedHex<32>, from: bigint, limit: number], Anonymize<Ibais4ca48i1un>>;
        /**
         * The versions of a record from version `from` on, oldest first, at most `limit`
         * (and at most `MAX_PAGE`); empty if there is no such record.
         */
        versions: RuntimeDescriptor<[id: bigint, from: number, limit: number], Anonymize<I5efd195hiivi8>>;
        /**
         * Unreviewed break-glass accesses past their deadline, most overdue first.
         */
        overdue_reviews: RuntimeDescriptor<[], Anonymize<I6qn1tnq4d4pqq>>;
    };
    /**
     * Properties, their owners, transfers and title histories.
     */
    PropertyApi: {
        /**
         * A property with its owners and active encumbrances, if registered.
         */
        property: RuntimeDescriptor<[id: bigint], Anonymize<I6o8eps8uc3naf>>;
        /**
         * The ids of the properties an owner holds, ascending, from id `from` on, at most
         * `limit` (and at most `MAX_PAGE`).
         */
        properties_of: RuntimeDescriptor<[owner: Anonymize<I9hp9r4bqh1jj1>, from: bigint, limit: number], Anonymize<Iafqnechp3omqg>>;
        /**
         * The steps of a property's title history from step `from` on, oldest first, at
         * most `limit` (and at most `MAX_PAGE`).
         */
        title_history: RuntimeDescriptor<[id: bigint, from: number, limit: number], Anonymize<I1a0lv9pteflkj>>;
        /**
         * A transfer, open or closed.
         */
        transfer: RuntimeDescriptor<[id: bigint], Anonymize<Ider2gn61q92p0>>;
    };
    /**
     * Lots and the nearby search.
     */
    ParkingApi: {
        /**
         * A lot with its free spaces and whether its report is stale.
         */
        lot: RuntimeDescriptor<[id: number], Anonymize<Iavfauhkp965au>>;
        /**
         * The lots within `radius_m` metres of (`lat_e6`, `lon_e6`) with at least `min_free`
         * free spaces, nearest first, at most `limit`.
         */
        nearby: RuntimeDescriptor<[lat_e6: number, lon_e6: number, radius_m: number, min_free: number, limit: number], Anonymize<I595un9g0qeus8>>;
    };
    /**
     * Resources, grants, pending requests and each resource's trail.
     */
    CatalogApi: {
        /**
         * An agency's resources, retired ones included, by id: those from id `from` on, at
         * most `limit` (and at most `MAX_PAGE`).
         */
        resources: RuntimeDescriptor<[owner: number, from: bigint, limit: number], Anonymize<I4pqbots9gdj24>>;
        /**
         * The active grants an agency is party to, as provider or consumer, by id: those
         * from id `from` on, at most `limit` (and at most `MAX_PAGE`).
         */
        grants_of: RuntimeDescriptor<[agency: number, from: bigint, limit: number], Anonymize<Ibnim7gphdc1ha>>;
        /**
         * The steps of a resource's trail from step `from` on, oldest first, at most `limit`
         * (and at most `MAX_PAGE`); empty if no such resource.
         */
        trail: RuntimeDescriptor<[resource: bigint, from: number, limit: number], Anonymize<Iano4t0t8jj23s>>;
        /**
         * The requests awaiting an agency's decision, by id.
         */
        pending_requests: RuntimeDescriptor<[owner: number], Anonymize<Iedf1q20nj1a85>>;
    };
    /**
     * API to interact with `RuntimeGenesisConfig` for the runtime
     */
    GenesisBuilder: {
        /**
         * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the
         * storage.
         *
         * In the case of a FRAME-based runtime, this function deserializes the full
         * `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the
         * provided JSON blob is incorrect or incomplete or the deserialization fails, an error
         * is returned.
         *
         * Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no
         * defaults will be used.
         */
        build_state: RuntimeDescriptor<[json: Uint8Array], Anonymize<Ie9sr1iqcg3cgm>>;
        /**
         * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by
         * `id`.
         *
         * If `id` is `None` the function should return JSON blob representation of the default
         * `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default
         * `RuntimeGenesisConfig`.
         *
         * Otherwise function returns a JSON representation of the built-in, named
         * `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not
         * exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of
         * (potentially nested) key-value pairs that are intended for customizing the default
         * runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation
         * of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can
         * be used in `build_state` method.
         */
        get_preset: RuntimeDescriptor<[id: Anonymize<I1mqgk2tmnn9i2>], Anonymize<Iabpgqcjikia83>>;
        /**
         * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.
         *
         * The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If
         * no named presets are provided by the runtime the list is empty.
         */
        preset_names: RuntimeDescriptor<[], Anonymize<I6lr8sctk0bi4e>>;
    };
};
export type CivitasDispatchError = Anonymize<If2104gj6kcdug>;
type IAsset = PlainDescriptor<void>;
export type CivitasExtensions = {};
type PalletsTypedef = {
    __storage: IStorage;
    __tx: ICalls;
    __event: IEvent;
    __error: IError;
    __const: IConstants;
    __view: IViewFns;
};
export type Civitas = {
    descriptors: {
        pallets: PalletsTypedef;
        apis: IRuntimeCalls;
    } & Promise<any>;
    metadataTypes: Promise<Uint8Array>;
    asset: IAsset;
    extensions: CivitasExtensions;
    getMetadata: () => Promise<Uint8Array>;
    genesis: string | undefined;
};
declare const _allDescriptors: Civitas;
export default _allDescriptors;
export type CivitasApis = ApisFromDef<IRuntimeCalls>;
export type CivitasQueries = QueryFromPalletsDef<PalletsTypedef>;
export type CivitasCalls = TxFromPalletsDef<PalletsTypedef>;
export type CivitasEvents = EventsFromPalletsDef<PalletsTypedef>;
export type CivitasErrors = ErrorsFromPalletsDef<PalletsTypedef>;
export type CivitasConstants = ConstFromPalletsDef<PalletsTypedef>;
export type CivitasViewFns = ViewFnsFromPalletsDef<PalletsTypedef>;
export type CivitasCallData = Anonymize<Ieplskr9gkchkf> & {
    value: {
        type: string;
    };
};
type AllInteractions = {
    storage: {
        System: ['Account', 'ExtrinsicCount', 'InherentsApplied', 'BlockWeight', 'BlockSize', 'BlockHash', 'ExtrinsicData', 'Number', 'ParentHash', 'Digest', 'Events', 'EventCount', 'EventTopics', 'LastRuntimeUpgrade', 'BlocksTillUpgrade', 'UpgradedToU32RefCount', 'UpgradedToTripleRefCount', 'ExecutionPhase', 'AuthorizedUpgrade', 'ExtrinsicWeightReclaimed'];
        Timestamp: ['Now', 'DidUpdate'];
        Balances: ['TotalIssuance', 'InactiveIssuance', 'Account', 'Locks', 'Reserves', 'Holds', 'Freezes'];
        TransactionPayment: ['NextFeeMultiplier', 'StorageVersion', 'TxPaymentCredit'];
        Agencies: ['NextAgencyId', 'Agencies', 'Operators', 'OperatorOf', 'AdminOf', 'AuthorityOf', 'Gateways', 'Nodes', 'NodeAddresses', 'NodeOwner', 'CouncilSeats', 'Validators', 'SessionLength', 'FreeUse', 'AuthorityOffences', 'OpenMotions'];
        Council: ['Proposals', 'ProposalOf', 'CostOf', 'Voting', 'ProposalCount', 'Members', 'Prime'];
        Session: ['Validators', 'CurrentIndex', 'QueuedChanged', 'QueuedKeys', 'DisabledValidators', 'NextKeys', 'KeyOwner', 'ExternallySetKeys'];
        Aura: ['Authorities', 'CurrentSlot'];
        Grandpa: ['State', 'PendingChange', 'NextForced', 'Stalled', 'CurrentSetId', 'SetIdSession', 'Authorities'];
        Sudo: ['Key'];
        Citizens: ['Citizens', 'CitizenByAccount', 'LinkOffers', 'Attestations', 'AttestationCount', 'Consents', 'AccessLogEntries', 'ReadsBy'];
        Health: ['NextRecordId', 'Records', 'Versions', 'CitizenRecords', 'RecordCount', 'PendingReviewCount', 'NextAccessId', 'EmergencyAccesses', 'PendingReviews', 'CounterForPendingReviews', 'ReviewWindow', 'Epidemic', 'Samples', 'Districts'];
        Property: ['NextPropertyId', 'Properties', 'PropertyByParcel', 'PropertiesOf', 'OwnedCount', 'NextTransferId', 'Transfers', 'ExpiringAt', 'NextEncumbranceId', 'Encumbrances', 'ActiveEncumbrances', 'History'];
        Parking: ['NextLotId', 'Lots', 'OccupancyPages', 'Cells', 'NextReservationId', 'Reservations', 'ReservationCount', 'ExpiringAt'];
        Catalog: ['NextResourceId', 'Resources', 'ResourcesOf', 'ResourceCount', 'NextRequestId', 'Requests', 'OpenRequests', 'NextGrantId', 'Grants', 'ActiveGrants', 'GrantsOf', 'GrantCount', 'ConsumerGrant', 'ExpiringAt', 'NextDeliveryId', 'Deliveries', 'Disputes', 'Trail'];
        Authorship: ['Author'];
        Historical: ['HistoricalSessions', 'StoredRange'];
        Offences: ['Reports', 'ConcurrentReportsIndex'];
    };
    tx: {
        System: ['remark', 'set_heap_pages', 'set_code', 'set_code_without_checks', 'set_storage', 'kill_storage', 'kill_prefix', 'remark_with_event', 'authorize_upgrade', 'authorize_upgrade_without_checks', 'apply_authorized_upgrade'];
        Timestamp: ['set'];
        Balances: ['transfer_allow_death', 'force_transfer', 'transfer_keep_alive', 'transfer_all', 'force_unreserve', 'upgrade_accounts', 'force_set_balance', 'force_adjust_total_issuance', 'burn'];
        Agencies: ['register_agency', 'set_roles', 'suspend', 'resume', 'set_authority', 'add_operator', 'remove_operator', 'set_admin', 'replace_admin', 'set_gateway', 'set_node_addresses', 'restore_authority', 'set_session_length', 'set_nodes'];
        Council: ['set_members', 'execute', 'propose', 'vote', 'disapprove_proposal', 'close', 'kill', 'release_proposal_cost'];
        Session: ['set_keys', 'purge_keys'];
        Grandpa: ['report_equivocation', 'report_equivocation_unsigned', 'note_stalled'];
        Utility: ['batch', 'as_derivative', 'batch_all', 'dispatch_as', 'force_batch', 'with_weight', 'if_else', 'dispatch_as_fallible'];
        Sudo: ['sudo', 'sudo_unchecked_weight', 'set_key', 'sudo_as', 'remove_key'];
        Citizens: ['register_citizen', 'set_status', 'link_account', 'rotate_account', 'attest', 'revoke_attestation', 'grant_consent', 'revoke_consent', 'accept_link', 'veto_link', 'second_link'];
        Health: ['anchor_record', 'amend_record', 'access_record', 'emergency_access', 'review_emergency', 'erase_record', 'set_review_window', 'report_test', 'report_recovery', 'flag_contact'];
        Property: ['register_property', 'initiate_transfer', 'approve_transfer', 'confirm_tax', 'finalize_transfer', 'reject_transfer', 'encumber', 'release', 'cancel_transfer'];
        Parking: ['register_lot', 'update_occupancy', 'reserve', 'cancel_reservation'];
        Catalog: ['publish_resource', 'update_resource', 'retire_resource', 'request_access', 'approve_request', 'reject_request', 'record_delivery', 'confirm_delivery', 'dispute_delivery'];
        Governance: ['enact'];
        AuraEquivocation: ['report_equivocation'];
    };
    events: {
        System: ['ExtrinsicSuccess', 'ExtrinsicFailed', 'CodeUpdated', 'NewAccount', 'KilledAccount', 'Remarked', 'UpgradeAuthorized', 'RejectedInvalidAuthorizedUpgrade'];
        Balances: ['Endowed', 'DustLost', 'Transfer', 'BalanceSet', 'Reserved', 'Unreserved', 'ReserveRepatriated', 'Deposit', 'Withdraw', 'Slashed', 'Minted', 'MintedCredit', 'Burned', 'BurnedDebt', 'Suspended', 'Restored', 'Upgraded', 'Issued', 'Rescinded', 'Locked', 'Unlocked', 'Frozen', 'Thawed', 'TotalIssuanceForced', 'Held', 'BurnedHeld', 'TransferOnHold', 'TransferAndHold', 'Released', 'Unexpected'];
        TransactionPayment: ['TransactionFeePaid'];
        Agencies: ['AgencyRegistered', 'RolesSet', 'AgencySuspended', 'AgencyResumed', 'AuthoritySet', 'OperatorAdded', 'OperatorRemoved', 'AdminChanged', 'AdminReplaced', 'SessionLengthSet', 'NodesSet', 'GatewaySet', 'NodeAddressesSet', 'AuthorityOffence', 'AuthorityRestored'];
        Council: ['Proposed', 'Voted', 'Approved', 'Disapproved', 'Executed', 'MemberExecuted', 'Closed', 'Killed', 'ProposalCostBurned', 'ProposalCostReleased'];
        Session: ['NewSession', 'NewQueued', 'ValidatorDisabled', 'ValidatorReenabled'];
        Grandpa: ['NewAuthorities', 'Paused', 'Resumed'];
        Utility: ['BatchInterrupted', 'BatchCompleted', 'BatchCompletedWithErrors', 'ItemCompleted', 'ItemFailed', 'DispatchedAs', 'IfElseMainSuccess', 'IfElseFallbackCalled'];
        Sudo: ['Sudid', 'KeyChanged', 'KeyRemoved', 'SudoAsDone'];
        Citizens: ['CitizenRegistered', 'StatusSet', 'LinkOffered', 'LinkSeconded', 'LinkVetoed', 'AccountLinked', 'AccountRotated', 'Attested', 'AttestationRevoked', 'ConsentGranted', 'ConsentRevoked', 'DataAccessed'];
        Health: ['RecordAnchored', 'RecordAmended', 'RecordAccessed', 'EmergencyAccessed', 'EmergencyReviewed', 'RecordErased', 'ReviewWindowSet', 'TestReported', 'RecoveryReported', 'ContactFlagged'];
        Property: ['PropertyRegistered', 'TransferInitiated', 'TransferApproved', 'TaxConfirmed', 'TransferFinalized', 'TransferRejected', 'TransferExpired', 'Encumbered', 'Released', 'TransferCancelled'];
        Parking: ['LotRegistered', 'OccupancyUpdated', 'Reserved', 'ReservationCancelled', 'ReservationEnded'];
        Catalog: ['ResourcePublished', 'ResourceUpdated', 'ResourceRetired', 'AccessRequested', 'AccessGranted', 'RequestRejected', 'GrantExpired', 'GrantRenewed', 'DeliveryRecorded', 'DeliveryConfirmed', 'DeliveryDisputed'];
        Governance: ['Enacted'];
        Historical: ['RootStored', 'RootsPruned'];
        Offences: ['Offence'];
    };
    errors: {
        System: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized'];
        Balances: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero'];
        Agencies: ['UnknownAgency', 'EmptyName', 'InvalidRoles', 'TooManyAgencies', 'AdminInUse', 'AuthorityInUse', 'AlreadySuspended', 'NotSuspended', 'AgencySuspended', 'NotAdmin', 'AlreadyOperator', 'NotOperator', 'TooManyOperators', 'MissingRole', 'TooManyOpenMotions', 'SessionTooShort', 'DuplicateNode', 'NodeInUse', 'WouldHaltFinality', 'BadEndpoint', 'NotAgencyNode', 'BadNodeAddress', 'DuplicateAddress', 'NoAuthorityOffence'];
        Council: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive'];
        Session: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount'];
        Grandpa: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport'];
        Utility: ['TooManyCalls'];
        Sudo: ['RequireSudo'];
        Citizens: ['UnknownCitizen', 'AlreadyRegistered', 'AccountInUse', 'CitizenNotActive', 'NotACitizen', 'StatusUnchanged', 'ExpiryInPast', 'AlreadyAttested', 'UnknownAttestation', 'NotIssuer', 'AlreadyRevoked', 'TooManyAttestations', 'InactiveAgency', 'TooManyConsents', 'NoSuchConsent', 'NoLinkOffer', 'RelinkNotReady', 'SameAgency'];
        Health: ['UnknownCitizen', 'UnknownRecord', 'NotIssuer', 'RecordErased', 'SampleAlreadyReported', 'TooManyRecords', 'NoConsent', 'UnknownEmergencyAccess', 'AlreadyReviewed', 'SelfReview', 'TooManyPendingReviews', 'ZeroWindow', 'SampledInFuture', 'UnknownDistrict', 'NotInfected'];
        Property: ['UnknownProperty', 'ParcelRegistered', 'ParcelRefTooShort', 'NoOwners', 'TooManyParties', 'DuplicateOwner', 'ZeroShare', 'SharesNotWhole', 'UnknownCitizen', 'InactiveAgency', 'TooManyProperties', 'NotAnOwner', 'TransferOpen', 'TooManyExpiring', 'UnknownTransfer', 'TransferClosed', 'NotAParty', 'NotASeller', 'AlreadyApproved', 'ApprovalsPending', 'TaxAlreadyConfirmed', 'TaxNotConfirmed', 'Encumbered', 'TooManyEncumbrances', 'UnknownEncumbrance', 'NotHolder', 'AlreadyReleased'];
        Parking: ['EmptyName', 'BadPosition', 'ZeroCapacity', 'CellFull', 'UnknownLot', 'NotLotOperator', 'OverCapacity', 'InactiveAgency', 'EmptyBatch', 'NotACitizen', 'LotFull', 'BadDuration', 'BadStart', 'TooManyReservations', 'TooManyExpiring', 'UnknownReservation', 'NotYourReservation'];
        Catalog: ['EmptyTitle', 'EmptyCategory', 'TooManyResources', 'UnknownResource', 'NotOwner', 'ResourceRetired', 'OwnResource', 'BadDuration', 'MissingJustification', 'RequestPending', 'UnknownRequest', 'RequestDecided', 'InactiveAgency', 'TooManyGrants', 'TooManyExpiring', 'UnknownGrant', 'NotProvider', 'GrantExpired', 'GrantEnded', 'UnknownDelivery', 'NotConsumer', 'AlreadyConfirmed', 'AlreadyDisputed'];
        Governance: ['NotEnactable'];
        AuraEquivocation: ['InvalidEquivocationProof', 'InvalidKeyOwnershipProof', 'DuplicateOffenceReport'];
    };
    constants: {
        System: ['BlockWeights', 'BlockLength', 'BlockHashCount', 'DbWeight', 'Version', 'SS58Prefix'];
        Timestamp: ['MinimumPeriod'];
        Balances: ['ExistentialDeposit', 'MaxLocks', 'MaxReserves', 'MaxFreezes'];
        TransactionPayment: ['OperationalFeeMultiplier'];
        Agencies: ['MaxAgencies', 'MaxOperators', 'MaxNodesPerAgency', 'MaxAddressesPerNode', 'MaxNodeAddressLength', 'MaxNameLength', 'MaxEndpointLength', 'DefaultSessionLength', 'MinSessionLength', 'MaxOpenMotions'];
        Council: ['MaxProposalWeight'];
        Session: ['KeyDeposit'];
        Aura: ['SlotDuration'];
        Grandpa: ['MaxAuthorities', 'MaxNominators', 'MaxSetIdSessionEntries'];
        Utility: ['batched_calls_limit'];
        Citizens: ['MaxAttestations', 'MaxConsents', 'MaxLogEntries', 'RelinkDelay'];
        Health: ['MaxLocatorLen', 'MaxVersions', 'MaxRecordsPerIssuer', 'MaxPendingReviews', 'DefaultReviewWindow', 'ContactWindow', 'DistrictCount'];
        Property: ['MaxOwners', 'MinParcelRefLen', 'MaxParcelRefLen', 'TransferTimeout', 'MaxExpiriesPerBlock', 'MaxEncumbrances', 'MaxHistory', 'MaxPropertiesPerOwner'];
        Parking: ['MaxBatch', 'MaxNameLen', 'MaxLotsPerCell', 'StaleAfter', 'BlocksPerMinute', 'MaxReservationMinutes', 'MaxAdvance', 'MaxReservationsPerCitizen', 'MaxExpiriesPerBlock', 'MaxRadius', 'MaxNearby', 'LotsPerPage'];
        Catalog: ['MaxTitleLen', 'MaxCategoryLen', 'MaxResourcesPerAgency', 'MaxGrantDuration', 'MaxSecretDuration', 'MaxGrantsPerResource', 'MaxGrantsPerAgency', 'MaxExpiriesPerBlock', 'MaxTrail'];
        AuraEquivocation: ['MaxAuthorities'];
    };
    viewFns: {};
    apis: {
        Core: ['version', 'execute_block', 'initialize_block'];
        Metadata: ['metadata', 'metadata_at_version', 'metadata_versions'];
        RuntimeViewFunction: ['execute_view_function'];
        BlockBuilder: ['apply_extrinsic', 'finalize_block', 'inherent_extrinsics', 'check_inherents'];
        TaggedTransactionQueue: ['validate_transaction'];
        OffchainWorkerApi: ['offchain_worker'];
        AuraApi: ['slot_duration', 'authorities'];
        SessionKeys: ['generate_session_keys', 'decode_session_keys'];
        GrandpaApi: ['grandpa_authorities', 'submit_report_equivocation_unsigned_extrinsic', 'generate_key_ownership_proof', 'current_set_id'];
        AuraEquivocationApi: ['generate_key_ownership_proof', 'submit_report_equivocation_unsigned_extrinsic'];
        AccountNonceApi: ['account_nonce'];
        TransactionPaymentApi: ['query_info', 'query_fee_details', 'query_weight_to_fee', 'query_length_to_fee'];
        TransactionPaymentCallApi: ['query_call_info', 'query_call_fee_details', 'query_weight_to_fee', 'query_length_to_fee'];
        AgenciesApi: ['authorized_nodes', 'agencies', 'node_addresses'];
        CitizensApi: ['citizen', 'verify_attestation', 'consents', 'access_log', 'access_log_capacity'];
        HealthApi: ['health_code', 'district_stats', 'records', 'versions', 'overdue_reviews'];
        PropertyApi: ['property', 'properties_of', 'title_history', 'transfer'];
        ParkingApi: ['lot', 'nearby'];
        CatalogApi: ['resources', 'grants_of', 'trail', 'pending_requests'];
        GenesisBuilder: ['build_state', 'get_preset', 'preset_names'];
    };
};
export type CivitasWhitelistEntry = PalletKey | `query.${NestedKey<AllInteractions['storage']>}` | `tx.${NestedKey<AllInteractions['tx']>}` | `event.${NestedKey<AllInteractions['events']>}` | `error.${NestedKey<AllInteractions['errors']>}` | `const.${NestedKey<AllInteractions['constants']>}` | `view.${NestedKey<AllInteractions['viewFns']>}` | `api.${NestedKey<AllInteractions['apis']>}`;
type PalletKey = `*.${({
    [K in keyof AllInteractions]: K extends 'apis' ? never : keyof AllInteractions[K];
})[keyof AllInteractions]}`;
type NestedKey<D extends Record<string, string[]>> = "*" | {
    [P in keyof D & string]: `${P}.*` | `${P}.${D[P][number]}`;
}[keyof D & string];
