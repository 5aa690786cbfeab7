import { default as civitas, type CivitasWhitelistEntry } from "./civitas";
export { civitas };
export type * from "./civitas";
export { DigestItem, Phase, DispatchClass, TokenError, ArithmeticError, TransactionalError, BalanceStatus, TransactionPaymentEvent, GrandpaEvent, BalancesTypesReasons, TransactionPaymentReleases, MultiAddress, BalancesAdjustmentDirection, GrandpaEquivocation, GrandpaStoredState, TransactionValidityUnknownTransaction, TransactionValidityTransactionSource } from './common-types';
export declare const getMetadata: (codeHash: string) => Promise<Uint8Array | null>;
export type WhitelistEntry = CivitasWhitelistEntry;
export type WhitelistEntriesByChain = Partial<{
    "*": WhitelistEntry[];
    civitas: WhitelistEntry[];
}>;
