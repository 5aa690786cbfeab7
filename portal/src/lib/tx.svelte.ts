// Submitting a transaction and following it: signing, in a best block, final — and, when it
// fails, the module error's own documentation text from the chain's metadata, not a code.

import type { PolkadotSigner, Transaction } from 'polkadot-api';
import { decAnyMetadata, unifyMetadata } from '@polkadot-api/substrate-bindings';
import { chain } from './chain.svelte';
import { accounts } from './accounts.svelte';

export type Stage = 'signing' | 'submitted' | 'in-block' | 'final' | 'failed';

export type Progress = {
  stage: Stage;
  block?: number;
  /** `Pallet.Error` of a failed dispatch, or the reason it never got into a block. */
  error?: string;
  /** The error's documentation, from the metadata. */
  detail?: string;
  events?: Array<{ type: string; value: { type: string; value: unknown } }>;
};

let errorDocs: Promise<Map<string, string>> | null = null;

/** Every module error's documentation, `Pallet.Error` → text, read once from the metadata. */
function docs(): Promise<Map<string, string>> {
  errorDocs ??= chain.client.getMetadata(chain.finalizedHash!).then((raw) => {
    const metadata = unifyMetadata(decAnyMetadata(raw));
    const found = new Map<string, string>();
    for (const pallet of metadata.pallets) {
      if (pallet.errors === undefined) continue;
      const type = metadata.lookup[pallet.errors.type];
      if (type.def.tag !== 'variant') continue;
      for (const variant of type.def.value) found.set(`${pallet.name}.${variant.name}`, variant.docs.join(' ').trim());
    }
    return found;
  });
  return errorDocs;
}

/** `Pallet.Error` of a dispatch error, or its kind (`BadOrigin`, `Token`, …). */
function nameOf(error: { type: string; value: unknown }): string {
  if (error.type === 'Module') {
    const module = error.value as { type: string; value: { type: string } };
    return `${module.type}.${module.value.type}`;
  }
  return error.type;
}

/** What the chain says of an error: its documentation (module errors), else its name. */
export async function explain(name: string): Promise<string> {
  return (await docs()).get(name) || name;
}

/**
 * Sign `tx` with `signer`, submit it, and report each stage to `report` until it is final
 * (or fails). Resolves with the final progress.
 */
export function submit(tx: Transaction, signer: PolkadotSigner, report: (progress: Progress) => void): Promise<Progress> {
  return new Promise((resolve) => {
    const finish = (progress: Progress) => {
      report(progress);
      resolve(progress);
    };
    report({ stage: 'signing' });
    tx.signSubmitAndWatch(signer).subscribe({
      next: async (event) => {
        if (event.type === 'broadcasted' || event.type === 'signed') {
          report({ stage: 'submitted' });
        } else if (event.type === 'txBestBlocksState' && event.found) {
          if (event.ok) report({ stage: 'in-block', block: event.block.number });
          else {
            const error = nameOf(event.dispatchError);
            report({ stage: 'in-block', block: event.block.number, error, detail: await explain(error) });
          }
        } else if (event.type === 'finalized') {
          if (event.ok) finish({ stage: 'final', block: event.block.number, events: event.events as Progress['events'] });
          else {
            const error = nameOf(event.dispatchError);
            finish({ stage: 'failed', block: event.block.number, error, detail: await explain(error) });
          }
        }
      },
      error: (error: unknown) => {
        const text = error instanceof Error ? error.message : String(error);
        finish({ stage: 'failed', error: text, detail: text });
      },
    });
  });
}

/** One form's transaction: sent by the signed-in account, its progress shown by `TxStatus`. */
export class Sender {
  progress = $state<Progress | null>(null);

  /** Sign with the current account and follow; resolves with the final progress (or null, signed out). */
  send(tx: Transaction): Promise<Progress | null> {
    const account = accounts.current;
    if (!account) return Promise.resolve(null);
    return submit(tx, account.signer, (next) => (this.progress = next));
  }
}

/** Whether a finished transaction succeeded. */
export const succeeded = (progress: Progress | null) => progress?.stage === 'final';

/** The first event `Pallet.Name` a final transaction emitted, its fields. */
export function eventOf<T>(progress: Progress | null, pallet: string, name: string): T | undefined {
  const found = progress?.events?.find((event) => event.type === pallet && event.value.type === name);
  return found?.value.value as T | undefined;
}
